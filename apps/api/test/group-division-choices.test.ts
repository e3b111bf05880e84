import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers';

/**
 * The groups, divisions and sessions a select offers: a national deployment has 62,812 groups,
 * tens of thousands of divisions and 94,450 sessions, so a select asks for a few matches of what
 * is typed (`search`, `first`) and for its current value (`ids`), and a page that opens on the
 * latest session asks for that one alone.
 */

let app: TestApp;
let staff: string;
const ids: Record<string, string> = {};
/** Ids repeat from one table to the next: each key remembers what it names. */
const kindOf: Record<string, string> = {};
const keyOf = (kind: string, id: string) => Object.entries(ids).find(([k, v]) => v === id && kindOf[k] === kind)![0];

beforeAll(async () => {
  app = await startTestApp();
  const admin = (await app.userWithRole('ADMIN')).token;
  staff = (await app.userWithRole('STAFF')).token;
  const create = async (what: string, key: string, input: Record<string, unknown>) => {
    const r = await app.gql(`mutation($input: ${what}Input!) { create${what}(input: $input) { id } }`, { input }, { token: admin });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    ids[key] = r.data[`create${what}`].id as string;
    kindOf[key] = what;
  };
  await create('Division', 'liuheDistrict', { kind: 'DISTRICT', name: '柳河区', code: '450299' });
  await create('Division', 'qingshanDistrict', { kind: 'DISTRICT', name: '青山区' });
  await create('Division', 'liuheChengguan', { kind: 'SUBDISTRICT', name: '城关街道', parentId: ids.liuheDistrict });
  await create('Division', 'qingshanChengguan', { kind: 'SUBDISTRICT', name: '城关街道', parentId: ids.qingshanDistrict });
  await create('Division', 'odd', { kind: 'DISTRICT', name: '百分之_50%' });
  await create('Congress', 'liuhe', { name: '柳河区人民代表大会', level: 'COUNTY', region: '柳州湾市柳河区' });
  await create('Congress', 'qingshan', { name: '青山区人民代表大会', level: 'COUNTY', region: '柳州湾市青山区' });
  await create('Congress', 'city', { name: '柳州湾市人民代表大会', level: 'CITY', region: '柳州湾市' });
  await create('Term', 'liuhe13', { congressId: ids.liuhe, number: 13, name: '第十三届', startDate: '2016-01-01' });
  await create('Term', 'liuhe14', { congressId: ids.liuhe, number: 14, name: '第十四届', startDate: '2021-01-01' });
  await create('Term', 'qingshan14', { congressId: ids.qingshan, number: 14, name: '第十四届', startDate: '2021-01-01' });
  await create('Term', 'city14', { congressId: ids.city, number: 14, name: '第十四届', startDate: '2022-01-01' });
  for (const [key, term, name, division] of [
    ['liuhe13First', 'liuhe13', '第一代表小组', 'liuheChengguan'],
    ['liuhe14First', 'liuhe14', '第一代表小组', 'liuheChengguan'],
    ['liuhe14Second', 'liuhe14', '第二代表小组', 'liuheDistrict'],
    ['qingshan14First', 'qingshan14', '第一代表小组', 'qingshanChengguan'],
    ['city14First', 'city14', '第一代表小组', 'liuheDistrict'],
  ] as const) {
    await create('Group', key, { termId: ids[term], name, basis: 'DIVISION', divisionId: ids[division] });
  }
  for (const [key, term, number, startDate] of [
    ['liuhe13s5', 'liuhe13', 5, '2020-01-10'],
    ['liuhe14s1', 'liuhe14', 1, '2021-01-08'],
    ['liuhe14s2', 'liuhe14', 2, '2022-01-12'],
    ['qingshan14s1', 'qingshan14', 1, '2021-01-09'],
    ['city14s1', 'city14', 1, '2023-01-05'],
  ] as const) {
    await create('Session', key, { termId: ids[term], number, name: `${key} 第${number}次会议`, startDate });
  }
});
afterAll(() => app?.close());

const GROUPS = `query($filter: GroupFilter, $ids: [ID!], $first: Int) {
  groups(filter: $filter, ids: $ids, first: $first) { id name term { name congress { name } } }
}`;
const DIVISIONS = `query($search: String, $ids: [ID!], $first: Int) {
  divisions(search: $search, ids: $ids, first: $first) { id name parent { id name } }
}`;
const SESSIONS = `query($termId: ID, $level: CongressLevel, $latestFirst: Boolean, $first: Int) {
  sessions(termId: $termId, level: $level, latestFirst: $latestFirst, first: $first) { id }
}`;

async function list(query: string, field: string, kind: string, variables: Record<string, unknown>): Promise<string[]> {
  const r = await app.gql(query, variables, { token: staff });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data[field].map((row: { id: string }) => keyOf(kind, row.id));
}
const groups = (variables: Record<string, unknown>) => list(GROUPS, 'groups', 'Group', variables);
const divisions = (variables: Record<string, unknown>) => list(DIVISIONS, 'divisions', 'Division', variables);
const sessions = (variables: Record<string, unknown>) => list(SESSIONS, 'sessions', 'Session', variables);

describe('groups for a select', () => {
  it('finds groups by their own name and by their term\'s and congress\'s names, every word, in term and id order', async () => {
    expect(await groups({ filter: { search: '第一代表小组' } })).toEqual(['liuhe13First', 'liuhe14First', 'qingshan14First', 'city14First']);
    expect(await groups({ filter: { search: '柳河 第十四届' } })).toEqual(['liuhe14First', 'liuhe14Second']);
    // The label a select shows, typed back, finds that group alone.
    expect(await groups({ filter: { search: '第一代表小组 · 第十四届 · 青山区人民代表大会' } })).toEqual(['qingshan14First']);
    expect(await groups({ filter: { search: '柳州湾市 第二' } })).toEqual(['liuhe14Second']);
    expect(await groups({ filter: { search: '%' } })).toEqual([]);
  });

  it('narrows by term, congress and level together with the search, and caps the list at `first`', async () => {
    expect(await groups({ filter: { termId: ids.liuhe14, search: '第一' } })).toEqual(['liuhe14First']);
    expect(await groups({ filter: { level: 'CITY', search: '小组' } })).toEqual(['city14First']);
    expect(await groups({ filter: { congressId: ids.liuhe, search: '第一' } })).toEqual(['liuhe13First', 'liuhe14First']);
    expect(await groups({ filter: { search: '小组' }, first: 2 })).toEqual(['liuhe13First', 'liuhe14First']);
    expect(await groups({ first: 0 })).toEqual([]);
    expect(await groups({})).toHaveLength(5);
    const tooMany = await app.gql(GROUPS, { first: 101 }, { token: staff });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('fetches chosen groups by id, with their labels, whatever the search would show', async () => {
    const r = await app.gql(GROUPS, { ids: [ids.city14First, ids.qingshan14First] }, { token: staff });
    expect(r.data.groups).toEqual([
      { id: ids.qingshan14First, name: '第一代表小组', term: { name: '第十四届', congress: { name: '青山区人民代表大会' } } },
      { id: ids.city14First, name: '第一代表小组', term: { name: '第十四届', congress: { name: '柳州湾市人民代表大会' } } },
    ]);
    expect(await groups({ ids: [] })).toEqual([]);
    expect(await groups({ ids: [ids.liuhe13First, ids.liuhe14First], filter: { termId: ids.liuhe14 } })).toEqual(['liuhe14First']);
  });

  it('costs a page by its size', async () => {
    const r = await app.gql(`{ groups(first: 30, filter: { search: "小组" }) { id name term { name congress { name } } } }`, {}, { token: staff });
    // 30 groups × (the group + its term + its congress).
    expect(r.extensions?.cost.requested).toBe(90);
  });
});

describe('divisions for a select', () => {
  it('finds divisions by name, code or parent\'s name, every word, with the parent for context', async () => {
    expect(await divisions({ search: '城关' })).toEqual(['liuheChengguan', 'qingshanChengguan']);
    expect(await divisions({ search: '城关街道 · 柳河区' })).toEqual(['liuheChengguan']);
    expect(await divisions({ search: '柳河' })).toEqual(['liuheDistrict', 'liuheChengguan']);
    expect(await divisions({ search: '450299' })).toEqual(['liuheDistrict']);
    expect(await divisions({ search: '_50%' })).toEqual(['odd']);
    expect(await divisions({ search: '_' })).toEqual(['odd']);
    expect(await divisions({ search: '5_' })).toEqual([]);
    const r = await app.gql(DIVISIONS, { ids: [ids.qingshanChengguan] }, { token: staff });
    expect(r.data.divisions).toEqual([{ id: ids.qingshanChengguan, name: '城关街道', parent: { id: ids.qingshanDistrict, name: '青山区' } }]);
  });

  it('caps the list at `first`, and returns every division without arguments as it always has', async () => {
    expect(await divisions({ search: '区', first: 1 })).toEqual(['liuheDistrict']);
    expect(await divisions({ ids: [] })).toEqual([]);
    expect(await divisions({})).toHaveLength(5);
    const tooMany = await app.gql(DIVISIONS, { first: 101 }, { token: staff });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const r = await app.gql(`{ divisions(first: 30, search: "城关") { id name parent { name } } }`, {}, { token: staff });
    expect(r.extensions?.cost.requested).toBe(60);
  });
});

describe('the latest session', () => {
  it('lists sessions newest first, of one level or term, at most `first`', async () => {
    expect(await sessions({ latestFirst: true, first: 1 })).toEqual(['city14s1']);
    expect(await sessions({ level: 'COUNTY', latestFirst: true, first: 1 })).toEqual(['liuhe14s2']);
    expect(await sessions({ level: 'COUNTY', latestFirst: true })).toEqual(['liuhe14s2', 'qingshan14s1', 'liuhe14s1', 'liuhe13s5']);
    expect(await sessions({ termId: ids.liuhe14 })).toEqual(['liuhe14s1', 'liuhe14s2']);
    expect(await sessions({})).toHaveLength(5);
    expect(await sessions({ first: 0 })).toEqual([]);
  });
});
