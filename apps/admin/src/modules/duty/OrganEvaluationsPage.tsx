import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import {
  afterForPage, ORGAN_EVALUATION_MACHINE, ORGAN_EVALUATION_PHASE_LABELS, PERMISSIONS, RECTIFICATION_MACHINE, RECTIFICATION_STATUS_LABELS,
  type OrganEvaluationAction, type OrganEvaluationPhase, type RectificationAction, type RectificationStatus,
} from '@luzhi/shared';
import { graphql } from '../../gql';
import { useI18n, formatDate } from '../../app/i18n';
import { useAuth } from '../../app/auth';
import { errorMessage } from '../../app/apollo';
import { DeputySelect, useDutyYear, YearSelect } from './common';
import { validValues } from '../../app/form-errors';

const LIST = graphql(`
  query DutyOrganEvaluations($first: Int, $after: String, $filter: OrganEvaluationFilter) {
    organEvaluations(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes { id year title phase averageScore organization { id name } ratings { id } rectificationItems { id status } }
    }
  }
`);
const ORGANS = graphql(`
  query DutyOrgans { organizations(first: 100, filter: { kind: STATE_ORGAN }) { nodes { id name } } }
`);
const CREATE = graphql(`
  mutation DutyCreateOrganEvaluation($input: CreateOrganEvaluationInput!) { createOrganEvaluation(input: $input) { id } }
`);
const ONE = graphql(`
  query DutyOrganEvaluation($id: ID!) {
    organEvaluation(id: $id) {
      id version year title phase plan conclusion averageScore allowedActions
      organization { id name }
      ratings { id score opinion deputy { id name } }
      rectificationItems { id version description status dueOn allowedActions responsibleOrganization { name } raisedByDeputy { name } updates { id note fromStatus toStatus createdAt } }
    }
  }
`);
const MOVE = graphql(`
  mutation DutyMoveOrganEvaluation($id: ID!, $version: Int!, $action: OrganEvaluationAction!) { moveOrganEvaluation(id: $id, version: $version, action: $action) { id phase version } }
`);
const RATE = graphql(`
  mutation DutyRateOrgan($id: ID!, $input: OrganRatingInput!) { rateOrgan(evaluationId: $id, input: $input) { id } }
`);
const ADD_ITEM = graphql(`
  mutation DutyAddRectification($id: ID!, $input: RectificationItemInput!) { addRectificationItem(evaluationId: $id, input: $input) { id } }
`);
const MOVE_ITEM = graphql(`
  mutation DutyMoveRectification($id: ID!, $version: Int!, $action: RectificationAction!, $note: String!) { moveRectificationItem(id: $id, version: $version, action: $action, note: $note) { id status version } }
`);

const PAGE = 20;

/** /duty/organ-evaluations — evaluations of state organs by year. */
export function OrganEvaluationsPage() {
  const { tr, label } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [year, setYear, years] = useDutyYear();
  const [page, setPage] = useState(1);
  const { data, loading, refetch } = useQuery(LIST, { skip: !year, variables: { first: PAGE, after: afterForPage(page, PAGE), filter: { year } } });
  const organs = useQuery(ORGANS);
  const [create] = useMutation(CREATE);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm();
  return (
    <Card title={tr('评议国家机关', 'Evaluations of state organs')} extra={can(PERMISSIONS.DUTY_WRITE) && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{tr('新建评议', 'New evaluation')}</Button>}>
      <Space style={{ marginBottom: 16 }}><YearSelect value={year} years={years} onChange={(y) => { setYear(y); setPage(1); }} /></Space>
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.organEvaluations.nodes ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.organEvaluations.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: tr('评议', 'Evaluation'), render: (_, e) => <Link to={`/duty/organ-evaluations/${e.id}`}>{e.title}</Link> },
          { title: tr('被评议机关', 'Organ'), render: (_, e) => e.organization.name },
          { title: tr('阶段', 'Phase'), dataIndex: 'phase', render: (p: OrganEvaluationPhase) => <Tag>{label(ORGAN_EVALUATION_PHASE_LABELS[p])}</Tag> },
          { title: tr('测评人数', 'Ratings'), render: (_, e) => e.ratings.length },
          { title: tr('平均分', 'Average'), dataIndex: 'averageScore' },
          { title: tr('整改事项(已验收/全部)', 'Items (verified / all)'), render: (_, e) => `${e.rectificationItems.filter((i) => i.status === 'VERIFIED').length} / ${e.rectificationItems.length}` },
        ]}
      />
      <Modal open={creating} title={tr('新建评议', 'New evaluation')} onCancel={() => setCreating(false)} destroyOnHidden
        onOk={async () => {
          const v = await validValues(form); if (!v) return;
          try {
            await create({ variables: { input: { organizationId: v.organizationId, year: year!, title: v.title, plan: v.plan ?? '' } } });
            message.success(tr('已创建', 'Created'));
            setCreating(false);
            await refetch();
          } catch (err) {
            message.error(errorMessage(err));
          }
        }}>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="organizationId" label={tr('被评议机关', 'Organ')} rules={[{ required: true }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={(organs.data?.organizations.nodes ?? []).map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
          <Form.Item name="title" label={tr('标题', 'Title')} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="plan" label={tr('评议方案', 'Plan')}><Input.TextArea rows={4} /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

/** /duty/organ-evaluations/:id — phases, ratings and rectification items, buttons from the shared tables. */
export function OrganEvaluationPage() {
  const { id } = useParams();
  const { tr, label } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { data, loading, refetch } = useQuery(ONE, { variables: { id: id! } });
  const [move] = useMutation(MOVE);
  const [rate] = useMutation(RATE);
  const [addItem] = useMutation(ADD_ITEM);
  const [moveItem] = useMutation(MOVE_ITEM);
  const [rating, setRating] = useState(false);
  const [adding, setAdding] = useState(false);
  const [rateForm] = Form.useForm();
  const [itemForm] = Form.useForm();
  const e = data?.organEvaluation;
  const writable = can(PERMISSIONS.DUTY_WRITE);
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      message.success(tr('已保存', 'Saved'));
      await refetch();
      return true;
    } catch (err) {
      message.error(errorMessage(err));
      return false;
    }
  };
  if (!e) return <Card loading={loading} />;
  return (
    <Card title={e.title} extra={writable && <Space>{(e.allowedActions as OrganEvaluationAction[]).map((a) => <Button key={a} type="primary" onClick={() => run(() => move({ variables: { id: e.id, version: e.version, action: a } }))}>{label(ORGAN_EVALUATION_MACHINE[a].label)}</Button>)}</Space>}>
      <Descriptions size="small" column={3}>
        <Descriptions.Item label={tr('被评议机关', 'Organ')}>{e.organization.name}</Descriptions.Item>
        <Descriptions.Item label={tr('年度', 'Year')}>{e.year}</Descriptions.Item>
        <Descriptions.Item label={tr('阶段', 'Phase')}><Tag data-testid="phase">{label(ORGAN_EVALUATION_PHASE_LABELS[e.phase as OrganEvaluationPhase])}</Tag></Descriptions.Item>
        <Descriptions.Item label={tr('评议方案', 'Plan')} span={3}>{e.plan}</Descriptions.Item>
        <Descriptions.Item label={tr('评议结论', 'Conclusion')} span={3}>{e.conclusion ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{tr(`代表测评(平均 ${e.averageScore ?? '—'} 分)`, `Ratings (average ${e.averageScore ?? '—'})`)}</Typography.Title>
      {writable && e.phase === 'EVALUATING' && <Button size="small" onClick={() => setRating(true)} style={{ marginBottom: 8 }}>{tr('登记测评', 'Record a rating')}</Button>}
      <Table rowKey="id" size="small" pagination={{ pageSize: 10 }} dataSource={e.ratings} columns={[
        { title: tr('代表', 'Deputy'), render: (_, r) => r.deputy.name },
        { title: tr('测评分', 'Score'), dataIndex: 'score' },
        { title: tr('意见', 'Opinion'), dataIndex: 'opinion' },
      ]} />
      <Typography.Title level={5}>{tr('整改事项', 'Rectification items')}</Typography.Title>
      {writable && (e.phase === 'EVALUATING' || e.phase === 'RECTIFYING') && <Button size="small" onClick={() => setAdding(true)} style={{ marginBottom: 8 }}>{tr('提出整改事项', 'Add an item')}</Button>}
      <Table rowKey="id" size="small" pagination={false} dataSource={e.rectificationItems}
        expandable={{ expandedRowRender: (i) => <ul>{i.updates.map((u) => <li key={u.id}>{formatDate(u.createdAt)} {u.fromStatus && label(RECTIFICATION_STATUS_LABELS[u.fromStatus as RectificationStatus])} → {u.toStatus && label(RECTIFICATION_STATUS_LABELS[u.toStatus as RectificationStatus])}:{u.note}</li>)}</ul> }}
        columns={[
          { title: tr('事项', 'Item'), dataIndex: 'description' },
          { title: tr('责任单位', 'Responsible'), render: (_, i) => i.responsibleOrganization?.name ?? '' },
          { title: tr('提出代表', 'Raised by'), render: (_, i) => i.raisedByDeputy?.name ?? '' },
          { title: tr('期限', 'Due'), dataIndex: 'dueOn' },
          { title: tr('状态', 'Status'), dataIndex: 'status', render: (s: RectificationStatus) => <Tag>{label(RECTIFICATION_STATUS_LABELS[s])}</Tag> },
          ...(writable ? [{ title: tr('操作', 'Actions'), render: (_: unknown, i: (typeof e.rectificationItems)[number]) => <Space size="small">{(i.allowedActions as RectificationAction[]).map((a) => (
            <Button key={a} size="small" onClick={() => {
              let note = '';
              Modal.confirm({ title: label(RECTIFICATION_MACHINE[a].label), content: <Input.TextArea rows={3} placeholder={tr('进展说明', 'What happened')} onChange={(ev) => { note = ev.target.value; }} />, onOk: () => run(() => moveItem({ variables: { id: i.id, version: i.version, action: a, note } })) });
            }}>{label(RECTIFICATION_MACHINE[a].label)}</Button>
          ))}</Space> }] : []),
        ]} />
      <Modal open={rating} title={tr('登记测评', 'Record a rating')} onCancel={() => setRating(false)} destroyOnHidden
        onOk={async () => { const v = await validValues(rateForm); if (!v) return; if (await run(() => rate({ variables: { id: e.id, input: { deputyId: v.deputyId, score: v.score, opinion: v.opinion || null } } }))) setRating(false); }}>
        <Form form={rateForm} layout="vertical" preserve={false}>
          <Form.Item name="deputyId" label={tr('代表', 'Deputy')} rules={[{ required: true }]}><DeputySelect /></Form.Item>
          <Form.Item name="score" label={tr('测评分', 'Score')} rules={[{ required: true }]}><InputNumber min={0} max={100} /></Form.Item>
          <Form.Item name="opinion" label={tr('意见', 'Opinion')}><Input.TextArea rows={3} /></Form.Item>
        </Form>
      </Modal>
      <Modal open={adding} title={tr('提出整改事项', 'Add an item')} onCancel={() => setAdding(false)} destroyOnHidden
        onOk={async () => { const v = await validValues(itemForm); if (!v) return; if (await run(() => addItem({ variables: { id: e.id, input: { description: v.description, raisedByDeputyId: v.raisedByDeputyId || null, dueOn: v.dueOn || null } } }))) setAdding(false); }}>
        <Form form={itemForm} layout="vertical" preserve={false}>
          <Form.Item name="description" label={tr('问题与整改要求', 'Problem and what must change')} rules={[{ required: true }]}><Input.TextArea rows={3} /></Form.Item>
          <Form.Item name="raisedByDeputyId" label={tr('提出代表', 'Raised by')}><DeputySelect /></Form.Item>
          <Form.Item name="dueOn" label={tr('整改期限', 'Due')}><Input type="date" /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
