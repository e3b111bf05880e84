import { lazy } from 'react';
import { CodeOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '@luzhi/shared';
import type { AppRoute } from '../../app/routes';

// GraphiQL and its editor are large: loaded only when the console is opened.
const ConsolePage = lazy(() => import('./ConsolePage'));

export const analyticsRoutes: AppRoute[] = [
  {
    path: '/analytics/console',
    label: { zh: '分析控制台', en: 'Analyst console' },
    icon: <CodeOutlined />,
    permission: PERMISSIONS.ANALYTICS_CONSOLE,
    element: <ConsolePage />,
    section: 'analysis',
  },
];
