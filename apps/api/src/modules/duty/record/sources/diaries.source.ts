import { registerDutySource } from '../duty-source';

/** 民情日记: entries by their date. */
registerDutySource({
  key: 'DIARY_ENTRIES',
  label: { zh: '民情日记', en: 'Sentiment diary entries' },
  unit: { zh: '篇', en: 'entries' },
  order: 80,
  aggregate: 'sum',
  defaultPoints: 1,
  defaultMaxPoints: 12,
  valuesSql: `SELECT s.deputy_id, $year AS year, 1 AS value FROM sentiment_diary s
    WHERE s.entry_date >= make_date($year, 1, 1) AND s.entry_date < make_date($year + 1, 1, 1) AND s.deputy_id IN $deputies`,
  entriesSql: `SELECT s.id AS record_id, s.entry_date AS occurred_on, s.title, array_to_string(s.tags, '、') AS detail, 1 AS value
    FROM sentiment_diary s
    WHERE s.deputy_id = $deputy AND s.entry_date >= make_date($year, 1, 1) AND s.entry_date < make_date($year + 1, 1, 1)`,
  recordType: 'SentimentDiary',
  adminPath: '/duty/diaries',
});
