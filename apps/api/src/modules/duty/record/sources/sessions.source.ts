import type { SessionAttendanceStatus } from '@luzhi/shared';
import { registerDutySource } from '../duty-source';

/** 出席、请假、缺席人民代表大会会议: one record per deputy and plenary session, in the year the session opened. */
const inYear = `s.start_date >= make_date($year, 1, 1) AND s.start_date < make_date($year + 1, 1, 1)`;

function sessionSource(status: SessionAttendanceStatus, key: string, label: { zh: string; en: string }, order: number, points: number, max: number | null) {
  registerDutySource({
    key,
    label,
    unit: { zh: '次', en: 'sessions' },
    order,
    aggregate: 'sum',
    attendance: status,
    defaultPoints: points,
    defaultMaxPoints: max,
    valuesSql: `SELECT a.deputy_id, $year AS year, 1 AS value
      FROM session_attendance a JOIN congress_session s ON s.id = a.session_id
      WHERE a.status = '${status}' AND ${inYear} AND a.deputy_id IN $deputies`,
    entriesSql: `SELECT a.id AS record_id, s.start_date AS occurred_on, s.name AS title, a.note AS detail, 1 AS value
      FROM session_attendance a JOIN congress_session s ON s.id = a.session_id
      WHERE a.deputy_id = $deputy AND a.status = '${status}' AND ${inYear}`,
    recordType: 'SessionAttendance',
    adminPath: '/duty/sessions',
  });
}

sessionSource('ATTENDED', 'SESSIONS_ATTENDED', { zh: '出席代表大会会议', en: 'Plenary sessions attended' }, 10, 20, 20);
sessionSource('ON_LEAVE', 'SESSIONS_ON_LEAVE', { zh: '代表大会会议请假', en: 'Plenary sessions on leave' }, 11, 0, null);
sessionSource('ABSENT', 'SESSIONS_ABSENT', { zh: '代表大会会议缺席', en: 'Plenary sessions absent' }, 12, -10, 20);
