import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isListType, isNonNullType, isObjectType, isScalarType, isEnumType, type GraphQLField, type GraphQLObjectType, type GraphQLType } from 'graphql';
import { getSchema } from '../src/schema';
import { startTestApp, type TestApp } from './helpers';

/**
 * For every connection in the schema, the statements one request issues must not grow with the
 * page size: run each at 5 and at 50 rows, with every nested object and list selected (three
 * levels), and compare the counts the API reports in `extensions.sqlStatements`.
 */
let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp({ demo: true });
  token = (await app.userWithRole('ADMIN')).token;
});
afterAll(() => app?.close());

const unwrap = (t: GraphQLType): GraphQLType => (isNonNullType(t) ? t.ofType : t);
const hasRequiredArgs = (f: GraphQLField<unknown, unknown>) => f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

function selection(type: GraphQLObjectType, depth: number, path: Set<string>): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (hasRequiredArgs(field)) continue;
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) parts.push(field.name);
    else if (isObjectType(named) && depth > 0 && !path.has(named.name)) {
      const inner = selection(named, depth - 1, new Set([...path, named.name]));
      if (inner) parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

async function connections(): Promise<{ name: string; query: (n: number) => string }[]> {
  const schema = await getSchema();
  const out = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const type = unwrap(field.type);
    if (!isObjectType(type) || !type.getFields().nodes || !type.getFields().totalCount || hasRequiredArgs(field)) continue;
    const node = getNamedType(type.getFields().nodes!.type) as GraphQLObjectType;
    const inner = selection(node, 3, new Set([node.name]));
    out.push({ name: field.name, query: (n: number) => `{ ${field.name}(first: ${n}) { totalCount nodes { ${inner} } } }` });
  }
  return out;
}

/** The paths (list indexes dropped) at which a result holds an object or a non-empty list. */
function objectPaths(value: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    if (value.length && prefix) out.add(prefix);
    for (const v of value) objectPaths(v, prefix, out);
  } else if (value && typeof value === 'object') {
    if (prefix) out.add(prefix);
    for (const [k, v] of Object.entries(value)) objectPaths(v, `${prefix}.${k}`, out);
  }
  return out;
}

describe('no N+1', () => {
  it('finds the connections to check', async () => {
    expect((await connections()).map((c) => c.name)).toEqual(expect.arrayContaining(['users', 'deputies', 'organizations', 'auditLog']));
  });

  it('issues the same number of statements for 5 and for 50 rows of every connection', async () => {
    const report: string[] = [];
    for (const c of await connections()) {
      const small = await app.gql(c.query(5), {}, { token });
      // The cost limit multiplies by `first`: rich nodes (a deputy inside) take the largest page it allows.
      let large = await app.gql(c.query(50), {}, { token });
      for (const n of [25, 15, 10]) {
        if (!large.errors?.[0]?.message.includes('Cost limit')) break;
        large = await app.gql(c.query(n), {}, { token });
      }
      expect(small.errors, `${c.name}: ${JSON.stringify(small.errors)}`).toBeUndefined();
      expect(large.errors, `${c.name}: ${JSON.stringify(large.errors)}`).toBeUndefined();
      const rows = large.data[c.name].nodes.length;
      report.push(`${c.name}: ${small.extensions!.sqlStatements} / ${large.extensions!.sqlStatements} statements for 5 / ${rows} rows`);
      if (rows > 5) expect(small.data[c.name].nodes.length, `${c.name}: the small page is full`).toBe(5);
      // An N+1 adds a statement per row. A larger page may add a few batches that do not grow with
      // it: a relation empty on every row of the small page (no station, no referral) loads nothing
      // there, and ids first met on later rows (a second term) reach a loader in a later tick.
      const seen = objectPaths(small.data);
      const onlyLarge = [...objectPaths(large.data)].filter((p) => !seen.has(p)).length;
      const extra = large.extensions!.sqlStatements - small.extensions!.sqlStatements;
      const extraRows = rows - small.data[c.name].nodes.length;
      const bounded = extra <= 0 || extra <= onlyLarge || (extraRows >= 10 && extra * 2 < extraRows);
      expect(bounded, `${c.name} grows with the page size: ${extra} more statements for ${extraRows} more rows`).toBe(true);
    }
    console.log(report.join('\n'));
  });
});
