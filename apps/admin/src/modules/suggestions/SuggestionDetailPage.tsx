import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert, App, Button, Card, Checkbox, Descriptions, Empty, Form, Input, List, Modal, Radio, Result, Select, Space, Spin, Switch, Table, Tag, Timeline, Typography,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  ASSIGNMENT_ROLE_LABELS, ATTACHMENT_ACCEPT, ASSIGNMENT_STATUS_LABELS, CATEGORIES_WITH_COMMITMENTS, EXTENSION_STATUS_LABELS, FEEDBACK_VERDICT_LABELS, FEEDBACK_VERDICTS,
  MEETING_STAGE_LABELS, MEETING_STAGES, PERMISSIONS, REPLY_CATEGORIES, REPLY_CATEGORY_LABELS, SUGGESTION_ACTION_LABELS, SUGGESTION_FIELD_LABELS,
  SUGGESTION_KIND_LABELS, SUGGESTION_SOURCE_KIND_LABELS, SUGGESTION_STATUS_LABELS, todayInChina,
  type FeedbackVerdict, type ReplyCategory, type SuggestionAction, type SuggestionStatus,
} from '@luzhi/shared';
import type { SuggestionDetailQuery } from '../../gql/graphql';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { useI18n, formatDateTime } from '../../app/i18n';
import { lifecycleActions, openAttachment, StatusTag, uploadFile } from './common';
import {
  ASSIGN, CLOSE, CO_VIEW, DECIDE_EXTENSION, DECIDE_RETURN, FEEDBACK, FOLLOW_UP, HANDLING_UNITS, KEY_SUPERVISION, MEETING, PROGRESS, REASSIGN, REGISTER,
  REPLY, REQUEST_EXTENSION, REQUEST_RETURN, START, SUBMIT, SUGGESTION_DETAIL,
} from './operations';
import { validValues } from '../../app/form-errors';

type S = NonNullable<SuggestionDetailQuery['suggestion']>;
type A = S['assignments'][number];
type Dialog =
  | { kind: 'REGISTER' | 'ASSIGN' | 'REASSIGN' | 'REPLY' | 'FOLLOW_UP' | 'CLOSE' | 'MEETING' | 'PROGRESS' }
  | { kind: 'FEEDBACK'; verdict: FeedbackVerdict }
  | { kind: 'VIEW' | 'RETURN' | 'EXTENSION' | 'DECIDE_RETURN' | 'DECIDE_EXTENSION'; assignment: A };

const MEETING_STATES: SuggestionStatus[] = ['ASSIGNED', 'HANDLING', 'REPLIED', 'REHANDLING', 'RATED', 'FOLLOWING_UP'];
const OPEN_STATES: SuggestionStatus[] = ['ASSIGNED', 'HANDLING', 'REHANDLING'];

export function SuggestionDetailPage() {
  const { id = '' } = useParams();
  const { tr, label } = useI18n();
  const { viewer, can } = useAuth();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(SUGGESTION_DETAIL, { variables: { id }, fetchPolicy: 'network-only' });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const units = useQuery(HANDLING_UNITS, { skip: !can(PERMISSIONS.SUGGESTION_MANAGE) });
  const [submit] = useMutation(SUBMIT);
  const [register] = useMutation(REGISTER);
  const [assign] = useMutation(ASSIGN);
  const [reassign] = useMutation(REASSIGN);
  const [start] = useMutation(START);
  const [reply] = useMutation(REPLY);
  const [feedback] = useMutation(FEEDBACK);
  const [followUp] = useMutation(FOLLOW_UP);
  const [close] = useMutation(CLOSE);
  const [keySupervision] = useMutation(KEY_SUPERVISION);
  const [meeting] = useMutation(MEETING);
  const [coView] = useMutation(CO_VIEW);
  const [progress] = useMutation(PROGRESS);
  const [requestReturn] = useMutation(REQUEST_RETURN);
  const [decideReturn] = useMutation(DECIDE_RETURN);
  const [requestExtension] = useMutation(REQUEST_EXTENSION);
  const [decideExtension] = useMutation(DECIDE_EXTENSION);

  if (loading && !data) return <Spin style={{ margin: 80 }} />;
  if (error || !data?.suggestion) return <Result status="404" title={tr('找不到该建议', 'Suggestion not found')} subTitle={error ? errorMessage(error) : undefined} />;
  const s = data.suggestion;
  const staff = can(PERMISSIONS.SUGGESTION_MANAGE);
  const myOrg = viewer?.role === 'HANDLING_UNIT' ? viewer.scopeOrganizationId : null;
  const current = s.assignments.filter((a) => a.status === 'ACTIVE' || a.status === 'RETURN_REQUESTED');
  const mine = current.find((a) => a.organization.id === myOrg);
  const lastReply = s.replies.at(-1);
  const actions = lifecycleActions({ status: s.status, leadDeputyId: s.leadDeputyId, leadOrganizationId: s.leadOrganizationId, replies: s.replies }, viewer, can);
  const mayMeet = can(PERMISSIONS.SUGGESTION_HANDLE) && MEETING_STATES.includes(s.status) && (staff || !!mine);
  const mayProgress = can(PERMISSIONS.SUGGESTION_HANDLE) && ['REPLIED', 'RATED', 'FOLLOWING_UP'].includes(s.status) && !!lastReply && CATEGORIES_WITH_COMMITMENTS.includes(lastReply.category)
    && (staff || myOrg === s.leadOrganizationId);
  const units$ = (units.data?.organizations.nodes ?? []).map((o) => ({ value: o.id, label: o.name }));

  const run = async (fn: () => Promise<unknown>, ok: string) => {
    setBusy(true);
    try {
      await fn();
      message.success(ok);
      setDialog(null);
      form.resetFields();
      await refetch();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const open = (d: Dialog) => {
    form.resetFields();
    setFiles([]);
    if (d.kind === 'FEEDBACK') form.setFieldsValue({ verdict: d.verdict });
    if (d.kind === 'MEETING') form.setFieldsValue({ stage: 'BEFORE', meetingDate: todayInChina() });
    setDialog(d);
  };
  const onAction = (a: SuggestionAction) => {
    if (a === 'SUBMIT') return run(() => submit({ variables: { id: s.id, version: s.version } }), tr('已提交', 'Submitted'));
    if (a === 'START_HANDLING') return run(() => start({ variables: { id: s.id, version: s.version } }), tr('已开始办理', 'Handling started'));
    if (a === 'RATE') return open({ kind: 'FEEDBACK', verdict: 'SATISFIED' });
    if (a === 'RATE_UNSATISFIED') return open({ kind: 'FEEDBACK', verdict: 'UNSATISFIED' });
    return open({ kind: a as 'REGISTER' | 'ASSIGN' | 'REASSIGN' | 'REPLY' | 'FOLLOW_UP' | 'CLOSE' });
  };

  const onOk = async () => {
    if (!dialog) return;
    const v = await validValues(form); if (!v) return;
    const version = s.version;
    switch (dialog.kind) {
      case 'REGISTER': return run(() => register({ variables: { id: s.id, version, keySupervision: !!v.keySupervision } }), tr('已登记', 'Registered'));
      case 'ASSIGN':
      case 'REASSIGN': {
        const input = { version, leadUnitId: v.leadUnitId, coUnitIds: v.coUnitIds ?? [], note: v.note || null };
        return run(() => (dialog.kind === 'ASSIGN' ? assign : reassign)({ variables: { id: s.id, input } }), tr('已交办', 'Assigned'));
      }
      case 'REPLY': {
        return run(async () => {
          const attachmentIds = await Promise.all(files.map(uploadFile));
          const needs = CATEGORIES_WITH_COMMITMENTS.includes(v.category);
          await reply({ variables: { id: s.id, input: { version, category: v.category, content: v.content, attachmentIds, commitments: needs ? v.commitments ?? [] : [] } } });
        }, tr('已答复', 'Replied'));
      }
      case 'FEEDBACK': return run(() => feedback({ variables: { id: s.id, input: { version, verdict: v.verdict, comment: v.comment || null } } }), tr('评价已提交', 'Feedback recorded'));
      case 'FOLLOW_UP': return run(() => followUp({ variables: { id: s.id, version, note: v.note || null } }), tr('已转入跟踪落实', 'Following up'));
      case 'CLOSE': return run(() => close({ variables: { id: s.id, version, note: v.note || null } }), tr('已办结', 'Closed'));
      case 'MEETING': return run(() => meeting({ variables: { id: s.id, input: { stage: v.stage, meetingDate: v.meetingDate, participants: v.participants || null, notes: v.notes || null } } }), tr('已记录', 'Recorded'));
      case 'PROGRESS': return run(() => progress({ variables: { id: s.id, input: { content: v.content, solved: !!v.solved } } }), tr('已记录', 'Recorded'));
      case 'VIEW': return run(() => coView({ variables: { assignmentId: dialog.assignment.id, content: v.content } }), tr('协办意见已送主办单位', 'Views sent to the lead unit'));
      case 'RETURN': return run(() => requestReturn({ variables: { id: dialog.assignment.id, input: { version: dialog.assignment.version, reason: v.reason } } }), tr('已申请退回', 'Return requested'));
      case 'EXTENSION': return run(() => requestExtension({ variables: { id: dialog.assignment.id, input: { version: dialog.assignment.version, reason: v.reason } } }), tr('已申请延期', 'Extension requested'));
      case 'DECIDE_RETURN':
        return run(() => decideReturn({ variables: { id: dialog.assignment.id, input: { version: dialog.assignment.version, accept: v.accept === 'yes', note: v.note || null, newLeadUnitId: v.accept === 'yes' ? v.newLeadUnitId || null : null } } }), tr('已处理', 'Decided'));
      case 'DECIDE_EXTENSION':
        return run(() => decideExtension({ variables: { id: dialog.assignment.id, input: { version: dialog.assignment.version, approve: v.approve === 'yes', note: v.note || null } } }), tr('已处理', 'Decided'));
    }
  };

  const assignmentColumns = [
    { title: tr('单位', 'Unit'), key: 'org', render: (_: unknown, a: A) => a.organization.name },
    { title: tr('主办/协办', 'Role'), dataIndex: 'role', render: (r: A['role']) => label(ASSIGNMENT_ROLE_LABELS[r]) },
    { title: tr('状态', 'Status'), dataIndex: 'status', render: (x: A['status']) => <Tag>{label(ASSIGNMENT_STATUS_LABELS[x])}</Tag> },
    { title: tr('交办日期', 'Assigned'), dataIndex: 'assignedOn' },
    { title: tr('答复期限', 'Due'), dataIndex: 'dueDate' },
    { title: tr('退回截止', 'Return by'), dataIndex: 'returnDeadline' },
    { title: tr('协办意见期限', 'Views due'), dataIndex: 'viewsDueDate', render: (d: string | null) => d ?? '—' },
    { title: tr('延期', 'Extension'), dataIndex: 'extensionStatus', render: (x: A['extensionStatus']) => (x ? label(EXTENSION_STATUS_LABELS[x]) : '—') },
    {
      title: tr('说明', 'Notes'), key: 'notes',
      render: (_: unknown, a: A) => <Typography.Text type="secondary">{[a.returnReason, a.returnDecisionNote, a.extensionReason].filter(Boolean).join(';')}</Typography.Text>,
    },
    {
      title: tr('操作', 'Actions'), key: 'actions',
      render: (_: unknown, a: A) => {
        const own = a.organization.id === myOrg;
        return (
          <Space size="small" wrap>
            {own && a.canRequestReturn && <Button size="small" onClick={() => open({ kind: 'RETURN', assignment: a })} data-testid="request-return">{tr('申请退回', 'Ask to return')}</Button>}
            {own && a.role === 'LEAD' && a.status === 'ACTIVE' && !a.extensionStatus && ['ASSIGNED', 'HANDLING'].includes(s.status) && (
              <Button size="small" onClick={() => open({ kind: 'EXTENSION', assignment: a })}>{tr('申请延期', 'Ask for more time')}</Button>
            )}
            {own && a.role === 'CO' && a.status === 'ACTIVE' && OPEN_STATES.includes(s.status) && (
              <Button size="small" onClick={() => open({ kind: 'VIEW', assignment: a })} data-testid="send-view">{tr('提出协办意见', 'Send views')}</Button>
            )}
            {staff && a.status === 'RETURN_REQUESTED' && <Button size="small" type="primary" onClick={() => open({ kind: 'DECIDE_RETURN', assignment: a })}>{tr('处理退回申请', 'Decide the return')}</Button>}
            {staff && a.extensionStatus === 'REQUESTED' && <Button size="small" type="primary" onClick={() => open({ kind: 'DECIDE_EXTENSION', assignment: a })}>{tr('审批延期', 'Decide the extension')}</Button>}
          </Space>
        );
      },
    },
  ];

  const dialogTitle = dialog
    ? dialog.kind === 'FEEDBACK' ? tr('代表评价', 'Feedback')
      : dialog.kind in SUGGESTION_ACTION_LABELS ? label(SUGGESTION_ACTION_LABELS[dialog.kind as SuggestionAction])
        : { MEETING: tr('记录见面沟通', 'Record a meeting'), PROGRESS: tr('记录落实进展', 'Record progress'), VIEW: tr('协办意见', 'Co-unit views'), RETURN: tr('申请退回', 'Ask to return'), EXTENSION: tr('申请延期', 'Ask for more time'), DECIDE_RETURN: tr('处理退回申请', 'Decide the return'), DECIDE_EXTENSION: tr('审批延期', 'Decide the extension') }[dialog.kind as string]
    : '';

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={<Space wrap><span data-testid="suggestion-title">{s.title}</span><StatusTag status={s.status} />{s.overdue && <Tag color="red">{tr('逾期', 'Overdue')}</Tag>}{s.keySupervision && <Tag color="red">{tr('重点督办', 'Key supervision')}</Tag>}</Space>}
        extra={
          <Space wrap data-testid="suggestion-actions">
            {actions.map((a) => (
              <Button key={a} type={a === 'RATE_UNSATISFIED' ? 'default' : 'primary'} danger={a === 'RATE_UNSATISFIED'} loading={busy} onClick={() => onAction(a)} data-testid={`action-${a}`}>
                {label(SUGGESTION_ACTION_LABELS[a])}
              </Button>
            ))}
            {mayMeet && <Button onClick={() => open({ kind: 'MEETING' })} data-testid="record-meeting">{tr('记录见面', 'Record meeting')}</Button>}
            {mayProgress && <Button onClick={() => open({ kind: 'PROGRESS' })} data-testid="record-progress">{tr('记录进展', 'Record progress')}</Button>}
          </Space>
        }
      >
        {s.motionConversionReason && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={tr('议案转为建议', 'Motion handled as a suggestion')} description={s.motionConversionReason} />}
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} bordered>
          <Descriptions.Item label={tr('登记编号', 'Number')}>{s.registrationNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={tr('类别', 'Kind')}>{label(SUGGESTION_KIND_LABELS[s.kind])}{s.submittedAsMotion && s.kind !== 'MOTION' ? tr('(原为议案)', ' (was a motion)') : ''}</Descriptions.Item>
          <Descriptions.Item label={tr('领域', 'Field')}>{label(SUGGESTION_FIELD_LABELS[s.field])}</Descriptions.Item>
          <Descriptions.Item label={tr('会议', 'Session')}>{s.session?.name ?? `${s.term.name} ${tr('闭会期间', 'in recess')}`}</Descriptions.Item>
          <Descriptions.Item label={tr('领衔代表', 'Lead deputy')}>{s.leadDeputy.name}</Descriptions.Item>
          <Descriptions.Item label={tr('附议代表', 'Co-signers')}>{s.coSigners.map((d) => d.name).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={tr('来源', 'Source')}>
            {/* Findings are linked both ways: each one opens; another source is a record of its own module. */}
            {s.findings.length ? (
              <Space direction="vertical" size={0} data-testid="suggestion-findings">
                {label(SUGGESTION_SOURCE_KIND_LABELS.INSPECTION_FINDING)}
                {s.findings.map((f) => <Link key={f.id} to={`/findings/${f.id}`}>{f.title}</Link>)}
              </Space>
            ) : s.sourceKind ? `${label(SUGGESTION_SOURCE_KIND_LABELS[s.sourceKind])}${s.sourceId ? ` #${s.sourceId}` : ''}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={tr('主办单位', 'Lead unit')}>{s.leadUnit?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={tr('答复期限', 'Reply due')}><span data-testid="reply-due">{s.replyDueDate ?? '—'}</span>{s.currentRound > 1 ? tr(`(第 ${s.currentRound} 轮)`, ` (round ${s.currentRound})`) : ''}</Descriptions.Item>
          <Descriptions.Item label={tr('重点督办', 'Key supervision')}>
            {staff ? <Switch size="small" checked={s.keySupervision} onChange={(on) => run(() => keySupervision({ variables: { id: s.id, version: s.version, on } }), tr('已保存', 'Saved'))} /> : s.keySupervision ? tr('是', 'Yes') : tr('否', 'No')}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph style={{ marginTop: 16, whiteSpace: 'pre-wrap' }}>{s.content}</Typography.Paragraph>
      </Card>

      <Card title={tr('交办', 'Assignment')} size="small">
        <Table<A> rowKey="id" size="small" pagination={false} dataSource={s.assignments} columns={assignmentColumns} data-testid="assignments" scroll={{ x: true }} />
      </Card>

      <Card title={tr('见面沟通与协办意见', 'Meetings and co-units\' views')} size="small">
        <List size="small" locale={{ emptyText: tr('暂无见面记录', 'No meetings yet') }} dataSource={s.meetings} renderItem={(m) => (
          <List.Item><Space wrap><Tag>{label(MEETING_STAGE_LABELS[m.stage])}</Tag>{m.meetingDate}<span>{m.organization.name}</span><Typography.Text type="secondary">{[m.participants, m.notes].filter(Boolean).join(';')}</Typography.Text></Space></List.Item>
        )} />
        {s.coUnitViews.map((v) => <Alert key={v.id} style={{ marginTop: 8 }} type="info" message={`${tr('协办意见', 'Views')} · ${v.organization.name}`} description={v.content} />)}
      </Card>

      <Card title={tr('答复与评价', 'Replies and feedback')} size="small" data-testid="replies">
        {s.replies.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tr('尚未答复', 'No reply yet')} /> : s.replies.map((r) => (
          <Card key={r.id} type="inner" size="small" style={{ marginBottom: 8 }}
            title={<Space wrap><span>{tr(`第 ${r.round} 轮答复`, `Reply, round ${r.round}`)}</span><Tag color="blue" data-testid="reply-category">{label(REPLY_CATEGORY_LABELS[r.category])}</Tag><span>{r.organization.name}</span><span>{r.repliedOn}</span>{r.onTime ? <Tag color="green">{tr('按期', 'On time')}</Tag> : <Tag color="red">{tr('超期', 'Late')}</Tag>}</Space>}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.content}</Typography.Paragraph>
            {r.commitments.length > 0 && (
              <List size="small" header={tr('承诺事项', 'Commitments')} dataSource={r.commitments} renderItem={(c) => (
                <List.Item><Space>{c.content}<Tag>{tr('时限', 'Due')} {c.dueDate}</Tag>{c.fulfilledOn ? <Tag color="green">{tr('已完成', 'Done')} {c.fulfilledOn}</Tag> : null}</Space></List.Item>
              )} />
            )}
            {r.attachments.map((f) => <Button key={f.id} type="link" size="small" onClick={() => openAttachment(f.url, f.filename)}>{f.filename}</Button>)}
            {r.feedback && (
              <Alert style={{ marginTop: 8 }} type={r.feedback.verdict === 'UNSATISFIED' ? 'error' : 'success'} data-testid="feedback"
                message={`${tr('代表评价', 'Feedback')}:${label(FEEDBACK_VERDICT_LABELS[r.feedback.verdict])}${r.feedback.onBehalf ? tr('(工作人员代录)', ' (recorded by staff)') : ''}`}
                description={r.feedback.comment ?? undefined} />
            )}
          </Card>
        ))}
      </Card>

      {s.progress.length > 0 && (
        <Card title={tr('落实进展', 'Progress')} size="small">
          <List size="small" dataSource={s.progress} renderItem={(p) => <List.Item><Space>{p.entryDate}{p.content}{p.solved && <Tag color="green">{tr('已解决', 'Solved')}</Tag>}</Space></List.Item>} />
        </Card>
      )}

      {s.possibleDuplicates.length > 0 && (staff || viewer?.role === 'ANALYST') && (
        <Card title={tr('可能重复的建议', 'Possible duplicates')} size="small">
          <List size="small" dataSource={s.possibleDuplicates} renderItem={(d) => <List.Item><Space>{d.registrationNumber}{d.title}<Typography.Text type="secondary">{d.sessionName ?? tr('闭会期间', 'In recess')} · {d.leadDeputyName}</Typography.Text><Tag>{Math.round(d.similarity * 100)}%</Tag></Space></List.Item>} />
        </Card>
      )}

      <Card title={tr('办理过程', 'Timeline')} size="small">
        <Timeline data-testid="timeline" items={s.timeline.map((e) => ({
          color: e.action === 'RATE_UNSATISFIED' ? 'red' : e.toStatus ? 'blue' : 'gray',
          children: (
            <Space wrap size={4}>
              <Typography.Text type="secondary">{formatDateTime(e.at)}</Typography.Text>
              <strong>{e.action in SUGGESTION_ACTION_LABELS ? label(SUGGESTION_ACTION_LABELS[e.action as SuggestionAction]) : eventLabel(e.action, tr)}</strong>
              {e.toStatus && <span>→ {label(SUGGESTION_STATUS_LABELS[e.toStatus])}</span>}
              <span>{e.actorName}</span>
              {e.organization && <span>· {e.organization.name}</span>}
              {e.note && <Typography.Text type="secondary">{e.note}</Typography.Text>}
            </Space>
          ),
        }))} />
      </Card>

      <Modal open={!!dialog} title={dialogTitle} onCancel={() => setDialog(null)} onOk={onOk} confirmLoading={busy} destroyOnHidden okButtonProps={{ 'data-testid': 'dialog-ok' } as never} width={640}>
        <Form form={form} layout="vertical" preserve={false} data-testid="action-form">
          {dialog?.kind === 'REGISTER' && <Form.Item name="keySupervision" valuePropName="checked"><Checkbox>{tr('列为重点督办', 'Key supervision')}</Checkbox></Form.Item>}
          {(dialog?.kind === 'ASSIGN' || dialog?.kind === 'REASSIGN') && (
            <>
              <Form.Item name="leadUnitId" label={tr('主办单位', 'Lead unit')} rules={[{ required: true }]}>
                <Select showSearch optionFilterProp="label" options={units$} data-testid="lead-unit-select" />
              </Form.Item>
              <Form.Item name="coUnitIds" label={tr('协办单位', 'Co-units')}>
                <Select mode="multiple" showSearch optionFilterProp="label" options={units$} />
              </Form.Item>
              <Form.Item name="note" label={tr('交办意见', 'Note')}><Input.TextArea rows={2} /></Form.Item>
            </>
          )}
          {dialog?.kind === 'REPLY' && <ReplyFields onFiles={setFiles} />}
          {dialog?.kind === 'FEEDBACK' && (
            <>
              <Form.Item name="verdict" label={tr('评价', 'Verdict')} rules={[{ required: true }]}>
                <Radio.Group data-testid="verdict" options={FEEDBACK_VERDICTS.filter((v) => (dialog.verdict === 'UNSATISFIED' ? v === 'UNSATISFIED' : v !== 'UNSATISFIED')).map((v) => ({ value: v, label: label(FEEDBACK_VERDICT_LABELS[v]) }))} />
              </Form.Item>
              <Form.Item name="comment" label={tr('意见', 'Comment')} rules={dialog.verdict === 'UNSATISFIED' ? [{ required: true, message: tr('请说明不满意的理由', 'Say why') }] : []}>
                <Input.TextArea rows={3} />
              </Form.Item>
              {dialog.verdict === 'UNSATISFIED' && <Alert type="warning" showIcon message={tr('评价不满意后,承办单位须在规定期限内重新办理并再次答复', 'After UNSATISFIED, the unit must handle it again and reply within the set time')} />}
            </>
          )}
          {(dialog?.kind === 'FOLLOW_UP' || dialog?.kind === 'CLOSE') && <Form.Item name="note" label={tr('说明', 'Note')}><Input.TextArea rows={2} /></Form.Item>}
          {dialog?.kind === 'MEETING' && (
            <>
              <Form.Item name="stage" label={tr('阶段', 'Stage')} rules={[{ required: true }]}>
                <Radio.Group options={MEETING_STAGES.map((m) => ({ value: m, label: label(MEETING_STAGE_LABELS[m]) }))} />
              </Form.Item>
              <Form.Item name="meetingDate" label={tr('日期', 'Date')} rules={[{ required: true }]}><Input type="date" /></Form.Item>
              <Form.Item name="participants" label={tr('参加人员', 'Participants')}><Input /></Form.Item>
              <Form.Item name="notes" label={tr('沟通情况', 'Notes')}><Input.TextArea rows={3} /></Form.Item>
            </>
          )}
          {dialog?.kind === 'PROGRESS' && (
            <>
              <Form.Item name="content" label={tr('进展情况', 'Progress')} rules={[{ required: true, min: 2 }]}><Input.TextArea rows={3} /></Form.Item>
              <Form.Item name="solved" valuePropName="checked"><Checkbox>{tr('问题已解决(承诺事项完成)', 'Solved (commitments fulfilled)')}</Checkbox></Form.Item>
            </>
          )}
          {dialog?.kind === 'VIEW' && <Form.Item name="content" label={tr('协办意见', 'Views')} rules={[{ required: true, min: 2 }]}><Input.TextArea rows={4} /></Form.Item>}
          {(dialog?.kind === 'RETURN' || dialog?.kind === 'EXTENSION') && <Form.Item name="reason" label={tr('理由', 'Reason')} rules={[{ required: true, min: 2 }]}><Input.TextArea rows={3} /></Form.Item>}
          {dialog?.kind === 'DECIDE_RETURN' && (
            <>
              <Alert type="info" style={{ marginBottom: 12 }} message={`${dialog.assignment.organization.name}:${dialog.assignment.returnReason ?? ''}`} />
              <Form.Item name="accept" label={tr('处理', 'Decision')} rules={[{ required: true }]} initialValue="yes">
                <Radio.Group options={[{ value: 'yes', label: tr('同意退回', 'Accept') }, { value: 'no', label: tr('不同意', 'Refuse') }]} />
              </Form.Item>
              {dialog.assignment.role === 'LEAD' && (
                <Form.Item name="newLeadUnitId" label={tr('改交主办单位(可稍后交办)', 'New lead unit (or assign later)')}>
                  <Select allowClear showSearch optionFilterProp="label" options={units$.filter((u) => u.value !== dialog.assignment.organization.id)} />
                </Form.Item>
              )}
              <Form.Item name="note" label={tr('意见', 'Note')}><Input.TextArea rows={2} /></Form.Item>
            </>
          )}
          {dialog?.kind === 'DECIDE_EXTENSION' && (
            <>
              <Alert type="info" style={{ marginBottom: 12 }} message={dialog.assignment.extensionReason ?? ''} />
              <Form.Item name="approve" label={tr('审批', 'Decision')} rules={[{ required: true }]} initialValue="yes">
                <Radio.Group options={[{ value: 'yes', label: tr('批准延期', 'Approve') }, { value: 'no', label: tr('不批准', 'Refuse') }]} />
              </Form.Item>
              <Form.Item name="note" label={tr('意见', 'Note')}><Input.TextArea rows={2} /></Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Space>
  );
}

function eventLabel(action: string, tr: (zh: string, en: string) => string): string {
  const names: Record<string, [string, string]> = {
    DRAFT_CREATED: ['起草', 'Drafted'], EDITED: ['修改', 'Edited'], MOTION_CONVERTED: ['议案转为建议', 'Motion handled as a suggestion'],
    MEETING: ['见面沟通', 'Meeting'], CO_UNIT_VIEW: ['协办意见', 'Co-unit views'], RETURN_REQUESTED: ['申请退回', 'Return requested'],
    RETURN_REFUSED: ['不同意退回', 'Return refused'], RETURN_ACCEPTED: ['同意退回', 'Return accepted'], EXTENSION_REQUESTED: ['申请延期', 'Extension requested'],
    EXTENSION_APPROVED: ['批准延期', 'Extension approved'], EXTENSION_REFUSED: ['不批准延期', 'Extension refused'], PROGRESS: ['落实进展', 'Progress'],
    PROGRESS_SOLVED: ['问题解决', 'Solved'], KEY_SUPERVISION_ON: ['列为重点督办', 'Key supervision set'], KEY_SUPERVISION_OFF: ['取消重点督办', 'Key supervision cleared'],
  };
  const n = names[action];
  return n ? tr(n[0], n[1]) : action;
}

function ReplyFields({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { tr, label } = useI18n();
  const form = Form.useFormInstance();
  const category = Form.useWatch('category', form) as ReplyCategory | undefined;
  const needs = !!category && CATEGORIES_WITH_COMMITMENTS.includes(category);
  return (
    <>
      <Form.Item name="category" label={tr('答复类别', 'Category')} rules={[{ required: true }]}>
        <Radio.Group data-testid="reply-category-input" options={REPLY_CATEGORIES.map((c) => ({ value: c, label: label(REPLY_CATEGORY_LABELS[c]) }))} style={{ display: 'flex', flexDirection: 'column' }} />
      </Form.Item>
      <Form.Item name="content" label={tr('答复内容', 'Reply')} rules={[{ required: true, min: 2 }]}><Input.TextArea rows={5} /></Form.Item>
      <Form.Item label={tr('附件(答复函)', 'Attachment (the reply letter)')}>
        <input type="file" multiple accept={ATTACHMENT_ACCEPT} data-testid="reply-files" onChange={(e) => onFiles(Array.from(e.target.files ?? []))} />
      </Form.Item>
      {needs && (
        <Form.List name="commitments" initialValue={[{}]}>
          {(fields, { add, remove }) => (
            <>
              <Typography.Text strong>{tr('承诺事项及完成时限', 'Commitments and due dates')}</Typography.Text>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'content']} rules={[{ required: true, min: 2 }]} style={{ width: 360 }}><Input placeholder={tr('承诺内容', 'What is promised')} data-testid="commitment-content" /></Form.Item>
                  <Form.Item name={[f.name, 'dueDate']} rules={[{ required: true }]}><Input type="date" data-testid="commitment-due" /></Form.Item>
                  {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>{tr('增加承诺', 'Add a commitment')}</Button>
            </>
          )}
        </Form.List>
      )}
    </>
  );
}
