import type pg from 'pg';
import { ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS } from '@luzhi/shared';
import { rows, type GenerateParams, type GenerateStep } from '../generator';
import { UNITS_PER_CONGRESS, registryStep, unitId } from './registry';

/** Deputies per activity; with 3 participations per deputy a congress of n deputies holds about 3n/20 activities a year. */
export const PARTICIPANTS_PER_ACTIVITY = 20;
export const PARTICIPATIONS_PER_DEPUTY = 3;
/** Information notices (知情知政) per congress in the year, each sent to all its deputies. */
export const INFORMATION_NOTICES_PER_CONGRESS = 2;
/** activity_id * KEY + deputy_id: one hash key per participation, for up to 4,194,304 deputies. */
const KEY = 4194304;
/** The generator's "today": half the year is done. */
const today = (y: number) => `DATE '${y}-07-01'`;

/**
 * One year of activities per congress: an annual plan with a plan item per month, activities
 * (most of them under a plan item), about 20 participants each drawn from the congress's own
 * deputies, attendance by the activity's state (held activities: attended, on leave, absent;
 * coming ones: invited or confirmed), a training record for every training activity with quiz
 * results, findings of held inspections followed through their timeline, and notices (one per
 * notified activity to its participants, and information notices to every deputy) with read receipts.
 */
export const activityStep: GenerateStep = {
  name: 'activities: annual plans, activities, participants and attendance, trainings, findings, notices',
  after: [registryStep],
  async run(client: pg.Client, params: GenerateParams, progress) {
    const s = params.seed;
    const y = params.year;
    const typeNames = ACTIVITY_TYPES.map((t) => `WHEN '${t}' THEN '${ACTIVITY_TYPE_LABELS[t].zh}'`).join(' ');
    await client.query(`
      CREATE TEMP TABLE gen_activity_block AS
      SELECT c.id AS congress_id, c.first_deputy, c.deputy_count, c.first_group, c.group_count,
             greatest(1, round(c.deputy_count * ${PARTICIPATIONS_PER_DEPUTY}.0 / ${PARTICIPANTS_PER_ACTIVITY}))::int AS activity_count,
             coalesce(sum(greatest(1, round(c.deputy_count * ${PARTICIPATIONS_PER_DEPUTY}.0 / ${PARTICIPANTS_PER_ACTIVITY}))::int)
               OVER (ORDER BY c.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::int + 1 AS first_activity
        FROM gen.congress c`);
    await client.query(`
      INSERT INTO annual_plan (id, year, congress_id, title, description, version) OVERRIDING SYSTEM VALUE
      SELECT c.id, ${y}, c.id, '${y}年代表活动计划', NULL, 1 FROM gen.congress c`);
    await client.query(`
      INSERT INTO plan_item (id, plan_id, title, type, scope, month, organizer_group_id, description, version) OVERRIDING SYSTEM VALUE
      SELECT (c.id - 1) * 12 + m, c.id, m || '月代表活动', pg_temp.pick(c.id * 12 + m, ${s} + 100, $1::text[]), 'SINGLE_TOPIC', m,
             c.first_group + pg_temp.rnd(c.id * 12 + m, ${s} + 101, c.group_count), NULL, 1
        FROM gen.congress c, generate_series(1, 12) m`,
      [[...ACTIVITY_TYPES]]);
    progress('annual plans with 12 monthly plan items each');

    await client.query(`ANALYZE gen_activity_block`);

    // Activities spread over the year; those that started more than a week before "today" (1 July of
    // the year, so half the year is done) are held or cancelled, later ones planned or notified.
    const activities = await client.query(`
      INSERT INTO activity (id, title, type, scope, status, congress_id, organizer_group_id, plan_item_id, start_date, end_date, place,
                            description, notified_at, cancel_reason, version) OVERRIDING SYSTEM VALUE
      SELECT a.id, a.month || '月' || CASE a.type ${typeNames} END || '活动', a.type, 'SINGLE_TOPIC', a.status, b.congress_id,
             b.first_group + pg_temp.rnd(a.id, ${s} + 102, b.group_count),
             CASE WHEN pg_temp.rnd(a.id, ${s} + 103, 100) < 70 THEN (b.congress_id - 1) * 12 + a.month END,
             a.start_date, a.start_date + pg_temp.rnd(a.id, ${s} + 104, 2), '会议室' || (1 + pg_temp.rnd(a.id, ${s} + 105, 20)),
             NULL,
             CASE WHEN a.status <> 'PLANNED' THEN (a.start_date - 7)::timestamptz END,
             CASE WHEN a.status = 'CANCELLED' THEN '因故取消' END, 1
        FROM gen_activity_block b, generate_series(0, b.activity_count - 1) k
        CROSS JOIN LATERAL (
          SELECT b.first_activity + k AS id,
                 extract(month FROM DATE '${y}-01-01' + pg_temp.rnd(b.first_activity + k, ${s} + 106, 365))::int AS month,
                 DATE '${y}-01-01' + pg_temp.rnd(b.first_activity + k, ${s} + 106, 365) AS start_date,
                 pg_temp.pick(b.first_activity + k, ${s} + 107, ARRAY['INSPECTION','SURVEY','FORUM','TRAINING','INSPECTION','SURVEY','LAW_ENFORCEMENT_CHECK','VOTER_RECEPTION']) AS type,
                 CASE WHEN DATE '${y}-01-01' + pg_temp.rnd(b.first_activity + k, ${s} + 106, 365) < DATE '${y}-07-01'
                      THEN CASE WHEN pg_temp.rnd(b.first_activity + k, ${s} + 108, 100) < 95 THEN 'COMPLETED' ELSE 'CANCELLED' END
                      WHEN DATE '${y}-01-01' + pg_temp.rnd(b.first_activity + k, ${s} + 106, 365) < DATE '${y}-08-01' THEN 'NOTIFIED'
                      ELSE 'PLANNED' END AS status
        ) a
       ORDER BY a.id`);
    progress(`${rows(activities)} activities`);
    // Later statements join what was just written: the planner needs its statistics.
    await client.query(`ANALYZE activity`);

    // Participants: a run of consecutive deputies of the congress from a random start, so no deputy
    // is invited twice to one activity (UQ_activity_participant_activity_deputy).
    const participants = await client.query(`
      INSERT INTO activity_participant (activity_id, deputy_id, status, invited_via, leave_reason, responded_at, signed_in_at, version)
      SELECT a.id, b.first_deputy + (pg_temp.rnd(a.id, ${s} + 110, b.deputy_count) + j) % b.deputy_count, p.status, 'GROUP',
             CASE WHEN p.status = 'ON_LEAVE' THEN '工作冲突' END,
             CASE WHEN p.status <> 'INVITED' THEN (a.start_date - 3)::timestamptz END,
             CASE WHEN p.status = 'ATTENDED' THEN (a.start_date + time '09:00')::timestamptz END, 1
        FROM activity a
        JOIN gen_activity_block b ON b.congress_id = a.congress_id
        CROSS JOIN LATERAL generate_series(0, least(b.deputy_count, ${PARTICIPANTS_PER_ACTIVITY}) - 1) j
        CROSS JOIN LATERAL (
          SELECT CASE a.status
                   WHEN 'COMPLETED' THEN CASE WHEN pg_temp.rnd(a.id * 64 + j, ${s} + 111, 100) < 80 THEN 'ATTENDED'
                                              WHEN pg_temp.rnd(a.id * 64 + j, ${s} + 111, 100) < 92 THEN 'ON_LEAVE' ELSE 'ABSENT' END
                   WHEN 'NOTIFIED' THEN CASE WHEN pg_temp.rnd(a.id * 64 + j, ${s} + 111, 100) < 60 THEN 'CONFIRMED' ELSE 'INVITED' END
                   ELSE 'INVITED' END AS status
        ) p`);
    progress(`${rows(participants)} participations with attendance`);
    await client.query(`ANALYZE activity_participant`);

    // Six trainings in ten end with a knowledge quiz, scored out of 100 for those who attended.
    await client.query(`
      INSERT INTO training (activity_id, mode, hours, materials, quiz_title, quiz_max_score, version)
      SELECT a.id, pg_temp.pick(a.id, ${s} + 112, ARRAY['CONCENTRATED','MEETING_BASED','ONLINE']), 2 + pg_temp.rnd(a.id, ${s} + 113, 14), '《宪法》《代表法》履职培训讲义',
             CASE WHEN q.quiz THEN '履职知识测试' END, CASE WHEN q.quiz THEN 100 END, 1
        FROM activity a CROSS JOIN LATERAL (SELECT pg_temp.rnd(a.id, ${s} + 114, 100) < 60 AS quiz) q
       WHERE a.type = 'TRAINING'
       ORDER BY a.id`);
    await client.query(`ANALYZE training`);
    const quiz = await client.query(`
      INSERT INTO quiz_result (training_id, deputy_id, score, version)
      SELECT t.id, p.deputy_id, (600 + pg_temp.rnd(p.activity_id::bigint * ${KEY} + p.deputy_id, ${s} + 115, 401)) / 10.0, 1
        FROM training t
        JOIN activity a ON a.id = t.activity_id AND a.status = 'COMPLETED'
        JOIN activity_participant p ON p.activity_id = t.activity_id AND p.status = 'ATTENDED'
       WHERE t.quiz_max_score IS NOT NULL
       ORDER BY t.id, p.deputy_id`);
    progress(`trainings, ${rows(quiz)} quiz results`);
    progress(`${rows(await findings(client, params))} findings with their timelines`);
    progress(`${rows(await notices(client, params))} notice receipts`);
  },
};

/**
 * A finding is raised by a deputy who attended a held inspection, survey or law-enforcement check
 * (about one per activity), given to a handling unit of the congress with a deadline, and moved
 * along FINDING_MACHINE; its timeline has one entry per step, as finding.service.ts writes them.
 * Open findings whose deadline has passed are the overdue ones.
 */
async function findings(client: pg.Client, params: GenerateParams): Promise<pg.QueryResult> {
  const s = params.seed;
  const now = today(params.year);
  // The status drawn is held back by the finding's age, so that nothing is dated after "today": a
  // finding is investigated after 3 days, rectified after 10, resolved after 40 (60 after a failed
  // check) and closed unresolved after 60. A unit and a deadline are required to start rectifying
  // (reached >= 3); most findings get them when recorded.
  await client.query(`
    CREATE TEMP TABLE gen_finding AS
    SELECT f.id, f.activity_id, f.deputy_id, f.found_on, f.age, f.handler, f.key, r.reached,
           CASE WHEN t.target = 5 THEN 'CLOSED_UNRESOLVED' ELSE (ARRAY['OPEN','INVESTIGATING','RECTIFYING','RESOLVED'])[t.target] END AS status,
           r.reached >= 3 OR pg_temp.rnd(f.key, ${s} + 123, 100) < 70 AS assigned,
           t.target = 4 AND f.age > 60 AND pg_temp.rnd(f.key, ${s} + 124, 100) < 20 AS failed_check
      FROM (
        SELECT row_number() OVER (ORDER BY p.activity_id, p.deputy_id)::int AS id, p.activity_id, p.deputy_id, a.end_date AS found_on,
               ${now} - a.end_date AS age, c.handler, k.key
          FROM activity a
          JOIN gen.congress c ON c.id = a.congress_id
          JOIN activity_participant p ON p.activity_id = a.id AND p.status = 'ATTENDED'
          CROSS JOIN LATERAL (SELECT p.activity_id::bigint * ${KEY} + p.deputy_id AS key OFFSET 0) k
         WHERE a.status = 'COMPLETED' AND a.type IN ('INSPECTION', 'SURVEY', 'LAW_ENFORCEMENT_CHECK')
           AND pg_temp.rnd(k.key, ${s} + 120, 100) < 7
      ) f
      -- drawn: 1 OPEN, 2 INVESTIGATING, 3 RECTIFYING, 4 RESOLVED, 5 CLOSED_UNRESOLVED; closed_from: the state it was closed in.
      CROSS JOIN LATERAL (SELECT (ARRAY[1, 2, 3, 3, 4, 4, 4, 4, 5, 5])[1 + pg_temp.rnd(f.key, ${s} + 121, 10)] AS drawn,
                                 (ARRAY[1, 2, 3, 3])[1 + pg_temp.rnd(f.key, ${s} + 122, 4)] AS closed_from) d
      CROSS JOIN LATERAL (
        SELECT CASE WHEN d.drawn = 5 AND f.age > 60 THEN 5
                    WHEN d.drawn = 4 AND f.age > 40 THEN 4
                    ELSE least(CASE WHEN d.drawn = 5 THEN d.closed_from ELSE d.drawn END, CASE WHEN f.age > 10 THEN 3 WHEN f.age > 3 THEN 2 ELSE 1 END) END AS target
      ) t
      CROSS JOIN LATERAL (SELECT CASE WHEN t.target = 5 THEN d.closed_from ELSE t.target END AS reached) r`);
  await client.query(`ANALYZE gen_finding`);
  // Timeline, in days after the activity: recorded, investigated (+3), rectifying (+10), progress (+20),
  // the unit's claim (+35), a failed check (+40) and a second claim (+55), the passed check (+40, or
  // +60 after a failed one), or closure (+60).
  await client.query(`
    CREATE TEMP TABLE gen_finding_step AS
    SELECT g.id AS finding_id, e.n, e.kind, e.from_status, e.to_status, e.note, (g.found_on + e.days + time '17:00')::timestamptz AS at
      FROM gen_finding g
      CROSS JOIN LATERAL (VALUES
        (1, 'CREATED', NULL, 'OPEN', '', 0, true),
        (2, 'STATUS_CHANGE', 'OPEN', 'INVESTIGATING', '', 3, g.reached >= 2),
        (3, 'STATUS_CHANGE', 'INVESTIGATING', 'RECTIFYING', '', 10, g.reached >= 3),
        (4, 'PROGRESS', NULL, NULL, '整改工作正在推进。', 20, g.reached >= 3 AND g.age > 20),
        (5, 'RECTIFICATION_CLAIM', NULL, NULL, '已按要求完成整改。', 35, g.status = 'RESOLVED' OR (g.status = 'RECTIFYING' AND g.age > 35 AND pg_temp.rnd(g.key, ${s} + 125, 100) < 40)),
        (6, 'VERIFICATION_FAILED', NULL, NULL, '经核实,整改尚未到位。', 40, g.failed_check),
        (7, 'RECTIFICATION_CLAIM', NULL, NULL, '已再次完成整改。', 55, g.failed_check),
        (8, 'VERIFICATION_PASSED', 'RECTIFYING', 'RESOLVED', '经核实,问题已解决。', CASE WHEN g.failed_check THEN 60 ELSE 40 END, g.status = 'RESOLVED'),
        (9, 'STATUS_CHANGE', (ARRAY['OPEN','INVESTIGATING','RECTIFYING'])[g.reached], 'CLOSED_UNRESOLVED', '因客观条件限制,暂无法解决。', 60, g.status = 'CLOSED_UNRESOLVED')
      ) AS e(n, kind, from_status, to_status, note, days, happened)
     WHERE e.happened`);
  const found = await client.query(`
    INSERT INTO finding (id, activity_id, stop_id, title, description, responsible_organization_id, deadline, status, close_reason,
                         raised_by_deputy_id, resolved_at, suggestion_id, created_at, updated_at, version) OVERRIDING SYSTEM VALUE
    SELECT g.id, g.activity_id, NULL, '关于' || t.topic || '的问题', '活动中发现' || t.topic || ',群众反映较多,需要责任单位整改。',
           CASE WHEN g.assigned THEN ${unitId('g.handler', `pg_temp.rnd(g.key, ${s} + 126, ${UNITS_PER_CONGRESS})`)} END,
           CASE WHEN g.assigned THEN g.found_on + 30 + pg_temp.rnd(g.key, ${s} + 127, 120) END,
           g.status, CASE WHEN g.status = 'CLOSED_UNRESOLVED' THEN '因客观条件限制,暂无法解决。' END,
           g.deputy_id, CASE WHEN g.status = 'RESOLVED' THEN st.last_at END, NULL, st.first_at, st.last_at, st.steps
      FROM gen_finding g
      JOIN (SELECT finding_id, min(at) AS first_at, max(at) AS last_at, count(*)::int AS steps FROM gen_finding_step GROUP BY finding_id) st ON st.finding_id = g.id
      CROSS JOIN LATERAL (SELECT pg_temp.pick(g.key, ${s} + 128, ARRAY['道路破损','河道污染','校舍老旧','医疗设施不足','农田水利失修','噪音扰民','消防通道堵塞','食品安全隐患']) AS topic) t
     ORDER BY g.id`);
  await client.query(`
    INSERT INTO finding_update (finding_id, kind, from_status, to_status, note, author_user_id, author_organization_id, created_at)
    SELECT e.finding_id, e.kind, e.from_status, e.to_status, e.note, NULL, CASE WHEN e.kind IN ('PROGRESS', 'RECTIFICATION_CLAIM') THEN f.responsible_organization_id END, e.at
      FROM gen_finding_step e JOIN finding f ON f.id = e.finding_id
     ORDER BY e.finding_id, e.n`);
  return found;
}

/**
 * Every notified activity's notice goes to its participants; each congress also sends
 * INFORMATION_NOTICES_PER_CONGRESS information notices to all the deputies of its term. Most are
 * read within three days; the rest (and notices sent after "today") are still unread.
 */
async function notices(client: pg.Client, params: GenerateParams): Promise<pg.QueryResult> {
  const s = params.seed;
  const y = params.year;
  const { rows: [{ last }] } = await client.query(`SELECT coalesce(max(id), 0)::int AS last FROM activity`);
  await client.query(`
    CREATE TEMP TABLE gen_information_notice AS
    SELECT ${last} + (c.id - 1) * ${INFORMATION_NOTICES_PER_CONGRESS} + k + 1 AS id, c.id AS congress_id,
           (ARRAY['政府工作报告','财政预算执行情况','国民经济和社会发展计划','法治政府建设情况'])[1 + k % 4] AS topic,
           (DATE '${y}-01-15' + k * 60 + time '09:00')::timestamptz AS sent
      FROM gen.congress c, generate_series(0, ${INFORMATION_NOTICES_PER_CONGRESS - 1}) k`);
  await client.query(`
    INSERT INTO notice (id, kind, title, body, activity_id, sent_at, sent_by_user_id, created_at, updated_at, version) OVERRIDING SYSTEM VALUE
    SELECT a.id, 'ACTIVITY', left('关于' || a.title || '的通知', 200), '请于' || a.start_date || '到' || a.place || '参加' || a.title || '。', a.id, a.notified_at, NULL::int, a.notified_at, a.notified_at, 1
      FROM activity a WHERE a.notified_at IS NOT NULL
    UNION ALL
    SELECT n.id, 'INFORMATION', '知情知政:' || n.topic, '现将' || n.topic || '印发给各位代表,请阅知。', NULL::int, n.sent, NULL::int, n.sent, n.sent, 1
      FROM gen_information_notice n
     ORDER BY 1`);
  const toParticipants = await client.query(`
    INSERT INTO notice_recipient (notice_id, deputy_id, read_at, version)
    SELECT p.activity_id, p.deputy_id,
           CASE WHEN a.notified_at < ${today(y)} AND pg_temp.rnd(p.activity_id::bigint * ${KEY} + p.deputy_id, ${s} + 130, 100) < 85
                THEN a.notified_at + (1 + pg_temp.rnd(p.activity_id::bigint * ${KEY} + p.deputy_id, ${s} + 131, 72)) * interval '1 hour' END, 1
      FROM activity a JOIN activity_participant p ON p.activity_id = a.id
     WHERE a.notified_at IS NOT NULL`);
  const toAll = await client.query(`
    INSERT INTO notice_recipient (notice_id, deputy_id, read_at, version)
    SELECT n.id, m.deputy_id,
           CASE WHEN pg_temp.rnd(n.id::bigint * ${KEY} + m.deputy_id, ${s} + 132, 100) < 70
                THEN n.sent + (1 + pg_temp.rnd(n.id::bigint * ${KEY} + m.deputy_id, ${s} + 133, 72)) * interval '1 hour' END, 1
      FROM gen_information_notice n JOIN mandate m ON m.term_id = n.congress_id`);
  return { ...toAll, rowCount: (toParticipants.rowCount ?? 0) + (toAll.rowCount ?? 0) };
}
