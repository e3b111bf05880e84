import { lazy } from 'react';
import { AppstoreOutlined, BarChartOutlined, CalendarOutlined, FileTextOutlined, InboxOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '@luzhi/shared';
import type { AppRoute } from '../../app/routes';
import { SuggestionListPage } from './SuggestionListPage';
import { SuggestionBoardPage } from './SuggestionBoardPage';
import { SuggestionNewPage } from './SuggestionNewPage';
import { SuggestionDetailPage } from './SuggestionDetailPage';
import { UnitInboxPage } from './UnitInboxPage';
import { SuggestionSettingsPage } from './SuggestionSettingsPage';

// ECharts is large: the statistics page loads it when opened.
const SuggestionStatsPage = lazy(() => import('./SuggestionStatsPage').then((m) => ({ default: m.SuggestionStatsPage })));

export const suggestionRoutes: AppRoute[] = [
  { path: '/suggestions', label: { zh: '建议议案', en: 'Suggestions' }, icon: <FileTextOutlined />, permission: PERMISSIONS.SUGGESTION_READ, element: <SuggestionListPage />, section: 'suggestions' },
  { path: '/suggestions/board', label: { zh: '办理看板', en: 'Board' }, icon: <AppstoreOutlined />, permission: PERMISSIONS.SUGGESTION_MANAGE, element: <SuggestionBoardPage />, section: 'suggestions' },
  { path: '/suggestions/inbox', label: { zh: '承办收件箱', en: 'Unit inbox' }, icon: <InboxOutlined />, permission: PERMISSIONS.SUGGESTION_HANDLE, element: <UnitInboxPage />, section: 'suggestions' },
  { path: '/suggestions/settings', label: { zh: '办理规则与节假日', en: 'Rules and holidays' }, icon: <CalendarOutlined />, permission: PERMISSIONS.SUGGESTION_MANAGE, element: <SuggestionSettingsPage />, section: 'suggestions' },
  { path: '/suggestions/stats', label: { zh: '建议办理统计', en: 'Suggestion statistics' }, icon: <BarChartOutlined />, permission: PERMISSIONS.STATS_READ, element: <SuggestionStatsPage />, section: 'analysis' },
  { path: '/suggestions/new', permission: PERMISSIONS.SUGGESTION_SUBMIT, element: <SuggestionNewPage /> },
  { path: '/suggestions/:id', permission: PERMISSIONS.SUGGESTION_READ, element: <SuggestionDetailPage /> },
];
