import { AuditOutlined, BookOutlined, CalculatorOutlined, CommentOutlined, ExceptionOutlined, FileTextOutlined, IdcardOutlined, SolutionOutlined, TeamOutlined, TrophyOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '@luzhi/shared';
import type { AppRoute } from '../../app/routes';
import { DutyRecordPage, MyDutyRecordPage } from './DutyRecordPage';
import { DutyRecordsPage } from './DutyRecordsPage';
import { DutyReportsPage } from './DutyReportsPage';
import { OrganEvaluationPage, OrganEvaluationsPage } from './OrganEvaluationsPage';
import { VotersPage } from './VotersPage';
import { DiariesPage } from './DiariesPage';
import { SessionAttendancePage } from './SessionAttendancePage';
import { ScoringPage } from './ScoringPage';
import { CommendationsPage } from './CommendationsPage';
import { ObjectionsPage } from './ObjectionsPage';

export { DutyRecordView } from './DutyRecordView';
export { useDutyYear, YearSelect } from './common';

const P = PERMISSIONS;

/** The duty pages: records and scores, reports, evaluations, voters, diaries, commendations. */
export const dutyRoutes: AppRoute[] = [
  { path: '/duty/my-record', label: { zh: '我的履职档案', en: 'My duty record' }, icon: <IdcardOutlined />, permission: P.DIARY_WRITE, element: <MyDutyRecordPage />, section: 'duty' },
  { path: '/duty/records', label: { zh: '履职档案', en: 'Duty records' }, icon: <SolutionOutlined />, permission: P.DUTY_READ, element: <DutyRecordsPage />, section: 'duty' },
  { path: '/duty/records/:deputyId/:year', permission: P.DUTY_READ, element: <DutyRecordPage /> },
  { path: '/duty/sessions', label: { zh: '会议出席', en: 'Session attendance' }, icon: <TeamOutlined />, permission: P.DUTY_READ, element: <SessionAttendancePage />, section: 'duty' },
  { path: '/duty/reports', label: { zh: '代表述职', en: 'Duty reports' }, icon: <FileTextOutlined />, permission: P.DUTY_READ, element: <DutyReportsPage />, section: 'duty' },
  { path: '/duty/organ-evaluations', label: { zh: '评议国家机关', en: 'Organ evaluations' }, icon: <AuditOutlined />, permission: P.DUTY_READ, element: <OrganEvaluationsPage />, section: 'duty' },
  { path: '/duty/organ-evaluations/:id', permission: P.DUTY_READ, element: <OrganEvaluationPage /> },
  { path: '/duty/voters', label: { zh: '联系选民', en: 'Voter contact' }, icon: <CommentOutlined />, permission: P.DUTY_READ, element: <VotersPage />, section: 'duty' },
  { path: '/duty/diaries', label: { zh: '民情日记', en: 'Sentiment diaries' }, icon: <BookOutlined />, permission: P.DUTY_READ, element: <DiariesPage />, section: 'duty' },
  { path: '/duty/scoring', label: { zh: '积分规则', en: 'Points table' }, icon: <CalculatorOutlined />, permission: P.DUTY_WRITE, element: <ScoringPage />, section: 'duty' },
  { path: '/duty/objections', label: { zh: '档案异议', en: 'Objections' }, icon: <ExceptionOutlined />, permission: P.DUTY_WRITE, element: <ObjectionsPage />, section: 'duty' },
  { path: '/duty/commendations', label: { zh: '表彰', en: 'Commendations' }, icon: <TrophyOutlined />, permission: P.DUTY_READ, element: <CommendationsPage />, section: 'duty' },
];
