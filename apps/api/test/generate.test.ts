import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { birthDateFromIdNumber, genderFromIdNumber, gradeVotes, isValidIdNumber, type DutyReportGrade } from '@luzhi/shared';
import { generate } from '../src/generate/index';
import { DEFAULT_SUGGESTIONS_PER_DEPUTY, dropSecondaryIndexes, prepareSession } from '../src/generate/generator';

/**
 * The national-size generator at a small size: every domain's tables are filled, the state
 * machines' invariants hold for every generated row, nothing the loading skipped (foreign keys,
 * dropped indexes) is missing afterwards, and the same seed gives the same data.
 */
const server = inject('pgServerUrl');
const template = inject('pgTemplate');
const params = { deputies: 2000, seed: 7, year: 2026 };
const TODAY = '2026-07-01';
let db: pg.Client;
let firstUrl = '';

function urlFor(database: string): string {
  const u = new URL(server);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withClient<T>(url: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

/** Tables the generator fills; each must come out non-empty. */
const FILLED = [
  'division', 'congress', 'term', 'congress_session', 'organization', 'deputy', 'deputy_group', 'mandate', 'group_membership',
  'annual_plan', 'plan_item', 'activity', 'activity_participant', 'training', 'quiz_result', 'finding', 'finding_update', 'notice', 'notice_recipient',
  'suggestion', 'suggestion_co_signer', 'suggestion_assignment', 'suggestion_reply', 'suggestion_feedback', 'suggestion_event',
  'session_attendance', 'voter_contact', 'voter_opinion', 'duty_report', 'duty_report_rating', 'sentiment_diary',
];

/** Every filled table's rows (timestamps that default to now() left out), hashed. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  return withClient(url, async (c) => {
    const out: Record<string, string> = {};
    for (const table of FILLED) {
      const { rows } = await c.query(`SELECT count(*) || ':' || md5(string_agg(r, '|' ORDER BY r)) AS f FROM (SELECT (to_jsonb(t) - 'created_at' - 'updated_at')::text AS r FROM "${table}" t) x`);
      out[table] = rows[0].f as string;
    }
    return out;
  });
}

async function indexes(url: string): Promise<string[]> {
  return withClient(url, async (c) => {
    const { rows } = await c.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`);
    return rows.map((r) => r.indexdef as string);
  });
}

beforeAll(async () => {
  firstUrl = await generate(server, 'luzhi_gen_test_a', params, () => undefined);
  db = new pg.Client({ connectionString: firstUrl });
  await db.connect();
}, 180_000);
afterAll(async () => {
  await db?.end();
});

describe('db:generate', () => {
  it('fills every domain, at the per-deputy rates', async () => {
    expect(DEFAULT_SUGGESTIONS_PER_DEPUTY).toBe(3);
    const counts: Record<string, number> = {};
    for (const table of FILLED) counts[table] = (await db.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n;
    expect(Object.entries(counts).filter(([, n]) => n === 0).map(([t]) => t)).toEqual([]);
    expect(counts.deputy).toBe(2000);
    expect(counts.suggestion).toBe(2000 * DEFAULT_SUGGESTIONS_PER_DEPUTY);
    expect(counts.activity_participant).toBeGreaterThan(2000 * 2.5);
    expect(counts.voter_contact).toBe(4000);
    expect(counts.sentiment_diary).toBe(2000);
  });

  it('breaks no foreign key, although the load skipped their checks', async () => {
    const { rows: fks } = await db.query(`
      SELECT k.conname, k.conrelid::regclass::text AS child, k.confrelid::regclass::text AS parent,
             (SELECT array_agg(a.attname::text ORDER BY x.n) FROM unnest(k.conkey) WITH ORDINALITY x(att, n) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = x.att) AS cols,
             (SELECT array_agg(a.attname::text ORDER BY x.n) FROM unnest(k.confkey) WITH ORDINALITY x(att, n) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = x.att) AS refs
        FROM pg_constraint k WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace`);
    expect(fks.length).toBeGreaterThan(50);
    const broken: string[] = [];
    for (const fk of fks) {
      const cols = fk.cols as string[];
      const refs = fk.refs as string[];
      const { rows } = await db.query(`
        SELECT count(*)::int AS n FROM ${fk.child} c
         WHERE ${cols.map((col) => `c."${col}" IS NOT NULL`).join(' AND ')}
           AND NOT EXISTS (SELECT 1 FROM ${fk.parent} p WHERE ${cols.map((col, i) => `p."${refs[i]}" = c."${col}"`).join(' AND ')})`);
      if (rows[0].n) broken.push(`${fk.conname}: ${rows[0].n}`);
    }
    expect(broken).toEqual([]);
  });

  it('recreates every index it dropped for the load', async () => {
    expect(await indexes(firstUrl)).toEqual(await indexes(urlFor(template)));
  });

  it('leaves every suggestion as its state machine would', async () => {
    const { rows: [bad] } = await db.query(`
      SELECT
        (SELECT count(*) FROM suggestion WHERE status = 'DRAFT')::int AS drafts,
        (SELECT count(*) FROM suggestion s WHERE s.status = 'CLOSED' AND (s.closed_at IS NULL
           OR NOT EXISTS (SELECT 1 FROM suggestion_reply r WHERE r.suggestion_id = s.id AND r.round = s.current_round)
           OR NOT EXISTS (SELECT 1 FROM suggestion_feedback f WHERE f.suggestion_id = s.id AND f.round = s.current_round AND f.verdict <> 'UNSATISFIED')))::int AS closed,
        (SELECT count(*) FROM suggestion s WHERE s.status = 'REHANDLING' AND (s.current_round <> 2
           OR NOT EXISTS (SELECT 1 FROM suggestion_feedback f WHERE f.suggestion_id = s.id AND f.round = 1 AND f.verdict = 'UNSATISFIED')))::int AS rehandling,
        (SELECT count(*) FROM suggestion s WHERE s.status IN ('ASSIGNED','HANDLING','REPLIED','RATED','REHANDLING','FOLLOWING_UP','CLOSED')
           AND NOT EXISTS (SELECT 1 FROM suggestion_assignment a WHERE a.suggestion_id = s.id AND a.role = 'LEAD' AND a.status = 'ACTIVE' AND a.organization_id = s.lead_organization_id))::int AS unassigned,
        (SELECT count(*) FROM suggestion s WHERE s.status IN ('SUBMITTED','REGISTERED','ASSIGNED','HANDLING')
           AND EXISTS (SELECT 1 FROM suggestion_reply r WHERE r.suggestion_id = s.id))::int AS early_replies,
        (SELECT count(*) FROM suggestion s WHERE s.status <> 'SUBMITTED' AND s.registration_number IS NULL)::int AS unregistered,
        (SELECT count(*) FROM suggestion s WHERE NOT EXISTS (SELECT 1 FROM suggestion_event e WHERE e.suggestion_id = s.id AND e.to_status = s.status))::int AS no_event,
        (SELECT count(*) FROM organization o JOIN suggestion s ON s.lead_organization_id = o.id WHERE NOT o.handles_suggestions)::int AS not_a_unit`);
    expect(bad).toEqual({ drafts: 0, closed: 0, rehandling: 0, unassigned: 0, early_replies: 0, unregistered: 0, no_event: 0, not_a_unit: 0 });
    const { rows } = await db.query(`SELECT DISTINCT status FROM suggestion ORDER BY 1`);
    expect(rows.map((r) => r.status)).toEqual(['ASSIGNED', 'CLOSED', 'FOLLOWING_UP', 'HANDLING', 'RATED', 'REGISTERED', 'REHANDLING', 'REPLIED', 'SUBMITTED']);
    const { rows: late } = await db.query(`SELECT bool_or(replied_on > due_date) AS late, bool_or(replied_on <= due_date) AS on_time FROM suggestion_reply`);
    expect(late[0]).toEqual({ late: true, on_time: true });
  });

  it('follows each finding through FINDING_MACHINE, with a timeline that ends in its status and some overdue', async () => {
    const { rows: [bad] } = await db.query(`
      WITH last AS (
        SELECT DISTINCT ON (finding_id) finding_id, to_status FROM finding_update WHERE to_status IS NOT NULL ORDER BY finding_id, created_at DESC, id DESC
      )
      SELECT
        (SELECT count(*) FROM finding f LEFT JOIN last l ON l.finding_id = f.id WHERE l.to_status IS DISTINCT FROM f.status)::int AS timeline_disagrees,
        (SELECT count(*) FROM finding f WHERE NOT EXISTS (SELECT 1 FROM finding_update u WHERE u.finding_id = f.id AND u.kind = 'CREATED'))::int AS not_created,
        (SELECT count(*) FROM finding f WHERE f.status IN ('RECTIFYING', 'RESOLVED') AND (f.responsible_organization_id IS NULL OR f.deadline IS NULL))::int AS rectifying_unassigned,
        (SELECT count(*) FROM finding f WHERE (f.status = 'RESOLVED') <> (f.resolved_at IS NOT NULL))::int AS resolved_at,
        (SELECT count(*) FROM finding f WHERE (f.status = 'CLOSED_UNRESOLVED') <> (f.close_reason IS NOT NULL))::int AS close_reason,
        (SELECT count(*) FROM finding_update u WHERE u.kind = 'RECTIFICATION_CLAIM' AND NOT EXISTS (
           SELECT 1 FROM finding_update r WHERE r.finding_id = u.finding_id AND r.to_status = 'RECTIFYING' AND r.created_at < u.created_at))::int AS early_claims,
        (SELECT count(*) FROM finding f JOIN activity a ON a.id = f.activity_id WHERE a.status <> 'COMPLETED'
           OR NOT EXISTS (SELECT 1 FROM activity_participant p WHERE p.activity_id = a.id AND p.deputy_id = f.raised_by_deputy_id AND p.status = 'ATTENDED'))::int AS not_raised_there,
        (SELECT count(*) FROM finding_update u WHERE u.created_at >= DATE '${TODAY}' + 1)::int AS after_today,
        (SELECT count(*) FROM finding f JOIN organization o ON o.id = f.responsible_organization_id WHERE NOT o.handles_suggestions)::int AS not_a_unit`);
    expect(bad).toEqual({ timeline_disagrees: 0, not_created: 0, rectifying_unassigned: 0, resolved_at: 0, close_reason: 0, early_claims: 0, not_raised_there: 0, after_today: 0, not_a_unit: 0 });
    const { rows } = await db.query(`SELECT DISTINCT status FROM finding ORDER BY 1`);
    expect(rows.map((r) => r.status)).toEqual(['CLOSED_UNRESOLVED', 'INVESTIGATING', 'OPEN', 'RECTIFYING', 'RESOLVED']);
    const { rows: [overdue] } = await db.query(`
      SELECT count(*) FILTER (WHERE deadline < DATE '${TODAY}')::int AS overdue, count(*) FILTER (WHERE deadline >= DATE '${TODAY}')::int AS in_time
        FROM finding WHERE status IN ('OPEN', 'INVESTIGATING', 'RECTIFYING')`);
    expect(overdue.overdue).toBeGreaterThan(0);
    expect(overdue.in_time).toBeGreaterThan(0);
    const { rows: [failed] } = await db.query(`SELECT count(*)::int AS n FROM finding_update WHERE kind = 'VERIFICATION_FAILED'`);
    expect(failed.n).toBeGreaterThan(0);
  });

  it('sends notices to the right deputies, some read and some not, and scores quizzes only for those who attended', async () => {
    const { rows: [bad] } = await db.query(`
      SELECT
        (SELECT count(*) FROM notice_recipient r JOIN notice n ON n.id = r.notice_id
          WHERE n.kind = 'ACTIVITY' AND NOT EXISTS (SELECT 1 FROM activity_participant p WHERE p.activity_id = n.activity_id AND p.deputy_id = r.deputy_id))::int AS not_invited,
        (SELECT count(*) FROM notice n JOIN activity a ON a.id = n.activity_id WHERE a.notified_at IS NULL)::int AS unnotified,
        (SELECT count(*) FROM notice_recipient r JOIN notice n ON n.id = r.notice_id WHERE r.read_at < n.sent_at)::int AS read_before_sent,
        (SELECT count(*) FROM notice n WHERE NOT EXISTS (SELECT 1 FROM notice_recipient r WHERE r.notice_id = n.id))::int AS unsent,
        (SELECT count(*) FROM quiz_result q JOIN training t ON t.id = q.training_id WHERE t.quiz_max_score IS NULL OR q.score > t.quiz_max_score OR q.score < 0
           OR NOT EXISTS (SELECT 1 FROM activity_participant p WHERE p.activity_id = t.activity_id AND p.deputy_id = q.deputy_id AND p.status = 'ATTENDED'))::int AS bad_scores`);
    expect(bad).toEqual({ not_invited: 0, unnotified: 0, read_before_sent: 0, unsent: 0, bad_scores: 0 });
    const { rows: [receipts] } = await db.query(`SELECT count(read_at)::int AS read, (count(*) - count(read_at))::int AS unread, count(DISTINCT n.kind)::int AS kinds FROM notice_recipient r JOIN notice n ON n.id = r.notice_id`);
    expect(receipts.read).toBeGreaterThan(0);
    expect(receipts.unread).toBeGreaterThan(0);
    expect(receipts.kinds).toBe(2);
  });

  it('grades each evaluated duty report as gradeVotes would, by the tally or by the ratings', async () => {
    const { rows: reports } = await db.query(`
      SELECT r.id, r.status, r.audience, r.planned_on::text AS planned_on, r.reported_on, r.evaluated_on, r.grade,
             r.votes_competent AS c, r.votes_basically_competent AS b, r.votes_not_competent AS n,
             count(x.id)::int AS ratings, count(x.id) FILTER (WHERE x.grade = 'COMPETENT')::int AS rc,
             count(x.id) FILTER (WHERE x.grade = 'BASICALLY_COMPETENT')::int AS rb, count(x.id) FILTER (WHERE x.grade = 'NOT_COMPETENT')::int AS rn
        FROM duty_report r LEFT JOIN duty_report_rating x ON x.report_id = r.id GROUP BY r.id ORDER BY r.id`);
    const problems: string[] = [];
    const byVotes = { votes: 0, ratings: 0 };
    for (const r of reports) {
      if ((r.status === 'PLANNED') !== (r.planned_on >= TODAY)) problems.push(`${r.id}: ${r.status} planned on ${r.planned_on}`);
      if ((r.reported_on !== null) !== ['REPORTED', 'EVALUATED'].includes(r.status)) problems.push(`${r.id}: ${r.status} reported_on`);
      if (r.status !== 'EVALUATED') {
        if (r.grade !== null || r.evaluated_on !== null || r.c !== null || r.ratings > 0) problems.push(`${r.id}: ${r.status} with an evaluation`);
        continue;
      }
      const tally = r.c !== null ? { competent: r.c, basicallyCompetent: r.b, notCompetent: r.n } : { competent: r.rc, basicallyCompetent: r.rb, notCompetent: r.rn };
      if ((r.c !== null) === r.ratings > 0) problems.push(`${r.id}: both or neither of votes and ratings`);
      if (r.audience === 'VOTERS' && r.c === null) problems.push(`${r.id}: voters' report without votes`);
      if (gradeVotes(tally) !== (r.grade as DutyReportGrade)) problems.push(`${r.id}: ${r.grade} for ${JSON.stringify(tally)}`);
      byVotes[r.c !== null ? 'votes' : 'ratings']++;
    }
    expect(problems).toEqual([]);
    expect(byVotes.votes).toBeGreaterThan(0);
    expect(byVotes.ratings).toBeGreaterThan(0);
    expect(new Set(reports.map((r) => r.grade).filter(Boolean))).toEqual(new Set(['COMPETENT', 'BASICALLY_COMPETENT', 'NOT_COMPETENT']));
  });

  it('writes valid ID numbers that agree with the birth date and gender, and tidy diaries', async () => {
    const { rows } = await db.query(`SELECT id_number, gender, birth_date::text AS birth FROM deputy`);
    const wrong = rows.filter((d) => !isValidIdNumber(d.id_number) || genderFromIdNumber(d.id_number) !== d.gender || birthDateFromIdNumber(d.id_number) !== d.birth);
    expect(wrong).toEqual([]);
    const { rows: [diaries] } = await db.query(`
      SELECT count(*) FILTER (WHERE cardinality(tags) = 0 OR cardinality(tags) <> (SELECT count(DISTINCT t) FROM unnest(tags) t))::int AS bad_tags,
             count(*) FILTER (WHERE entry_date >= DATE '${TODAY}')::int AS future FROM sentiment_diary`);
    expect(diaries).toEqual({ bad_tags: 0, future: 0 });
  });

  it('gives the same data for the same seed, however many connections load it', async () => {
    const again = await generate(server, 'luzhi_gen_test_b', { ...params, connections: 1 }, () => undefined);
    expect(await fingerprint(again)).toEqual(await fingerprint(firstUrl));
  }, 180_000);
});

describe('the loading session', () => {
  const scratch = 'luzhi_gen_test_session';
  beforeAll(async () => {
    await withClient(server, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${scratch} TEMPLATE ${template}`);
    });
  });

  it('drops the secondary indexes for the load, keeping only those whose definition would not come back the same', async () => {
    await withClient(urlFor(scratch), async (c) => {
      const secondary = `SELECT count(*)::int AS n FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
        WHERE t.relnamespace = 'public'::regnamespace AND NOT i.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`;
      const before = (await c.query(secondary)).rows[0].n as number;
      await c.query('BEGIN');
      const dropped = await dropSecondaryIndexes(c);
      const after = (await c.query(secondary)).rows[0].n as number;
      await c.query('ROLLBACK');
      expect(dropped.length).toBeGreaterThan(100);
      expect(after).toBe(before - dropped.length);
      expect(after).toBeLessThan(5);
      expect(dropped.map((d) => d.name)).toContain('IDX_suggestion_content_trgm');
    });
  });

  it('fires no ordinary trigger, so summary tables are not maintained row by row', async () => {
    await withClient(urlFor(scratch), async (c) => {
      await c.query(`CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'trigger fired'; END $$`);
      await c.query(`CREATE TRIGGER refuse BEFORE INSERT ON holiday FOR EACH ROW EXECUTE FUNCTION refuse()`);
      await expect(c.query(`INSERT INTO holiday (date, name, version) VALUES ('2026-01-01', '元旦', 1)`)).rejects.toThrow('trigger fired');
      await prepareSession(c);
      await c.query(`INSERT INTO holiday (date, name, version) VALUES ('2026-01-01', '元旦', 1)`);
    });
  });

  it('fills the suggestion facts and their rollup from the loaded rows', async () => {
    const [{ n: suggestions }] = (await db.query(`SELECT count(*)::int AS n FROM suggestion WHERE status <> 'DRAFT'`)).rows;
    const [{ n: facts }] = (await db.query(`SELECT count(*)::int AS n FROM suggestion_fact`)).rows;
    const [{ n: rolled }] = (await db.query(`SELECT coalesce(sum(n), 0)::int AS n FROM (SELECT n FROM suggestion_rollup UNION ALL SELECT n FROM suggestion_rollup_delta) r`)).rows;
    expect(suggestions).toBeGreaterThan(0);
    expect([facts, rolled]).toEqual([suggestions, suggestions]);
    const [{ n: replied }] = (await db.query(`SELECT count(DISTINCT suggestion_id)::int AS n FROM suggestion_reply`)).rows;
    expect((await db.query(`SELECT count(*)::int AS n FROM suggestion_fact WHERE replies > 0`)).rows[0].n).toBe(replied);
  });

  it('fills the deputy composition rollups from the loaded rows', async () => {
    const counted = (keys: string) => `SELECT ${keys}, count(*)::int AS n FROM mandate m JOIN deputy d ON d.id = m.deputy_id JOIN term t ON t.id = m.term_id
      JOIN congress c ON c.id = t.congress_id WHERE m.end_date IS NULL GROUP BY ${keys} ORDER BY ${keys}`;
    const rolled = (table: string, keys: string) => `SELECT ${keys}, sum(n)::int AS n FROM (SELECT ${keys}, n FROM ${table}_rollup UNION ALL SELECT ${keys}, n FROM ${table}_delta) r
      GROUP BY ${keys} HAVING sum(n) <> 0 ORDER BY ${keys}`;
    const main = (await db.query(rolled('deputy_composition', 'level, gender, party, ethnicity, education, occupation_category'))).rows;
    expect(main.length).toBeGreaterThan(0);
    expect(main).toEqual((await db.query(counted('c.level, d.gender, d.party, d.ethnicity, d.education, d.occupation_category'))).rows);
    expect((await db.query(rolled('deputy_composition_birth', 'level, birth_date'))).rows).toEqual((await db.query(counted('c.level, d.birth_date'))).rows);
  });
});
