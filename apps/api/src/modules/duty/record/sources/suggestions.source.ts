import { registerDutySource } from '../duty-source';

/**
 * 代表建议: suggestions led and suggestions co-signed, two numbers, by the date submitted (in
 * China's time zone). Drafts are not submitted and do not count; the lifecycle has no withdrawn
 * or merged state.
 */
const inYear = `s.status <> 'DRAFT' AND s.submitted_at >= (make_date($year, 1, 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
  AND s.submitted_at < (make_date($year + 1, 1, 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
const entry = `SELECT s.id AS record_id, (s.submitted_at AT TIME ZONE 'Asia/Shanghai')::date AS occurred_on, s.title, s.registration_number AS detail, 1 AS value`;

registerDutySource({
  key: 'SUGGESTIONS_LED',
  label: { zh: '领衔提出建议', en: 'Suggestions led' },
  unit: { zh: '件', en: 'suggestions' },
  order: 50,
  aggregate: 'sum',
  defaultPoints: 5,
  defaultMaxPoints: 20,
  valuesSql: `SELECT s.lead_deputy_id AS deputy_id, $year AS year, 1 AS value FROM suggestion s
    WHERE ${inYear} AND s.lead_deputy_id IN $deputies`,
  entriesSql: `${entry} FROM suggestion s WHERE s.lead_deputy_id = $deputy AND ${inYear}`,
  recordType: 'Suggestion',
  adminPath: '/suggestions/:id',
});

registerDutySource({
  key: 'SUGGESTIONS_CO_SIGNED',
  label: { zh: '联名附议建议', en: 'Suggestions co-signed' },
  unit: { zh: '件', en: 'suggestions' },
  order: 51,
  aggregate: 'sum',
  defaultPoints: 2,
  defaultMaxPoints: 10,
  valuesSql: `SELECT c.deputy_id, $year AS year, 1 AS value
    FROM suggestion_co_signer c JOIN suggestion s ON s.id = c.suggestion_id
    WHERE ${inYear} AND c.deputy_id <> s.lead_deputy_id AND c.deputy_id IN $deputies`,
  entriesSql: `${entry} FROM suggestion_co_signer c JOIN suggestion s ON s.id = c.suggestion_id
    WHERE c.deputy_id = $deputy AND c.deputy_id <> s.lead_deputy_id AND ${inYear}`,
  recordType: 'Suggestion',
  adminPath: '/suggestions/:id',
});
