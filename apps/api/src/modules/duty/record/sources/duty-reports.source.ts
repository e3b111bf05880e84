import { registerDutySource } from '../duty-source';

/** 述职: reports delivered in their plan year, and those graded competent. */
const entries = (extra: string) => `SELECT r.id AS record_id, coalesce(r.reported_on, r.planned_on) AS occurred_on, r.title,
    concat_ws(' · ', CASE r.audience WHEN 'STANDING_COMMITTEE' THEN '向常委会' WHEN 'VOTERS' THEN '向选民' ELSE '向选举单位' END,
                     CASE r.form WHEN 'ORAL' THEN '口头' ELSE '书面' END,
                     CASE r.grade WHEN 'COMPETENT' THEN '称职' WHEN 'BASICALLY_COMPETENT' THEN '基本称职' WHEN 'NOT_COMPETENT' THEN '不称职' END) AS detail,
    1 AS value
  FROM duty_report r WHERE r.deputy_id = $deputy AND r.year = $year AND ${extra}`;

registerDutySource({
  key: 'DUTY_REPORTS',
  label: { zh: '述职', en: 'Duty reports' },
  unit: { zh: '次', en: 'reports' },
  order: 60,
  aggregate: 'sum',
  defaultPoints: 15,
  defaultMaxPoints: 15,
  valuesSql: `SELECT r.deputy_id, r.year, 1 AS value FROM duty_report r
    WHERE r.year = $year AND r.status IN ('REPORTED', 'EVALUATED') AND r.deputy_id IN $deputies`,
  entriesSql: entries(`r.status IN ('REPORTED', 'EVALUATED')`),
  recordType: 'DutyReport',
  adminPath: '/duty/reports',
});

registerDutySource({
  key: 'DUTY_REPORTS_COMPETENT',
  label: { zh: '述职评议为称职', en: 'Duty reports graded competent' },
  unit: { zh: '次', en: 'reports' },
  order: 61,
  aggregate: 'sum',
  defaultPoints: 5,
  defaultMaxPoints: 5,
  valuesSql: `SELECT r.deputy_id, r.year, 1 AS value FROM duty_report r
    WHERE r.year = $year AND r.status = 'EVALUATED' AND r.grade = 'COMPETENT' AND r.deputy_id IN $deputies`,
  entriesSql: entries(`r.status = 'EVALUATED' AND r.grade = 'COMPETENT'`),
  recordType: 'DutyReport',
  adminPath: '/duty/reports',
});
