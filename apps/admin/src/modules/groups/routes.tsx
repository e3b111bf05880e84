import { TeamOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '@luzhi/shared';
import type { AppRoute } from '../../app/routes';
import { GroupDetailPage } from './GroupDetailPage';
import { GroupsPage } from './GroupsPage';

export const groupRoutes: AppRoute[] = [
  { path: '/groups', label: { zh: '代表小组', en: 'Groups' }, icon: <TeamOutlined />, permission: PERMISSIONS.GROUP_READ, element: <GroupsPage />, section: 'registry' },
  { path: '/groups/:id', permission: PERMISSIONS.GROUP_READ, element: <GroupDetailPage /> },
];
