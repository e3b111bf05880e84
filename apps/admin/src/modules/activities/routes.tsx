import { AlertOutlined, BellOutlined, CalendarOutlined, CarryOutOutlined, ReadOutlined, TeamOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '@luzhi/shared';
import type { AppRoute } from '../../app/routes';
import { ActivitiesPage } from './ActivitiesPage';
import { ActivityDetailPage } from './ActivityDetailPage';
import { DeputyActivitiesPage } from './DeputyActivitiesPage';
import { FindingDetailPage, FindingsPage } from './FindingsPage';
import { NoticesPage } from './NoticesPage';
import { PlansPage } from './PlansPage';
import { MeetingsPage, TrainingsPage } from './TrainingsPage';

export { DeputyActivities } from './DeputyActivitiesPage';

export const activityRoutes: AppRoute[] = [
  { path: '/plans', label: { zh: '年度计划', en: 'Annual plan' }, icon: <CalendarOutlined />, permission: PERMISSIONS.ACTIVITY_READ, element: <PlansPage />, section: 'work' },
  { path: '/activities', label: { zh: '代表活动', en: 'Activities' }, icon: <CarryOutOutlined />, permission: PERMISSIONS.ACTIVITY_READ, element: <ActivitiesPage />, section: 'work' },
  { path: '/activities/:id', permission: PERMISSIONS.ACTIVITY_READ, element: <ActivityDetailPage /> },
  { path: '/findings', label: { zh: '问题整改', en: 'Findings' }, icon: <AlertOutlined />, permission: PERMISSIONS.FINDING_READ, element: <FindingsPage />, section: 'work' },
  { path: '/findings/:id', permission: PERMISSIONS.FINDING_READ, element: <FindingDetailPage /> },
  { path: '/trainings', label: { zh: '学习培训', en: 'Training' }, icon: <ReadOutlined />, permission: PERMISSIONS.ACTIVITY_READ, element: <TrainingsPage />, section: 'work' },
  { path: '/meetings', label: { zh: '列席常委会', en: 'Committee meetings' }, icon: <TeamOutlined />, permission: PERMISSIONS.ACTIVITY_READ, element: <MeetingsPage />, section: 'work' },
  { path: '/notices', label: { zh: '通知', en: 'Notices' }, icon: <BellOutlined />, permission: PERMISSIONS.NOTICE_READ, element: <NoticesPage />, section: 'work' },
  // A deputy's own invitations: linked from their notices (a menu entry would show to staff too).
  { path: '/my/activities', permission: PERMISSIONS.ACTIVITY_READ, element: <DeputyActivitiesPage /> },
  { path: '/deputies/:id/activities', permission: PERMISSIONS.ACTIVITY_READ, element: <DeputyActivitiesPage /> },
];
