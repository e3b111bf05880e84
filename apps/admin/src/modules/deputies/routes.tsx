import { IdcardOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '@luzhi/shared';
import type { AppRoute } from '../../app/routes';
import { DeputiesPage } from './DeputiesPage';
import { DeputyDetailPage } from './DeputyDetailPage';

export const deputyRoutes: AppRoute[] = [
  { path: '/deputies', label: { zh: '代表名册', en: 'Deputies' }, icon: <IdcardOutlined />, permission: PERMISSIONS.DEPUTY_READ, element: <DeputiesPage />, section: 'registry' },
  { path: '/deputies/:id', permission: PERMISSIONS.DEPUTY_READ, element: <DeputyDetailPage /> },
];
