import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isNonNullType, isObjectType, isScalarType, isEnumType, type GraphQLField, type GraphQLObjectType, type GraphQLType } from 'graphql';
import { getSchema } from '../src/schema';
import { DEFAULT_COST_LIMITS } from '../src/config';
import { startTestApp, type TestApp } from './helpers';

/**
 * For every connection in the schema, the statements one request issues must not grow with the
 * page size: run each at 5 and at 50 rows, with every nested object and list selected (three
 * levels), and compare the counts the API reports in `extensions.sqlStatements`.
 */
let app: TestApp;
let token: string;
beforeAll(async () => {
  // Every nested list at full depth costs far more than a screen asks for: the cost limit is not under test here.
  app = await startTestApp({ demo: true, config: { costLimits: { ...DEFAULT_COST_LIMITS, ADMIN: 100_000_000 } } });
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

/**
 * The fewest statements of three runs: DataLoader batches per tick, and when more loads are in
 * flight than the pool has connections, loads of one kind sometimes land in two ticks. That
 * varies from run to run; growth with the page size does not.
 */
async function fewest(query: string) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await app.gql(query, {}, { token }));
  return runs.sort((a, b) => (a.extensions?.sqlStatements ?? 0) - (b.extensions?.sqlStatements ?? 0))[0]!;
}

describe('no N+1', () => {
  it('finds the connections to check', async () => {
    expect((await connections()).map((c) => c.name)).toEqual(expect.arrayContaining(['users', 'deputies', 'organizations', 'auditLog']));
  });

  it('issues the same number of statements for 5 and for 50 rows of every connection', async () => {
    const report: string[] = [];
    for (const c of await connections()) {
      const small = await fewest(c.query(5));
      const large = await fewest(c.query(50));
      expect(small.errors, `${c.name}: ${JSON.stringify(small.errors)}`).toBeUndefined();
      expect(large.errors, `${c.name}: ${JSON.stringify(large.errors)}`).toBeUndefined();
      const rows = large.data[c.name].nodes.length;
      report.push(`${c.name}: ${small.extensions!.sqlStatements} / ${large.extensions!.sqlStatements} statements for 5 / ${rows} rows`);
      // Nearly equal: a larger page may hold rows of more kinds (one with a plan item, one with a
      // training), each kind adding one batched statement, and IO timing can split a batch (see
      // `fewest`). An N+1 adds a statement per extra row: 45 here.
      expect(large.extensions!.sqlStatements - small.extensions!.sqlStatements, `${c.name} grows with the page size`).toBeLessThanOrEqual(5);
    }
    console.log(report.join('\n'));
  });
});
