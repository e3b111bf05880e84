import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, Descriptions, Empty, Form, Input, Modal, Radio, Row, Select, Space, Statistic, Switch, Table, Tag, Timeline, Typography } from 'antd';
import {
  ATTACHMENT_ACCEPT, FINDING_MACHINE, FINDING_OPEN_STATUSES, FINDING_STATUSES, FINDING_STATUS_LABELS, FINDING_UPDATE_KIND_LABELS, PERMISSIONS, afterForPage,
  type FindingAction, type FindingStatus, type FindingUpdateKind,
} from '@luzhi/shared';
import type { FindingsQuery } from '../../gql/graphql';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { useServerErrors, validValues } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { FindingStatusTag, FindingSuggestionLink, dateTime, downloadFile, uploadFile, useMakeSuggestion } from './common';
import { CHANGE_FINDING_STATUS, FINDING, FINDINGS, REFERENCE, REPORT_ON_FINDING, UPDATE_FINDING, VERIFY_FINDING } from './operations';

type Row = FindingsQuery['findings']['nodes'][number];
const PAGE = 20;

/**
 * Whether the viewer may move an open finding to another unit or deadline: the committee, or the
 * group leader of the group whose activity found it (what updateFinding checks on the activity).
 */
export function useMayReassign() {
  const { can, viewer } = useAuth();
  return (f: { status: FindingStatus; activity?: { organizerGroup?: { id: string } | null } | null }) =>
    FINDING_OPEN_STATUSES.includes(f.status) && can(PERMISSIONS.ACTIVITY_WRITE) && (viewer?.role !== 'GROUP_LEADER' || (!!f.activity && f.activity.organizerGroup?.id === viewer.scopeGroupId));
}

interface Reassignable {
  id: string;
  title: string;
  version: number;
  deadline?: string | null;
  responsibleOrganization?: { id: string } | null;
}

/** A button and its dialog: a finding's responsible unit and deadline, changed by the committee. */
export function ReassignFinding({ finding, onDone, size }: { finding: Reassignable; onDone?: () => unknown; size?: 'small' }) {
  const { tr } = useI18n();
  const { message } = App.useApp();
  const showError = useServerErrors();
  const [open, setOpen] = useState(false);
  const { data: ref } = useQuery(REFERENCE, { skip: !open });
  const [update, { loading }] = useMutation(UPDATE_FINDING);
  const [form] = Form.useForm();
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      await update({ variables: { id: finding.id, input: { version: finding.version, responsibleOrganizationId: v.responsibleOrganizationId, deadline: v.deadline } } });
      message.success(tr('责任单位和期限已调整', 'Responsible unit and deadline changed'));
      setOpen(false);
      await onDone?.();
    } catch (err) {
      showError(err, form);
    }
  };
  return (
    <>
      <Button size={size} onClick={() => setOpen(true)} data-testid="finding-reassign">{tr('调整责任单位和期限', 'Reassign')}</Button>
      <Modal open={open} title={`${tr('调整责任单位和期限', 'Change the responsible unit and deadline')}:${finding.title}`} onCancel={() => setOpen(false)} onOk={submit} confirmLoading={loading} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false} data-testid="reassign-form" initialValues={{ responsibleOrganizationId: finding.responsibleOrganization?.id, deadline: finding.deadline ?? undefined }}>
          <Form.Item name="responsibleOrganizationId" label={tr('责任单位', 'Responsible unit')} rules={[{ required: true, message: tr('请选择责任单位', 'Choose the responsible unit') }]}>
            <Select showSearch optionFilterProp="label" options={(ref?.organizations.nodes ?? []).map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
          <Form.Item name="deadline" label={tr('整改期限', 'Deadline')} rules={[{ required: true, message: tr('请填写整改期限', 'Give a deadline') }]}>
            <Input type="date" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The board: findings by status, overdue ones first when supervising. */
export function FindingsPage() {
  const { tr } = useI18n();
  const mayReassign = useMayReassign();
  const [status, setStatus] = useState<FindingStatus | undefined>();
  const [overdue, setOverdue] = useState(false);
  const [page, setPage] = useState(1);
  const { data, loading, refetch } = useQuery(FINDINGS, {
    variables: { first: PAGE, after: afterForPage(page, PAGE), filter: { statuses: status ? [status] : undefined, overdue: overdue || undefined }, sort: overdue ? 'DEADLINE_ASC' : 'UPDATED_AT_DESC' },
  });
  const board = data?.findingBoard ?? [];
  const make = useMakeSuggestion<Row>();
  return (
    <Card title={tr('问题整改监督', 'Findings followed to rectification')}>
      <Row gutter={12} style={{ marginBottom: 16 }} data-testid="finding-board">
        {FINDING_STATUSES.map((s) => {
          const cell = board.find((b) => b.status === s);
          return (
            <Col key={s} flex={1}>
              <Card size="small" hoverable onClick={() => { setStatus(status === s ? undefined : s); setPage(1); }} style={status === s ? { borderColor: '#b71c1c' } : undefined}>
                <Statistic title={<FindingStatusTag status={s} />} value={cell?.count ?? 0} suffix={cell?.overdue ? <Tag color="red">{tr('逾期', 'overdue')} {cell.overdue}</Tag> : null} />
              </Card>
            </Col>
          );
        })}
      </Row>
      <Space style={{ marginBottom: 12 }}>
        <Switch checked={overdue} onChange={(v) => { setOverdue(v); setPage(1); }} data-testid="overdue-only" />
        {tr('只看逾期未办结(按期限排序)', 'Overdue only, by deadline')}
        {make.button}
      </Space>
      <Table<Row>
        rowKey="id"
        rowSelection={make.rowSelection}
        loading={loading}
        dataSource={data?.findings.nodes ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.findings.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: tr('问题', 'Finding'), dataIndex: 'title', render: (t: string, f) => <Link to={`/findings/${f.id}`}>{t}</Link> },
          { title: tr('来源活动', 'Activity'), dataIndex: 'activityTitle' },
          { title: tr('责任单位', 'Responsible'), key: 'org', render: (_, f) => f.responsibleOrganization?.name ?? '—' },
          { title: tr('期限', 'Deadline'), dataIndex: 'deadline', render: (d: string | null, f) => <span>{d ?? '—'} {f.overdue && <Tag color="red">{tr('逾期', 'Overdue')}</Tag>}</span> },
          { title: tr('状态', 'Status'), dataIndex: 'status', render: (s: FindingStatus) => <FindingStatusTag status={s} /> },
          { title: tr('建议', 'Suggestion'), key: 'suggestion', render: (_, f) => <FindingSuggestionLink finding={f} /> },
          { title: tr('操作', 'Actions'), key: 'x', render: (_, f) => mayReassign(f) && <ReassignFinding size="small" finding={f} onDone={refetch} /> },
        ]}
      />
    </Card>
  );
}

export function FindingDetailPage() {
  const { id } = useParams();
  const { tr, label } = useI18n();
  const { can, viewer } = useAuth();
  const { message } = App.useApp();
  const mayReassign = useMayReassign();
  const { data, error, refetch } = useQuery(FINDING, { variables: { id: id! } });
  const [change] = useMutation(CHANGE_FINDING_STATUS);
  const [report] = useMutation(REPORT_ON_FINDING);
  const [verify] = useMutation(VERIFY_FINDING);
  // The last dialog stays rendered while its modal closes, so the closing one never changes face.
  const [dialog, setDialogState] = useState<{ kind: 'action'; action: FindingAction } | { kind: 'report' } | { kind: 'verify' } | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const setDialog = (d: typeof dialog) => {
    if (d) setDialogState(d);
    setDialogOpen(!!d);
  };
  const [files, setFiles] = useState<string[]>([]);
  const [form] = Form.useForm();
  const f = data?.finding;
  if (error) return <Card><Empty description={errorMessage(error)} /></Card>;
  if (!f) return <Card loading />;
  const open = f.status === 'OPEN' || f.status === 'INVESTIGATING' || f.status === 'RECTIFYING';
  const mayVerify = can(PERMISSIONS.FINDING_VERIFY) && viewer?.role !== 'HANDLING_UNIT' && f.status === 'RECTIFYING';
  const actions = (f.allowedActions as FindingAction[]).filter((a) => a !== 'RESOLVE');

  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      if (dialog?.kind === 'action') await change({ variables: { id: f.id, input: { action: dialog.action, version: f.version, note: v.note || null, attachmentIds: files } } });
      if (dialog?.kind === 'report') await report({ variables: { id: f.id, input: { kind: v.kind, note: v.note, attachmentIds: files } } });
      if (dialog?.kind === 'verify') await verify({ variables: { id: f.id, input: { passed: v.passed, note: v.note, version: f.version, attachmentIds: files } } });
      message.success(tr('已保存', 'Saved'));
      setDialog(null);
      setFiles([]);
      form.resetFields();
      await refetch();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Card
      title={<Space>{f.title}<FindingStatusTag status={f.status} />{f.overdue && <Tag color="red">{tr('逾期', 'Overdue')}</Tag>}</Space>}
      extra={
        <Space wrap>
          {mayReassign(f) && <ReassignFinding finding={f} onDone={refetch} />}
          {actions.map((a) => (
            <Button key={a} data-testid={`finding-action-${a}`} danger={a === 'CLOSE_UNRESOLVED'} onClick={() => setDialog({ kind: 'action', action: a })}>{label(FINDING_MACHINE[a].label)}</Button>
          ))}
          {open && can(PERMISSIONS.FINDING_UPDATE) && <Button data-testid="finding-report" onClick={() => setDialog({ kind: 'report' })}>{tr('填报进展', 'Report progress')}</Button>}
          {mayVerify && <Button type="primary" data-testid="finding-verify" onClick={() => setDialog({ kind: 'verify' })}>{tr('常委会核实', "Committee's check")}</Button>}
        </Space>
      }
    >
      <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={tr('来源活动', 'Activity')}>{f.activity ? <Link to={`/activities/${f.activity.id}`}>{f.activity.title}</Link> : f.activityTitle}</Descriptions.Item>
        <Descriptions.Item label={tr('发现地点', 'Where')}>{f.stop ? `${f.stop.sequence}. ${f.stop.organization.name}` : tr('整体', 'Overall')}</Descriptions.Item>
        <Descriptions.Item label={tr('责任单位', 'Responsible')}>{f.responsibleOrganization?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={tr('整改期限', 'Deadline')}>{f.deadline ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={tr('提出代表', 'Raised by')}>{f.raisedByDeputy?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={tr('代表建议', 'Suggestion')}>{f.suggestionId ? <FindingSuggestionLink finding={f} withTitle /> : '—'}</Descriptions.Item>
        {f.closeReason && <Descriptions.Item label={tr('关闭原因', 'Closed because')}>{f.closeReason}</Descriptions.Item>}
      </Descriptions>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{f.description}</Typography.Paragraph>
      <Timeline
        data-testid="finding-timeline"
        items={f.updates.map((u) => ({
          color: u.kind === 'VERIFICATION_PASSED' ? 'green' : u.kind === 'VERIFICATION_FAILED' ? 'red' : u.kind === 'RECTIFICATION_CLAIM' ? 'blue' : 'gray',
          children: (
            <div>
              <b>{label(FINDING_UPDATE_KIND_LABELS[u.kind as FindingUpdateKind])}</b>
              {u.toStatus && <> → {label(FINDING_STATUS_LABELS[u.toStatus as FindingStatus])}</>}
              <Typography.Text type="secondary"> · {dateTime(u.createdAt)} · {u.authorOrganization?.name ?? u.authorName ?? tr('常委会', 'Committee')}</Typography.Text>
              {u.note && <div style={{ whiteSpace: 'pre-wrap' }}>{u.note}</div>}
              {u.attachments.map((a) => <Button key={a.id} type="link" size="small" onClick={() => downloadFile(a.url, a.filename)}>{a.filename}</Button>)}
            </div>
          ),
        }))}
      />
      <Modal open={dialogOpen} onCancel={() => setDialog(null)} onOk={submit} destroyOnHidden title={dialog?.kind === 'action' ? label(FINDING_MACHINE[dialog.action].label) : dialog?.kind === 'report' ? tr('填报进展', 'Report progress') : tr('常委会核实', "Committee's check")}>
        <Form form={form} layout="vertical" preserve={false} data-testid="finding-dialog">
          {dialog?.kind === 'report' && (
            <Form.Item name="kind" initialValue="PROGRESS" label={tr('类型', 'Kind')}>
              <Radio.Group options={[{ value: 'PROGRESS', label: tr('整改进展', 'Progress') }, ...(f.status === 'RECTIFYING' ? [{ value: 'RECTIFICATION_CLAIM', label: tr('报告整改完成', 'Rectification done') }] : [])]} />
            </Form.Item>
          )}
          {dialog?.kind === 'verify' && (
            <Form.Item name="passed" initialValue={true} label={tr('核实结果', 'Result')}>
              <Radio.Group options={[{ value: true, label: tr('通过,已解决', 'Passed: resolved') }, { value: false, label: tr('未通过,继续整改', 'Not passed: keep rectifying') }]} />
            </Form.Item>
          )}
          <Form.Item name="note" label={tr('说明', 'Note')} rules={[{ required: dialog?.kind !== 'action' || !!FINDING_MACHINE[dialog.action].needsNote }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <input type="file" multiple accept={ATTACHMENT_ACCEPT} aria-label={tr('证据附件', 'Evidence')} onChange={async (e) => {
            try {
              const ids = await Promise.all([...(e.target.files ?? [])].map(uploadFile));
              setFiles((prev) => [...prev, ...ids]);
            } catch (err) {
              message.error(errorMessage(err));
            }
          }} />
        </Form>
      </Modal>
    </Card>
  );
}
