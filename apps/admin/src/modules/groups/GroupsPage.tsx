import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Badge, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Tooltip } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { GROUP_BASIS_LABELS, GROUP_HEALTH_PROBLEM_LABELS, PERMISSIONS } from '@luzhi/shared';
import { graphql } from '../../gql';
import type { GroupsQuery } from '../../gql/graphql';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { DivisionSelect, TermSelect } from '../../app/pickers/RegistryPickers';
import { byName, nullable, useLabelOptions } from '../registry/registry-ui';
import { validValues } from '../../app/form-errors';

const GROUPS = graphql(`
  query Groups($filter: GroupFilter, $first: Int) {
    groups(filter: $filter, first: $first) {
      id name basis termId version memberCount level
      term { id name congress { name } }
      division { id name } sector { id name }
      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }
      members { id role deputy { id name } }
    }
    sectors { id name }
  }
`);
const CREATE_GROUP = graphql(`mutation CreateGroup($input: GroupInput!) { createGroup(input: $input) { id } }`);

type Group = GroupsQuery['groups'][number];
const ALL_TERMS_CAP = 100;

/** Health as badges: green when the size is in range and there is a leader; the problems otherwise. */
export function HealthBadges({ health }: { health: Group['health'] }) {
  const { tr, label } = useI18n();
  if (!health.problems.length) return <Tag color="green" data-testid="health-ok">{tr('健康', 'Healthy')}</Tag>;
  return (
    <Space size={4} data-testid="health-problems">
      {health.problems.map((p) => (
        <Tooltip key={p} title={tr(`规定 ${health.minSize}–${health.maxSize} 人,现 ${health.size} 人`, `Rules: ${health.minSize}–${health.maxSize}, now ${health.size}`)}>
          <Tag color="orange">{label(GROUP_HEALTH_PROBLEM_LABELS[p as keyof typeof GROUP_HEALTH_PROBLEM_LABELS])}</Tag>
        </Tooltip>
      ))}
    </Space>
  );
}

export function GroupsPage() {
  const { tr, label } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const options = useLabelOptions();
  const [termId, setTermId] = useState<string | undefined>();
  // Without a term, the first groups only (a national deployment has tens of thousands, each with
  // its members and health check): choosing a term shows all of that term's.
  const first = termId ? undefined : ALL_TERMS_CAP;
  const { data, loading, refetch } = useQuery(GROUPS, { variables: { filter: { termId }, first } });
  const [create] = useMutation(CREATE_GROUP);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm();
  const basis = Form.useWatch('basis', form) as string | undefined;
  const groups = useMemo(() => [...(data?.groups ?? [])].sort((a, b) => a.termId.localeCompare(b.termId) || byName(a, b)), [data]);
  return (
    <Card title={tr('代表活动小组', 'Activity groups')}
      extra={<Space>
        <TermSelect style={{ width: 300 }} placeholder={tr('全部届', 'All terms')} value={termId} onChange={setTermId} testId="filter-term" />
        {can(PERMISSIONS.GROUP_WRITE) && <Button type="primary" icon={<PlusOutlined />} onClick={() => { form.resetFields(); form.setFieldsValue({ termId, basis: 'DIVISION' }); setCreating(true); }}>{tr('新建小组', 'New group')}</Button>}
      </Space>}>
      {first && groups.length >= first && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="groups-capped"
          message={tr(`仅显示前 ${first} 个小组:请选择届次查看该届全部小组`, `Showing the first ${first} groups: choose a term to see all of its groups`)} />
      )}
      <Table<Group> rowKey="id" loading={loading} dataSource={groups} pagination={false} data-testid="groups-table"
        columns={[
          { title: tr('小组', 'Group'), key: 'name', render: (_, g) => <Link to={`/groups/${g.id}`}>{g.name}</Link>, sorter: byName },
          { title: tr('届', 'Term'), key: 'term', render: (_, g) => `${g.term.congress.name} ${g.term.name}` },
          { title: tr('划分', 'Basis'), key: 'basis', render: (_, g) => `${label(GROUP_BASIS_LABELS[g.basis])}:${g.division?.name ?? g.sector?.name ?? '—'}` },
          { title: tr('人数', 'Size'), key: 'size', render: (_, g) => <Badge status={g.health.sizeOk ? 'success' : 'warning'} text={`${g.memberCount}(${g.health.minSize}–${g.health.maxSize})`} /> },
          { title: tr('组长', 'Leader'), key: 'leader', render: (_, g) => g.members.filter((m) => m.role === 'LEADER').map((m) => m.deputy.name).join('、') || '—' },
          { title: tr('副组长', 'Vice leaders'), key: 'vice', render: (_, g) => g.members.filter((m) => m.role === 'VICE_LEADER').map((m) => m.deputy.name).join('、') || '—' },
          { title: tr('健康检查', 'Health'), key: 'health', render: (_, g) => <HealthBadges health={g.health} /> },
        ]} />
      <Modal open={creating} title={tr('新建代表小组', 'New group')} destroyOnHidden forceRender onCancel={() => setCreating(false)}
        onOk={async () => {
          const vRaw = await validValues(form); if (!vRaw) return; const v = nullable(vRaw);
          try {
            await create({ variables: { input: v as never } });
            message.success(tr('已新建', 'Created'));
            setCreating(false);
            await refetch();
          } catch (err) {
            message.error(errorMessage(err));
          }
        }}>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="termId" label={tr('届', 'Term')} rules={[{ required: true }]}>
            <TermSelect />
          </Form.Item>
          <Form.Item name="name" label={tr('名称', 'Name')} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="basis" label={tr('划分方式', 'Basis')} rules={[{ required: true }]}><Select options={options(GROUP_BASIS_LABELS)} /></Form.Item>
          {basis === 'SECTOR'
            ? <Form.Item name="sectorId" label={tr('系统', 'Sector')} rules={[{ required: true }]}><Select options={[...(data?.sectors ?? [])].sort(byName).map((s) => ({ value: s.id, label: s.name }))} /></Form.Item>
            : <Form.Item name="divisionId" label={tr('区划', 'Division')} rules={[{ required: true }]}><DivisionSelect /></Form.Item>}
          <Form.Item name="description" label={tr('说明', 'Description')}><Input.TextArea /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
