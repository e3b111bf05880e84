import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, Empty, Form, Input, InputNumber, Modal, Popconfirm, Row, Segmented, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ACTIVITY_SCOPES, ACTIVITY_SCOPE_LABELS, ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS, PERMISSIONS, ACTIVITY_MESSAGES, COMMITTEE_ORGANIZER, type ActivityType, type PlanItemProgress } from '@luzhi/shared';
import type { AnnualPlanQuery } from '../../gql/graphql';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { useServerErrors, validValues } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { CongressSelect } from '../../app/pickers/RegistryPickers';
import { ACTIVITY_ERRORS_BY_KEY, ActivityFormFields } from './ActivitiesPage';
import { ProgressTag, monthName } from './common';
import { GroupSelect } from '../../app/pickers/RegistryPickers';
import { ADD_PLAN_ITEM, ANNUAL_PLAN, ANNUAL_PLANS, CREATE_ACTIVITY, CREATE_PLAN, REMOVE_PLAN_ITEM, UPDATE_PLAN_ITEM } from './operations';

type Item = NonNullable<AnnualPlanQuery['annualPlan']>['items'][number];
/** A new plan; a plan item added or edited; an activity scheduled for an item. */
type Dialog = { kind: 'plan' } | { kind: 'item'; item?: Item } | { kind: 'schedule'; item: Item };

/** The server's month check is about the month field. */
const ITEM_ERRORS_BY_KEY = { 'activity.badMonth': ['month'], 'activity.notOwnGroup': ['organizerGroupId'] };

/** The annual plan as a calendar and a list, with planned against held and what is overdue. */
export function PlansPage() {
  const { tr, label, lang } = useI18n();
  const { can, viewer } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: plans, refetch: refetchPlans } = useQuery(ANNUAL_PLANS);
  const [planId, setPlanId] = useState<string>();
  const [view, setView] = useState<'calendar' | 'list'>('calendar');
  const { data, refetch } = useQuery(ANNUAL_PLAN, { variables: { id: planId! }, skip: !planId });
  const [createPlan] = useMutation(CREATE_PLAN);
  const [addItem] = useMutation(ADD_PLAN_ITEM);
  const [updateItem] = useMutation(UPDATE_PLAN_ITEM);
  const [removeItem] = useMutation(REMOVE_PLAN_ITEM);
  const [createActivity] = useMutation(CREATE_ACTIVITY);
  const showError = useServerErrors();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [form] = Form.useForm();

  useEffect(() => {
    if (!planId && plans?.annualPlans.nodes.length) setPlanId(plans.annualPlans.nodes[0]!.id);
  }, [plans, planId]);

  const plan = data?.annualPlan;
  const ex = plan?.execution;
  const canWrite = can(PERMISSIONS.ACTIVITY_WRITE);
  const mayCarryOut = (i: Item) => canWrite && (viewer?.role !== 'GROUP_LEADER' || i.organizerGroupId === viewer.scopeGroupId);

  // Groups of the plan's congress only; a group leader plans for their own group.
  const ownGroup = viewer?.role === 'GROUP_LEADER' ? [viewer.scopeGroupId].filter((g): g is string => !!g) : null;

  const openItem = (item?: Item) => {
    form.resetFields();
    if (item) form.setFieldsValue({ title: item.title, type: item.type, scope: item.scope ?? undefined, month: item.month, organizerGroupId: item.organizerGroupId ?? undefined, description: item.description ?? '' });
    setDialog({ kind: 'item', item });
  };

  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      if (dialog?.kind === 'plan') {
        const r = await createPlan({ variables: { input: v } });
        await refetchPlans();
        setPlanId(r.data!.createAnnualPlan.id);
      } else if (dialog?.kind === 'item') {
        // Empty means the committee organises it, and clears a group chosen before.
        const input = { ...v, scope: v.scope ?? null, organizerGroupId: v.organizerGroupId ?? null, description: v.description || null };
        if (dialog.item) await updateItem({ variables: { id: dialog.item.id, input: { ...input, version: dialog.item.version } } });
        else await addItem({ variables: { planId: planId!, input } });
        await refetch();
        message.success(dialog.item ? tr('计划项目已修改', 'Plan item saved') : tr('计划项目已添加', 'Plan item added'));
      } else if (dialog?.kind === 'schedule') {
        const r = await createActivity({ variables: { input: { ...v, planItemId: dialog.item.id, endDate: v.endDate || undefined } } });
        navigate(`/activities/${r.data!.createActivity.id}`);
      }
      setDialog(null);
    } catch (err) {
      showError(err, form, dialog?.kind === 'item' ? ITEM_ERRORS_BY_KEY : dialog?.kind === 'schedule' ? ACTIVITY_ERRORS_BY_KEY : undefined);
    }
  };

  const itemActions = (i: Item) => (
    <Space size="small">
      {i.activities.map((a) => <Link key={a.id} to={`/activities/${a.id}`}>{a.startDate}</Link>)}
      {mayCarryOut(i) && i.progress !== 'HELD' && <Button size="small" onClick={() => { form.resetFields(); form.setFieldsValue({ title: i.title, type: i.type, scope: i.scope ?? 'SINGLE_TOPIC', congressId: plan!.congress.id, organizerGroupId: i.organizerGroupId ?? undefined }); setDialog({ kind: 'schedule', item: i }); }}>{tr('安排活动', 'Schedule')}</Button>}
      {mayCarryOut(i) && <Button size="small" onClick={() => openItem(i)} data-testid="edit-plan-item">{tr('编辑', 'Edit')}</Button>}
      {mayCarryOut(i) && !i.activities.length && (
        <Popconfirm title={tr('删除该项目?', 'Remove this item?')} onConfirm={async () => { try { await removeItem({ variables: { id: i.id } }); await refetch(); } catch (err) { message.error(errorMessage(err)); } }}>
          <Button size="small" danger>{tr('删除', 'Remove')}</Button>
        </Popconfirm>
      )}
    </Space>
  );

  return (
    <Card
      title={tr('年度活动计划', 'Annual plan')}
      extra={
        <Space>
          <Select style={{ width: 300 }} value={planId} onChange={setPlanId} data-testid="plan-select" options={(plans?.annualPlans.nodes ?? []).map((p) => ({ value: p.id, label: `${p.year} · ${p.title}` }))} />
          {canWrite && viewer?.role !== 'GROUP_LEADER' && <Button onClick={() => { form.resetFields(); setDialog({ kind: 'plan' }); }}>{tr('新建计划', 'New plan')}</Button>}
          {canWrite && plan && <Button type="primary" icon={<PlusOutlined />} onClick={() => openItem()} data-testid="new-plan-item">{tr('添加项目', 'Add item')}</Button>}
        </Space>
      }
    >
      {!plan && <Empty />}
      {plan && ex && (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }} data-testid="plan-execution">
            <Col span={4}><Statistic title={tr('计划项目', 'Planned')} value={ex.planned} /></Col>
            <Col span={4}><Statistic title={tr('已开展', 'Held')} value={ex.held} /></Col>
            <Col span={4}><Statistic title={tr('进行中', 'Under way')} value={ex.inProgress} /></Col>
            <Col span={4}><Statistic title={tr('逾期未开展', 'Overdue')} value={ex.overdue} valueStyle={ex.overdue ? { color: '#cf1322' } : undefined} /></Col>
            <Col span={4}><Statistic title={tr('计划外开展', 'Outside the plan')} value={ex.unplanned} /></Col>
            <Col span={4}><Statistic title={tr('完成率', 'Held rate')} value={ex.planned ? `${Math.round((ex.held / ex.planned) * 100)}%` : '—'} /></Col>
          </Row>
          <Segmented value={view} onChange={(v) => setView(v as 'calendar' | 'list')} options={[{ value: 'calendar', label: tr('日历', 'Calendar') }, { value: 'list', label: tr('列表', 'List') }]} style={{ marginBottom: 16 }} />
          {view === 'calendar' ? (
            <Row gutter={[12, 12]} data-testid="plan-calendar">
              {ex.byMonth.map((m) => (
                <Col key={m.month} span={6}>
                  <Card size="small" title={monthName(m.month, lang)} extra={<Typography.Text type="secondary">{m.held}/{m.planned}{m.overdue ? <Tag color="red" style={{ marginLeft: 6 }}>{m.overdue}</Tag> : null}</Typography.Text>}>
                    {plan.items.filter((i) => i.month === m.month).map((i) => (
                      <div key={i.id} style={{ marginBottom: 6 }}>
                        <ProgressTag progress={i.progress as PlanItemProgress} /> {i.activities[0] ? <Link to={`/activities/${i.activities[0].id}`}>{i.title}</Link> : i.title}
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}> · {i.organizerGroup?.name ?? label(COMMITTEE_ORGANIZER)}</Typography.Text>
                      </div>
                    ))}
                  </Card>
                </Col>
              ))}
            </Row>
          ) : (
            <Table<Item>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={plan.items}
              columns={[
                { title: tr('月份', 'Month'), dataIndex: 'month', width: 70 },
                { title: tr('项目', 'Item'), dataIndex: 'title' },
                { title: tr('类型', 'Type'), dataIndex: 'type', render: (t: ActivityType) => label(ACTIVITY_TYPE_LABELS[t]) },
                { title: tr('组织者', 'Organiser'), key: 'o', render: (_, i) => i.organizerGroup?.name ?? label(COMMITTEE_ORGANIZER) },
                { title: tr('执行', 'Progress'), dataIndex: 'progress', render: (p: PlanItemProgress) => <ProgressTag progress={p} /> },
                { title: tr('活动', 'Activities'), key: 'a', render: (_, i) => itemActions(i) },
              ]}
            />
          )}
          <Typography.Title level={5} style={{ marginTop: 24 }}>{tr('按组织者', 'By organiser')}</Typography.Title>
          <Table
            rowKey={(r) => r.organizerGroupId ?? 'committee'}
            size="small"
            pagination={false}
            dataSource={ex.byOrganizer}
            columns={[
              // Rendered here too, so a change of language needs no new request.
              { title: tr('组织者', 'Organiser'), dataIndex: 'organizerName', render: (n: string, r) => (r.organizerGroupId == null ? label(COMMITTEE_ORGANIZER) : n) },
              { title: tr('计划', 'Planned'), dataIndex: 'planned' },
              { title: tr('已开展', 'Held'), dataIndex: 'held' },
              { title: tr('逾期', 'Overdue'), dataIndex: 'overdue', render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0) },
            ]}
          />
        </>
      )}
      <Modal
        open={!!dialog}
        onCancel={() => setDialog(null)}
        onOk={submit}
        destroyOnHidden
        title={dialog?.kind === 'plan' ? tr('新建年度计划', 'New annual plan') : dialog?.kind === 'item' ? (dialog.item ? tr('修改计划项目', 'Edit the plan item') : tr('添加计划项目', 'Add a plan item')) : tr('按计划安排活动', 'Schedule an activity for this item')}
      >
        <Form form={form} layout="vertical" preserve={false} data-testid={dialog?.kind === 'item' ? 'plan-item-form' : undefined}>
          {dialog?.kind === 'plan' && (
            <>
              <Form.Item name="year" label={tr('年度', 'Year')} rules={[{ required: true }]}><InputNumber min={1990} max={2100} /></Form.Item>
              <Form.Item name="congressId" label={tr('人大', 'Congress')} rules={[{ required: true }]}><CongressSelect /></Form.Item>
              <Form.Item name="title" label={tr('标题', 'Title')} rules={[{ required: true }]}><Input /></Form.Item>
            </>
          )}
          {dialog?.kind === 'item' && (
            <>
              <Form.Item name="title" label={tr('项目', 'Item')} rules={[{ required: true, message: tr('请填写项目名称', 'Give the item a title') }]}><Input /></Form.Item>
              <Form.Item name="type" label={tr('类型', 'Type')} rules={[{ required: true, message: tr('请选择类型', 'Choose a type') }]}><Select options={ACTIVITY_TYPES.map((t) => ({ value: t, label: label(ACTIVITY_TYPE_LABELS[t]) }))} /></Form.Item>
              <Form.Item name="scope" label={tr('综合或单项', 'Scope')}><Select allowClear options={ACTIVITY_SCOPES.map((s) => ({ value: s, label: label(ACTIVITY_SCOPE_LABELS[s]) }))} /></Form.Item>
              <Form.Item
                name="month"
                label={tr('月份', 'Month')}
                rules={[
                  { required: true, message: tr('请选择月份', 'Choose a month') },
                  // The server's rule and words; 13 is said to be wrong, not quietly made 12.
                  { validator: (_, m?: number) => (m == null || (Number.isInteger(m) && m >= 1 && m <= 12) ? Promise.resolve() : Promise.reject(new Error(label(ACTIVITY_MESSAGES['activity.badMonth'])))) },
                ]}
              >
                <InputNumber />
              </Form.Item>
              <Form.Item name="organizerGroupId" label={tr('组织小组(不选为常委会)', 'Group (empty: the committee)')} rules={viewer?.role === 'GROUP_LEADER' ? [{ required: true, message: tr('请选择本小组', 'Choose your group') }] : []}>
                <GroupSelect congressId={plan?.congress.id} onlyIds={ownGroup} />
              </Form.Item>
              <Form.Item name="description" label={tr('内容', 'What it is about')}><Input.TextArea rows={2} /></Form.Item>
            </>
          )}
          {dialog?.kind === 'schedule' && <ActivityFormFields />}
        </Form>
      </Modal>
    </Card>
  );
}
