import { registerDutySource } from '../duty-source';

/** 联系选民 and 选民接待日: contacts by date, and reception days a deputy was on duty at. */
registerDutySource({
  key: 'VOTER_CONTACTS',
  label: { zh: '联系选民', en: 'Voter contacts' },
  unit: { zh: '次', en: 'contacts' },
  order: 70,
  aggregate: 'sum',
  defaultPoints: 2,
  defaultMaxPoints: 20,
  valuesSql: `SELECT c.deputy_id, $year AS year, 1 AS value FROM voter_contact c
    WHERE c.contacted_on >= make_date($year, 1, 1) AND c.contacted_on < make_date($year + 1, 1, 1) AND c.deputy_id IN $deputies`,
  entriesSql: `SELECT c.id AS record_id, c.contacted_on AS occurred_on,
      CASE c.kind WHEN 'VISIT' THEN '走访选民' WHEN 'RECEPTION_DAY' THEN '选民接待日' WHEN 'LETTER' THEN '来信' ELSE '网络联系' END AS title,
      left(c.summary, 120) AS detail, 1 AS value
    FROM voter_contact c
    WHERE c.deputy_id = $deputy AND c.contacted_on >= make_date($year, 1, 1) AND c.contacted_on < make_date($year + 1, 1, 1)`,
  recordType: 'VoterContact',
  adminPath: '/duty/voters',
});

registerDutySource({
  key: 'RECEPTION_DAYS',
  label: { zh: '参加选民接待日', en: 'Reception days on duty' },
  unit: { zh: '次', en: 'days' },
  order: 71,
  aggregate: 'sum',
  defaultPoints: 4,
  defaultMaxPoints: 16,
  valuesSql: `SELECT rd.deputy_id, $year AS year, 1 AS value
    FROM reception_duty rd JOIN reception_day d ON d.id = rd.reception_day_id
    WHERE d.date >= make_date($year, 1, 1) AND d.date < make_date($year + 1, 1, 1) AND rd.deputy_id IN $deputies`,
  entriesSql: `SELECT d.id AS record_id, d.date AS occurred_on, st.name || ' 选民接待日' AS title, d.topic AS detail, 1 AS value
    FROM reception_duty rd JOIN reception_day d ON d.id = rd.reception_day_id JOIN liaison_station st ON st.id = d.station_id
    WHERE rd.deputy_id = $deputy AND d.date >= make_date($year, 1, 1) AND d.date < make_date($year + 1, 1, 1)`,
  recordType: 'ReceptionDay',
  adminPath: '/duty/voters',
});
