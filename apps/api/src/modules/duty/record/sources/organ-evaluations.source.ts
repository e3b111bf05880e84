import { registerDutySource } from '../duty-source';

/** 评议国家机关: the evaluations of the year a deputy rated the organ in (one rating each). */
registerDutySource({
  key: 'ORGAN_EVALUATIONS',
  label: { zh: '参加评议国家机关', en: 'State-organ evaluations taken part in' },
  unit: { zh: '次', en: 'evaluations' },
  order: 65,
  aggregate: 'sum',
  defaultPoints: 3,
  defaultMaxPoints: 9,
  valuesSql: `SELECT r.deputy_id, e.year, 1 AS value
    FROM organ_evaluation_rating r JOIN organ_evaluation e ON e.id = r.evaluation_id
    WHERE e.year = $year AND r.deputy_id IN $deputies`,
  entriesSql: `SELECT e.id AS record_id, NULL::date AS occurred_on, e.title, '测评分 ' || r.score AS detail, 1 AS value
    FROM organ_evaluation_rating r JOIN organ_evaluation e ON e.id = r.evaluation_id
    WHERE r.deputy_id = $deputy AND e.year = $year`,
  recordType: 'OrganEvaluation',
  adminPath: '/duty/organ-evaluations/:id',
});
