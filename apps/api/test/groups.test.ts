import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers';
import { idFor } from './deputy-import-helpers';

let app: TestApp;
let staff: string;
let cityTermId: string;
let districtTermId: string;
let cityGroups: any[];
beforeAll(async () => {
  app = await startTestApp({ demo: true });
  staff = (await app.userWithRole('STAFF')).token;
  const terms = await app.gql(`{ terms { id congress { level } } }`, {}, { token: staff });
  cityTermId = terms.data.terms.find((t: any) => t.congress.level === 'CITY').id;
  districtTermId = terms.data.terms.find((t: any) => t.congress.level === 'COUNTY').id;
  cityGroups = (await app.gql(GROUPS, { t: cityTermId }, { token: staff })).data.groups;
});
afterAll(() => app?.close());

const GROUPS = `query($t: ID) { groups(filter: { termId: $t }) { id name version level memberCount health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }
  members { id role version deputy { id name } } } }`;
const ADD = `mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id role version groupId } }`;
const ROLE = `mutation($id: ID!, $v: Int!, $r: GroupRole!) { setGroupMemberRole(id: $id, version: $v, role: $r) { id role version } }`;
const MOVE = `mutation($id: ID!, $input: MoveGroupMemberInput!) { moveGroupMember(id: $id, input: $input) { id groupId role startDate } }`;

async function newCityDeputy(name: string, serial: number): Promise<string> {
  const r = await app.gql(`mutation($input: CreateDeputyInput!) { createDeputy(input: $input) { id } }`, {
    input: { name, party: 'NON_PARTY', occupationCategory: 'WORKER', idNumber: idFor('1968-07-01', serial), mandate: { termId: cityTermId } },
  }, { token: staff });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.createDeputy.id;
}

const group = async (id: string) => (await app.gql(GROUPS, { t: cityTermId }, { token: staff })).data.groups.find((g: any) => g.id === id);

describe('groups: one per deputy and term, one leader, limited vice leaders, health shown', () => {
  it('shows the health of the demo groups: 16 members, a leader and one vice leader each', () => {
    for (const g of cityGroups) {
      expect(g.level).toBe('CITY');
      expect(g.health).toMatchObject({ size: 16, minSize: 14, maxSize: 24, sizeOk: true, hasLeader: true, viceLeaders: 1, maxViceLeaders: 1, problems: [] });
      expect(g.members[0].role).toBe('LEADER');
    }
  });

  it('refuses a deputy without a mandate in the term, and a second group in the same term', async () => {
    const [noCity] = await app.db.query(`SELECT d.id, d.name FROM deputy d WHERE NOT EXISTS (SELECT 1 FROM mandate m WHERE m.deputy_id = d.id AND m.term_id = $1) LIMIT 1`, [Number(cityTermId)]);
    const r = await app.gql(ADD, { input: { groupId: cityGroups[0].id, deputyId: String(noCity.id) } }, { token: staff });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'group.noMandate' });
    const someone = cityGroups[1].members.find((m: any) => m.role === 'MEMBER').deputy;
    const twice = await app.gql(ADD, { input: { groupId: cityGroups[0].id, deputyId: someone.id } }, { token: staff, lang: 'en' });
    expect(twice.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'group.alreadyInGroup' });
    expect(twice.errors![0]!.message).toContain(cityGroups[1].name);
  });

  it('allows one leader and, for city groups, one vice leader; a role change can free the place', async () => {
    const g = cityGroups[2];
    const d1 = await newCityDeputy('甲组员', 31);
    const leader = await app.gql(ADD, { input: { groupId: g.id, deputyId: d1, role: 'LEADER' } }, { token: staff });
    expect(leader.errors![0]!.extensions!.messageKey).toBe('group.hasLeader');
    const vice = await app.gql(ADD, { input: { groupId: g.id, deputyId: d1, role: 'VICE_LEADER' } }, { token: staff });
    expect(vice.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'group.tooManyViceLeaders', params: { max: 1 } });
    const member = (await app.gql(ADD, { input: { groupId: g.id, deputyId: d1, startDate: '2004-03-01' } }, { token: staff })).data.addGroupMember;
    expect(member.role).toBe('MEMBER');
    const oldVice = g.members.find((m: any) => m.role === 'VICE_LEADER');
    expect((await app.gql(ROLE, { id: member.id, v: member.version, r: 'VICE_LEADER' }, { token: staff })).errors![0]!.extensions!.messageKey).toBe('group.tooManyViceLeaders');
    expect((await app.gql(ROLE, { id: oldVice.id, v: oldVice.version, r: 'MEMBER' }, { token: staff })).data.setGroupMemberRole.role).toBe('MEMBER');
    const promoted = await app.gql(ROLE, { id: member.id, v: member.version, r: 'VICE_LEADER' }, { token: staff });
    expect(promoted.data.setGroupMemberRole).toMatchObject({ role: 'VICE_LEADER', version: member.version + 1 });
    const stale = await app.gql(ROLE, { id: member.id, v: member.version, r: 'MEMBER' }, { token: staff });
    expect(stale.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect((await group(g.id)).health).toMatchObject({ size: 17, viceLeaders: 1, problems: [] });
  });

  it('moves a member within the term only, ending the old membership on the same day', async () => {
    const [from, to] = [cityGroups[0], cityGroups[1]];
    const m = from.members.find((x: any) => x.role === 'MEMBER');
    const [districtGroup] = (await app.gql(GROUPS, { t: districtTermId }, { token: staff })).data.groups;
    const otherTerm = await app.gql(MOVE, { id: m.id, input: { version: m.version, toGroupId: districtGroup.id } }, { token: staff });
    expect(otherTerm.errors![0]!.extensions!.messageKey).toBe('group.otherTerm');
    const moved = await app.gql(MOVE, { id: m.id, input: { version: m.version, toGroupId: to.id, date: '2005-01-01' } }, { token: staff });
    expect(moved.data.moveGroupMember).toMatchObject({ groupId: to.id, role: 'MEMBER', startDate: '2005-01-01' });
    const [old] = await app.db.query(`SELECT end_date FROM group_membership WHERE id = $1`, [Number(m.id)]);
    expect(old.end_date).toBe('2005-01-01');
    expect((await group(from.id)).health.size).toBe(15);
    expect((await group(to.id)).health.size).toBe(17);
  });

  it('shows a group without a leader or with too few members as unhealthy, by rules staff can change', async () => {
    const g = await group(cityGroups[0].id);
    const leader = g.members.find((m: any) => m.role === 'LEADER');
    await app.gql(`mutation($id: ID!, $input: EndGroupMemberInput!) { endGroupMember(id: $id, input: $input) { id } }`, { id: leader.id, input: { version: leader.version, endDate: '2005-02-01' } }, { token: staff });
    expect((await group(g.id)).health).toMatchObject({ size: 14, hasLeader: false, problems: ['NO_LEADER'] });
    const rules = await app.gql(`mutation { setGroupRules(input: { level: CITY, minSize: 15, maxSize: 20, maxViceLeaders: 2 }) { level minSize maxViceLeaders } }`, {}, { token: staff });
    expect(rules.data.setGroupRules.find((r: any) => r.level === 'CITY')).toEqual({ level: 'CITY', minSize: 15, maxViceLeaders: 2 });
    expect((await group(g.id)).health).toMatchObject({ minSize: 15, maxViceLeaders: 2, sizeOk: false, problems: ['TOO_SMALL', 'NO_LEADER'] });
    // The higher vice-leader limit now holds for the enforced rule too.
    const member = (await group(g.id)).members.find((m: any) => m.role === 'MEMBER');
    expect((await app.gql(ROLE, { id: member.id, v: member.version, r: 'VICE_LEADER' }, { token: staff })).data.setGroupMemberRole.role).toBe('VICE_LEADER');
  });

  it('creates groups by division or by sector, and needs the division or the sector', async () => {
    const [sector] = await app.db.query(`SELECT id FROM sector ORDER BY id LIMIT 1`);
    const missing = await app.gql(`mutation($t: ID!) { createGroup(input: { termId: $t, name: "无系统的系统组", basis: SECTOR }) { id } }`, { t: districtTermId }, { token: staff });
    expect(missing.errors![0]!.extensions!.messageKey).toBe('group.basisNeedsTarget');
    const created = await app.gql(`mutation($t: ID!, $s: ID) { createGroup(input: { termId: $t, name: "新系统代表小组", basis: SECTOR, sectorId: $s }) { id version health { problems } } }`, { t: districtTermId, s: String(sector.id) }, { token: staff });
    expect(created.data.createGroup.health.problems).toEqual(['TOO_SMALL', 'NO_LEADER']);
    expect((await app.gql(`mutation($id: ID!) { deleteGroup(id: $id, version: 1) }`, { id: created.data.createGroup.id }, { token: staff })).data.deleteGroup).toBe(true);
  });
});
