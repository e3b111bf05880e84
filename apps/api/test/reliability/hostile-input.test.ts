import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../../src/schema';
import { expectNoIdleInTransaction, listTables, REQUEST_BOOKKEEPING_TABLES } from '../db-checks';
import { startTestApp, type TestApp } from '../helpers';
import { dummyValue, issueToken, rootFields, type RootField } from '../schema-walk';

/**
 * Thousands of generated requests — wrong types, huge strings, deep nesting, many aliases,
 * unknown fields, malformed JSON, Unicode edge cases — against every root field of the schema.
 * For every answer: no 5xx, no internal error, nothing of a stack or of SQL, and when the request
 * was refused, no change to any table (a trigger on every table counts committed row changes).
 */

let app: TestApp;
let roots: RootField[] = [];
let adminId = 0;
let deputyId = 0;
let leakWords: RegExp;

beforeAll(async () => {
  app = await startTestApp({ demo: true });
  roots = rootFields(await getSchema());
  adminId = (await app.userWithRole('ADMIN')).id;
  const [deputy] = await app.db.query(`SELECT id FROM app_user WHERE role = 'STAFF' ORDER BY id LIMIT 1`);
  deputyId = deputy.id;
  // Table names are what SQL in an answer would give away (snake_case: never a GraphQL name).
  const tables = (await listTables(app.db)).map((t) => t.name).filter((n) => n.includes('_'));
  leakWords = new RegExp(`\\b(${tables.join('|')})\\b`);
  // Test-only: every committed row change to any table leaves a row here.
  await app.db.query(`CREATE TABLE zz_changes (id bigint GENERATED ALWAYS AS IDENTITY, tbl text NOT NULL)`);
  await app.db.query(`CREATE FUNCTION zz_count_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO zz_changes (tbl) VALUES (TG_TABLE_NAME); RETURN NULL; END $$`);
  for (const t of await listTables(app.db)) {
    if (t.name === 'zz_changes' || REQUEST_BOOKKEEPING_TABLES.includes(t.name)) continue;
    await app.db.query(`CREATE TRIGGER zz_row_change AFTER INSERT OR UPDATE OR DELETE ON ${t.qualified} FOR EACH ROW EXECUTE FUNCTION zz_count_change()`);
    await app.db.query(`CREATE TRIGGER zz_truncate AFTER TRUNCATE ON ${t.qualified} FOR EACH STATEMENT EXECUTE FUNCTION zz_count_change()`);
  }
});

afterAll(async () => {
  if (app) await expectNoIdleInTransaction(app.db);
  await app?.close();
});

// ---- what an attacker sends -------------------------------------------------------------------

const SPECIAL_STRINGS = [
  '', ' ', '\u0000', 'a\u0000b', '\uD800', '\uDFFF', 'x\uDBFF', '\u202Ertl', '\uFEFF', '\u200B', 'e\u0301\u0301\u0301',
  '👩🏽‍💻', '𠮷', 'Ω≈ç√', '\r\n\t\\', '\\u0000', '%', '_', '\\', "'", '"', '`', "' OR '1'='1", "'); DROP TABLE users; --",
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{{7*7}}', '${7*7}', '../../etc/passwd', 'NaN', '-0', '1e309',
  '2147483648', '-2147483649', '9007199254740993', '00001', '1.5', ' 1', '0x10', '__proto__', 'constructor', 'null', 'true',
];

const hugeString = fc.constantFrom(10_000, 100_000, 300_000).chain((n) => fc.constantFrom('x', '汉', '𠮷', '\u0000', "'").map((c) => c.repeat(n)));

const nastyString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: hugeString },
);

const nastyNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 0.5, Number.MIN_VALUE),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value, nested up to a depth, with hostile leaves and keys. */
const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyString,
    nastyNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', 'version', 'role', 'password'), fc.string({ maxLength: 8 })), tie('v'), { maxKeys: 5 }),
  ),
})).v;

/** A value shaped like the type, with hostile contents; sometimes plainly of the wrong type. */
function typedValue(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const inner = getNullableType(type) as GraphQLInputType;
  let right: fc.Arbitrary<unknown>;
  if (isListType(inner)) right = fc.array(typedValue(inner.ofType as GraphQLInputType, depth + 1), { maxLength: depth > 2 ? 1 : 50 });
  else if (isEnumType(inner)) right = fc.constantFrom(...inner.getValues().map((v) => v.name));
  else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    right = depth > 3
      ? fc.constant(dummyValue(inner))
      : fc.record(Object.fromEntries(fields.map((f) => [f.name, typedValue(f.type, depth + 1)])), { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) });
  } else if (isScalarType(inner) && (inner.name === 'Int' || inner.name === 'Float')) right = nastyNumber;
  else if (isScalarType(inner) && inner.name === 'Boolean') right = fc.boolean();
  else if (isScalarType(inner) && inner.name === 'ID') right = fc.oneof(fc.nat().map(String), fc.constantFrom('0', '-1', '2147483648', '1.0', '1e3'), nastyString);
  else right = nastyString;
  const nullable = !isNonNullType(type);
  return fc.oneof(
    { weight: 8, arbitrary: right },
    { weight: 1, arbitrary: hostileValue },
    { weight: nullable ? 1 : 0, arbitrary: fc.constant(null) },
  );
}

/** Every field of the result that needs no arguments, two levels deep. */
function selection(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) || depth > 1) return ' { __typename }';
  const parts = ['__typename'];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    const sub = selection(f.type, depth + 1);
    parts.push(`${f.name}${sub}`);
  }
  return ` { ${parts.join(' ')} }`;
}

interface Request {
  label: string;
  role: 'ADMIN' | 'DEPUTY' | null;
  /** A JSON body, or raw bytes with a content type. */
  body: unknown;
  raw?: { data: string | Uint8Array; contentType: string };
  method?: 'GET' | 'POST';
  /** Which root field a refused request may still change (a failed sign-in counts the failure). */
  mayWrite?: string[];
}

const role = fc.constantFrom<'ADMIN' | 'DEPUTY' | null>('ADMIN', 'ADMIN', 'ADMIN', 'DEPUTY', null);

function fieldCall(): fc.Arbitrary<Request> {
  return fc.constantFrom(...roots).chain((root) => {
    const args = Object.fromEntries(root.field.args.map((a) => [a.name, fc.option(typedValue(a.type), { freq: isNonNullType(a.type) ? 10 : 2, nil: undefined })]));
    const extra = fc.option(fc.record({ name: fc.constantFrom('bogus', 'id', 'where', '__proto__'), value: hostileValue }), { freq: 6, nil: undefined });
    return fc.tuple(fc.record(args), extra, role, fc.boolean()).map(([values, extraArg, who, inline]): Request => {
      const defs: string[] = [];
      const uses: string[] = [];
      const variables: Record<string, unknown> = {};
      root.field.args.forEach((a, i) => {
        if (values[a.name] === undefined) return;
        defs.push(`$v${i}: ${String(a.type)}`);
        uses.push(`${a.name}: $v${i}`);
        variables[`v${i}`] = values[a.name];
      });
      // Sometimes a literal in the document instead of a variable: the parser meets the value.
      if (inline && extraArg) uses.push(`${extraArg.name}: ${JSON.stringify(JSON.stringify(extraArg.value ?? null))}`);
      else if (extraArg) variables[extraArg.name] = extraArg.value;
      const head = defs.length ? `${root.kind} Op(${defs.join(', ')})` : `${root.kind} Op`;
      const query = `${head} { ${root.name}${uses.length ? `(${uses.join(', ')})` : ''}${selection(root.field.type)} }`;
      return { label: `${root.kind} ${root.name}`, role: who, body: { query, variables }, mayWrite: root.name === 'login' ? ['login_throttle'] : [] };
    });
  });
}

const structural: fc.Arbitrary<Request> = fc.oneof(
  fc.integer({ min: 13, max: 300 }).map((n) => ({ label: 'deep nesting', body: { query: `{ __schema { ${'types { fields { type { '.repeat(Math.ceil(n / 3))}name${' } } }'.repeat(Math.ceil(n / 3))} } }` } })),
  fc.integer({ min: 21, max: 2000 }).map((n) => ({ label: 'many aliases', body: { query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }` } })),
  fc.integer({ min: 21, max: 500 }).map((n) => ({ label: 'many directives', body: { query: `{ me ${'@include(if: true) '.repeat(n)}{ id } }` } })),
  fc.integer({ min: 3001, max: 10_000 }).map((n) => ({ label: 'many tokens', body: { query: `{ me { ${'id '.repeat(n)}} }` } })),
  fc.constant({ label: 'fragment cycle', body: { query: `query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }` } }),
  fc.constant({ label: 'two anonymous operations', body: { query: `{ me { id } } { me { id } }` } }),
  fc.constant({ label: 'hidden field', body: { query: `{ me { passwordHash tokenHash } }` } }),
  fc.constant({ label: 'operationName mismatch', body: { query: `query A { me { id } }`, operationName: 'B' } }),
  fc.constant({ label: 'unknown variable type', body: { query: `query($x: Nope!) { me { id } }`, variables: { x: 1 } } }),
  fc.constant({ label: 'subscription', body: { query: `subscription { me { id } }` } }),
  fc.string({ unit: 'binary', maxLength: 300 }).map((q) => ({ label: 'garbage document', body: { query: q } })),
  fc.tuple(fc.constantFrom(...roots.length ? roots : [{ name: 'me' } as RootField]), fc.string({ maxLength: 20 })).map(([r, s]) => ({ label: 'unknown field', body: { query: `{ ${r.name}X${s.replace(/\W/g, '')} { id } zz${s.replace(/\W/g, '')} }` } })),
  fc.integer({ min: 2, max: 50 }).map((n) => ({ label: 'batch', body: Array.from({ length: n }, () => ({ query: '{ me { id } }' })) })),
).chain((r) => role.map((who) => ({ ...r, role: who }) as Request));

const TOO_LARGE = `{"query": "{ me { id } }", "variables": {"x": "${'x'.repeat(2.5 * 1024 * 1024)}"}}`;

const malformed: fc.Arbitrary<Request> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }).map((s) => ({ label: 'not JSON', raw: { data: s, contentType: 'application/json' } })),
  fc.constantFrom('{', '{"query": ', '{"query": "{ me { id } }"', '[', 'null', '1', '"x"', 'true', '{"query": null}', '{"query": 1}', '{"query": ["{ me { id } }"]}',
    '{"query": "{ me { id } }", "variables": "x"}', '{"query": "{ me { id } }", "variables": [1]}', '{"query": "{ me { id } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "zz"}}}',
    '{"__proto__": {"query": "{ me { id } }"}}', '\uFEFF{"query": "{ me { id } }"}')
    .map((s) => ({ label: `malformed ${s.slice(0, 20)}`, raw: { data: s, contentType: 'application/json' } })),
  fc.integer({ min: 1000, max: 20_000 }).map((n) => ({ label: 'deep JSON', raw: { data: `{"query": "{ me { id } }", "variables": {"x": ${'['.repeat(n)}${']'.repeat(n)}}}`, contentType: 'application/json' } })),
  fc.uint8Array({ minLength: 1, maxLength: 200 }).map((b) => ({ label: 'bytes', raw: { data: b, contentType: 'application/json' } })),
  fc.constant({ label: 'invalid UTF-8', raw: { data: new Uint8Array([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]), contentType: 'application/json' } }),
  fc.constant({ label: 'text/plain (CSRF)', raw: { data: '{"query": "mutation { logout }"}', contentType: 'text/plain' } }),
  fc.constant({ label: 'form (CSRF)', raw: { data: 'query=mutation%20%7B%20logout%20%7D', contentType: 'application/x-www-form-urlencoded' } }),
  fc.constant({ label: 'GET mutation', method: 'GET' as const, body: null }),
  fc.constant({ label: 'too large', raw: { data: TOO_LARGE, contentType: 'application/json' } }),
).chain((r) => role.map((who) => ({ ...r, role: who, body: (r as Request).body ?? null }) as Request));

// ---- what must hold for every answer ----------------------------------------------------------

const STACK_OR_SQL = /\n\s+at |\bat [\w$.<>]+ \(|\.(ts|js|mjs):\d+|node_modules|QueryFailedError|TypeORM|EntityNotFound|syntax error at or near|violates .* constraint|duplicate key value|invalid input syntax for|PARAMETERS:|"stacktrace"|"stack"/;

async function changes(): Promise<Map<string, number>> {
  const rows = (await app.db.query(`SELECT tbl, count(*)::int AS n FROM zz_changes GROUP BY tbl`)) as { tbl: string; n: number }[];
  return new Map(rows.map((r) => [r.tbl, r.n]));
}

function changedTables(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after].filter(([t, n]) => (before.get(t) ?? 0) !== n).map(([t]) => t);
}

/** FC_TIMING=1 prints where the time goes; FC_SEED and FC_RUNS replay or lengthen a run. */
const timing = new Map<string, [number, number]>();
afterAll(() => {
  if (process.env.FC_TIMING) console.log([...timing].sort((a, b) => b[1][1] - a[1][1]).slice(0, 15).map(([k, [n, ms]]) => `${k}: ${n} × → ${Math.round(ms)} ms`).join('\n'));
});
const stats = { sent: 0, refused: 0, accepted: 0, byStatus: new Map<number, number>() };

// Sessions are reused until a request may have ended them (sign-out, password, user changes).
const tokens = new Map<string, string>();
const ENDS_SESSIONS = /logout|endUserSessions|resetPassword|updateUser|changePassword|malformed|not JSON|bytes|batch/;
let lastCount: Map<string, number> | undefined;

async function tokenFor(role: Request['role']): Promise<string | undefined> {
  if (!role) return undefined;
  let token = tokens.get(role);
  if (!token) {
    token = await issueToken(app.db, role === 'ADMIN' ? adminId : deputyId);
    tokens.set(role, token);
    lastCount = undefined;
  }
  return token;
}

async function send(req: Request): Promise<void> {
  const token = await tokenFor(req.role);
  const headers: Record<string, string> = { 'accept-language': 'en' };
  if (token) headers.authorization = `Bearer ${token}`;
  const before = lastCount ?? (await changes());
  const t0 = performance.now();
  let res: Response;
  if (req.method === 'GET') {
    res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, { headers, signal: AbortSignal.timeout(30_000) });
  } else if (req.raw) {
    res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { ...headers, 'content-type': req.raw.contentType }, body: req.raw.data as NonNullable<RequestInit["body"]>, signal: AbortSignal.timeout(30_000) });
  } else {
    res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(req.body), signal: AbortSignal.timeout(30_000) });
  }
  const text = await res.text();
  if (process.env.FC_TIMING) {
    const k = `${req.label.slice(0, 30)}`;
    const t = timing.get(k) ?? [0, 0];
    timing.set(k, [t[0] + 1, t[1] + performance.now() - t0]);
  }
  const after = await changes();
  lastCount = after;
  if (req.role && ENDS_SESSIONS.test(req.label)) tokens.delete(req.role);
  stats.sent++;
  stats.byStatus.set(res.status, (stats.byStatus.get(res.status) ?? 0) + 1);

  const where = `${req.label} (${req.role ?? 'signed out'}) → ${res.status} ${text.slice(0, 600)}`;
  expect(res.status, where).toBeLessThan(500);
  expect(text, where).not.toMatch(STACK_OR_SQL);
  expect(text, where).not.toMatch(leakWords);
  let json: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } | undefined;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  // Every answer of the API is JSON in GraphQL's error shape, whatever came in.
  expect(json, where).toBeDefined();
  const codes = (json!.errors ?? []).map((e) => e.extensions?.code);
  expect(codes, where).not.toContain('INTERNAL_SERVER_ERROR');

  const data = json!.data;
  const refused = res.status !== 200 || !data || Object.values(data).every((v) => v === null);
  if (refused) {
    stats.refused++;
    const changed = changedTables(before, after).filter((t) => !(req.mayWrite ?? []).includes(t));
    expect(changed, `a refused request changed data: ${where}`).toEqual([]);
  } else {
    stats.accepted++;
  }
}

describe('hostile input', () => {
  // About 15 s on two idle cores; the timeout leaves room for a machine shared with others.
  it('answers thousands of generated operations without a 5xx, a leak, or a change from a refused request', { timeout: 180_000 }, async () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
    const runs = Number(process.env.FC_RUNS ?? 2000);
    const request = fc
      .oneof({ weight: 6, arbitrary: fieldCall() }, { weight: 2, arbitrary: structural }, { weight: 2, arbitrary: malformed })
      // A counterexample is reported by its label and the start of its body, not megabytes of it.
      .map((r) => Object.assign(r, { [fc.toStringMethod]: () => `${r.label} (${r.role ?? 'signed out'}): ${(r.raw ? String(r.raw.data) : JSON.stringify(r.body)).slice(0, 400)}` }));
    await fc.assert(fc.asyncProperty(request, (r) => send(r)), { numRuns: runs, seed, endOnFailure: true, verbose: 1 });
    // The run reached both sides: requests refused and requests served.
    expect(stats.refused).toBeGreaterThan(runs / 4);
    expect(stats.accepted).toBeGreaterThan(0);
    expect(stats.sent).toBeGreaterThanOrEqual(runs);
  });
});
