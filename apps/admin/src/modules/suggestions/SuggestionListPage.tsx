import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { App, Button, Card, Input, Segmented, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  afterForPage, PERMISSIONS, SUGGESTION_FIELD_LABELS, SUGGESTION_FIELDS, SUGGESTION_KIND_LABELS, SUGGESTION_STATUSES, SUGGESTION_STATUS_LABELS,
  type SuggestionField, type SuggestionStatus,
} from '@luzhi/shared';
import type { SuggestionFilter, SuggestionListQuery } from '../../gql/graphql';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { downloadBase64, StatusTag } from './common';
import { SessionSelect, TermSelect } from '../../app/pickers/RegistryPickers';
import { EXPORT_REGISTER, HANDLING_UNITS, SUGGESTION_LIST } from './operations';

type Row = SuggestionListQuery['suggestions']['nodes'][number];
const PAGE = 20;

/** The list of suggestions: all of them for staff; a deputy's own; a unit's assigned ones (the server scopes). */
export function SuggestionListPage() {
  const { tr, label } = useI18n();
  const { viewer, can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useApolloClient();
  const isDeputy = viewer?.role === 'DEPUTY';
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [statuses, setStatuses] = useState<SuggestionStatus[]>([]);
  const [leadUnitId, setLeadUnitId] = useState<string>();
  const [termId, setTermId] = useState<string>();
  const [sessionId, setSessionId] = useState<string>();
  const [field, setField] = useState<SuggestionField>();
  const [overdue, setOverdue] = useState(false);
  const [tab, setTab] = useState<'all' | 'toRate'>('all');
  const filter: SuggestionFilter = {
    search: search || undefined,
    statuses: tab === 'toRate' ? ['REPLIED'] : statuses.length ? statuses : undefined,
    leadUnitId, termId, sessionId, field, overdue: overdue || undefined,
  };
  const { data, loading } = useQuery(SUGGESTION_LIST, { variables: { first: PAGE, after: afterForPage(page, PAGE), filter } });
  const units = useQuery(HANDLING_UNITS, { skip: viewer?.role === 'DEPUTY' || viewer?.role === 'HANDLING_UNIT' });
  const reset = () => setPage(1);

  const exportRegister = async () => {
    try {
      const r = await client.query({ query: EXPORT_REGISTER, variables: { filter }, fetchPolicy: 'network-only' });
      downloadBase64(r.data!.exportSuggestionRegister);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Card
      title={isDeputy ? tr('我的建议', 'My suggestions') : tr('建议议案', 'Suggestions and motions')}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} onClick={exportRegister} data-testid="export-register">{tr('导出汇总表', 'Export register')}</Button>
          {can(PERMISSIONS.SUGGESTION_SUBMIT) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/suggestions/new')} data-testid="new-suggestion">{tr('提出建议', 'New suggestion')}</Button>
          )}
        </Space>
      }
    >
      {isDeputy && (
        <Segmented style={{ marginBottom: 16 }} value={tab} onChange={(v) => { setTab(v as 'all' | 'toRate'); reset(); }}
          options={[{ value: 'all', label: tr('全部', 'All') }, { value: 'toRate', label: <span data-testid="tab-to-rate">{tr('待我评价', 'To rate')}</span> }]} />
      )}
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search placeholder={tr('标题、内容或编号', 'Title, content or number')} allowClear onSearch={(v) => { setSearch(v); reset(); }} style={{ width: 220 }} />
        <Select mode="multiple" allowClear placeholder={tr('状态', 'Status')} style={{ minWidth: 180 }} value={statuses} data-testid="filter-status"
          onChange={(v) => { setStatuses(v); reset(); }} options={SUGGESTION_STATUSES.map((s) => ({ value: s, label: label(SUGGESTION_STATUS_LABELS[s]) }))} />
        {units.data && (
          <Select allowClear showSearch optionFilterProp="label" placeholder={tr('主办单位', 'Lead unit')} style={{ width: 200 }} value={leadUnitId}
            onChange={(v) => { setLeadUnitId(v); reset(); }} options={units.data.organizations.nodes.map((o) => ({ value: o.id, label: o.name }))} />
        )}
        <TermSelect placeholder={tr('届', 'Term')} style={{ width: 260 }} value={termId} onChange={(v) => { setTermId(v); setSessionId(undefined); reset(); }} testId="filter-term" />
        <SessionSelect termId={termId} placeholder={tr('会议', 'Session')} style={{ width: 260 }} value={sessionId} onChange={(v) => { setSessionId(v); reset(); }} />
        <Select allowClear placeholder={tr('领域', 'Field')} style={{ width: 160 }} value={field} onChange={(v) => { setField(v); reset(); }}
          options={SUGGESTION_FIELDS.map((f) => ({ value: f, label: label(SUGGESTION_FIELD_LABELS[f]) }))} />
        <Space>
          <Switch checked={overdue} onChange={(v) => { setOverdue(v); reset(); }} data-testid="filter-overdue" />
          {tr('只看逾期', 'Overdue only')}
        </Space>
      </Space>
      <Table<Row>
        rowKey="id"
        loading={loading}
        dataSource={data?.suggestions.nodes ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.suggestions.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: tr('编号', 'No.'), dataIndex: 'registrationNumber', width: 130, render: (v?: string | null) => v ?? '—' },
          {
            title: tr('标题', 'Title'), dataIndex: 'title',
            render: (t: string, r) => (
              <Space size={4}>
                <Link to={`/suggestions/${r.id}`}>{t}</Link>
                {r.keySupervision && <Tag color="red">{tr('重点督办', 'Key')}</Tag>}
              </Space>
            ),
          },
          { title: tr('类别', 'Kind'), dataIndex: 'kind', width: 70, render: (k: Row['kind']) => label(SUGGESTION_KIND_LABELS[k]) },
          { title: tr('领衔代表', 'Lead deputy'), key: 'lead', width: 100, render: (_, r) => r.leadDeputy.name },
          { title: tr('会议', 'Session'), key: 'session', render: (_, r) => r.session?.name ?? <Typography.Text type="secondary">{tr('闭会期间', 'In recess')}</Typography.Text> },
          { title: tr('领域', 'Field'), dataIndex: 'field', width: 110, render: (f: SuggestionField) => label(SUGGESTION_FIELD_LABELS[f]) },
          { title: tr('主办单位', 'Lead unit'), key: 'unit', render: (_, r) => r.leadUnit?.name ?? '—' },
          { title: tr('状态', 'Status'), dataIndex: 'status', width: 100, render: (s: SuggestionStatus) => <StatusTag status={s} /> },
          {
            title: tr('答复期限', 'Reply due'), dataIndex: 'replyDueDate', width: 110,
            render: (d: string | null, r) => (d ? <Typography.Text type={r.overdue ? 'danger' : undefined}>{d}{r.overdue ? ` ${tr('逾期', 'overdue')}` : ''}</Typography.Text> : '—'),
          },
        ]}
      />
    </Card>
  );
}
