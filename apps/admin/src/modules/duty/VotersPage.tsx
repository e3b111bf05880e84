import { useState } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Modal, Select, Space, Table, Tabs, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  afterForPage, PERMISSIONS, VOTER_CONTACT_KIND_LABELS, VOTER_CONTACT_KINDS, VOTER_OPINION_MACHINE, VOTER_OPINION_STATUS_LABELS, VOTER_OPINION_STATUSES,
  type VoterContactKind, type VoterOpinionAction, type VoterOpinionStatus,
} from '@luzhi/shared';
import { graphql } from '../../gql';
import type { DutyVoterOpinionsQuery } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { useAuth } from '../../app/auth';
import { errorMessage } from '../../app/apollo';
import { DeputySelect, today, useDutyYear, YearSelect } from './common';
import { validValues } from '../../app/form-errors';

const STATIONS = graphql(`query DutyStations { liaisonStations { id name } }`);
const DAYS = graphql(`
  query DutyReceptionDays($first: Int, $after: String, $filter: ReceptionDayFilter) {
    receptionDays(first: $first, after: $after, filter: $filter) { totalCount nodes { id date topic station { name } duties { id deputy { name } } contacts { id } } }
  }
`);
const CREATE_DAY = graphql(`mutation DutyCreateReceptionDay($input: ReceptionDayInput!) { createReceptionDay(input: $input) { id } }`);
const CONTACTS = graphql(`
  query DutyVoterContacts($first: Int, $after: String, $filter: VoterContactFilter) {
    voterContacts(first: $first, after: $after, filter: $filter) { totalCount nodes { id kind contactedOn voterName voterPhone summary deputy { id name } station { name } opinions { id content status } } }
  }
`);
const CREATE_CONTACT = graphql(`mutation DutyCreateVoterContact($input: VoterContactInput!) { createVoterContact(input: $input) { id } }`);
const OPINIONS = graphql(`
  query DutyVoterOpinions($first: Int, $after: String, $filter: VoterOpinionFilter) {
    voterOpinions(first: $first, after: $after, filter: $filter) { totalCount nodes { id version content status voterName voterPhone answer suggestionId handledOn allowedActions deputy { name } referredOrganization { name } } }
  }
`);
const EXPORT = graphql(`query DutyVoterOpinionsCsv($filter: VoterOpinionFilter) { voterOpinionsCsv(filter: $filter) }`);
const DISPOSE = graphql(`mutation DutyDisposeOpinion($id: ID!, $input: DisposeVoterOpinionInput!) { disposeVoterOpinion(id: $id, input: $input) { id status version } }`);
const ORGS = graphql(`query DutyHandlingOrgs { organizations(first: 100, filter: { handlesSuggestions: true }) { nodes { id name } } }`);

const PAGE = 20;

function useRun() {
  const { message } = App.useApp();
  const { tr } = useI18n();
  return async (fn: () => Promise<unknown>, after?: () => unknown) => {
    try {
      await fn();
      message.success(tr('已保存', 'Saved'));
      await after?.();
      return true;
    } catch (err) {
      message.error(errorMessage(err));
      return false;
    }
  };
}

function ReceptionDaysTab({ year }: { year: number }) {
  const { tr } = useI18n();
  const { can } = useAuth();
  const run = useRun();
  const [page, setPage] = useState(1);
  const [stationId, setStationId] = useState<string | undefined>();
  const stations = useQuery(STATIONS);
  const { data, loading, refetch } = useQuery(DAYS, { variables: { first: PAGE, after: afterForPage(page, PAGE), filter: { year, stationId } } });
  const [create] = useMutation(CREATE_DAY);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Select allowClear placeholder={tr('联络站', 'Station')} style={{ width: 240 }} value={stationId} onChange={(v) => { setStationId(v); setPage(1); }} options={(stations.data?.liaisonStations ?? []).map((s) => ({ value: s.id, label: s.name }))} />
        {can(PERMISSIONS.DUTY_WRITE) && <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>{tr('安排接待日', 'Schedule a day')}</Button>}
      </Space>
      <Table rowKey="id" loading={loading} dataSource={data?.receptionDays.nodes ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.receptionDays.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: tr('日期', 'Date'), dataIndex: 'date' },
          { title: tr('联络站', 'Station'), render: (_, d) => d.station.name },
          { title: tr('主题', 'Topic'), dataIndex: 'topic' },
          { title: tr('值班代表', 'On duty'), render: (_, d) => d.duties.map((x) => x.deputy.name).join('、') },
          { title: tr('接待记录', 'Contacts'), render: (_, d) => d.contacts.length },
        ]} />
      <Modal open={open} title={tr('安排选民接待日', 'Schedule a reception day')} onCancel={() => setOpen(false)} destroyOnHidden
        onOk={async () => { const v = await validValues(form); if (!v) return; if (await run(() => create({ variables: { input: { stationId: v.stationId, date: v.date, topic: v.topic || null, deputyIds: v.deputyIds ?? [] } } }), refetch)) setOpen(false); }}>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ date: today() }}>
          <Form.Item name="stationId" label={tr('联络站', 'Station')} rules={[{ required: true }]}><Select options={(stations.data?.liaisonStations ?? []).map((s) => ({ value: s.id, label: s.name }))} /></Form.Item>
          <Form.Item name="date" label={tr('日期', 'Date')} rules={[{ required: true }]}><Input type="date" /></Form.Item>
          <Form.Item name="topic" label={tr('主题', 'Topic')}><Input /></Form.Item>
          <Form.Item name="deputyIds" label={tr('值班代表', 'Deputies on duty')}><DeputyIds /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function DeputyIds({ value = [], onChange }: { value?: string[]; onChange?(v: string[]): void }) {
  return (
    <Space direction="vertical">
      <DeputySelect value={undefined} onChange={(id) => id && !value.includes(id) && onChange?.([...value, id])} />
      <Space wrap>{value.map((id) => <Tag key={id} closable onClose={() => onChange?.(value.filter((x) => x !== id))}>#{id}</Tag>)}</Space>
    </Space>
  );
}

function ContactsTab({ year }: { year: number }) {
  const { tr, label } = useI18n();
  const { can } = useAuth();
  const run = useRun();
  const [page, setPage] = useState(1);
  const [deputyId, setDeputyId] = useState<string | undefined>();
  const [kind, setKind] = useState<VoterContactKind | undefined>();
  const { data, loading, refetch } = useQuery(CONTACTS, { variables: { first: PAGE, after: afterForPage(page, PAGE), filter: { year, deputyId, kind } } });
  const [create] = useMutation(CREATE_CONTACT);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <DeputySelect value={deputyId} onChange={(v) => { setDeputyId(v); setPage(1); }} />
        <Select allowClear placeholder={tr('方式', 'Kind')} style={{ width: 140 }} value={kind} onChange={(v) => { setKind(v); setPage(1); }} options={VOTER_CONTACT_KINDS.map((k) => ({ value: k, label: label(VOTER_CONTACT_KIND_LABELS[k]) }))} />
        {can(PERMISSIONS.DUTY_WRITE) && <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>{tr('登记联系选民', 'Record a contact')}</Button>}
      </Space>
      <Table rowKey="id" loading={loading} dataSource={data?.voterContacts.nodes ?? []} data-testid="voter-contacts"
        pagination={{ current: page, pageSize: PAGE, total: data?.voterContacts.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: tr('日期', 'Date'), dataIndex: 'contactedOn' },
          { title: tr('代表', 'Deputy'), render: (_, c) => c.deputy.name },
          { title: tr('方式', 'Kind'), dataIndex: 'kind', render: (k: VoterContactKind) => label(VOTER_CONTACT_KIND_LABELS[k]) },
          { title: tr('选民', 'Voter'), render: (_, c) => [c.voterName, c.voterPhone].filter(Boolean).join(' ') },
          { title: tr('概要', 'Summary'), dataIndex: 'summary' },
          { title: tr('意见', 'Opinions'), render: (_, c) => c.opinions.length },
        ]} />
      <Modal open={open} title={tr('登记联系选民', 'Record a contact')} width={720} onCancel={() => setOpen(false)} destroyOnHidden
        onOk={async () => {
          const v = await validValues(form); if (!v) return;
          if (await run(() => create({ variables: { input: { deputyId: v.deputyId, kind: v.kind, contactedOn: v.contactedOn, voterName: v.voterName || null, voterPhone: v.voterPhone || null, summary: v.summary ?? '', opinions: (v.opinions ?? []).filter((o: { content?: string }) => o?.content) } } }), refetch)) setOpen(false);
        }}>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ kind: 'VISIT', contactedOn: today(), opinions: [{}] }}>
          <Form.Item name="deputyId" label={tr('代表', 'Deputy')} rules={[{ required: true }]}><DeputySelect /></Form.Item>
          <Space>
            <Form.Item name="kind" label={tr('方式', 'Kind')}><Select style={{ width: 140 }} options={VOTER_CONTACT_KINDS.filter((k) => k !== 'RECEPTION_DAY').map((k) => ({ value: k, label: label(VOTER_CONTACT_KIND_LABELS[k]) }))} /></Form.Item>
            <Form.Item name="contactedOn" label={tr('日期', 'Date')} rules={[{ required: true }]}><Input type="date" /></Form.Item>
            <Form.Item name="voterName" label={tr('选民姓名', 'Voter')}><Input /></Form.Item>
            <Form.Item name="voterPhone" label={tr('电话', 'Phone')}><Input /></Form.Item>
          </Space>
          <Form.Item name="summary" label={tr('情况概要', 'Summary')}><Input.TextArea rows={2} /></Form.Item>
          <Form.List name="opinions">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="start">
                    <Form.Item name={[f.name, 'content']}><Input.TextArea rows={2} style={{ width: 520 }} placeholder={tr('选民意见', 'Opinion')} /></Form.Item>
                    <Button onClick={() => remove(f.name)}>{tr('删除', 'Remove')}</Button>
                  </Space>
                ))}
                <Button onClick={() => add({})}>{tr('添加意见', 'Add an opinion')}</Button>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
    </>
  );
}

type Opinion = DutyVoterOpinionsQuery['voterOpinions']['nodes'][number];

function OpinionsTab({ year }: { year: number }) {
  const { tr, label } = useI18n();
  const { can } = useAuth();
  const run = useRun();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<VoterOpinionStatus | undefined>();
  const filter = { year, status };
  const { data, loading, refetch } = useQuery(OPINIONS, { variables: { first: PAGE, after: afterForPage(page, PAGE), filter } });
  const [exportCsv] = useLazyQuery(EXPORT, { fetchPolicy: 'network-only' });
  const orgs = useQuery(ORGS);
  const [dispose] = useMutation(DISPOSE);
  const [acting, setActing] = useState<{ o: Opinion; action: VoterOpinionAction } | null>(null);
  const [form] = Form.useForm();
  const download = async () => {
    const r = await exportCsv({ variables: { filter } });
    const blob = new Blob([r.data?.voterOpinionsCsv ?? ''], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `voter-opinions-${year}.csv`;
    a.click();
    URL.revokeObjectURL(a.href);
  };
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Select allowClear placeholder={tr('处理状态', 'Status')} style={{ width: 160 }} value={status} onChange={(v) => { setStatus(v); setPage(1); }} options={VOTER_OPINION_STATUSES.map((s) => ({ value: s, label: label(VOTER_OPINION_STATUS_LABELS[s]) }))} />
        <Button icon={<DownloadOutlined />} onClick={download}>{tr('导出 CSV', 'Export CSV')}</Button>
      </Space>
      <Table<Opinion> rowKey="id" loading={loading} dataSource={data?.voterOpinions.nodes ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.voterOpinions.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: tr('意见', 'Opinion'), dataIndex: 'content' },
          { title: tr('代表', 'Deputy'), render: (_, o) => o.deputy.name },
          { title: tr('选民', 'Voter'), render: (_, o) => [o.voterName, o.voterPhone].filter(Boolean).join(' ') },
          { title: tr('状态', 'Status'), dataIndex: 'status', render: (s: VoterOpinionStatus, o) => <Tag>{label(VOTER_OPINION_STATUS_LABELS[s])}{o.referredOrganization ? ` · ${o.referredOrganization.name}` : ''}{o.suggestionId ? ` #${o.suggestionId}` : ''}</Tag> },
          ...(can(PERMISSIONS.DUTY_WRITE) ? [{ title: tr('处理', 'Handle'), render: (_: unknown, o: Opinion) => <Space size="small">{(o.allowedActions as VoterOpinionAction[]).map((a) => <Button key={a} size="small" onClick={() => setActing({ o, action: a })}>{label(VOTER_OPINION_MACHINE[a].label)}</Button>)}</Space> }] : []),
        ]} />
      <Modal open={!!acting} title={acting ? label(VOTER_OPINION_MACHINE[acting.action].label) : ''} onCancel={() => setActing(null)} destroyOnHidden
        onOk={async () => {
          const v = await validValues(form); if (!v) return;
          if (await run(() => dispose({ variables: { id: acting!.o.id, input: { version: acting!.o.version, action: acting!.action, answer: v.answer || null, organizationId: v.organizationId || null, suggestionId: v.suggestionId || null } } }), refetch)) setActing(null);
        }}>
        <Form form={form} layout="vertical" preserve={false}>
          {acting?.action === 'ANSWER' && <Form.Item name="answer" label={tr('答复内容', 'Answer')} rules={[{ required: true }]}><Input.TextArea rows={4} /></Form.Item>}
          {acting?.action === 'REFER' && <Form.Item name="organizationId" label={tr('转交单位', 'Organization')} rules={[{ required: true }]}><Select options={(orgs.data?.organizations.nodes ?? []).map((o) => ({ value: o.id, label: o.name }))} /></Form.Item>}
          {acting?.action === 'TO_SUGGESTION' && <Form.Item name="suggestionId" label={tr('建议编号(在建议办理中创建后填写)', 'Suggestion id (create it under Suggestions first)')} rules={[{ required: true, pattern: /^\d+$/ }]}><Input /></Form.Item>}
        </Form>
      </Modal>
    </>
  );
}

/** /duty/voters — reception days, voter contacts and the opinions they bring. */
export function VotersPage() {
  const { tr } = useI18n();
  const [year, setYear, years] = useDutyYear();
  return (
    <Card title={tr('联系选民', 'Voter contact')} extra={<YearSelect value={year} years={years} onChange={setYear} />}>
      {year && (
        <Tabs items={[
          { key: 'days', label: tr('选民接待日', 'Reception days'), children: <ReceptionDaysTab year={year} /> },
          { key: 'contacts', label: tr('联系记录', 'Contacts'), children: <ContactsTab year={year} /> },
          { key: 'opinions', label: tr('民意处理', 'Opinions'), children: <OpinionsTab year={year} /> },
        ]} />
      )}
    </Card>
  );
}
