import { lazy, Suspense, useEffect } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Card, Space, Spin, Typography } from 'antd';
import { PERMISSIONS, ROLE_LABELS } from '@luzhi/shared';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { DeputyTodos, UnitTodos } from './Todos';
import { DASHBOARD_DEFAULT_LEVEL, DASHBOARD_TERMS } from './operations';

// ECharts and the dashboard's queries load only for those who see it (staff, admin, analysts).
const Dashboard = lazy(() => import('./Dashboard'));

export function HomePage() {
  const { viewer, can } = useAuth();
  const { tr, label } = useI18n();
  const client = useApolloClient();
  const showDashboard = can(PERMISSIONS.STATS_READ);
  // The dashboard's code and its first query (the level's terms) load side by side, not one after
  // the other; the dashboard then finds the terms in the cache.
  useEffect(() => {
    if (showDashboard) void client.query({ query: DASHBOARD_TERMS, variables: { level: DASHBOARD_DEFAULT_LEVEL }, fetchPolicy: 'network-only' }).catch(() => undefined);
  }, [showDashboard, client]);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card>
        <Typography.Title level={4} data-testid="welcome">
          {tr('欢迎', 'Welcome')},{viewer?.displayName}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {tr('当前角色', 'Your role')}:{label(viewer ? ROLE_LABELS[viewer.role] : undefined)}
        </Typography.Paragraph>
      </Card>
      {viewer?.role === 'DEPUTY' && <DeputyTodos />}
      {viewer?.role === 'HANDLING_UNIT' && <UnitTodos />}
      {showDashboard && (
        <Suspense fallback={<Spin />}>
          <Dashboard />
        </Suspense>
      )}
    </Space>
  );
}
