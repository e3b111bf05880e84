import type pg from 'pg';
import { ACTIVITY_TYPES } from '@luzhi/shared';
import type { GenerateParams, GenerateStep } from '../generator';

/** Deputies per activity; with 3 participations per deputy a congress of n deputies holds about 3n/20 activities a year. */
export const PARTICIPANTS_PER_ACTIVITY = 20;
export const PARTICIPATIONS_PER_DEPUTY = 3;

/**
 * One year of activities per congress: an annual plan with a plan item per month, activities
 * (most of them under a plan item), about 20 participants each drawn from the congress's own
 * deputies, attendance by the activity's state (held activities: attended, on leave, absent;
 * coming ones: invited or confirmed), and a training record for every training activity.
 */
export const activityStep: GenerateStep = {
  name: 'activities: annual plans, activities, participants and attendance, trainings',
  async run(client: pg.Client, params: GenerateParams, progress) {
    const s = params.seed;
    const y = params.year;
    await client.query(`
      CREATE TEMP TABLE gen_activity_block AS
      SELECT c.id AS congress_id, c.first_deputy, c.deputy_count, c.first_group, c.group_count,
             greatest(1, round(c.deputy_count * ${PARTICIPATIONS_PER_DEPUTY}.0 / ${PARTICIPANTS_PER_ACTIVITY}))::int AS activity_count,
             coalesce(sum(greatest(1, round(c.deputy_count * ${PARTICIPATIONS_PER_DEPUTY}.0 / ${PARTICIPANTS_PER_ACTIVITY}))::int)
               OVER (ORDER BY c.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::int + 1 AS first_activity
        FROM gen_congress c`);
    await client.query(`
      INSERT INTO annual_plan (id, year, congress_id, title, description, version) OVERRIDING SYSTEM VALUE
      SELECT c.id, ${y}, c.id, '${y}年代表活动计划', NULL, 1 FROM gen_congress c`);
    await client.query(`
      INSERT INTO plan_item (id, plan_id, title, type, scope, month, organizer_group_id, description, version) OVERRIDING SYSTEM VALUE
      SELECT (c.id - 1) * 12 + m, c.id, m || '月代表活动', pg_temp.pick(c.id * 12 + m, ${s} + 100, $1::text[]), 'SINGLE_TOPIC', m,
             c.first_group + pg_temp.rnd(c.id * 12 + m, ${s} + 101, c.group_count), NULL, 1
        FROM gen_congress c, generate_series(1, 12) m`,
      [[...ACTIVITY_TYPES]]);
    progress('annual plans with 12 monthly plan items each');

    // Activities spread over the year; those that started more than a week before "today" (1 July of
    // the year, so half the year is done) are held or cancelled, later ones planned or notified.
    await client.query(`
      INSERT INTO activity (id, title, type, scope, status, congress_id, organizer_group_id, plan_item_id, start_date, end_date, place,
                            description, notified_at, cancel_reason, version) OVERRIDING SYSTEM VALUE
      SELECT a.id, a.month || '月' || a.type_zh || '活动', a.type, 'SINGLE_TOPIC', a.status, b.congress_id,
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
                 '' AS type_zh,
                 CASE WHEN DATE '${y}-01-01' + pg_temp.rnd(b.first_activity + k, ${s} + 106, 365) < DATE '${y}-07-01'
                      THEN CASE WHEN pg_temp.rnd(b.first_activity + k, ${s} + 108, 100) < 95 THEN 'COMPLETED' ELSE 'CANCELLED' END
                      WHEN DATE '${y}-01-01' + pg_temp.rnd(b.first_activity + k, ${s} + 106, 365) < DATE '${y}-08-01' THEN 'NOTIFIED'
                      ELSE 'PLANNED' END AS status
        ) a
       ORDER BY a.id`);
    const { rows: [{ n: activities }] } = await client.query(`SELECT count(*)::int AS n FROM activity`);
    progress(`${activities.toLocaleString('en')} activities`);

    // Participants: a run of consecutive deputies of the congress from a random start, so no deputy
    // is invited twice to one activity (UQ_activity_participant_activity_deputy).
    await client.query(`
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
    const { rows: [{ n: participants }] } = await client.query(`SELECT count(*)::int AS n FROM activity_participant`);
    progress(`${participants.toLocaleString('en')} participations with attendance`);

    await client.query(`
      INSERT INTO training (activity_id, mode, hours, materials, quiz_title, quiz_max_score, version)
      SELECT a.id, pg_temp.pick(a.id, ${s} + 112, ARRAY['CONCENTRATED','MEETING_BASED','ONLINE']), 2 + pg_temp.rnd(a.id, ${s} + 113, 14), '履职培训讲义', NULL, NULL, 1
        FROM activity a WHERE a.type = 'TRAINING'`);
    progress('trainings');
  },
};
