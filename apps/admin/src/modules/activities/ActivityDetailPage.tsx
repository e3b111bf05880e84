import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Descriptions, Empty, Form, Input, Modal, Popconfirm, Select, Space, Statistic, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import {
  ACTIVITY_MACHINE, ACTIVITY_SCOPE_LABELS, ATTACHMENT_ACCEPT, ATTACHMENT_HINT, ACTIVITY_TYPE_LABELS, CONGRESS_LEVELS, CONGRESS_LEVEL_LABELS, FINDING_OPEN_STATUSES, INVITATION_SOURCE_LABELS, PERMISSIONS,
  TRAINING_MODE_LABELS, type ActivityAction, type AttendanceStatus, type CongressLevel, type FindingStatus,
} from '@luzhi/shared';
import type { ActivityDetailQuery, ActivityFindingsQuery } from '../../gql/graphql';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { validValues } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { GroupsSelect } from '../../app/pickers/RegistryPickers';
import { attachmentProblem } from '../../app/files';
import {
  ActivityStatusTag, AttendanceTag, DeputySelect, FindingStatusTag, FindingSuggestionLink, LeaveDialog, dateRange, dateTime, downloadFile, monthName, uploadFile,
  useMakeSuggestion,
} from './common';
import { ReassignFinding } from './FindingsPage';
import {
  ACTIVITY, ACTIVITY_FINDINGS, ACTIVITY_NOTICES, CHANGE_ACTIVITY_STATUS, CREATE_FINDING, INVITE, RECORD_ATTENDANCE, REFERENCE, SAVE_PLAN, SAVE_REPORT,
  SAVE_STOPS, SEND_ACTIVITY_NOTICE, SIGN_IN,
} from './operations';

type Detail = NonNullable<ActivityDetailQuery['activity']>;
type FindingRow = ActivityFindingsQuery['activity']['findings'][number];

function useRun() {
  const { message } = App.useApp();
  return async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      message.success(ok);
      return true;
    } catch (err) {
      message.error(errorMessage(err));
      return false;
    }
  };
}

function Attachments({ files }: { files: { id: string; filename: string; url: string }[] }) {
  const { message } = App.useApp();
  if (!files.length) return null;
  return (
    <Space wrap>
      {files.map((f) => (
        <Button key={f.id} type="link" size="small" onClick={() => downloadFile(f.url, f.filename).catch((e) => message.error(String(e)))}>{f.filename}</Button>
      ))}
    </Space>
  );
}

/**
 * New attachments for a record: each file is checked here (size, kind) and by the server, and its
 * id kept until the record is saved; `clear()` after saving empties the list shown as well.
 */
function useUploads() {
  const { label, lang } = useI18n();
  const { message } = App.useApp();
  const [ids, setIds] = useState<string[]>([]);
  const [round, setRound] = useState(0);
  const field = (
    <Upload
      key={round}
      multiple
      accept={ATTACHMENT_ACCEPT}
      beforeUpload={(file) => {
        const problem = attachmentProblem(file, lang);
        if (!problem) return true;
        message.error(problem);
        return Upload.LIST_IGNORE;
      }}
      customRequest={async ({ file, onSuccess, onError }) => {
        try {
          const id = await uploadFile(file as File);
          setIds((prev) => [...prev, id]);
          onSuccess?.(id);
        } catch (err) {
          message.error(errorMessage(err));
          onError?.(err as Error);
        }
      }}
      onRemove={(file) => setIds((prev) => prev.filter((id) => id !== file.response))}
    >
      <Button icon={<UploadOutlined />}>{label(ATTACHMENT_HINT)}</Button>
    </Upload>
  );
  return { ids, field, clear: () => { setIds([]); setRound((r) => r + 1); } };
}

function PlanTab({ a, editable, refetch }: { a: Detail; editable: boolean; refetch: () => unknown }) {
  const { tr } = useI18n();
  const run = useRun();
  const [save] = useMutation(SAVE_PLAN);
  const uploads = useUploads();
  const [form] = Form.useForm();
  const plan = a.implementationPlan;
  return (
    <Form
      form={form}
      layout="vertical"
      disabled={!editable}
      initialValues={{ aims: plan?.aims ?? '', itinerary: plan?.itinerary ?? '', preparation: plan?.preparation ?? '', leaders: plan?.leaders ?? [] }}
      onFinish={(v) => run(async () => { await save({ variables: { activityId: a.id, input: v, attachmentIds: uploads.ids } }); uploads.clear(); await refetch(); }, tr('实施方案已保存', 'Plan saved'))}
      data-testid="plan-form"
    >
      <Form.Item name="aims" label={tr('目的和要求', 'Aims')}><Input.TextArea rows={3} /></Form.Item>
      <Form.Item name="itinerary" label={tr('行程安排', 'Itinerary')}><Input.TextArea rows={3} /></Form.Item>
      <Form.Item name="preparation" label={tr('准备材料与会前调研(提前告知代表)', 'Preparation, sent ahead to deputies')}><Input.TextArea rows={3} /></Form.Item>
      <Form.Item name="leaders" label={tr('参加的常委会领导', 'Committee leaders taking part')}><Select mode="tags" open={false} /></Form.Item>
      <Attachments files={plan?.attachments ?? []} />
      {editable && (
        <Space direction="vertical">
          {uploads.field}
          <Button type="primary" htmlType="submit">{tr('保存实施方案', 'Save the plan')}</Button>
        </Space>
      )}
    </Form>
  );
}

function NoticeTab({ a, refetch }: { a: Detail; refetch: () => unknown }) {
  const { tr } = useI18n();
  const { can } = useAuth();
  const run = useRun();
  const { data, refetch: refetchNotices } = useQuery(ACTIVITY_NOTICES, { variables: { id: a.id }, skip: !can(PERMISSIONS.NOTICE_SEND) });
  const [send] = useMutation(SEND_ACTIVITY_NOTICE);
  const [form] = Form.useForm();
  const notices = data?.activity.notices ?? [];
  const receipts = data?.activity.implementationPlan?.noticeReceipts ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {a.status === 'PLANNED' && can(PERMISSIONS.NOTICE_SEND) && (
        <Card size="small" title={tr('发送预先通知(发给每位受邀代表)', 'Send the advance notice to every invited deputy')}>
          <Form form={form} layout="vertical">
            <Form.Item name="title" label={tr('标题(可不填,按活动生成)', 'Title (optional)')}><Input /></Form.Item>
            <Form.Item name="body" label={tr('正文(可不填,按实施方案生成)', 'Text (optional: made from the plan)')}><Input.TextArea rows={4} /></Form.Item>
            <Button
              type="primary"
              data-testid="send-notice"
              onClick={() => run(async () => {
                const v = form.getFieldsValue();
                await send({ variables: { activityId: a.id, input: { version: a.version, title: v.title || null, body: v.body || null } } });
                await Promise.all([refetch(), refetchNotices()]);
              }, tr('通知已发送', 'Notice sent'))}
            >
              {tr('发送通知', 'Send the notice')}
            </Button>
          </Form>
        </Card>
      )}
      {notices.map((n) => (
        <Card key={n.id} size="small" title={n.title} extra={<span data-testid="notice-read-count">{tr('已读', 'Read')} {n.readCount} / {n.recipientCount}</span>}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{n.body}</Typography.Paragraph>
          <Typography.Text type="secondary">{tr('发送时间', 'Sent')}:{dateTime(n.sentAt)}</Typography.Text>
        </Card>
      ))}
      {receipts.length > 0 && (
        <Table
          size="small"
          rowKey="id"
          dataSource={receipts}
          pagination={{ pageSize: 10 }}
          columns={[
            { title: tr('代表', 'Deputy'), key: 'd', render: (_, r) => r.deputy.name },
            { title: tr('阅读时间', 'Read at'), key: 'r', render: (_, r) => (r.readAt ? dateTime(r.readAt) : <Tag>{tr('未读', 'Unread')}</Tag>) },
          ]}
        />
      )}
      {!notices.length && a.status !== 'PLANNED' && <Empty />}
    </Space>
  );
}

function ParticipantsTab({ a, editable, refetch }: { a: Detail; editable: boolean; refetch: () => unknown }) {
  const { tr, label } = useI18n();
  const run = useRun();
  const [invite] = useMutation(INVITE);
  const [record] = useMutation(RECORD_ATTENDANCE);
  const [signIn] = useMutation(SIGN_IN);
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [level, setLevel] = useState<CongressLevel>();
  const [deputyIds, setDeputyIds] = useState<string[]>([]);
  const [leaveFor, setLeaveFor] = useState<string | null>(null);
  const started = a.status === 'IN_PROGRESS' || a.status === 'COMPLETED';
  const s = a.attendance;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space size="large" wrap data-testid="attendance-summary">
        <Statistic title={tr('邀请', 'Invited')} value={s.invited} />
        <Statistic title={tr('确认', 'Confirmed')} value={s.confirmed} />
        <Statistic title={tr('出席', 'Attended')} value={s.attended} />
        <Statistic title={tr('请假', 'On leave')} value={s.onLeave} />
        <Statistic title={tr('缺席', 'Absent')} value={s.absent} />
        <Statistic title={tr('出席率', 'Attendance rate')} value={s.rate == null ? '—' : `${Math.round(s.rate * 100)}%`} />
      </Space>
      {editable && a.status !== 'COMPLETED' && (
        <Card size="small" title={tr('邀请代表', 'Invite deputies')}>
          <Space wrap>
            <GroupsSelect placeholder={tr('按小组', 'By group')} value={groupIds} onChange={setGroupIds} testId="invite-groups" />
            <Select allowClear placeholder={tr('按人大层级', 'By congress level')} style={{ width: 160 }} value={level} onChange={setLevel} options={CONGRESS_LEVELS.map((l) => ({ value: l, label: label(CONGRESS_LEVEL_LABELS[l]) }))} />
            <DeputySelect placeholder={tr('逐一:输入姓名或拼音', 'One by one: name or pinyin')} value={deputyIds} onChange={setDeputyIds} />
            <Button
              type="primary"
              data-testid="invite"
              onClick={() => run(async () => {
                const r = await invite({ variables: { activityId: a.id, input: { groupIds, congressLevel: level, deputyIds } } });
                setGroupIds([]); setLevel(undefined); setDeputyIds([]);
                await refetch();
                return r;
              }, tr('已邀请', 'Invited'))}
            >
              {tr('邀请', 'Invite')}
            </Button>
          </Space>
        </Card>
      )}
      <Table
        size="small"
        rowKey="id"
        dataSource={a.participants}
        pagination={{ pageSize: 20 }}
        data-testid="participants"
        columns={[
          { title: tr('代表', 'Deputy'), key: 'd', render: (_, p) => <Link to={`/deputies/${p.deputy.id}/activities`}>{p.deputy.name}</Link> },
          { title: tr('出席情况', 'Attendance'), dataIndex: 'status', render: (st: AttendanceStatus) => <AttendanceTag status={st} /> },
          { title: tr('邀请方式', 'Invited'), dataIndex: 'invitedVia', render: (v: keyof typeof INVITATION_SOURCE_LABELS) => label(INVITATION_SOURCE_LABELS[v]) },
          { title: tr('请假事由', 'Reason'), dataIndex: 'leaveReason' },
          { title: tr('签到', 'Signed in'), dataIndex: 'signedInAt', render: (v?: string | null) => dateTime(v) },
          {
            title: tr('操作', 'Actions'),
            key: 'x',
            render: (_, p) => editable && a.status !== 'CANCELLED' && (
              <Space size="small">
                {a.status === 'IN_PROGRESS' && p.status !== 'ATTENDED' && (
                  <Button size="small" onClick={() => run(async () => { await signIn({ variables: { activityId: a.id, deputyIds: [p.deputyId] } }); await refetch(); }, tr('已签到', 'Signed in'))}>{tr('签到', 'Sign in')}</Button>
                )}
                {p.status !== 'ON_LEAVE' && p.status !== 'ATTENDED' && (
                  <Button size="small" onClick={() => setLeaveFor(p.deputyId)}>{tr('请假', 'Leave')}</Button>
                )}
                {started && p.status !== 'ABSENT' && p.status !== 'ATTENDED' && (
                  <Button size="small" danger onClick={() => run(async () => { await record({ variables: { activityId: a.id, entries: [{ deputyId: p.deputyId, status: 'ABSENT' }] } }); await refetch(); }, tr('已登记缺席', 'Marked absent'))}>{tr('缺席', 'Absent')}</Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <LeaveDialog
        open={!!leaveFor}
        onCancel={() => setLeaveFor(null)}
        onSubmit={(why) => run(async () => { await record({ variables: { activityId: a.id, entries: [{ deputyId: leaveFor!, status: 'ON_LEAVE', leaveReason: why }] } }); await refetch(); }, tr('已登记请假', 'Leave recorded'))}
      />
    </Space>
  );
}

function StopsTab({ a, editable, refetch }: { a: Detail; editable: boolean; refetch: () => unknown }) {
  const { tr } = useI18n();
  const run = useRun();
  const { data: ref } = useQuery(REFERENCE, { skip: !editable });
  const [save] = useMutation(SAVE_STOPS);
  const [form] = Form.useForm();
  const current = a.stops.map((s) => ({ id: s.id, organizationId: s.organization.id, visitDate: s.visitDate, note: s.note }));
  const persist = (stops: typeof current) => run(async () => { await save({ variables: { activityId: a.id, stops } }); await refetch(); }, tr('已保存', 'Saved'));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={a.stops}
        columns={[
          { title: tr('顺序', 'Order'), dataIndex: 'sequence', width: 70 },
          { title: tr('被视察单位', 'Unit visited'), key: 'o', render: (_, s) => s.organization.name },
          { title: tr('日期', 'Date'), dataIndex: 'visitDate' },
          { title: tr('说明', 'Notes'), dataIndex: 'note' },
          {
            title: '',
            key: 'x',
            render: (_, s, i) => editable && (
              <Space size="small">
                <Button size="small" disabled={i === 0} onClick={() => { const next = [...current]; [next[i - 1], next[i]] = [next[i]!, next[i - 1]!]; void persist(next); }}>↑</Button>
                <Popconfirm title={tr('删除该单位?', 'Remove this stop?')} onConfirm={() => persist(current.filter((c) => c.id !== s.id))}>
                  <Button size="small" danger>{tr('删除', 'Remove')}</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editable && (
        <Form form={form} layout="inline" onFinish={(v) => persist([...current, { id: null as unknown as string, organizationId: v.organizationId, visitDate: v.visitDate, note: v.note ?? null }]).then((ok) => ok && form.resetFields())}>
          <Form.Item name="organizationId" rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" placeholder={tr('被视察单位', 'Unit')} style={{ width: 240 }} options={(ref?.organizations.nodes ?? []).map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
          <Form.Item
            name="visitDate"
            initialValue={a.startDate}
            rules={[
              { required: true },
              // The server's rule: a stop is visited during the activity.
              { validator: (_, v?: string) => (!v || (v >= a.startDate && v <= a.endDate) ? Promise.resolve() : Promise.reject(new Error(tr(`日期应在活动日期(${a.startDate} 至 ${a.endDate})之内`, `Within the activity's dates (${a.startDate} to ${a.endDate})`)))) },
            ]}
          >
            <Input type="date" min={a.startDate} max={a.endDate} />
          </Form.Item>
          <Form.Item name="note"><Input placeholder={tr('说明', 'Notes')} /></Form.Item>
          <Button htmlType="submit">{tr('添加', 'Add')}</Button>
        </Form>
      )}
    </Space>
  );
}

function ReportTab({ a, editable, refetch }: { a: Detail; editable: boolean; refetch: () => unknown }) {
  const { tr } = useI18n();
  const run = useRun();
  const [save] = useMutation(SAVE_REPORT);
  const uploads = useUploads();
  const r = a.report;
  const canWrite = editable && (a.status === 'IN_PROGRESS' || a.status === 'COMPLETED');
  return (
    <Form
      layout="vertical"
      disabled={!canWrite}
      initialValues={{ title: r?.title ?? `关于${a.title}情况的报告`, content: r?.content ?? '' }}
      onFinish={(v) => run(async () => { await save({ variables: { activityId: a.id, input: { ...v, attachmentIds: uploads.ids } } }); uploads.clear(); await refetch(); }, tr('报告已保存', 'Report saved'))}
    >
      <Form.Item name="title" label={tr('标题', 'Title')} rules={[{ required: true }]}><Input /></Form.Item>
      <Form.Item name="content" label={tr('正文', 'Text')} rules={[{ required: true }]}><Input.TextArea rows={10} /></Form.Item>
      <Attachments files={r?.attachments ?? []} />
      {canWrite && (
        <Space direction="vertical">
          {uploads.field}
          <Button type="primary" htmlType="submit">{tr('保存报告', 'Save the report')}</Button>
        </Space>
      )}
      {!canWrite && !r && <Typography.Text type="secondary">{tr('活动开始后撰写报告', 'The report is written once the activity has started')}</Typography.Text>}
    </Form>
  );
}

function FindingsTab({ a, editable }: { a: Detail; editable: boolean }) {
  const { tr } = useI18n();
  const run = useRun();
  const { data: ref } = useQuery(REFERENCE, { skip: !editable });
  const { data, refetch } = useQuery(ACTIVITY_FINDINGS, { variables: { id: a.id } });
  const [create] = useMutation(CREATE_FINDING);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const canAdd = editable && (a.status === 'IN_PROGRESS' || a.status === 'COMPLETED');
  const make = useMakeSuggestion<FindingRow>();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        {canAdd && <Button type="primary" onClick={() => setOpen(true)} data-testid="new-finding">{tr('登记问题', 'Record a finding')}</Button>}
        {make.button}
      </Space>
      <Table<FindingRow>
        size="small"
        rowKey="id"
        rowSelection={make.rowSelection}
        pagination={false}
        dataSource={data?.activity.findings ?? []}
        columns={[
          { title: tr('问题', 'Finding'), dataIndex: 'title', render: (t: string, f) => <Link to={`/findings/${f.id}`}>{t}</Link> },
          { title: tr('发现地点', 'Where'), key: 'stop', render: (_, f) => (f.stop ? `${f.stop.sequence}. ${f.stop.organization.name}` : tr('整体', 'Overall')) },
          { title: tr('责任单位', 'Responsible'), key: 'org', render: (_, f) => f.responsibleOrganization?.name ?? '—' },
          { title: tr('期限', 'Deadline'), dataIndex: 'deadline', render: (d: string | null, f) => <span>{d ?? '—'} {f.overdue && <Tag color="red">{tr('逾期', 'Overdue')}</Tag>}</span> },
          { title: tr('状态', 'Status'), dataIndex: 'status', render: (s: FindingStatus) => <FindingStatusTag status={s} /> },
          { title: tr('建议', 'Suggestion'), key: 'suggestion', render: (_, f) => <FindingSuggestionLink finding={f} /> },
          ...(editable ? [{ title: tr('操作', 'Actions'), key: 'x', render: (_: unknown, f: FindingRow) => FINDING_OPEN_STATUSES.includes(f.status) && <ReassignFinding size="small" finding={f} onDone={refetch} /> }] : []),
        ]}
      />
      <Modal
        open={open}
        title={tr('登记问题', 'Record a finding')}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        okText={tr('登记', 'Record')}
        onOk={async () => {
          const v = await validValues(form);
          if (!v) return;
          const ok = await run(async () => { await create({ variables: { activityId: a.id, input: { ...v, deadline: v.deadline || null } } }); await refetch(); }, tr('已登记', 'Recorded'));
          if (ok) setOpen(false);
        }}
      >
        <Form form={form} layout="vertical" preserve={false} data-testid="finding-form">
          <Form.Item name="title" label={tr('问题', 'Finding')} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="description" label={tr('情况说明', 'Description')}><Input.TextArea rows={3} /></Form.Item>
          <Form.Item name="stopId" label={tr('发现地点', 'Where')}>
            <Select allowClear options={a.stops.map((s) => ({ value: s.id, label: `${s.sequence}. ${s.organization.name}` }))} />
          </Form.Item>
          <Form.Item name="responsibleOrganizationId" label={tr('责任单位', 'Responsible unit')}>
            <Select allowClear showSearch optionFilterProp="label" options={(ref?.organizations.nodes ?? []).map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
          <Form.Item name="deadline" label={tr('整改期限', 'Deadline')}><Input type="date" /></Form.Item>
          <Form.Item name="raisedByDeputyId" label={tr('提出问题的代表', 'Raised by')}>
            <Select allowClear showSearch optionFilterProp="label" options={a.participants.map((p) => ({ value: p.deputyId, label: p.deputy.name }))} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

export function ActivityDetailPage() {
  const { id } = useParams();
  const { tr, label, lang } = useI18n();
  const { viewer, can } = useAuth();
  const run = useRun();
  const { data, loading, refetch, error } = useQuery(ACTIVITY, { variables: { id: id! } });
  const [change] = useMutation(CHANGE_ACTIVITY_STATUS);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const a = data?.activity;
  if (error) return <Card><Empty description={errorMessage(error)} /></Card>;
  if (!a) return <Card loading={loading} />;
  const editable = can(PERMISSIONS.ACTIVITY_WRITE) && (viewer?.role !== 'GROUP_LEADER' || a.organizerGroup?.id === viewer.scopeGroupId) && a.status !== 'CANCELLED';
  const step = (action: ActivityAction, why?: string) =>
    run(async () => { await change({ variables: { id: a.id, input: { action, version: a.version, reason: why } } }); await refetch(); }, label(ACTIVITY_MACHINE[action].label));

  return (
    <Card
      title={<Space>{a.title}<ActivityStatusTag status={a.status} /></Space>}
      extra={
        <Space>
          {(a.allowedActions as ActivityAction[]).map((action) => (
            <Button
              key={action}
              data-testid={`activity-action-${action}`}
              danger={action === 'CANCEL'}
              type={action === 'CANCEL' ? 'default' : 'primary'}
              onClick={() => (action === 'CANCEL' ? setCancelling(true) : step(action))}
            >
              {label(ACTIVITY_MACHINE[action].label)}
            </Button>
          ))}
        </Space>
      }
    >
      <Descriptions size="small" column={3} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={tr('类型', 'Type')}>{label(ACTIVITY_TYPE_LABELS[a.type])} · {label(ACTIVITY_SCOPE_LABELS[a.scope])}</Descriptions.Item>
        <Descriptions.Item label={tr('日期', 'Dates')}>{dateRange(a.startDate, a.endDate)}</Descriptions.Item>
        <Descriptions.Item label={tr('地点', 'Place')}>{a.place ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={tr('代表', 'Deputies of')}>{a.congress.name}</Descriptions.Item>
        <Descriptions.Item label={tr('组织者', 'Organiser')}>{a.organizerGroup?.name ?? tr('常委会', 'Standing committee')}</Descriptions.Item>
        <Descriptions.Item label={tr('年度计划', 'Plan item')}>{a.planItem ? `${monthName(a.planItem.month, lang)} · ${a.planItem.title}` : tr('计划外', 'Outside the plan')}</Descriptions.Item>
        {a.training && <Descriptions.Item label={tr('培训', 'Training')}>{label(TRAINING_MODE_LABELS[a.training.mode])} · {a.training.hours} {tr('学时', 'h')}</Descriptions.Item>}
        {a.cancelReason && <Descriptions.Item label={tr('取消原因', 'Cancelled because')}>{a.cancelReason}</Descriptions.Item>}
      </Descriptions>
      <Tabs
        items={[
          { key: 'plan', label: tr('实施方案', 'Plan'), children: <PlanTab a={a} editable={editable && a.status !== 'COMPLETED'} refetch={refetch} /> },
          ...(can(PERMISSIONS.NOTICE_SEND) ? [{ key: 'notice', label: tr('通知', 'Notice'), children: <NoticeTab a={a} refetch={refetch} /> }] : []),
          { key: 'participants', label: `${tr('参加人', 'Participants')} (${a.attendance.invited})`, children: <ParticipantsTab a={a} editable={editable} refetch={refetch} /> },
          { key: 'stops', label: `${tr('被视察单位', 'Stops')} (${a.stops.length})`, children: <StopsTab a={a} editable={editable} refetch={refetch} /> },
          { key: 'report', label: tr('报告', 'Report'), children: <ReportTab a={a} editable={editable} refetch={refetch} /> },
          ...(can(PERMISSIONS.FINDING_READ) ? [{ key: 'findings', label: tr('发现的问题', 'Findings'), children: <FindingsTab a={a} editable={editable} /> }] : []),
        ]}
      />
      <Modal open={cancelling} title={tr('取消活动', 'Cancel the activity')} onCancel={() => setCancelling(false)} onOk={async () => { if (await step('CANCEL', reason)) setCancelling(false); }}>
        <Input.TextArea placeholder={tr('取消原因(必填)', 'Why (required)')} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </Card>
  );
}
