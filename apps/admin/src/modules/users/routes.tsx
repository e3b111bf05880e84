import { TeamOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '@luzhi/shared';
import type { AppRoute } from '../../app/routes';
import { UsersPage } from './UsersPage';

export const userRoutes: AppRoute[] = [
  { path: '/users', label: { zh: '用户管理', en: 'Users' }, icon: <TeamOutlined />, permission: PERMISSIONS.USER_MANAGE, element: <UsersPage />, section: 'system' },
];
