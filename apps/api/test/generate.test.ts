import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { generate } from '../src/generate/index';

/**
 * The national-size generator at a small size: the state machine's invariants hold for every
 * generated suggestion, volumes follow the per-deputy rates, and the same seed gives the same data.
 */
const server = inject('pgServerUrl');
const params = { deputies: 2000, seed: 7, year: 2026, suggestionsPerDeputy: 0.6 };
let db: pg.Client;
let firstUrl = '';

async function fingerprint(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query(`SELECT md5(string_agg(id || status || coalesce(lead_organization_id, 0) || coalesce(closed_at::text, ''), ',' ORDER BY id)) AS f FROM suggestion`);
  await c.end();
  return rows[0].f as string;
}

beforeAll(async () => {
  firstUrl = await generate(server, 'luzhi_gen_test_a', params, () => undefined);
  db = new pg.Client({ connectionString: firstUrl });
  await db.connect();
}, 120_000);
afterAll(async () => {
  await db?.end();
});

describe('db:generate', () => {
  it('writes suggestions, participations and voter contacts at the per-deputy rates', async () => {
    const { rows: [c] } = await db.query(`SELECT (SELECT count(*) FROM suggestion)::int AS s, (SELECT count(*) FROM activity_participant)::int AS p, (SELECT count(*) FROM voter_contact)::int AS v`);
    expect(c.s).toBe(1200);
    expect(c.p).toBeGreaterThan(2000 * 2.5);
    expect(c.v).toBe(4000);
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

  it('gives the same data for the same seed', async () => {
    const again = await generate(server, 'luzhi_gen_test_b', params, () => undefined);
    expect(await fingerprint(again)).toBe(await fingerprint(firstUrl));
  }, 120_000);
});
