import { registerDutySource } from '../duty-source';

/**
 * 学习培训: the hours of the trainings a deputy attended, and the average of their quiz scores,
 * in the year the training (its activity) started. Attending a training counts here, not as an
 * activity attended (see activities.source.ts).
 */
const inYear = `a.start_date >= make_date($year, 1, 1) AND a.start_date < make_date($year + 1, 1, 1) AND a.status <> 'CANCELLED'`;

registerDutySource({
  key: 'TRAINING_HOURS',
  label: { zh: '参加学习培训学时', en: 'Training hours' },
  unit: { zh: '学时', en: 'hours' },
  order: 30,
  aggregate: 'sum',
  defaultPoints: 1,
  defaultMaxPoints: 10,
  valuesSql: `SELECT p.deputy_id, $year AS year, t.hours AS value
    FROM activity_participant p JOIN activity a ON a.id = p.activity_id JOIN training t ON t.activity_id = a.id
    WHERE p.status = 'ATTENDED' AND ${inYear} AND p.deputy_id IN $deputies`,
  entriesSql: `SELECT a.id AS record_id, a.start_date AS occurred_on, a.title, t.materials AS detail, t.hours AS value
    FROM activity_participant p JOIN activity a ON a.id = p.activity_id JOIN training t ON t.activity_id = a.id
    WHERE p.deputy_id = $deputy AND p.status = 'ATTENDED' AND ${inYear}`,
  recordType: 'Activity',
  adminPath: '/activities/:id',
});

registerDutySource({
  key: 'QUIZ_SCORE',
  label: { zh: '知识答卷平均成绩', en: 'Quiz score (average)' },
  unit: { zh: '分', en: 'points' },
  order: 31,
  aggregate: 'avg',
  defaultPoints: 0.1,
  defaultMaxPoints: 10,
  valuesSql: `SELECT q.deputy_id, $year AS year, q.score AS value
    FROM quiz_result q JOIN training t ON t.id = q.training_id JOIN activity a ON a.id = t.activity_id
    WHERE ${inYear} AND q.deputy_id IN $deputies`,
  entriesSql: `SELECT a.id AS record_id, a.start_date AS occurred_on, coalesce(t.quiz_title, a.title) AS title,
      CASE WHEN t.quiz_max_score IS NOT NULL THEN '满分 ' || t.quiz_max_score END AS detail, q.score AS value
    FROM quiz_result q JOIN training t ON t.id = q.training_id JOIN activity a ON a.id = t.activity_id
    WHERE q.deputy_id = $deputy AND ${inYear}`,
  recordType: 'Activity',
  adminPath: '/activities/:id',
});
