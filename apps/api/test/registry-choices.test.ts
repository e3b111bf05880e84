import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers';

/**
 * The congresses and terms a select offers: a national deployment has 18,890 of each, so a select
 * asks for a few matches of what is typed (`search`, `first`) and for its current value (`ids`).
 */

let app: TestApp;
let staff: string;
const congress: Record<string, string> = {};
const term: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  const admin = (await app.userWithRole('ADMIN')).token;
  staff = (await app.userWithRole('STAFF')).token;
  const create = async (what: 'Congress' | 'Term', input: Record<string, unknown>) => {
    const r = await app.gql(`mutation($input: ${what}Input!) { create${what}(input: $input) { id } }`, { input }, { token: admin });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data[`create${what}`].id as string;
  };
  for (const [key, name, level, region] of [
    ['city', '柳州湾市人民代表大会', 'CITY', '柳州湾市'],
    ['liuhe', '柳河区人民代表大会', 'COUNTY', '柳州湾市柳河区'],
    ['qingshan', '青山区人民代表大会', 'COUNTY', '柳州湾市青山区'],
    // Named after the town only; the region says it lies in 柳河区.
    ['chengguan', '城关镇人民代表大会', 'TOWNSHIP', '柳河区城关镇'],
    ['zone', '经开区人民代表大会', 'COUNTY', 'ETDZ 经济技术开发区'],
  ] as const) {
    congress[key] = await create('Congress', { name, level, region });
  }
  for (const [key, c, number, name] of [
    ['city12', 'city', 12, '第十二届'],
    ['city13', 'city', 13, '第十三届'],
    ['liuhe13', 'liuhe', 13, '第十三届'],
    ['liuhe14', 'liuhe', 14, '第十四届'],
    ['qingshan14', 'qingshan', 14, '第十四届'],
    ['chengguan14', 'chengguan', 14, '第十四届'],
    ['zone1', 'zone', 1, '第一届 50%'],
  ] as const) {
    term[key] = await create('Term', { congressId: congress[c], number, name, startDate: `${1990 + number}-01-01` });
  }
});
afterAll(() => app?.close());

const TERMS = `query($search: String, $ids: [ID!], $first: Int, $level: CongressLevel, $congressId: ID) {
  terms(search: $search, ids: $ids, first: $first, level: $level, congressId: $congressId) { id name congress { name } }
}`;
const CONGRESSES = `query($search: String, $ids: [ID!], $first: Int, $level: CongressLevel) {
  congresses(search: $search, ids: $ids, first: $first, level: $level) { id name }
}`;

async function terms(variables: Record<string, unknown>): Promise<string[]> {
  const r = await app.gql(TERMS, variables, { token: staff });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.terms.map((t: { id: string }) => Object.entries(term).find(([, id]) => id === t.id)![0]);
}

async function congresses(variables: Record<string, unknown>): Promise<string[]> {
  const r = await app.gql(CONGRESSES, variables, { token: staff });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.congresses.map((c: { id: string }) => Object.entries(congress).find(([, id]) => id === c.id)![0]);
}

describe('terms for a select', () => {
  it('finds terms by their own name and by their congress\'s name or region, in congress and ordinal order', async () => {
    expect(await terms({ search: '第十四届' })).toEqual(['liuhe14', 'qingshan14', 'chengguan14']);
    expect(await terms({ search: '青山区' })).toEqual(['qingshan14']);
    // 城关镇 lies in 柳河区: its region says so, its name does not.
    expect(await terms({ search: '柳河' })).toEqual(['liuhe13', 'liuhe14', 'chengguan14']);
    expect(await terms({ search: 'etdz' })).toEqual(['zone1']);
  });

  it('needs every word to match: the label a select shows, typed back, finds that term alone', async () => {
    expect(await terms({ search: '第十四届 · 柳河区人民代表大会' })).toEqual(['liuhe14']);
    expect(await terms({ search: '柳河  十三' })).toEqual(['liuhe13']);
    expect(await terms({ search: '第十四届 · 柳州湾市人民代表大会' })).toEqual([]);
    // LIKE's wildcards are text like any other.
    expect(await terms({ search: '50%' })).toEqual(['zone1']);
    expect(await terms({ search: '%' })).toEqual(['zone1']);
    expect(await terms({ search: '_' })).toEqual([]);
    expect(await terms({ search: ' · ' })).toHaveLength(7);
  });

  it('narrows by level and congress together with the search', async () => {
    expect(await terms({ search: '第十四届', level: 'COUNTY' })).toEqual(['liuhe14', 'qingshan14']);
    expect(await terms({ search: '柳河', level: 'TOWNSHIP' })).toEqual(['chengguan14']);
    expect(await terms({ level: 'CITY' })).toEqual(['city12', 'city13']);
    expect(await terms({ search: '第十三届', congressId: congress.liuhe })).toEqual(['liuhe13']);
  });

  it('caps the list at `first`, and returns every term without it as it always has', async () => {
    expect(await terms({ first: 2 })).toEqual(['city12', 'city13']);
    expect(await terms({ search: '第十四届', first: 1 })).toEqual(['liuhe14']);
    expect(await terms({ first: 0 })).toEqual([]);
    expect(await terms({})).toHaveLength(7);
    const tooMany = await app.gql(TERMS, { first: 101 }, { token: staff });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('fetches chosen terms by id, with their labels, whatever the search would show', async () => {
    const r = await app.gql(TERMS, { ids: [term.qingshan14, term.city12] }, { token: staff });
    expect(r.data.terms).toEqual([
      { id: term.city12, name: '第十二届', congress: { name: '柳州湾市人民代表大会' } },
      { id: term.qingshan14, name: '第十四届', congress: { name: '青山区人民代表大会' } },
    ]);
    expect(await terms({ ids: [] })).toEqual([]);
    expect(await terms({ ids: [term.liuhe14, term.city12], level: 'COUNTY' })).toEqual(['liuhe14']);
    const bad = await app.gql(TERMS, { ids: ['x'] }, { token: staff });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('costs a page by its size, as other lists do', async () => {
    const r = await app.gql(`{ terms(first: 30, search: "第") { id name congress { name } } }`, {}, { token: staff });
    // 30 terms × (the term + its congress).
    expect(r.extensions?.cost.requested).toBe(60);
  });
});

describe('congresses for a select', () => {
  it('finds congresses by name or region, every word, by level, by id and at most `first`', async () => {
    expect(await congresses({ search: '柳河' })).toEqual(['liuhe', 'chengguan']);
    expect(await congresses({ search: '柳州湾 青山' })).toEqual(['qingshan']);
    expect(await congresses({ search: 'ETDZ' })).toEqual(['zone']);
    expect(await congresses({ search: '区', level: 'COUNTY' })).toEqual(['liuhe', 'qingshan', 'zone']);
    expect(await congresses({ search: '区', first: 2 })).toEqual(['liuhe', 'qingshan']);
    expect(await congresses({ ids: [congress.zone, congress.city] })).toEqual(['city', 'zone']);
    expect(await congresses({})).toHaveLength(5);
  });
});
