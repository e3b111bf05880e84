import type pg from 'pg';
import { DEFAULT_VOTE_THRESHOLDS, DIARY_TAG_SUGGESTIONS } from '@luzhi/shared';
import { rows, type GenerateParams, type GenerateStep } from '../generator';
import { registryStep } from './registry';

export const VOTER_CONTACTS_PER_DEPUTY = 2;
/** Deputies who report on their duties (述职) in a given year, in percent; the rest report in other years of the term. */
export const REPORTING_PERCENT = 25;
export const DIARIES_PER_DEPUTY = 1;

/**
 * A deputy's duties for the year: attendance at this year's plenary session of their congress,
 * two voter contacts each (visits, letters, online), and for half of the contacts an opinion,
 * answered for most of the ones that are old enough; duty reports for last year and this year
 * with their evaluation (votes, or evaluators' ratings); sentiment diaries.
 */
export const dutyStep: GenerateStep = {
  name: 'duty: session attendance, voter contacts and opinions, duty reports, diaries',
  after: [registryStep],
  async run(client: pg.Client, params: GenerateParams, progress) {
    const s = params.seed;
    const y = params.year;
    const n = params.deputies;
    const attendance = await client.query(`
      INSERT INTO session_attendance (session_id, deputy_id, status, note, version)
      SELECT (m.term_id - 1) * 5 + 5, m.deputy_id, a.status, CASE WHEN a.status = 'ON_LEAVE' THEN '因公请假' END, 1
        FROM mandate m
        CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.rnd(m.id, ${s} + 60, 100) < 93 THEN 'ATTENDED' WHEN pg_temp.rnd(m.id, ${s} + 60, 100) < 98 THEN 'ON_LEAVE' ELSE 'ABSENT' END AS status) a`);
    progress(`${rows(attendance)} session attendances`);
    const contacts = await client.query(`
      INSERT INTO voter_contact (id, deputy_id, kind, contacted_on, reception_day_id, station_id, voter_name, voter_phone, summary, version) OVERRIDING SYSTEM VALUE
      SELECT i, 1 + (i - 1) % ${n}, pg_temp.pick(i, ${s} + 61, ARRAY['VISIT','VISIT','LETTER','ONLINE']), DATE '${y}-01-01' + pg_temp.rnd(i, ${s} + 62, 365),
             NULL, NULL, '选民' || (1 + pg_temp.rnd(i, ${s} + 63, 9999)), NULL, '走访选民,听取意见。', 1
        FROM generate_series(1, ${n * VOTER_CONTACTS_PER_DEPUTY}) i`);
    progress(`${rows(contacts)} voter contacts`);
    await client.query(`ANALYZE voter_contact`);
    const opinions = await client.query(`
      INSERT INTO voter_opinion (contact_id, diary_id, deputy_id, voter_name, voter_phone, content, status, answer, referred_organization_id, suggestion_id, handled_on, version)
      SELECT c.id, NULL, c.deputy_id, c.voter_name, NULL, '希望改善' || pg_temp.pick(c.id, ${s} + 64, ARRAY['道路','学校','医疗','环境','就业']) || '。', o.status,
             CASE WHEN o.status = 'ANSWERED' THEN '已向选民解释说明。' END, NULL, NULL, CASE WHEN o.status = 'ANSWERED' THEN c.contacted_on + 15 END, 1
        FROM voter_contact c
        CROSS JOIN LATERAL (SELECT CASE WHEN c.contacted_on < DATE '${y}-07-01' AND pg_temp.rnd(c.id, ${s} + 65, 100) < 80 THEN 'ANSWERED' ELSE 'OPEN' END AS status) o
       WHERE pg_temp.rnd(c.id, ${s} + 66, 100) < 50`);
    progress(`${rows(opinions)} voter opinions`);
    progress(`${rows(await dutyReports(client, params))} duty reports with their evaluations`);
    progress(`${rows(await diaries(client, params))} sentiment diaries`);
  },
};

/**
 * REPORTING_PERCENT of the deputies report in each of last year and this year: directly elected
 * (township and county) deputies to their voters, the others to their electoral unit, some to the
 * standing committee. Those planned before "today" (1 July) are reported, evaluated or cancelled as
 * DUTY_REPORT_MACHINE allows; a report to voters is graded by the voters' tally, any other by a
 * tally or by three to five evaluators' ratings, with the grade gradeVotes gives at the default
 * thresholds.
 */
async function dutyReports(client: pg.Client, params: GenerateParams): Promise<pg.QueryResult> {
  const s = params.seed;
  const y = params.year;
  const { competentPercent, basicallyCompetentPercent } = DEFAULT_VOTE_THRESHOLDS;
  await client.query(`
    CREATE TEMP TABLE gen_report AS
    SELECT r.*,
           CASE WHEN r.status = 'EVALUATED' AND (r.audience = 'VOTERS' OR pg_temp.rnd(r.id, ${s} + 76, 100) < 50) THEN 20 + pg_temp.rnd(r.id, ${s} + 77, 61) END AS votes,
           -- Mostly competent: the share of "competent" votes leans towards 100.
           100 - pg_temp.rnd(r.id, ${s} + 78, 100) * pg_temp.rnd(r.id, ${s} + 79, 100) / 140 AS competent_share
      FROM (
        SELECT (c.first_deputy + pos) * 2 - 1 + yi AS id, c.first_deputy + pos AS deputy_id, ${y - 1} + yi AS year, p.planned_on,
               CASE WHEN pg_temp.rnd((c.first_deputy + pos) * 2 + yi, ${s} + 71, 100) < 10 THEN 'STANDING_COMMITTEE'
                    WHEN c.level IN ('TOWNSHIP', 'COUNTY') THEN 'VOTERS' ELSE 'ELECTORAL_UNIT' END AS audience,
               CASE WHEN pg_temp.rnd((c.first_deputy + pos) * 2 + yi, ${s} + 72, 100) < 70 THEN 'ORAL' ELSE 'WRITTEN' END AS form,
               CASE WHEN p.planned_on >= DATE '${y}-07-01' THEN 'PLANNED'
                    WHEN pg_temp.rnd((c.first_deputy + pos) * 2 + yi, ${s} + 73, 100) < 8 THEN 'CANCELLED'
                    WHEN pg_temp.rnd((c.first_deputy + pos) * 2 + yi, ${s} + 73, 100) < 35 OR p.planned_on + 37 >= DATE '${y}-07-01' THEN 'REPORTED'
                    ELSE 'EVALUATED' END AS status,
               p.planned_on + 7 + pg_temp.rnd((c.first_deputy + pos) * 2 + yi, ${s} + 74, 30) AS evaluated_on
          FROM gen.congress c, generate_series(0, c.deputy_count - 1) pos, generate_series(0, 1) yi
          CROSS JOIN LATERAL (SELECT make_date(${y - 1} + yi, 1, 1) + pg_temp.rnd((c.first_deputy + pos) * 2 + yi, ${s} + 75, 365) AS planned_on OFFSET 0) p
         WHERE pg_temp.rnd((c.first_deputy + pos) * 2 + yi, ${s} + 70, 100) < ${REPORTING_PERCENT}
      ) r`);
  await client.query(`
    CREATE TEMP TABLE gen_report_rating AS
    SELECT r.id AS report_id, k,
           CASE WHEN pg_temp.rnd(r.id * 8 + k, ${s} + 80, 100) < 78 THEN 'COMPETENT' WHEN pg_temp.rnd(r.id * 8 + k, ${s} + 80, 100) < 94 THEN 'BASICALLY_COMPETENT' ELSE 'NOT_COMPETENT' END AS grade
      FROM gen_report r, generate_series(1, 3 + pg_temp.rnd(r.id, ${s} + 81, 3)) k
     WHERE r.status = 'EVALUATED' AND r.votes IS NULL`);
  const reports = await client.query(`
    INSERT INTO duty_report (id, deputy_id, year, audience, form, status, title, planned_on, reported_on, venue, content,
                             votes_competent, votes_basically_competent, votes_not_competent, grade, evaluated_on, evaluation_note, version) OVERRIDING SYSTEM VALUE
    SELECT r.id, r.deputy_id, r.year, r.audience, r.form, r.status, d.name || r.year || '年度履职情况报告', r.planned_on,
           CASE WHEN r.status IN ('REPORTED', 'EVALUATED') THEN r.planned_on END,
           CASE WHEN r.audience = 'VOTERS' THEN '代表联络站' ELSE '人大常委会会议室' END,
           CASE WHEN r.status IN ('REPORTED', 'EVALUATED') THEN '一年来,本人认真履行代表职责,参加代表活动,联系人民群众,提出意见建议。' ELSE '' END,
           t.competent, t.basically, t.votes - t.competent - t.basically,
           CASE WHEN r.status = 'EVALUATED' THEN
             CASE WHEN coalesce(t.competent, g.competent) * 100 >= ${competentPercent} * coalesce(t.votes, g.total) THEN 'COMPETENT'
                  WHEN (coalesce(t.competent, g.competent) + coalesce(t.basically, g.basically)) * 100 >= ${basicallyCompetentPercent} * coalesce(t.votes, g.total) THEN 'BASICALLY_COMPETENT'
                  ELSE 'NOT_COMPETENT' END END,
           CASE WHEN r.status = 'EVALUATED' THEN r.evaluated_on END, NULL,
           CASE r.status WHEN 'PLANNED' THEN 1 WHEN 'EVALUATED' THEN 3 ELSE 2 END
      FROM gen_report r
      JOIN deputy d ON d.id = r.deputy_id
      CROSS JOIN LATERAL (
        SELECT r.votes, r.votes * r.competent_share / 100 AS competent,
               (r.votes - r.votes * r.competent_share / 100) * pg_temp.rnd(r.id, ${s} + 82, 101) / 100 AS basically
      ) t
      LEFT JOIN (
        SELECT report_id, count(*) AS total, count(*) FILTER (WHERE grade = 'COMPETENT') AS competent, count(*) FILTER (WHERE grade = 'BASICALLY_COMPETENT') AS basically
          FROM gen_report_rating GROUP BY report_id
      ) g ON g.report_id = r.id
     ORDER BY r.id`);
  await client.query(`
    INSERT INTO duty_report_rating (report_id, evaluator_name, grade, comment, version)
    SELECT report_id, '评议人' || k, grade, CASE grade WHEN 'COMPETENT' THEN '履职认真,联系群众紧密。' WHEN 'NOT_COMPETENT' THEN '履职不够积极。' END, 1
      FROM gen_report_rating ORDER BY report_id, k`);
  return reports;
}

/** Diaries of what deputies heard from people, over the twelve months before "today", tagged with one or two topics. */
async function diaries(client: pg.Client, params: GenerateParams): Promise<pg.QueryResult> {
  const s = params.seed;
  const tags = [...DIARY_TAG_SUGGESTIONS];
  return client.query(
    `
    INSERT INTO sentiment_diary (id, deputy_id, entry_date, title, content, tags, suggestion_id, created_at, updated_at, version) OVERRIDING SYSTEM VALUE
    SELECT i, 1 + pg_temp.rnd(i, ${s} + 90, ${params.deputies}), k.entry_date, '走访了解' || ($1::text[])[k.t1] || '情况',
           '走访选民,听取了群众对' || ($1::text[])[k.t1] || '方面的意见和建议,已整理记录。',
           CASE WHEN k.t2 IS NULL THEN ARRAY[($1::text[])[k.t1]] ELSE ARRAY[($1::text[])[k.t1], ($1::text[])[k.t2]] END,
           NULL, (k.entry_date + time '20:00')::timestamptz, (k.entry_date + time '20:00')::timestamptz, 1
      FROM generate_series(1, ${Math.round(params.deputies * DIARIES_PER_DEPUTY)}) i
      CROSS JOIN LATERAL (
        SELECT DATE '${params.year}-07-01' - 1 - pg_temp.rnd(i, ${s} + 91, 365) AS entry_date, 1 + pg_temp.rnd(i, ${s} + 92, ${tags.length}) AS t1,
               CASE WHEN pg_temp.rnd(i, ${s} + 93, 100) < 50 THEN 1 + (pg_temp.rnd(i, ${s} + 92, ${tags.length}) + 1 + pg_temp.rnd(i, ${s} + 94, ${tags.length - 1})) % ${tags.length} END AS t2
        OFFSET 0
      ) k`,
    [tags],
  );
}
