import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Form, Input, Modal, Select, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  ACTIVITY_MESSAGES, ACTIVITY_SCOPES, ACTIVITY_SCOPE_LABELS, ACTIVITY_STATUSES, ACTIVITY_STATUS_LABELS, ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS, PERMISSIONS, afterForPage,
  type ActivityStatus, type ActivityType,
} from '@luzhi/shared';
import type { ActivitiesQuery } from '../../gql/graphql';
import { useAuth } from '../../app/auth';
import { useServerErrors, validValues } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { CongressSelect, GroupSelect } from '../../app/pickers/RegistryPickers';
import { ActivityStatusTag, dateRange } from './common';
import { ACTIVITIES, CREATE_ACTIVITY } from './operations';

type Row = ActivitiesQuery['activities']['nodes'][number];
const PAGE = 20;

/** The server's errors about the activity that concern one field of ActivityFormFields. */
export const ACTIVITY_ERRORS_BY_KEY = { 'activity.dateOrder': ['endDate'], 'activity.notOwnGroup': ['organizerGroupId'], 'activity.planYearMismatch': ['startDate'] };

/** The form shared by "new activity" here and "carry out this plan item" on the plan page. */
export function ActivityFormFields({ lockType }: { lockType?: boolean }) {
  const { tr, label } = useI18n();
  const { viewer } = useAuth();
  const form = Form.useFormInstance();
  // The organising group belongs to the congress whose deputies take part; a group leader's is their own.
  const congressId = Form.useWatch('congressId', form) as string | undefined;
  const ownGroup = viewer?.role === 'GROUP_LEADER' ? [viewer.scopeGroupId].filter((g): g is string => !!g) : null;
  return (
    <>
      <Form.Item name="title" label={tr('活动名称', 'Title')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Space wrap>
        <Form.Item name="type" label={tr('类型', 'Type')} rules={[{ required: true }]}>
          <Select style={{ width: 160 }} disabled={lockType} options={ACTIVITY_TYPES.map((t) => ({ value: t, label: label(ACTIVITY_TYPE_LABELS[t]) }))} />
        </Form.Item>
        <Form.Item name="scope" label={tr('综合或单项', 'Scope')} initialValue="SINGLE_TOPIC">
          <Select style={{ width: 140 }} options={ACTIVITY_SCOPES.map((s) => ({ value: s, label: label(ACTIVITY_SCOPE_LABELS[s]) }))} />
        </Form.Item>
      </Space>
      <Form.Item name="congressId" label={tr('哪一级人大的代表参加', "Whose deputies")} rules={[{ required: true }]}>
        <CongressSelect />
      </Form.Item>
      <Form.Item name="organizerGroupId" label={tr('组织小组(不选为常委会组织)', 'Organising group (empty: the committee)')} rules={viewer?.role === 'GROUP_LEADER' ? [{ required: true }] : []}>
        <GroupSelect congressId={congressId} onlyIds={ownGroup} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="startDate" label={tr('开始日期', 'First day')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="endDate"
          label={tr('结束日期', 'Last day')}
          dependencies={['startDate']}
          rules={[({ getFieldValue }) => ({
            validator: (_, end?: string) => {
              const start = getFieldValue('startDate') as string | undefined;
              return !end || !start || end >= start ? Promise.resolve() : Promise.reject(new Error(label(ACTIVITY_MESSAGES['activity.dateOrder'])));
            },
          })]}
        >
          <Input type="date" />
        </Form.Item>
      </Space>
      <Form.Item name="place" label={tr('地点', 'Place')}>
        <Input />
      </Form.Item>
      <Form.Item name="description" label={tr('简介', 'Summary')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

export function ActivitiesPage() {
  const { tr, label } = useI18n();
  const { can } = useAuth();
  const showError = useServerErrors();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [type, setType] = useState<ActivityType>();
  const [status, setStatus] = useState<ActivityStatus>();
  const { data, loading } = useQuery(ACTIVITIES, { variables: { first: PAGE, after: afterForPage(page, PAGE), filter: { search: search || undefined, type, status } } });
  const [create] = useMutation(CREATE_ACTIVITY);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();

  return (
    <Card
      title={tr('代表活动', 'Activities')}
      extra={can(PERMISSIONS.ACTIVITY_WRITE) && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="new-activity">{tr('新建活动', 'New activity')}</Button>
      )}
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search placeholder={tr('活动名称', 'Title')} allowClear onSearch={(v) => { setSearch(v); setPage(1); }} style={{ width: 220 }} />
        <Select allowClear placeholder={tr('类型', 'Type')} style={{ width: 160 }} value={type} onChange={(v) => { setType(v); setPage(1); }} options={ACTIVITY_TYPES.map((t) => ({ value: t, label: label(ACTIVITY_TYPE_LABELS[t]) }))} />
        <Select allowClear placeholder={tr('状态', 'Status')} style={{ width: 140 }} value={status} onChange={(v) => { setStatus(v); setPage(1); }} options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: label(ACTIVITY_STATUS_LABELS[s]) }))} />
      </Space>
      <Table<Row>
        rowKey="id"
        loading={loading}
        dataSource={data?.activities.nodes ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.activities.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: tr('活动', 'Activity'), dataIndex: 'title', render: (t: string, a) => <Link to={`/activities/${a.id}`}>{t}</Link> },
          { title: tr('类型', 'Type'), dataIndex: 'type', render: (t: ActivityType, a) => `${label(ACTIVITY_TYPE_LABELS[t])} · ${label(ACTIVITY_SCOPE_LABELS[a.scope])}` },
          { title: tr('日期', 'Dates'), key: 'dates', render: (_, a) => dateRange(a.startDate, a.endDate) },
          { title: tr('组织者', 'Organiser'), key: 'org', render: (_, a) => a.organizerGroup?.name ?? tr('常委会', 'Standing committee') },
          { title: tr('出席/邀请', 'Attended / invited'), key: 'att', render: (_, a) => `${a.attendance.attended} / ${a.attendance.invited}` },
          { title: tr('状态', 'Status'), dataIndex: 'status', render: (s: ActivityStatus) => <ActivityStatusTag status={s} /> },
        ]}
      />
      <Modal
        open={open}
        title={tr('新建活动', 'New activity')}
        okText={tr('创建', 'Create')}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        onOk={async () => {
          const v = await validValues(form);
          if (!v) return;
          try {
            const r = await create({ variables: { input: { ...v, endDate: v.endDate || undefined } } });
            setOpen(false);
            navigate(`/activities/${r.data!.createActivity.id}`);
          } catch (err) {
            showError(err, form, ACTIVITY_ERRORS_BY_KEY);
          }
        }}
      >
        <Form form={form} layout="vertical" preserve={false} data-testid="activity-form">
          <ActivityFormFields />
        </Form>
      </Modal>
    </Card>
  );
}
