import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { App, Button, Card, Checkbox, Col, Dropdown, Input, InputNumber, Row, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DownloadOutlined, PlusOutlined, SettingOutlined, UploadOutlined } from '@ant-design/icons';
import {
  afterForPage, CONGRESS_LEVEL_LABELS, DEPUTY_STATUS_LABELS, EDUCATION_LABELS, GENDER_LABELS, OCCUPATION_CATEGORY_LABELS, PARTY_LABELS, PERMISSIONS,
} from '@luzhi/shared';
import { graphql } from '../../gql';
import type { DeputiesQuery, DeputyFilter, DeputySort } from '../../gql/graphql';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { DivisionSelect, GroupSelect, TermSelect } from '../../app/pickers/RegistryPickers';
import { byName, download, useLabelOptions } from '../registry/registry-ui';
import { DeputyFormModal } from './DeputyForm';
import { ImportWizard } from './ImportWizard';

const DEPUTIES = graphql(`
  query Deputies($first: Int, $after: String, $filter: DeputyFilter, $sort: DeputySort) {
    deputies(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      nodes {
        id name nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status
        groupMemberships { id role group { id name } }
      }
    }
  }
`);

const FILTER_DATA = graphql(`
  query DeputyFilterData {
    sectors { id name }
  }
`);

type Row = DeputiesQuery['deputies']['nodes'][number];
const PAGE = 20;
const COLUMNS_KEY = 'luzhi.deputies.columns';
const DEFAULT_COLUMNS = ['name', 'gender', 'age', 'party', 'occupationCategory', 'workUnit', 'group', 'phone', 'status'];

export function DeputiesPage() {
  const { tr, label } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const options = useLabelOptions();
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<DeputyFilter>({});
  const [sort, setSort] = useState<DeputySort>('NAME_ASC');
  const [page, setPage] = useState(1);
  const [visible, setVisible] = useState<string[]>(() => {
    try {
      return JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? '') as string[];
    } catch {
      return DEFAULT_COLUMNS;
    }
  });
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const fullFilter = useMemo(() => ({ ...filter, search: search || undefined }), [filter, search]);
  const { data, loading, refetch } = useQuery(DEPUTIES, { variables: { first: PAGE, after: afterForPage(page, PAGE), filter: fullFilter, sort } });
  const lists = useQuery(FILTER_DATA);

  const set = <K extends keyof DeputyFilter>(key: K, value: DeputyFilter[K] | undefined) => {
    setFilter((f) => ({ ...f, [key]: value ?? undefined }));
    setPage(1);
  };

  const all: (ColumnsType<Row>[number] & { key: string; title: string })[] = [
    { key: 'name', title: tr('姓名', 'Name'), render: (_, d) => <Link to={`/deputies/${d.id}`}>{d.name}</Link>, sorter: true, sortOrder: sort === 'NAME_DESC' ? 'descend' : sort === 'NAME_ASC' ? 'ascend' : null },
    { key: 'gender', title: tr('性别', 'Gender'), render: (_, d) => label(GENDER_LABELS[d.gender]) },
    { key: 'ethnicity', title: tr('民族', 'Ethnicity'), dataIndex: 'ethnicity' },
    { key: 'age', title: tr('年龄', 'Age'), render: (_, d) => d.age ?? '—', sorter: true, sortOrder: sort === 'BIRTH_DATE_DESC' ? 'ascend' : sort === 'BIRTH_DATE_ASC' ? 'descend' : null },
    { key: 'birthDate', title: tr('出生日期', 'Birth date'), dataIndex: 'birthDate' },
    { key: 'party', title: tr('政治面貌', 'Party'), render: (_, d) => label(PARTY_LABELS[d.party]) },
    { key: 'education', title: tr('学历', 'Education'), render: (_, d) => (d.education ? label(EDUCATION_LABELS[d.education]) : '—') },
    { key: 'occupationCategory', title: tr('代表构成', 'Occupation'), render: (_, d) => label(OCCUPATION_CATEGORY_LABELS[d.occupationCategory]) },
    { key: 'workUnit', title: tr('工作单位及职务', 'Work unit and position'), render: (_, d) => [d.workUnit, d.position].filter(Boolean).join(' ') },
    { key: 'group', title: tr('代表小组', 'Group'), render: (_, d) => d.groupMemberships.map((m) => <Tag key={m.id}>{m.group.name}</Tag>) },
    { key: 'phone', title: tr('手机号码', 'Phone'), dataIndex: 'phone' },
    { key: 'idNumber', title: tr('公民身份号码', 'ID number'), dataIndex: 'idNumber' },
    { key: 'address', title: tr('通讯地址', 'Address'), dataIndex: 'address' },
    { key: 'status', title: tr('状态', 'Status'), render: (_, d) => <Tag color={d.status === 'ACTIVE' ? 'green' : 'default'}>{label(DEPUTY_STATUS_LABELS[d.status])}</Tag> },
  ];
  const columns = all.filter((c) => c.key === 'name' || visible.includes(c.key));
  const chooseColumns = (keys: string[]) => {
    setVisible(keys);
    localStorage.setItem(COLUMNS_KEY, JSON.stringify(keys));
  };

  const exportList = async () => {
    setExporting(true);
    try {
      await download('/deputy-exports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ filter: fullFilter, sort }) }, 'deputies.xlsx');
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      title={tr('代表名册', 'Deputies')}
      extra={
        <Space>
          {can(PERMISSIONS.DEPUTY_IMPORT) && <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="open-import">{tr('导入', 'Import')}</Button>}
          {can(PERMISSIONS.DEPUTY_EXPORT) && <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportList} data-testid="export">{tr('导出', 'Export')}</Button>}
          {can(PERMISSIONS.DEPUTY_WRITE) && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-deputy">{tr('新建代表', 'New deputy')}</Button>}
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }}>
        <Row gutter={[8, 8]}>
          <Col span={6}>
            <Input.Search allowClear placeholder={tr('姓名、拼音或首字母(如 zs)', 'Name, pinyin or initials (e.g. zs)')} onSearch={(v) => { setSearch(v.trim()); setPage(1); }} data-testid="deputy-search" />
          </Col>
          <Col span={4}><Select allowClear style={{ width: '100%' }} placeholder={tr('人大层级', 'Level')} options={options(CONGRESS_LEVEL_LABELS)} value={filter.level} onChange={(v) => set('level', v)} /></Col>
          <Col span={5}>
            <TermSelect level={filter.level} placeholder={tr('届', 'Term')} value={filter.termId as string | undefined} onChange={(v) => { set('termId', v); set('groupId', undefined); }} testId="filter-term" />
          </Col>
          <Col span={5}>
            <GroupSelect termId={filter.termId as string | undefined} level={filter.level} placeholder={tr('代表小组', 'Group')} value={filter.groupId as string | undefined} onChange={(v) => set('groupId', v)} testId="filter-group" />
          </Col>
          <Col span={4}><DivisionSelect placeholder={tr('区划', 'Division')} value={filter.divisionId as string | undefined} onChange={(v) => set('divisionId', v)} testId="filter-division" /></Col>
          <Col span={4}><Select allowClear style={{ width: '100%' }} placeholder={tr('系统', 'Sector')} value={filter.sectorId ?? undefined} onChange={(v) => set('sectorId', v)} options={[...(lists.data?.sectors ?? [])].sort(byName).map((s) => ({ value: s.id, label: s.name }))} /></Col>
          <Col span={4}><Select allowClear style={{ width: '100%' }} placeholder={tr('政治面貌', 'Party')} options={options(PARTY_LABELS)} value={filter.party} onChange={(v) => set('party', v)} /></Col>
          <Col span={3}><Select allowClear style={{ width: '100%' }} placeholder={tr('性别', 'Gender')} options={options(GENDER_LABELS)} value={filter.gender} onChange={(v) => set('gender', v)} /></Col>
          <Col span={5}>
            <Space.Compact style={{ width: '100%' }}>
              <InputNumber min={0} max={150} placeholder={tr('年龄从', 'Age from')} value={filter.ageMin ?? null} onChange={(v) => set('ageMin', v ?? undefined)} style={{ width: '50%' }} />
              <InputNumber min={0} max={150} placeholder={tr('到', 'to')} value={filter.ageMax ?? null} onChange={(v) => set('ageMax', v ?? undefined)} style={{ width: '50%' }} />
            </Space.Compact>
          </Col>
          <Col span={4}><Select allowClear style={{ width: '100%' }} placeholder={tr('代表构成', 'Occupation')} options={options(OCCUPATION_CATEGORY_LABELS)} value={filter.occupationCategory} onChange={(v) => set('occupationCategory', v)} /></Col>
          <Col span={3}><Select allowClear style={{ width: '100%' }} placeholder={tr('状态', 'Status')} options={options(DEPUTY_STATUS_LABELS)} value={filter.status} onChange={(v) => set('status', v)} /></Col>
          <Col span={1}>
            <Dropdown trigger={['click']} popupRender={() => (
              <Card size="small" data-testid="column-chooser">
                <Checkbox.Group value={visible} onChange={(v) => chooseColumns(v as string[])} style={{ display: 'flex', flexDirection: 'column' }}
                  options={all.filter((c) => c.key !== 'name').map((c) => ({ value: c.key, label: c.title }))} />
              </Card>
            )}>
              <Button icon={<SettingOutlined />} title={tr('显示的列', 'Columns')} data-testid="columns-button" />
            </Dropdown>
          </Col>
        </Row>
      </Space>
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.deputies.nodes ?? []}
        columns={columns}
        scroll={{ x: true }}
        data-testid="deputies-table"
        onChange={(_p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = s?.column?.key;
          setSort(!s?.order ? 'NAME_ASC' : key === 'age' ? (s.order === 'ascend' ? 'BIRTH_DATE_DESC' : 'BIRTH_DATE_ASC') : s.order === 'descend' ? 'NAME_DESC' : 'NAME_ASC');
        }}
        pagination={{ current: page, pageSize: PAGE, total: data?.deputies.totalCount ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (n) => tr(`共 ${n} 人`, `${n} deputies`) }}
      />
      <DeputyFormModal open={creating} deputy={null} onClose={() => setCreating(false)} onSaved={() => { setCreating(false); void refetch(); }} />
      <ImportWizard open={importing} onClose={() => setImporting(false)} onImported={() => void refetch()} />
    </Card>
  );
}
