import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, InputNumber, Modal, Radio, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  afterForPage, DUTY_REPORT_AUDIENCE_LABELS, DUTY_REPORT_AUDIENCES, DUTY_REPORT_FORM_LABELS, DUTY_REPORT_FORMS, DUTY_REPORT_GRADE_LABELS, DUTY_REPORT_GRADES,
  DUTY_REPORT_MACHINE, DUTY_REPORT_STATUS_LABELS, DUTY_REPORT_STATUSES, gradeVotes, PERMISSIONS,
  type DutyReportAction, type DutyReportAudience, type DutyReportGrade, type DutyReportStatus,
} from '@luzhi/shared';
import { graphql } from '../../gql';
import type { DutyReportListQuery } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { useAuth } from '../../app/auth';
import { errorMessage } from '../../app/apollo';
import { DeputySelect, today, useDutyYear, YearSelect } from './common';
import { validValues } from '../../app/form-errors';

const DUTY_REPORTS = graphql(`
  query DutyReportList($first: Int, $after: String, $filter: DutyReportFilter) {
    dutyReports(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes {
        id version year audience form status title plannedOn reportedOn venue content grade competentPercent allowedActions
        votesCompetent votesBasicallyCompetent votesNotCompetent
        deputy { id name }
        ratings { id evaluatorName grade comment }
      }
    }
    dutyReportThresholds { competentPercent basicallyCompetentPercent }
  }
`);
const PLAN = graphql(`
  mutation DutyPlanReports($year: Int!, $entries: [PlanDutyReportInput!]!) { planDutyReports(year: $year, entries: $entries) { id } }
`);
const RECORD = graphql(`
  mutation DutyRecordReport($id: ID!, $input: RecordDutyReportInput!) { recordDutyReport(id: $id, input: $input) { id status version } }
`);
const EVALUATE = graphql(`
  mutation DutyEvaluateReport($id: ID!, $input: EvaluateDutyReportInput!) { evaluateDutyReport(id: $id, input: $input) { id status grade version } }
`);
const CANCEL = graphql(`
  mutation DutyCancelReport($id: ID!, $version: Int!) { cancelDutyReport(id: $id, version: $version) { id status version } }
`);

type Row = DutyReportListQuery['dutyReports']['nodes'][number];
const PAGE = 20;

/** /duty/reports — the year's plan of duty reports, their texts and evaluations. */
export function DutyReportsPage() {
  const { tr, label } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [year, setYear, years] = useDutyYear();
  const [audience, setAudience] = useState<DutyReportAudience | undefined>();
  const [status, setStatus] = useState<DutyReportStatus | undefined>();
  const [page, setPage] = useState(1);
  const { data, loading, refetch } = useQuery(DUTY_REPORTS, { skip: !year, variables: { first: PAGE, after: afterForPage(page, PAGE), filter: { year, audience, status } } });
  const [plan] = useMutation(PLAN);
  const [record] = useMutation(RECORD);
  const [evaluate] = useMutation(EVALUATE);
  const [cancel] = useMutation(CANCEL);
  const [planning, setPlanning] = useState(false);
  const [reporting, setReporting] = useState<Row | null>(null);
  const [evaluating, setEvaluating] = useState<Row | null>(null);
  const [planForm] = Form.useForm();
  const [reportForm] = Form.useForm();
  const [evalForm] = Form.useForm();
  const mode = Form.useWatch('mode', evalForm) as 'votes' | 'ratings' | undefined;
  const votes = Form.useWatch('votes', evalForm) as { competent?: number; basicallyCompetent?: number; notCompetent?: number } | undefined;
  const thresholds = data?.dutyReportThresholds;
  const writable = can(PERMISSIONS.DUTY_WRITE);

  const run = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      message.success(ok);
      await refetch();
      return true;
    } catch (err) {
      message.error(errorMessage(err));
      return false;
    }
  };
  const preview = votes && thresholds ? gradeVotes({ competent: votes.competent ?? 0, basicallyCompetent: votes.basicallyCompetent ?? 0, notCompetent: votes.notCompetent ?? 0 }, thresholds) : null;
  const actionButton = (r: Row, a: DutyReportAction) => {
    const text = label(DUTY_REPORT_MACHINE[a].label);
    if (a === 'REPORT') return <Button key={a} size="small" onClick={() => { setReporting(r); reportForm.setFieldsValue({ reportedOn: r.plannedOn ?? today(), form: r.form, venue: r.venue }); }}>{text}</Button>;
    if (a === 'EVALUATE') return <Button key={a} size="small" onClick={() => { setEvaluating(r); evalForm.setFieldsValue({ mode: r.audience === 'VOTERS' ? 'votes' : 'ratings', evaluatedOn: today(), votes: { competent: r.votesCompetent ?? 0, basicallyCompetent: r.votesBasicallyCompetent ?? 0, notCompetent: r.votesNotCompetent ?? 0 }, ratings: r.ratings.map((x) => ({ evaluatorName: x.evaluatorName, grade: x.grade, comment: x.comment })) }); }}>{text}</Button>;
    return <Button key={a} size="small" danger onClick={() => run(() => cancel({ variables: { id: r.id, version: r.version } }), tr('已取消', 'Cancelled'))}>{text}</Button>;
  };

  return (
    <Card
      title={tr('述职与年度述职计划', 'Duty reports and the yearly plan')}
      extra={writable && <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanning(true)}>{tr('列入计划', 'Add to plan')}</Button>}
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <YearSelect value={year} years={years} onChange={(y) => { setYear(y); setPage(1); }} />
        <Select allowClear placeholder={tr('述职对象', 'Reported to')} style={{ width: 180 }} value={audience} onChange={(v) => { setAudience(v); setPage(1); }} options={DUTY_REPORT_AUDIENCES.map((a) => ({ value: a, label: label(DUTY_REPORT_AUDIENCE_LABELS[a]) }))} />
        <Select allowClear placeholder={tr('状态', 'Status')} style={{ width: 140 }} value={status} onChange={(v) => { setStatus(v); setPage(1); }} options={DUTY_REPORT_STATUSES.map((s) => ({ value: s, label: label(DUTY_REPORT_STATUS_LABELS[s]) }))} />
        {thresholds && <Tag>{tr(`等次标准:称职票 ≥ ${thresholds.competentPercent}% 为称职,称职与基本称职 ≥ ${thresholds.basicallyCompetentPercent}% 为基本称职`, `Competent at ≥ ${thresholds.competentPercent}% competent votes; basically competent at ≥ ${thresholds.basicallyCompetentPercent}% with basic votes`)}</Tag>}
      </Space>
      <Table<Row>
        rowKey="id"
        data-testid="duty-reports"
        loading={loading}
        dataSource={data?.dutyReports.nodes ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.dutyReports.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        expandable={{ expandedRowRender: (r) => <div style={{ whiteSpace: 'pre-wrap' }}>{r.content || tr('(尚未登记述职内容)', '(no text yet)')}{r.ratings.length > 0 && <ul>{r.ratings.map((x) => <li key={x.id}>{x.evaluatorName}:{label(DUTY_REPORT_GRADE_LABELS[x.grade as DutyReportGrade])} {x.comment ?? ''}</li>)}</ul>}</div> }}
        columns={[
          { title: tr('代表', 'Deputy'), render: (_, r) => r.deputy.name },
          { title: tr('对象', 'To'), dataIndex: 'audience', render: (a: DutyReportAudience) => label(DUTY_REPORT_AUDIENCE_LABELS[a]) },
          { title: tr('方式', 'Form'), dataIndex: 'form', render: (f: 'ORAL' | 'WRITTEN') => label(DUTY_REPORT_FORM_LABELS[f]) },
          { title: tr('计划日期', 'Planned'), dataIndex: 'plannedOn' },
          { title: tr('述职日期', 'Reported'), dataIndex: 'reportedOn' },
          { title: tr('状态', 'Status'), dataIndex: 'status', render: (s: DutyReportStatus) => <Tag>{label(DUTY_REPORT_STATUS_LABELS[s])}</Tag> },
          { title: tr('等次', 'Grade'), render: (_, r) => (r.grade ? <Tag color={r.grade === 'COMPETENT' ? 'green' : r.grade === 'NOT_COMPETENT' ? 'red' : 'gold'}>{label(DUTY_REPORT_GRADE_LABELS[r.grade as DutyReportGrade])}{r.competentPercent !== null ? ` ${r.competentPercent}%` : ''}</Tag> : '—') },
          ...(writable ? [{ title: tr('操作', 'Actions'), render: (_: unknown, r: Row) => <Space size="small">{(r.allowedActions as DutyReportAction[]).map((a) => actionButton(r, a))}</Space> }] : []),
        ]}
      />

      <Modal open={planning} title={tr(`列入 ${year ?? ''} 年述职计划`, `Add to the ${year ?? ''} plan`)} onCancel={() => setPlanning(false)} destroyOnHidden
        onOk={async () => {
          const v = await validValues(planForm); if (!v) return;
          if (await run(() => plan({ variables: { year: year!, entries: (v.deputyIds as string[]).map((deputyId) => ({ deputyId, audience: v.audience, form: v.form, plannedOn: v.plannedOn || null, venue: v.venue || null })) } }), tr('已列入计划', 'Planned'))) setPlanning(false);
        }}>
        <Form form={planForm} layout="vertical" preserve={false} initialValues={{ audience: 'ELECTORAL_UNIT', form: 'ORAL', deputyIds: [] }}>
          <Form.Item name="deputyIds" label={tr('述职代表(可多选,逐一添加)', 'Deputies (add one at a time)')} rules={[{ required: true, type: 'array', min: 1 }]}>
            <DeputyMulti />
          </Form.Item>
          <Form.Item name="audience" label={tr('述职对象', 'Reported to')}><Radio.Group options={DUTY_REPORT_AUDIENCES.map((a) => ({ value: a, label: label(DUTY_REPORT_AUDIENCE_LABELS[a]) }))} /></Form.Item>
          <Form.Item name="form" label={tr('方式', 'Form')}><Radio.Group options={DUTY_REPORT_FORMS.map((f) => ({ value: f, label: label(DUTY_REPORT_FORM_LABELS[f]) }))} /></Form.Item>
          <Form.Item name="plannedOn" label={tr('计划日期', 'Planned date')}><Input type="date" /></Form.Item>
          <Form.Item name="venue" label={tr('地点或会议', 'Venue')}><Input /></Form.Item>
        </Form>
      </Modal>

      <Modal open={!!reporting} title={tr('登记述职', 'Record the report')} onCancel={() => setReporting(null)} destroyOnHidden width={720}
        onOk={async () => {
          const v = await validValues(reportForm); if (!v) return;
          if (await run(() => record({ variables: { id: reporting!.id, input: { version: reporting!.version, reportedOn: v.reportedOn, form: v.form, venue: v.venue || null, content: v.content } } }), tr('已登记', 'Recorded'))) setReporting(null);
        }}>
        <Form form={reportForm} layout="vertical" preserve={false}>
          <Form.Item name="reportedOn" label={tr('述职日期', 'Date')} rules={[{ required: true }]}><Input type="date" /></Form.Item>
          <Form.Item name="form" label={tr('方式', 'Form')}><Radio.Group options={DUTY_REPORT_FORMS.map((f) => ({ value: f, label: label(DUTY_REPORT_FORM_LABELS[f]) }))} /></Form.Item>
          <Form.Item name="venue" label={tr('地点或会议', 'Venue')}><Input /></Form.Item>
          <Form.Item name="content" label={tr('述职内容', 'Text')} rules={[{ required: true }]}><Input.TextArea rows={8} /></Form.Item>
        </Form>
      </Modal>

      <Modal open={!!evaluating} title={tr('述职评议', 'Evaluate the report')} onCancel={() => setEvaluating(null)} destroyOnHidden width={720}
        onOk={async () => {
          const v = await validValues(evalForm); if (!v) return;
          const input = { version: evaluating!.version, evaluatedOn: v.evaluatedOn, note: v.note || null, ...(v.mode === 'votes' ? { votes: { competent: v.votes.competent ?? 0, basicallyCompetent: v.votes.basicallyCompetent ?? 0, notCompetent: v.votes.notCompetent ?? 0 } } : { ratings: v.ratings ?? [] }) };
          if (await run(() => evaluate({ variables: { id: evaluating!.id, input } }), tr('已评议', 'Evaluated'))) setEvaluating(null);
        }}>
        <Form form={evalForm} layout="vertical" preserve={false}>
          <Form.Item name="evaluatedOn" label={tr('评议日期', 'Date')} rules={[{ required: true }]}><Input type="date" /></Form.Item>
          <Form.Item name="mode" label={tr('评议方式', 'How')}>
            <Radio.Group disabled={evaluating?.audience === 'VOTERS'} options={[{ value: 'votes', label: tr('票数', 'Vote tally') }, { value: 'ratings', label: tr('评议人意见', 'Evaluators\' ratings') }]} />
          </Form.Item>
          {mode === 'votes' ? (
            <Space align="end" wrap>
              <Form.Item name={['votes', 'competent']} label={tr('称职', 'Competent')}><InputNumber min={0} /></Form.Item>
              <Form.Item name={['votes', 'basicallyCompetent']} label={tr('基本称职', 'Basically competent')}><InputNumber min={0} /></Form.Item>
              <Form.Item name={['votes', 'notCompetent']} label={tr('不称职', 'Not competent')}><InputNumber min={0} /></Form.Item>
              <Form.Item label={tr('等次', 'Grade')}><Tag data-testid="grade-preview">{preview ? label(DUTY_REPORT_GRADE_LABELS[preview]) : '—'}</Tag></Form.Item>
            </Space>
          ) : (
            <Form.List name="ratings">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Space key={f.key} align="start">
                      <Form.Item name={[f.name, 'evaluatorName']} rules={[{ required: true }]}><Input placeholder={tr('评议人', 'Evaluator')} /></Form.Item>
                      <Form.Item name={[f.name, 'grade']} rules={[{ required: true }]}><Select style={{ width: 140 }} options={DUTY_REPORT_GRADES.map((g) => ({ value: g, label: label(DUTY_REPORT_GRADE_LABELS[g]) }))} /></Form.Item>
                      <Form.Item name={[f.name, 'comment']}><Input placeholder={tr('意见', 'Comment')} /></Form.Item>
                      <Button onClick={() => remove(f.name)}>{tr('删除', 'Remove')}</Button>
                    </Space>
                  ))}
                  <Button onClick={() => add({ grade: 'COMPETENT' })}>{tr('添加评议人', 'Add an evaluator')}</Button>
                </>
              )}
            </Form.List>
          )}
          <Form.Item name="note" label={tr('评议意见综述', 'Summary')} style={{ marginTop: 12 }}><Input.TextArea rows={3} /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

/** Several deputies, chosen one by one. */
function DeputyMulti({ value = [], onChange }: { value?: string[]; onChange?(ids: string[]): void }) {
  const { tr } = useI18n();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <DeputySelect value={undefined} onChange={(id) => id && !value.includes(id) && onChange?.([...value, id])} placeholder={tr('搜索并添加代表', 'Search and add a deputy')} />
      <Space wrap>{value.map((id) => <Tag key={id} closable onClose={() => onChange?.(value.filter((x) => x !== id))}>#{id}</Tag>)}</Space>
    </Space>
  );
}
