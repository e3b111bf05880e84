import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { startTestApp, type TestApp } from './helpers';

/** The worked queries of docs/analysts.md §6.1, exactly as printed there. */
const DOC = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'analysts.md'), 'utf8');
const section = DOC.slice(DOC.indexOf('### 6.1'), DOC.indexOf('### 6.2'));
const QUERIES = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

let app: TestApp;
let analyst: string;
let vars: Record<string, unknown>;
beforeAll(async () => {
  app = await startTestApp({ demo: true });
  analyst = (await app.userWithRole('ANALYST')).token;
  const one = async (sql: string) => String(((await app.db.query(sql)) as { id: number }[])[0]!.id);
  vars = {
    termId: await one(`SELECT t.id FROM term t JOIN congress c ON c.id = t.congress_id WHERE c.level = 'CITY' AND t.number = 12`),
    districtTermId: await one(`SELECT t.id FROM term t JOIN congress c ON c.id = t.congress_id WHERE c.level = 'COUNTY' ORDER BY t.number DESC LIMIT 1`),
    sessionId: await one(`SELECT cs.id FROM congress_session cs JOIN term t ON t.id = cs.term_id JOIN congress c ON c.id = t.congress_id WHERE c.level = 'CITY' AND t.number = 12 AND cs.number = 3`),
    groupId: await one(`SELECT group_id AS id FROM group_membership GROUP BY group_id ORDER BY count(*) DESC LIMIT 1`),
    year: 2005,
  };
});
afterAll(() => app?.close());

/** Every list in a result, anywhere: a root field "returns rows" when one of its lists is not empty. */
function lists(value: unknown): unknown[][] {
  if (Array.isArray(value)) return [value, ...value.flatMap(lists)];
  if (value && typeof value === 'object') return Object.values(value).flatMap(lists);
  return [];
}

describe('docs/analysts.md §6.1', () => {
  it('has ten worked queries', () => {
    expect(QUERIES).toHaveLength(10);
  });

  it.each(QUERIES.map((q, i) => [i + 1, q] as const))('query %i runs for an analyst and returns rows', async (_, query) => {
    const op = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const wanted = Object.fromEntries((op.variableDefinitions ?? []).map((v) => [v.variable.name.value, vars[v.variable.name.value]]));
    const r = await app.gql(query, wanted, { token: analyst });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    for (const [field, value] of Object.entries(r.data)) expect(lists(value).some((l) => l.length > 0), field).toBe(true);
    expect(r.extensions?.cost?.requested).toBeLessThanOrEqual(r.extensions?.cost?.limit);
  });
});
