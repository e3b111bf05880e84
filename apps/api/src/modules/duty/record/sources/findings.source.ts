import { registerDutySource } from '../duty-source';

/** 视察发现问题: findings a deputy raised, on the day of the visit (the stop's date, else the activity's start). */
const onDay = `coalesce(st.visit_date, a.start_date)`;
const inYear = `${onDay} >= make_date($year, 1, 1) AND ${onDay} < make_date($year + 1, 1, 1)`;
const from = `FROM finding f JOIN activity a ON a.id = f.activity_id LEFT JOIN activity_stop st ON st.id = f.stop_id`;

registerDutySource({
  key: 'FINDINGS_RAISED',
  label: { zh: '提出视察发现的问题', en: 'Findings raised' },
  unit: { zh: '个', en: 'findings' },
  order: 40,
  aggregate: 'sum',
  defaultPoints: 2,
  defaultMaxPoints: 10,
  valuesSql: `SELECT f.raised_by_deputy_id AS deputy_id, $year AS year, 1 AS value ${from}
    WHERE ${inYear} AND f.raised_by_deputy_id IN $deputies`,
  entriesSql: `SELECT f.id AS record_id, ${onDay} AS occurred_on, f.title, a.title AS detail, 1 AS value ${from}
    WHERE f.raised_by_deputy_id = $deputy AND ${inYear}`,
  recordType: 'Finding',
  adminPath: '/findings/:id',
});
