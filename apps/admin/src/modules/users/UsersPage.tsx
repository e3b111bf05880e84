import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Switch, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { afterForPage, PASSWORD_MIN_LENGTH, ROLES, ROLE_LABELS, ROLE_SCOPE, USERNAME_PATTERN, type Role } from '@luzhi/shared';
import { graphql } from '../../gql';
import type { UsersQuery } from '../../gql/graphql';
import { useI18n, formatDateTime } from '../../app/i18n';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { DeputyPicker, OrganizationPicker } from '../../app/pickers/EntityPickers';
import { GroupSelect } from '../../app/pickers/RegistryPickers';
import { validValues } from '../../app/form-errors';

const USERS = graphql(`
  query Users($first: Int, $after: String, $filter: UserFilter, $sort: UserSort) {
    users(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      nodes { id username displayName role disabled scopeOrganizationId scopeDeputyId scopeGroupId lastLoginAt version }
    }
  }
`);

const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }
`);

const UPDATE_USER = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName role disabled version scopeOrganizationId scopeDeputyId scopeGroupId } }
`);

const RESET_PASSWORD = graphql(`
  mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) }
`);

const END_SESSIONS = graphql(`
  mutation EndUserSessions($id: ID!) { endUserSessions(id: $id) }
`);

type UserRow = UsersQuery['users']['nodes'][number];
const PAGE = 20;

function ScopeFields({ role }: { role: Role | undefined }) {
  const { tr } = useI18n();
  const needs = role ? ROLE_SCOPE[role] : undefined;
  if (!needs) return null;
  const field = { organization: 'scopeOrganizationId', deputy: 'scopeDeputyId', group: 'scopeGroupId' }[needs];
  const text = { organization: tr('所属承办单位', 'Handling unit'), deputy: tr('对应代表', 'Deputy'), group: tr('所属代表小组', 'Group') }[needs];
  const picker = { organization: <OrganizationPicker handlingOnly />, deputy: <DeputyPicker />, group: <GroupSelect /> }[needs];
  return (
    <Form.Item name={field} label={text} rules={[{ required: true, message: tr('此角色必须指定范围', 'This role needs a scope') }]}>
      {picker}
    </Form.Item>
  );
}

export function UsersPage() {
  const { tr, label } = useI18n();
  const { viewer } = useAuth();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [page, setPage] = useState(1);
  const after = afterForPage(page, PAGE);
  const { data, loading, refetch } = useQuery(USERS, { variables: { first: PAGE, after, filter: { search: search || undefined, role } } });
  const [createUser] = useMutation(CREATE_USER);
  const [updateUser] = useMutation(UPDATE_USER);
  const [resetPassword] = useMutation(RESET_PASSWORD);
  const [endSessions] = useMutation(END_SESSIONS);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [createForm] = Form.useForm();
  const [editForm] = Form.useForm();
  const [resetForm] = Form.useForm();
  const createRole = Form.useWatch('role', createForm) as Role | undefined;
  const editRole = Form.useWatch('role', editForm) as Role | undefined;

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

  const roleOptions = ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS[r]) }));

  return (
    <Card
      title={tr('用户管理', 'Users')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-user">
          {tr('新建用户', 'New user')}
        </Button>
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search placeholder={tr('用户名或姓名', 'Username or name')} allowClear onSearch={(v) => { setSearch(v); setPage(1); }} style={{ width: 240 }} />
        <Select allowClear placeholder={tr('角色', 'Role')} options={roleOptions} value={role} onChange={(v) => { setRole(v); setPage(1); }} style={{ width: 180 }} />
      </Space>
      <Table<UserRow>
        rowKey="id"
        loading={loading}
        dataSource={data?.users.nodes ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.users.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: tr('用户名', 'Username'), dataIndex: 'username' },
          { title: tr('姓名', 'Name'), dataIndex: 'displayName' },
          { title: tr('角色', 'Role'), dataIndex: 'role', render: (r: Role) => <Tag>{label(ROLE_LABELS[r])}</Tag> },
          {
            title: tr('状态', 'Status'),
            dataIndex: 'disabled',
            render: (d: boolean) => (d ? <Tag color="default">{tr('已停用', 'Disabled')}</Tag> : <Tag color="green">{tr('正常', 'Active')}</Tag>),
          },
          { title: tr('最近登录', 'Last sign-in'), dataIndex: 'lastLoginAt', render: (v?: string | null) => formatDateTime(v) },
          {
            title: tr('操作', 'Actions'),
            key: 'actions',
            render: (_, u) => (
              <Space size="small" wrap>
                <Button size="small" onClick={() => { setEditing(u); editForm.setFieldsValue(u); }}>{tr('编辑', 'Edit')}</Button>
                <Button size="small" onClick={() => setResetting(u)}>{tr('重置密码', 'Reset password')}</Button>
                <Popconfirm title={tr('结束该用户的全部会话?', "End all of this user's sessions?")} onConfirm={() => run(() => endSessions({ variables: { id: u.id } }), tr('已结束会话', 'Sessions ended'))}>
                  <Button size="small">{tr('结束会话', 'End sessions')}</Button>
                </Popconfirm>
                <Switch
                  size="small"
                  checked={!u.disabled}
                  disabled={u.id === viewer?.id}
                  checkedChildren={tr('启用', 'On')}
                  unCheckedChildren={tr('停用', 'Off')}
                  onChange={(on) => run(() => updateUser({ variables: { id: u.id, input: { version: u.version, disabled: !on } } }), on ? tr('已启用', 'Enabled') : tr('已停用', 'Disabled'))}
                />
              </Space>
            ),
          },
        ]}
      />

      <Modal
        open={creating}
        title={tr('新建用户', 'New user')}
        okText={tr('创建', 'Create')}
        onCancel={() => setCreating(false)}
        destroyOnHidden
        onOk={async () => {
          const v = await validValues(createForm); if (!v) return;
          const ok = await run(() => createUser({ variables: { input: { username: v.username, displayName: v.displayName, password: v.password, role: v.role, scopeOrganizationId: v.scopeOrganizationId, scopeDeputyId: v.scopeDeputyId, scopeGroupId: v.scopeGroupId } } }), tr('用户已创建', 'User created'));
          if (ok) {
            createForm.resetFields();
            setCreating(false);
          }
        }}
      >
        <Form form={createForm} layout="vertical" preserve={false} data-testid="create-user-form">
          <Form.Item name="username" label={tr('用户名', 'Username')} rules={[{ required: true }, { pattern: USERNAME_PATTERN, message: tr('3–40 位字母、数字、点、下划线或连字符', '3–40 letters, digits, dots, underscores or hyphens') }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="displayName" label={tr('姓名', 'Name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="password" label={tr('初始密码', 'Initial password')} rules={[{ required: true }, { min: PASSWORD_MIN_LENGTH, message: tr(`至少 ${PASSWORD_MIN_LENGTH} 个字符`, `At least ${PASSWORD_MIN_LENGTH} characters`) }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="role" label={tr('角色', 'Role')} rules={[{ required: true }]}>
            <Select options={roleOptions} data-testid="role-select" />
          </Form.Item>
          <ScopeFields role={createRole} />
        </Form>
      </Modal>

      <Modal
        open={!!editing}
        title={tr('编辑用户', 'Edit user')}
        onCancel={() => setEditing(null)}
        destroyOnHidden
        onOk={async () => {
          const v = await validValues(editForm); if (!v) return;
          const ok = await run(() => updateUser({ variables: { id: editing!.id, input: { version: editing!.version, displayName: v.displayName, role: v.role, scopeOrganizationId: v.scopeOrganizationId ?? null, scopeDeputyId: v.scopeDeputyId ?? null, scopeGroupId: v.scopeGroupId ?? null } } }), tr('已保存', 'Saved'));
          if (ok) setEditing(null);
        }}
      >
        <Form form={editForm} layout="vertical" preserve={false}>
          <Form.Item name="displayName" label={tr('姓名', 'Name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="role" label={tr('角色', 'Role')} rules={[{ required: true }]}>
            <Select options={roleOptions} />
          </Form.Item>
          <ScopeFields role={editRole} />
        </Form>
      </Modal>

      <Modal
        open={!!resetting}
        title={`${tr('重置密码', 'Reset password')}:${resetting?.username ?? ''}`}
        onCancel={() => setResetting(null)}
        destroyOnHidden
        onOk={async () => {
          const v = await validValues(resetForm); if (!v) return;
          const ok = await run(() => resetPassword({ variables: { id: resetting!.id, newPassword: v.newPassword } }), tr('密码已重置,该用户需重新登录', 'Password reset; the user must sign in again'));
          if (ok) setResetting(null);
        }}
      >
        <Form form={resetForm} layout="vertical" preserve={false}>
          <Form.Item name="newPassword" label={tr('新密码', 'New password')} rules={[{ required: true }, { min: PASSWORD_MIN_LENGTH, message: tr(`至少 ${PASSWORD_MIN_LENGTH} 个字符`, `At least ${PASSWORD_MIN_LENGTH} characters`) }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
