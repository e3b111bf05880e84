import { Card, Typography } from 'antd';
import { ROLE_LABELS } from '@luzhi/shared';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';

export function HomePage() {
  const { viewer } = useAuth();
  const { tr, label } = useI18n();
  return (
    <Card>
      <Typography.Title level={4} data-testid="welcome">
        {tr('欢迎', 'Welcome')},{viewer?.displayName}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {tr('当前角色', 'Your role')}:{label(viewer ? ROLE_LABELS[viewer.role] : undefined)}
      </Typography.Paragraph>
    </Card>
  );
}
