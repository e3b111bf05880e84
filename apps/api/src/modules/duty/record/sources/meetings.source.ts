import { registerDutySource } from '../duty-source';

/** 列席常委会会议: meetings a deputy sat in on and attended, by the meeting date. */
const inYear = `m.meeting_date >= make_date($year, 1, 1) AND m.meeting_date < make_date($year + 1, 1, 1)`;

registerDutySource({
  key: 'COMMITTEE_MEETINGS',
  label: { zh: '列席常委会会议', en: 'Committee meetings sat in on' },
  unit: { zh: '次', en: 'meetings' },
  order: 25,
  aggregate: 'sum',
  defaultPoints: 3,
  defaultMaxPoints: 12,
  valuesSql: `SELECT ma.deputy_id, $year AS year, 1 AS value
    FROM meeting_attendance ma JOIN committee_meeting m ON m.id = ma.meeting_id
    WHERE ma.role = 'SITTING_IN' AND ma.status = 'ATTENDED' AND ${inYear} AND ma.deputy_id IN $deputies`,
  entriesSql: `SELECT m.id AS record_id, m.meeting_date AS occurred_on, m.title, m.place AS detail, 1 AS value
    FROM meeting_attendance ma JOIN committee_meeting m ON m.id = ma.meeting_id
    WHERE ma.deputy_id = $deputy AND ma.role = 'SITTING_IN' AND ma.status = 'ATTENDED' AND ${inYear}`,
  recordType: 'CommitteeMeeting',
  adminPath: '/meetings',
});
