import { useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Layout as AntLayout, Menu, Dropdown, Button, Space, Typography, theme } from 'antd';
import { UserOutlined, GlobalOutlined, LockOutlined, LogoutOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { ROLE_LABELS } from '@luzhi/shared';
import { useAuth } from './auth';
import { useI18n } from './i18n';
import { routes } from './modules';
import { SECTIONS } from './routes';
import { ChangePasswordModal } from '../modules/auth/ChangePasswordModal';

export function Layout() {
  const { viewer, logout, can } = useAuth();
  const { tr, label, lang, setLang } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [passwordOpen, setPasswordOpen] = useState(false);
  const { token } = theme.useToken();

  const items = useMemo<MenuProps['items']>(() => {
    const visible = routes.filter((r) => r.label && can(r.permission));
    const top = visible.filter((r) => !r.section).map((r) => ({ key: r.path, icon: r.icon, label: <Link to={r.path}>{label(r.label)}</Link> }));
    const sections = (Object.keys(SECTIONS) as (keyof typeof SECTIONS)[])
      .map((s) => ({ s, children: visible.filter((r) => r.section === s) }))
      .filter((g) => g.children.length)
      .map(({ s, children }) => ({
        key: `section:${s}`,
        type: 'group' as const,
        label: label(SECTIONS[s]),
        children: children.map((r) => ({ key: r.path, icon: r.icon, label: <Link to={r.path}>{label(r.label)}</Link> })),
      }));
    return [...top, ...sections];
  }, [can, label]);

  const selected = routes
    .filter((r) => r.label && (location.pathname === r.path || location.pathname.startsWith(`${r.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;

  const userMenu: MenuProps['items'] = [
    { key: 'lang', icon: <GlobalOutlined />, label: lang === 'en' ? '中文' : 'English', onClick: () => setLang(lang === 'en' ? 'zh-CN' : 'en') },
    { key: 'password', icon: <LockOutlined />, label: tr('修改密码', 'Change password'), onClick: () => setPasswordOpen(true) },
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: tr('退出登录', 'Sign out'),
      onClick: async () => {
        // Leave first: the next person to sign in starts at home, not on this user's page.
        navigate('/login', { replace: true });
        await logout();
      },
    },
  ];

  return (
    <AntLayout style={{ minHeight: '100vh' }}>
      <AntLayout.Sider width={220} theme="light" breakpoint="lg" collapsedWidth={0} style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}>
        <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 18 }}>
          履职 <span style={{ fontWeight: 400, fontSize: 13, color: token.colorTextSecondary }}>Lüzhi</span>
        </div>
        <Menu mode="inline" items={items} selectedKeys={selected ? [selected] : []} data-testid="side-menu" style={{ borderInlineEnd: 0 }} />
      </AntLayout.Sider>
      <AntLayout>
        <AntLayout.Header style={{ background: token.colorBgContainer, padding: '0 24px', display: 'flex', justifyContent: 'space-between', alignItems: 'center', borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
          <Typography.Text type="secondary">{tr('区人大常委会 代表工作平台', "District People's Congress Standing Committee · Deputy work")}</Typography.Text>
          <Space>
            <Button type="text" size="small" icon={<GlobalOutlined />} onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')} data-testid="lang-switch">
              {lang === 'en' ? '中文' : 'EN'}
            </Button>
            <Dropdown menu={{ items: userMenu }} trigger={['click']}>
              <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
                {viewer?.displayName} · {label(viewer ? ROLE_LABELS[viewer.role] : undefined)}
              </Button>
            </Dropdown>
          </Space>
        </AntLayout.Header>
        <AntLayout.Content style={{ padding: 24 }}>
          <Outlet />
        </AntLayout.Content>
      </AntLayout>
      <ChangePasswordModal open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </AntLayout>
  );
}
