import { HomeOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '@luzhi/shared';
import type { AppRoute } from '../../app/routes';
import { HomePage } from './HomePage';

export const homeRoutes: AppRoute[] = [
  { path: '/', label: { zh: '首页', en: 'Home' }, icon: <HomeOutlined />, permission: PERMISSIONS.SELF, element: <HomePage /> },
];
