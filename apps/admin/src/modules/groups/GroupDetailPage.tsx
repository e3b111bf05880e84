import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Descriptions, Form, Input, Modal, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { GROUP_BASIS_LABELS, GROUP_ROLE_LABELS, GROUP_ROLES, PERMISSIONS, type GroupRole } from '@luzhi/shared';
import { graphql } from '../../gql';
import type { GroupDetailQuery } from '../../gql/graphql';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { useSharedRules } from '../registry/registry-ui';
import { HealthBadges } from './GroupsPage';
import { validValues } from '../../app/form-errors';

const GROUP = graphql(`
  query GroupDetail($id: ID!) {
    group(id: $id) {
      id name basis termId version memberCount level description
      term { id name congress { name } }
      division { id name } sector { id name }
      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }
      members { id role version startDate deputy { id name gender party workUnit position } }
    }
  }
`);
const SAME_TERM_GROUPS = graphql(`query SameTermGroups($termId: ID) { groups(filter: { termId: $termId }) { id name } }`);
const FIND_DEPUTIES = graphql(`query FindDeputies($filter: DeputyFilter) { deputies(filter: $filter, first: 20) { nodes { id name workUnit groupMemberships { group { name termId } } } } }`);
const ADD = graphql(`mutation AddGroupMember($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }`);
const MOVE = graphql(`mutation MoveGroupMember($id: ID!, $input: MoveGroupMemberInput!) { moveGroupMember(id: $id, input: $input) { id } }`);
const ROLE = graphql(`mutation SetGroupMemberRole($id: ID!, $version: Int!, $role: GroupRole!) { setGroupMemberRole(id: $id, version: $version, role: $role) { id role version } }`);
const END = graphql(`mutation EndGroupMember($id: ID!, $input: EndGroupMemberInput!) { endGroupMember(id: $id, input: $input) { id } }`);

type Member = GroupDetailQuery['group']['members'][number];

/** A group's members with their roles: add, move to another group of the term, set roles, remove. */
export function GroupDetailPage() {
  const { id = '' } = useParams();
  const { tr, label } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const rules = useSharedRules();
  const { data, loading, refetch } = useQuery(GROUP, { variables: { id } });
  const group = data?.group;
  const siblings = useQuery(SAME_TERM_GROUPS, { variables: { termId: group?.termId }, skip: !group });
  const [search, setSearch] = useState('');
  const found = useQuery(FIND_DEPUTIES, { variables: { filter: { search, termId: group?.termId } }, skip: !search || !group });
  const [add] = useMutation(ADD);
  const [move] = useMutation(MOVE);
  const [setRole] = useMutation(ROLE);
  const [end] = useMutation(END);
  const [adding, setAdding] = useState(false);
  const [moving, setMoving] = useState<Member | null>(null);
  const [addForm] = Form.useForm();
  const [moveForm] = Form.useForm();
  if (!group) return <Card loading={loading} />;
  const writable = can(PERMISSIONS.GROUP_WRITE);
  const run = async (fn: () => Promise<unknown>, ok = tr('已保存', 'Saved')) => {
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
  const roleOptions = GROUP_ROLES.map((r) => ({ value: r, label: label(GROUP_ROLE_LABELS[r]) }));

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card title={group.name} extra={<Link to="/groups">{tr('返回小组列表', 'Back to groups')}</Link>}>
        <Descriptions size="small" column={3} items={[
          { key: 'term', label: tr('届', 'Term'), children: `${group.term.congress.name} ${group.term.name}` },
          { key: 'basis', label: tr('划分', 'Basis'), children: `${label(GROUP_BASIS_LABELS[group.basis])}:${group.division?.name ?? group.sector?.name ?? '—'}` },
          { key: 'health', label: tr('健康检查', 'Health'), children: <HealthBadges health={group.health} /> },
          { key: 'size', label: tr('人数', 'Size'), children: tr(`${group.memberCount} 人(规定 ${group.health.minSize}–${group.health.maxSize})`, `${group.memberCount} (rules ${group.health.minSize}–${group.health.maxSize})`) },
          { key: 'vice', label: tr('副组长', 'Vice leaders'), children: `${group.health.viceLeaders} / ${group.health.maxViceLeaders}` },
          { key: 'desc', label: tr('说明', 'Description'), children: group.description ?? '—' },
        ]} />
      </Card>
      <Card title={tr('成员', 'Members')} extra={writable && <Button type="primary" onClick={() => { addForm.resetFields(); setSearch(''); setAdding(true); }} data-testid="add-member">{tr('添加成员', 'Add a member')}</Button>}>
        <Table<Member> rowKey="id" size="small" pagination={false} dataSource={group.members} data-testid="members"
          columns={[
            { title: tr('姓名', 'Name'), key: 'name', render: (_, m) => <Link to={`/deputies/${m.deputy.id}`}>{m.deputy.name}</Link> },
            {
              title: tr('职务', 'Role'), key: 'role',
              render: (_, m) => writable
                ? <Select size="small" style={{ width: 110 }} value={m.role} options={roleOptions} onChange={(role: GroupRole) => run(() => setRole({ variables: { id: m.id, version: m.version, role } }))} />
                : label(GROUP_ROLE_LABELS[m.role]),
            },
            { title: tr('工作单位及职务', 'Work unit and position'), key: 'work', render: (_, m) => [m.deputy.workUnit, m.deputy.position].filter(Boolean).join(' ') },
            { title: tr('加入日期', 'Since'), dataIndex: 'startDate' },
            ...(writable ? [{
              title: tr('操作', 'Actions'), key: 'actions',
              render: (_: unknown, m: Member) => (
                <Space size="small">
                  <Button size="small" onClick={() => { moveForm.resetFields(); setMoving(m); }}>{tr('调整小组', 'Move')}</Button>
                  <Popconfirm title={tr('该代表离开本小组?', 'Remove from the group?')} onConfirm={() => run(() => end({ variables: { id: m.id, input: { version: m.version } } }))}>
                    <Button size="small" danger>{tr('移出', 'Remove')}</Button>
                  </Popconfirm>
                </Space>
              ),
            }] : []),
          ]} />
      </Card>

      <Modal open={adding} title={tr('添加成员', 'Add a member')} destroyOnHidden forceRender onCancel={() => setAdding(false)}
        onOk={async () => { const v = await validValues(addForm); if (!v) return; if (await run(() => add({ variables: { input: { groupId: group.id, deputyId: v.deputyId, role: v.role, startDate: v.startDate || null } } }))) setAdding(false); }}>
        <Typography.Paragraph type="secondary">{tr('只列出在本届有代表资格的代表;每位代表每届只能在一个小组。', 'Only deputies with a mandate in this term; a deputy is in one group per term.')}</Typography.Paragraph>
        <Form form={addForm} layout="vertical" preserve={false} initialValues={{ role: 'MEMBER' }}>
          <Form.Item name="deputyId" label={tr('代表(姓名或拼音首字母)', 'Deputy (name or initials)')} rules={[{ required: true }]}>
            <Select showSearch filterOption={false} onSearch={setSearch} data-testid="member-search"
              options={(found.data?.deputies.nodes ?? []).map((d) => ({ value: d.id, label: `${d.name} ${d.workUnit ?? ''} ${d.groupMemberships.filter((m) => m.group.termId === group.termId).map((m) => `(${m.group.name})`).join('')}` }))} />
          </Form.Item>
          <Form.Item name="role" label={tr('职务', 'Role')}><Select options={roleOptions} /></Form.Item>
          <Form.Item name="startDate" label={tr('加入日期(默认今天)', 'From (default today)')} rules={[rules.date]}><Input placeholder="YYYY-MM-DD" /></Form.Item>
        </Form>
      </Modal>

      <Modal open={!!moving} title={tr(`调整 ${moving?.deputy.name ?? ''} 到同届另一小组`, `Move ${moving?.deputy.name ?? ''} to another group of the term`)} destroyOnHidden forceRender onCancel={() => setMoving(null)}
        onOk={async () => { const v = await validValues(moveForm); if (!v) return; if (await run(() => move({ variables: { id: moving!.id, input: { version: moving!.version, toGroupId: v.toGroupId, role: v.role ?? null, date: v.date || null } } }))) setMoving(null); }}>
        <Form form={moveForm} layout="vertical" preserve={false}>
          <Form.Item name="toGroupId" label={tr('目标小组', 'Target group')} rules={[{ required: true }]}>
            <Select options={(siblings.data?.groups ?? []).filter((g) => g.id !== group.id).map((g) => ({ value: g.id, label: g.name }))} />
          </Form.Item>
          <Form.Item name="role" label={tr('在新小组的职务', 'Role in the new group')}><Select allowClear options={roleOptions} placeholder={label(GROUP_ROLE_LABELS.MEMBER)} /></Form.Item>
          <Form.Item name="date" label={tr('调整日期(默认今天)', 'Date (default today)')} rules={[rules.date]}><Input placeholder="YYYY-MM-DD" /></Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
