import { createHash } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';
import { VIEWER_SQL } from '../apps/api/src/modules/users/auth.service';

/**
 * The ceiling: the same answer produced by one hand-written SQL statement through `pg` and served
 * as JSON by a minimal Node HTTP server. Our API's figures are reported as a ratio of this.
 * With `?auth=1` it first checks the request's bearer token with the API's own statement (sessions
 * live in PostgreSQL, so that any number of API processes agree; the rate limit's counts are added
 * there once a second): the least any server meeting that requirement does per request. With
 * `?memory=1` it answers from memory (what HTTP and JSON alone cost, to tell the statement's share).
 * Run as its own process: `node --import tsx bench/ceiling.ts <databaseUrl> <port>`.
 */
export const CEILING_SQL: Record<string, string> = {
  // Scenario a: a page of 50 deputies of one term with group, division, current mandate, suggestions led.
  a: `SELECT (SELECT count(*) FROM deputy d WHERE EXISTS (SELECT 1 FROM mandate m WHERE m.deputy_id = d.id AND m.term_id = $1)) AS "totalCount",
             coalesce(json_agg(row_to_json(x)), '[]') AS nodes FROM (
        SELECT d.id, d.name, d.gender, d.party,
               (SELECT json_build_object('role', gm.role, 'group', json_build_object('name', g.name, 'division', json_build_object('name', dv.name)))
                  FROM group_membership gm JOIN deputy_group g ON g.id = gm.group_id LEFT JOIN division dv ON dv.id = g.division_id
                 WHERE gm.deputy_id = d.id AND gm.end_date IS NULL AND gm.term_id = $1) AS membership,
               (SELECT json_build_object('startDate', m.start_date, 'term', json_build_object('name', t.name))
                  FROM mandate m JOIN term t ON t.id = m.term_id WHERE m.deputy_id = d.id AND m.term_id = $1) AS mandate,
               __SUGGESTIONS_LED__ AS "suggestionsLed"
          FROM deputy d
         WHERE EXISTS (SELECT 1 FROM mandate m WHERE m.deputy_id = d.id AND m.term_id = $1)
         ORDER BY d.name_pinyin, d.id
         LIMIT 50) x`,
  // Scenario b: search by pinyin initials (or pinyin), first 20 by pinyin, with the total: the
  // matches from the two prefix indexes, then only the page's rows read (as a person would write
  // it; ordering the whole table by pinyin and filtering would walk the index up to the letter).
  b: `WITH matches AS (
        SELECT id, name_pinyin FROM deputy WHERE name_initials LIKE $1
        UNION ALL SELECT id, name_pinyin FROM deputy WHERE name_pinyin LIKE $1 AND name_initials NOT LIKE $1)
      SELECT (SELECT count(*) FROM matches) AS "totalCount",
             coalesce((SELECT json_agg(row_to_json(x)) FROM (
               SELECT d.id, d.name, d.gender FROM (SELECT id, name_pinyin FROM matches ORDER BY name_pinyin, id LIMIT 20) p
                 JOIN deputy d ON d.id = p.id ORDER BY p.name_pinyin, p.id) x), '[]') AS nodes`,
};

async function main() {
  const [url, port, hasSuggestions] = process.argv.slice(2);
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  const remembered = new Map<string, string>();
  const led = hasSuggestions === '1' ? `(SELECT count(*) FROM suggestion_fact f WHERE f.lead_deputy_id = d.id)` : '0';
  const server = http.createServer(async (req, res) => {
    try {
      const u = new URL(req.url!, 'http://x');
      const scenario = u.pathname.slice(1);
      const sql = CEILING_SQL[scenario]!.replace('__SUGGESTIONS_LED__', led);
      const param = scenario === 'a' ? Number(u.searchParams.get('term')) : `${u.searchParams.get('q')}%`;
      if (u.searchParams.get('auth') === '1') {
        const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
        const viewer = await pool.query({ name: 'viewer', text: VIEWER_SQL, values: [createHash('sha256').update(token).digest()] });
        if (!viewer.rows[0]) {
          res.writeHead(401);
          res.end();
          return;
        }
      }
      // `?memory=1`: the same answer from memory after the first request (HTTP and JSON only).
      const memory = u.searchParams.get('memory') === '1';
      let body = memory ? remembered.get(req.url!) : undefined;
      if (!body) {
        const { rows } = await pool.query(sql, [param]);
        body = JSON.stringify({ data: rows[0] });
        if (memory) remembered.set(req.url!, body);
      }
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (err) {
      res.writeHead(500);
      res.end(String(err));
    }
  });
  server.listen(Number(port), () => process.send?.('ready'));
  process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
}

if (process.argv[1]?.endsWith('ceiling.ts')) void main();
