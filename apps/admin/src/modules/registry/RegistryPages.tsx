import { useMemo, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, Form, Input, InputNumber, Modal, Popconfirm, Row, Select, Space, Table, Tabs, Tag, Tree, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  afterForPage, CONGRESS_LEVEL_LABELS, DIVISION_KIND_DEPTH, DIVISION_KIND_LABELS, ELECTORAL_DISTRICT_KIND_LABELS, LIAISON_STATION_KIND_LABELS,
  ORGANIZATION_KIND_LABELS, PERMISSIONS, type CongressLevel, type DivisionKind,
} from '@luzhi/shared';
import { graphql } from '../../gql';
import type { CongressLevel as GqlCongressLevel } from '../../gql/graphql';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { CongressSelect, DivisionSelect, TermSelect, termLabel, type PickedCongress, type PickedTerm } from '../../app/pickers/RegistryPickers';
import { byName, CrudTable, FormFields, nullable, pinyinCompare, useLabelOptions, useSharedRules, type FieldSpec } from './registry-ui';
import { validValues } from '../../app/form-errors';

const SECTORS = graphql(`query Sectors { sectors { id name description version } }`);
const CREATE_SECTOR = graphql(`mutation CreateSector($input: SectorInput!) { createSector(input: $input) { id } }`);
const UPDATE_SECTOR = graphql(`mutation UpdateSector($id: ID!, $version: Int!, $input: SectorInput!) { updateSector(id: $id, version: $version, input: $input) { id version } }`);
const DELETE_SECTOR = graphql(`mutation DeleteSector($id: ID!, $version: Int!) { deleteSector(id: $id, version: $version) }`);

export function SectorsPage() {
  const { tr } = useI18n();
  const { data, loading, refetch } = useQuery(SECTORS);
  const [create] = useMutation(CREATE_SECTOR);
  const [update] = useMutation(UPDATE_SECTOR);
  const [remove] = useMutation(DELETE_SECTOR);
  const rows = useMemo(() => [...(data?.sectors ?? [])].sort(byName), [data]);
  return (
    <CrudTable title={tr('系统', 'Sectors')} testId="sectors" rows={rows} loading={loading} refetch={refetch}
      columns={[{ title: tr('名称', 'Name'), dataIndex: 'name', sorter: byName }, { title: tr('说明', 'Description'), dataIndex: 'description' }]}
      fields={[{ name: 'name', label: ['名称', 'Name'], required: true }, { name: 'description', label: ['说明', 'Description'], kind: 'textarea' }]}
      create={(v) => create({ variables: { input: nullable(v) as never } })}
      update={(row, v) => update({ variables: { id: row.id, version: row.version, input: nullable(v) as never } })}
      remove={(row) => remove({ variables: { id: row.id, version: row.version } })} />
  );
}

const ORGANIZATIONS = graphql(`
  query Organizations($first: Int, $after: String, $filter: OrganizationFilter) {
    organizations(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes { id name kind parentId divisionId handlesSuggestions contactPerson contactPhone version parent { id name } }
    }
  }
`);
const CREATE_ORG = graphql(`mutation CreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id } }`);
const UPDATE_ORG = graphql(`mutation UpdateOrganization($id: ID!, $version: Int!, $input: OrganizationInput!) { updateOrganization(id: $id, version: $version, input: $input) { id version } }`);
const DELETE_ORG = graphql(`mutation DeleteOrganization($id: ID!, $version: Int!) { deleteOrganization(id: $id, version: $version) }`);

export function OrganizationsPage() {
  const { tr, label } = useI18n();
  const options = useLabelOptions();
  const rules = useSharedRules();
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const { data, loading, refetch } = useQuery(ORGANIZATIONS, { variables: { first: 20, after: afterForPage(page, 20), filter: { search: search || undefined } } });
  const parents = useQuery(ORGANIZATIONS, { variables: { first: 100, filter: { kind: 'STATE_ORGAN' } } });
  const [create] = useMutation(CREATE_ORG);
  const [update] = useMutation(UPDATE_ORG);
  const [remove] = useMutation(DELETE_ORG);
  const fields: FieldSpec[] = [
    { name: 'name', label: ['名称', 'Name'], required: true },
    { name: 'kind', label: ['类型', 'Kind'], kind: 'select', required: true, options: options(ORGANIZATION_KIND_LABELS) },
    { name: 'parentId', label: ['上级单位', 'Parent'], kind: 'select', options: (parents.data?.organizations.nodes ?? []).map((o) => ({ value: o.id, label: o.name })) },
    { name: 'handlesSuggestions', label: ['承办建议', 'Handles suggestions'], kind: 'switch' },
    { name: 'contactPerson', label: ['联系人', 'Contact person'] },
    { name: 'contactPhone', label: ['联系电话', 'Contact phone'], rules: [rules.phone] },
  ];
  return (
    <CrudTable title={tr('单位', 'Organizations')} testId="organizations" rows={data?.organizations.nodes ?? []} loading={loading} refetch={refetch} fields={fields}
      extra={<Input.Search allowClear placeholder={tr('名称', 'Name')} onSearch={(v) => { setSearch(v); setPage(1); }} style={{ width: 200 }} />}
      pagination={{ current: page, pageSize: 20, total: data?.organizations.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
      columns={[
        { title: tr('名称', 'Name'), dataIndex: 'name' },
        { title: tr('类型', 'Kind'), dataIndex: 'kind', render: (k: keyof typeof ORGANIZATION_KIND_LABELS) => label(ORGANIZATION_KIND_LABELS[k]) },
        { title: tr('上级', 'Parent'), key: 'parent', render: (_, o) => o.parent?.name ?? '—' },
        { title: tr('承办建议', 'Handles suggestions'), dataIndex: 'handlesSuggestions', render: (v: boolean) => (v ? <Tag color="blue">{tr('是', 'Yes')}</Tag> : '') },
        { title: tr('联系人', 'Contact'), key: 'contact', render: (_, o) => [o.contactPerson, o.contactPhone].filter(Boolean).join(' ') },
      ]}
      newDefaults={{ kind: 'STATE_ORGAN', handlesSuggestions: false }}
      create={(v) => create({ variables: { input: nullable(v) as never } })}
      update={(row, v) => update({ variables: { id: row.id, version: row.version, input: nullable(v) as never } })}
      remove={(row) => remove({ variables: { id: row.id, version: row.version } })} />
  );
}

const REGULATIONS = graphql(`query Regulations { regulations { id title congressId adoptedOn interim inForce body version } }`);
const CREATE_REG = graphql(`mutation CreateRegulation($input: RegulationInput!) { createRegulation(input: $input) { id } }`);
const UPDATE_REG = graphql(`mutation UpdateRegulation($id: ID!, $version: Int!, $input: RegulationInput!) { updateRegulation(id: $id, version: $version, input: $input) { id version } }`);
const DELETE_REG = graphql(`mutation DeleteRegulation($id: ID!, $version: Int!) { deleteRegulation(id: $id, version: $version) }`);

export function RegulationsPage() {
  const { tr } = useI18n();
  const rules = useSharedRules();
  const { data, loading, refetch } = useQuery(REGULATIONS);
  const [create] = useMutation(CREATE_REG);
  const [update] = useMutation(UPDATE_REG);
  const [remove] = useMutation(DELETE_REG);
  const [reading, setReading] = useState<{ title: string; body: string } | null>(null);
  return (
    <>
      <CrudTable title={tr('规章制度', 'Regulations')} testId="regulations" rows={data?.regulations ?? []} loading={loading} refetch={refetch}
        columns={[
          { title: tr('标题', 'Title'), dataIndex: 'title', render: (t: string, r) => <Typography.Link onClick={() => setReading({ title: t, body: r.body })}>{t}</Typography.Link> },
          { title: tr('通过日期', 'Adopted on'), dataIndex: 'adoptedOn' },
          { title: tr('性质', 'Kind'), key: 'kind', render: (_, r) => <Space>{r.interim && <Tag>{tr('暂行', 'Interim')}</Tag>}{r.inForce ? <Tag color="green">{tr('有效', 'In force')}</Tag> : <Tag>{tr('已废止', 'Repealed')}</Tag>}</Space> },
        ]}
        fields={[
          { name: 'title', label: ['标题', 'Title'], required: true },
          { name: 'congressId', label: ['制定机关所属人大', 'Congress'], input: <CongressSelect /> },
          { name: 'adoptedOn', label: ['通过日期', 'Adopted on'], rules: [rules.date], placeholder: 'YYYY-MM-DD' },
          { name: 'interim', label: ['暂行办法', 'Interim measures'], kind: 'switch' },
          { name: 'inForce', label: ['有效', 'In force'], kind: 'switch' },
          { name: 'body', label: ['正文', 'Text'], kind: 'textarea' },
        ]}
        newDefaults={{ interim: false, inForce: true }}
        create={(v) => create({ variables: { input: nullable(v) as never } })}
        update={(row, v) => update({ variables: { id: row.id, version: row.version, input: nullable(v) as never } })}
        remove={(row) => remove({ variables: { id: row.id, version: row.version } })} />
      <Modal open={!!reading} title={reading?.title} footer={null} onCancel={() => setReading(null)} width={720}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{reading?.body}</Typography.Paragraph>
      </Modal>
    </>
  );
}

const STATIONS = graphql(`query LiaisonStations { liaisonStations { id name kind divisionId address openingHours version } divisions { id name kind parentId } }`);
const CREATE_STATION = graphql(`mutation CreateLiaisonStation($input: LiaisonStationInput!) { createLiaisonStation(input: $input) { id } }`);
const UPDATE_STATION = graphql(`mutation UpdateLiaisonStation($id: ID!, $version: Int!, $input: LiaisonStationInput!) { updateLiaisonStation(id: $id, version: $version, input: $input) { id version } }`);
const DELETE_STATION = graphql(`mutation DeleteLiaisonStation($id: ID!, $version: Int!) { deleteLiaisonStation(id: $id, version: $version) }`);

export function LiaisonStationsPage() {
  const { tr, label } = useI18n();
  const options = useLabelOptions();
  const { data, loading, refetch } = useQuery(STATIONS);
  const [create] = useMutation(CREATE_STATION);
  const [update] = useMutation(UPDATE_STATION);
  const [remove] = useMutation(DELETE_STATION);
  const divisionName = new Map((data?.divisions ?? []).map((d) => [d.id, d.name]));
  return (
    <CrudTable title={tr('代表联络站', 'Liaison stations')} testId="liaison-stations" rows={[...(data?.liaisonStations ?? [])].sort(byName)} loading={loading} refetch={refetch}
      columns={[
        { title: tr('名称', 'Name'), dataIndex: 'name', sorter: byName },
        { title: tr('类型', 'Kind'), dataIndex: 'kind', render: (k: keyof typeof LIAISON_STATION_KIND_LABELS) => label(LIAISON_STATION_KIND_LABELS[k]) },
        { title: tr('区划', 'Division'), dataIndex: 'divisionId', render: (id?: string | null) => (id ? divisionName.get(id) : '—') },
        { title: tr('地址', 'Address'), dataIndex: 'address' },
        { title: tr('接待时间', 'Reception'), dataIndex: 'openingHours' },
      ]}
      fields={[
        { name: 'name', label: ['名称', 'Name'], required: true },
        { name: 'kind', label: ['类型', 'Kind'], kind: 'select', required: true, options: options(LIAISON_STATION_KIND_LABELS) },
        { name: 'divisionId', label: ['区划', 'Division'], kind: 'select', options: (data?.divisions ?? []).map((d) => ({ value: d.id, label: d.name })) },
        { name: 'address', label: ['地址', 'Address'] },
        { name: 'openingHours', label: ['接待时间', 'Reception hours'] },
      ]}
      newDefaults={{ kind: 'STATION' }}
      create={(v) => create({ variables: { input: nullable(v) as never } })}
      update={(row, v) => update({ variables: { id: row.id, version: row.version, input: nullable(v) as never } })}
      remove={(row) => remove({ variables: { id: row.id, version: row.version } })} />
  );
}

const CONGRESS_LIST = graphql(`
  query RegistryCongresses($level: CongressLevel, $search: String, $first: Int!) {
    congresses(level: $level, search: $search, first: $first) { id name level region divisionId version }
  }
`);
const TERM_LIST = graphql(`
  query RegistryTerms($congressId: ID, $level: CongressLevel, $search: String, $first: Int!) {
    terms(congressId: $congressId, level: $level, search: $search, first: $first) { id congressId number name startDate endDate version congress { id name } }
  }
`);
const SESSION_LIST = graphql(`
  query RegistrySessions($termId: ID!) { sessions(termId: $termId) { id termId number name startDate endDate version } }
`);
const DISTRICT_LIST = graphql(`
  query RegistryElectoralDistricts($congressId: ID!) { electoralDistricts(congressId: $congressId) { id congressId kind name divisionId version } }
`);
const CONGRESS_SETTINGS = graphql(`
  query CongressSettings {
    groupRules { level minSize maxSize maxViceLeaders }
  }
`);
const CREATE_CONGRESS = graphql(`mutation CreateCongress($input: CongressInput!) { createCongress(input: $input) { id } }`);
const UPDATE_CONGRESS = graphql(`mutation UpdateCongress($id: ID!, $version: Int!, $input: CongressInput!) { updateCongress(id: $id, version: $version, input: $input) { id version } }`);
const DELETE_CONGRESS = graphql(`mutation DeleteCongress($id: ID!, $version: Int!) { deleteCongress(id: $id, version: $version) }`);
const CREATE_TERM = graphql(`mutation CreateTerm($input: TermInput!) { createTerm(input: $input) { id } }`);
const UPDATE_TERM = graphql(`mutation UpdateTerm($id: ID!, $version: Int!, $input: TermInput!) { updateTerm(id: $id, version: $version, input: $input) { id version } }`);
const DELETE_TERM = graphql(`mutation DeleteTerm($id: ID!, $version: Int!) { deleteTerm(id: $id, version: $version) }`);
const CREATE_SESSION = graphql(`mutation CreateSession($input: SessionInput!) { createSession(input: $input) { id } }`);
const UPDATE_SESSION = graphql(`mutation UpdateSession($id: ID!, $version: Int!, $input: SessionInput!) { updateSession(id: $id, version: $version, input: $input) { id version } }`);
const DELETE_SESSION = graphql(`mutation DeleteSession($id: ID!, $version: Int!) { deleteSession(id: $id, version: $version) }`);
const CREATE_DISTRICT = graphql(`mutation CreateElectoralDistrict($input: ElectoralDistrictInput!) { createElectoralDistrict(input: $input) { id } }`);
const UPDATE_DISTRICT = graphql(`mutation UpdateElectoralDistrict($id: ID!, $version: Int!, $input: ElectoralDistrictInput!) { updateElectoralDistrict(id: $id, version: $version, input: $input) { id version } }`);
const DELETE_DISTRICT = graphql(`mutation DeleteElectoralDistrict($id: ID!, $version: Int!) { deleteElectoralDistrict(id: $id, version: $version) }`);
const SET_RULES = graphql(`mutation SetGroupRules($input: GroupRulesInput!) { setGroupRules(input: $input) { level minSize maxSize maxViceLeaders } }`);

/** How many congresses or terms the registry lists at once: filter by level, name or congress for the rest. */
const REGISTRY_PAGE = 100;

/**
 * Congresses, their terms, sessions and electoral districts. A national deployment has 18,890
 * congresses and as many terms, so nothing is listed whole: congresses and terms by level and
 * name (at most 100), and sessions and districts of one chosen term or congress.
 */
export function CongressesPage() {
  const { tr, label } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const client = useApolloClient();
  const options = useLabelOptions();
  const rules = useSharedRules();
  const [level, setLevel] = useState<CongressLevel>();
  const [search, setSearch] = useState('');
  const [congress, setCongress] = useState<PickedCongress>();
  const [term, setTerm] = useState<PickedTerm>();
  const congresses = useQuery(CONGRESS_LIST, { variables: { level: level ?? null, search: search || null, first: REGISTRY_PAGE } });
  const terms = useQuery(TERM_LIST, {
    variables: congress ? { congressId: congress.id, first: REGISTRY_PAGE } : { level: level ?? null, search: search || null, first: REGISTRY_PAGE },
  });
  const sessions = useQuery(SESSION_LIST, { variables: { termId: term?.id ?? '' }, skip: !term });
  const districts = useQuery(DISTRICT_LIST, { variables: { congressId: congress?.id ?? '' }, skip: !congress });
  const { data, refetch } = useQuery(CONGRESS_SETTINGS);
  const [createCongress] = useMutation(CREATE_CONGRESS);
  const [updateCongress] = useMutation(UPDATE_CONGRESS);
  const [deleteCongress] = useMutation(DELETE_CONGRESS);
  const [createTerm] = useMutation(CREATE_TERM);
  const [updateTerm] = useMutation(UPDATE_TERM);
  const [deleteTerm] = useMutation(DELETE_TERM);
  const [createSession] = useMutation(CREATE_SESSION);
  const [updateSession] = useMutation(UPDATE_SESSION);
  const [deleteSession] = useMutation(DELETE_SESSION);
  const [createDistrict] = useMutation(CREATE_DISTRICT);
  const [updateDistrict] = useMutation(UPDATE_DISTRICT);
  const [deleteDistrict] = useMutation(DELETE_DISTRICT);
  const [setRules] = useMutation(SET_RULES);
  // A change to congresses or terms makes every cached search of them stale, the selects' included.
  const changed = (refetchList: () => Promise<unknown>) => async () => {
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'congresses' });
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'terms' });
    client.cache.gc();
    await refetchList();
  };
  const dates: FieldSpec[] = [
    { name: 'startDate', label: ['开始日期', 'Start date'], required: true, rules: [rules.date], placeholder: 'YYYY-MM-DD' },
    { name: 'endDate', label: ['结束日期', 'End date'], rules: [rules.date], placeholder: 'YYYY-MM-DD' },
  ];
  const crud = <V,>(c: (o: { variables: { input: V } }) => Promise<unknown>, u: (o: { variables: { id: string; version: number; input: V } }) => Promise<unknown>, d: (o: { variables: { id: string; version: number } }) => Promise<unknown>) => ({
    create: (v: Record<string, unknown>) => c({ variables: { input: nullable(v) as V } }),
    update: (row: { id: string; version: number }, v: Record<string, unknown>) => u({ variables: { id: row.id, version: row.version, input: nullable(v) as V } }),
    remove: (row: { id: string; version: number }) => d({ variables: { id: row.id, version: row.version } }),
  });
  const capped = (n: number | undefined) => n === REGISTRY_PAGE && (
    <Typography.Text type="secondary" data-testid="registry-capped">
      {tr(`只列出前 ${REGISTRY_PAGE} 项,请按层级、名称或人大缩小范围`, `The first ${REGISTRY_PAGE} only: narrow by level, name or congress`)}
    </Typography.Text>
  );
  const chooseFirst = (text: string) => <Typography.Paragraph type="secondary">{text}</Typography.Paragraph>;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap data-testid="registry-scope">
        <Select allowClear style={{ width: 140 }} placeholder={tr('人大层级', 'Level')} options={options(CONGRESS_LEVEL_LABELS)} value={level}
          onChange={(v) => { setLevel(v); setCongress(undefined); setTerm(undefined); }} data-testid="registry-level" />
        <Input.Search allowClear style={{ width: 240 }} placeholder={tr('人大名称、地区或届名', 'Congress name, region or term')} onSearch={(v) => setSearch(v.trim())} data-testid="registry-search" />
        <CongressSelect level={level} style={{ width: 300 }} placeholder={tr('选定一个人大:看它的届和选区', 'One congress: its terms and districts')} value={congress?.id}
          onChange={(_, c) => { setCongress(c); setTerm(undefined); }} testId="registry-congress" />
      </Space>
      <Tabs
        items={[
          {
            key: 'congresses', label: tr('人大', 'Congresses'),
            children: (
              <CrudTable title={tr('各级人大', 'Congresses')} testId="congresses" rows={congresses.data?.congresses ?? []} loading={congresses.loading} refetch={changed(congresses.refetch)}
                extra={capped(congresses.data?.congresses.length)}
                columns={[
                  { title: tr('名称', 'Name'), dataIndex: 'name' },
                  { title: tr('层级', 'Level'), dataIndex: 'level', render: (l: CongressLevel) => label(CONGRESS_LEVEL_LABELS[l]) },
                  { title: tr('地区', 'Region'), dataIndex: 'region' },
                ]}
                fields={[
                  { name: 'name', label: ['名称', 'Name'], required: true },
                  { name: 'level', label: ['层级', 'Level'], kind: 'select', required: true, options: options(CONGRESS_LEVEL_LABELS) },
                  { name: 'region', label: ['地区', 'Region'] },
                  { name: 'divisionId', label: ['所辖区划', 'Division'], input: <DivisionSelect /> },
                ]}
                newDefaults={level ? { level } : undefined}
                {...crud(createCongress, updateCongress, deleteCongress)} />
            ),
          },
          {
            key: 'terms', label: tr('届', 'Terms'),
            children: (
              <CrudTable title={congress ? tr(`${congress.name}的届`, `Terms of ${congress.name}`) : tr('届', 'Terms')} testId="terms" rows={terms.data?.terms ?? []} loading={terms.loading} refetch={changed(terms.refetch)}
                extra={capped(terms.data?.terms.length)}
                columns={[
                  { title: tr('人大', 'Congress'), key: 'congress', render: (_, t) => t.congress.name },
                  { title: tr('届次', 'Ordinal'), dataIndex: 'number' },
                  { title: tr('名称', 'Name'), dataIndex: 'name' },
                  { title: tr('开始', 'Start'), dataIndex: 'startDate' },
                  { title: tr('结束', 'End'), dataIndex: 'endDate' },
                ]}
                fields={[
                  { name: 'congressId', label: ['人大', 'Congress'], required: true, input: <CongressSelect level={level} /> },
                  { name: 'number', label: ['届次', 'Ordinal'], kind: 'number', required: true },
                  { name: 'name', label: ['名称', 'Name'], required: true, placeholder: '第十二届' },
                  ...dates,
                ]}
                newDefaults={congress ? { congressId: congress.id } : undefined}
                {...crud(createTerm, updateTerm, deleteTerm)} />
            ),
          },
          {
            key: 'sessions', label: tr('会议', 'Sessions'),
            children: (
              <CrudTable title={tr('次会议', 'Plenary sessions')} testId="sessions" rows={term ? sessions.data?.sessions ?? [] : []} loading={sessions.loading} refetch={sessions.refetch}
                extra={<TermSelect congressId={congress?.id} level={level} style={{ width: 300 }} placeholder={tr('选择届', 'Choose a term')} value={term?.id} onChange={(_, t) => setTerm(t)} testId="registry-term" />}
                columns={[
                  { title: tr('届', 'Term'), key: 'term', render: () => (term ? termLabel(term) : '') },
                  { title: tr('会次', 'Ordinal'), dataIndex: 'number' },
                  { title: tr('名称', 'Name'), dataIndex: 'name' },
                  { title: tr('开幕', 'Opens'), dataIndex: 'startDate' },
                  { title: tr('闭幕', 'Closes'), dataIndex: 'endDate' },
                ]}
                fields={[
                  { name: 'termId', label: ['届', 'Term'], required: true, input: <TermSelect congressId={congress?.id} level={level} /> },
                  { name: 'number', label: ['会次', 'Ordinal'], kind: 'number', required: true },
                  { name: 'name', label: ['名称', 'Name'], required: true },
                  ...dates,
                ]}
                newDefaults={term ? { termId: term.id } : undefined}
                empty={!term && chooseFirst(tr('选择一届,列出它的各次会议。', 'Choose a term to list its sessions.'))}
                {...crud(createSession, updateSession, deleteSession)} />
            ),
          },
          {
            key: 'districts', label: tr('选区', 'Electoral districts'),
            children: (
              <CrudTable title={congress ? tr(`${congress.name}的选区和选举单位`, `Electoral districts of ${congress.name}`) : tr('选区和选举单位', 'Electoral districts')} testId="electoral-districts"
                rows={congress ? districts.data?.electoralDistricts ?? [] : []} loading={districts.loading} refetch={districts.refetch}
                columns={[
                  { title: tr('名称', 'Name'), dataIndex: 'name' },
                  { title: tr('类型', 'Kind'), dataIndex: 'kind', render: (k: keyof typeof ELECTORAL_DISTRICT_KIND_LABELS) => label(ELECTORAL_DISTRICT_KIND_LABELS[k]) },
                ]}
                fields={[
                  { name: 'congressId', label: ['人大', 'Congress'], required: true, input: <CongressSelect level={level} /> },
                  { name: 'kind', label: ['类型', 'Kind'], kind: 'select', required: true, options: options(ELECTORAL_DISTRICT_KIND_LABELS) },
                  { name: 'name', label: ['名称', 'Name'], required: true },
                  { name: 'divisionId', label: ['区划', 'Division'], input: <DivisionSelect /> },
                ]}
                newDefaults={{ kind: 'CONSTITUENCY', ...(congress ? { congressId: congress.id } : {}) }}
                empty={!congress && chooseFirst(tr('在上方选定一个人大,列出它的选区和选举单位。', 'Choose a congress above to list its electoral districts.'))}
                {...crud(createDistrict, updateDistrict, deleteDistrict)} />
            ),
          },
          {
            key: 'rules', label: tr('小组规则', 'Group rules'),
            children: (
              <Card title={tr('代表小组规则(按人大层级)', 'Group rules per congress level')} data-testid="group-rules">
                <Typography.Paragraph type="secondary">
                  {tr('人数范围和“有组长”是健康提示,不阻止操作;副组长人数上限强制执行。', 'The size range and "has a leader" are health checks, never blockers; the vice-leader limit is enforced.')}
                </Typography.Paragraph>
                <Table rowKey="level" pagination={false} dataSource={data?.groupRules ?? []}
                  columns={[
                    { title: tr('层级', 'Level'), dataIndex: 'level', render: (l: CongressLevel) => label(CONGRESS_LEVEL_LABELS[l]) },
                    ...(['minSize', 'maxSize', 'maxViceLeaders'] as const).map((k) => ({
                      title: { minSize: tr('最少人数', 'Fewest'), maxSize: tr('最多人数', 'Most'), maxViceLeaders: tr('副组长上限', 'Vice leaders at most') }[k],
                      key: k,
                      render: (_: unknown, r: { level: GqlCongressLevel; minSize: number; maxSize: number; maxViceLeaders: number }) => (
                        <InputNumber min={0} max={1000} defaultValue={r[k]} disabled={!can(PERMISSIONS.REGISTRY_WRITE)}
                          onBlur={async (e) => {
                            const value = Number((e.target as HTMLInputElement).value);
                            if (!Number.isInteger(value) || value === r[k]) return;
                            try {
                              await setRules({ variables: { input: { level: r.level, minSize: r.minSize, maxSize: r.maxSize, maxViceLeaders: r.maxViceLeaders, [k]: value } } });
                              message.success(tr('已保存', 'Saved'));
                              await refetch();
                            } catch (err) {
                              message.error(errorMessage(err));
                            }
                          }} />
                      ),
                    })),
                  ]} />
              </Card>
            ),
          },
        ]}
      />
    </Space>
  );
}

const DIVISIONS = graphql(`query Divisions { divisions { id parentId kind name code version } }`);
const CREATE_DIVISION = graphql(`mutation CreateDivision($input: DivisionInput!) { createDivision(input: $input) { id } }`);
const UPDATE_DIVISION = graphql(`mutation UpdateDivision($id: ID!, $version: Int!, $input: DivisionInput!) { updateDivision(id: $id, version: $version, input: $input) { id version } }`);
const DELETE_DIVISION = graphql(`mutation DeleteDivision($id: ID!, $version: Int!) { deleteDivision(id: $id, version: $version) }`);

interface DivisionNode { key: string; title: string; children: DivisionNode[] }

/** The division tree: district → subdistricts and townships → communities and villages. */
export function DivisionsPage() {
  const { tr, label } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { data, loading, refetch } = useQuery(DIVISIONS);
  const [create] = useMutation(CREATE_DIVISION);
  const [update] = useMutation(UPDATE_DIVISION);
  const [remove] = useMutation(DELETE_DIVISION);
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null);
  const [form] = Form.useForm();
  const all = data?.divisions ?? [];
  const byId = new Map(all.map((d) => [d.id, d]));
  const tree = useMemo(() => {
    const nodes = new Map<string, DivisionNode>(all.map((d) => [d.id, { key: d.id, title: `${d.name}(${label(DIVISION_KIND_LABELS[d.kind as DivisionKind])})`, children: [] }]));
    const roots: DivisionNode[] = [];
    for (const d of [...all].sort((a, b) => pinyinCompare(a.name, b.name))) (d.parentId && nodes.get(d.parentId) ? nodes.get(d.parentId)!.children : roots).push(nodes.get(d.id)!);
    return roots;
  }, [all, label]);
  const current = selected ? byId.get(selected) : undefined;
  const kindsUnder = (parentKind?: string) => (Object.keys(DIVISION_KIND_LABELS) as DivisionKind[])
    .filter((k) => !parentKind || DIVISION_KIND_DEPTH[k] > DIVISION_KIND_DEPTH[parentKind as DivisionKind])
    .map((k) => ({ value: k, label: label(DIVISION_KIND_LABELS[k]) }));
  const save = async () => {
    const v = await validValues(form); if (!v) return;
    try {
      if (editing === 'new') await create({ variables: { input: nullable({ ...v, parentId: current?.id ?? null }) as never } });
      else await update({ variables: { id: current!.id, version: current!.version, input: nullable({ ...v, parentId: current!.parentId ?? null }) as never } });
      message.success(tr('已保存', 'Saved'));
      setEditing(null);
      await refetch();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const writable = can(PERMISSIONS.REGISTRY_WRITE);
  return (
    <Row gutter={16}>
      <Col span={14}>
        <Card title={tr('行政区划', 'Divisions')} loading={loading} data-testid="divisions"
          extra={writable && <Button icon={<PlusOutlined />} onClick={() => { setEditing('new'); form.resetFields(); }}>{current ? tr('新建下级', 'New child') : tr('新建顶级', 'New top level')}</Button>}>
          <Tree treeData={tree} defaultExpandAll key={all.length} selectedKeys={selected ? [selected] : []} onSelect={(keys) => setSelected((keys[0] as string) ?? null)} />
        </Card>
      </Col>
      <Col span={10}>
        {current && (
          <Card title={current.name} extra={writable && (
            <Space>
              <Button size="small" onClick={() => { setEditing('edit'); form.setFieldsValue(current); }}>{tr('编辑', 'Edit')}</Button>
              <Popconfirm title={tr('确定删除?有下级或被引用时不能删除。', 'Delete? Not possible while it has children or is referred to.')}
                onConfirm={async () => { try { await remove({ variables: { id: current.id, version: current.version } }); setSelected(null); await refetch(); } catch (err) { message.error(errorMessage(err)); } }}>
                <Button size="small" danger>{tr('删除', 'Delete')}</Button>
              </Popconfirm>
            </Space>
          )}>
            <p>{tr('类型', 'Kind')}:{label(DIVISION_KIND_LABELS[current.kind as DivisionKind])}</p>
            <p>{tr('区划代码', 'Code')}:{current.code ?? '—'}</p>
            <p>{tr('上级', 'Parent')}:{current.parentId ? byId.get(current.parentId)?.name : '—'}</p>
          </Card>
        )}
      </Col>
      <Modal open={editing !== null} title={editing === 'new' ? tr('新建区划', 'New division') : tr('编辑区划', 'Edit division')} onCancel={() => setEditing(null)} onOk={save} destroyOnHidden forceRender>
        <Form form={form} layout="vertical" preserve={false}>
          <FormFields fields={[
            { name: 'name', label: ['名称', 'Name'], required: true },
            { name: 'kind', label: ['类型', 'Kind'], kind: 'select', required: true, options: kindsUnder(editing === 'new' ? current?.kind : (current?.parentId ? byId.get(current.parentId)?.kind : undefined)) },
            { name: 'code', label: ['区划代码', 'Code'] },
          ]} />
        </Form>
      </Modal>
    </Row>
  );
}

