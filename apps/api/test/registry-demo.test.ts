import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers';

let app: TestApp;
let staff: string;
let analyst: string;
beforeAll(async () => {
  app = await startTestApp({ demo: true });
  staff = (await app.userWithRole('STAFF')).token;
  analyst = (await app.userWithRole('ANALYST')).token;
});
afterAll(() => app?.close());

describe('the demo registry retells the source', () => {
  it('has 48 city deputies in three groups of 16, each with one leader and one vice leader', async () => {
    const terms = await app.gql(`{ terms { id name congress { level } } }`, {}, { token: staff });
    const cityTerm = terms.data.terms.find((t: any) => t.congress.level === 'CITY');
    const groups = await app.gql(`query($t: ID) { groups(filter: { termId: $t }) { name memberCount members { role } } }`, { t: cityTerm.id }, { token: staff });
    expect(groups.data.groups).toHaveLength(3);
    for (const g of groups.data.groups) {
      expect(g.memberCount).toBe(16);
      expect(g.members.filter((m: any) => m.role === 'LEADER')).toHaveLength(1);
      expect(g.members.filter((m: any) => m.role === 'VICE_LEADER')).toHaveLength(1);
    }
    const roster = await app.gql(`query($t: ID) { deputies(filter: { termId: $t }, first: 1) { totalCount } }`, { t: cityTerm.id }, { token: staff });
    expect(roster.data.deputies.totalCount).toBe(48);
  });

  it('has a group per subdistrict and township plus two sector groups, of 14 to 24 each', async () => {
    const terms = await app.gql(`{ terms { id congress { level } } }`, {}, { token: staff });
    const districtTerm = terms.data.terms.find((t: any) => t.congress.level === 'COUNTY');
    const groups = await app.gql(`query($t: ID) { groups(filter: { termId: $t }) { name basis memberCount } }`, { t: districtTerm.id }, { token: staff });
    expect(groups.data.groups).toHaveLength(9);
    expect(groups.data.groups.filter((g: any) => g.basis === 'SECTOR').map((g: any) => g.name)).toEqual(['文教卫生代表小组', '发改及区属企业代表小组']);
    for (const g of groups.data.groups) expect(g.memberCount).toBeGreaterThanOrEqual(14), expect(g.memberCount).toBeLessThanOrEqual(24);
    const regs = await app.gql(`{ regulations { title adoptedOn interim } }`, {}, { token: staff });
    expect(regs.data.regulations[0]).toMatchObject({ title: '关于区人大代表联系选民暂行办法', adoptedOn: '2000-06-28', interim: true });
  });

  it('finds deputies by pinyin initials and masks personal data for analysts', async () => {
    const [d] = await app.db.query(`SELECT id, name, name_initials, id_number, phone FROM deputy ORDER BY id LIMIT 1`);
    const found = await app.gql(`query($s: String) { deputies(filter: { search: $s }, first: 100) { nodes { id name idNumber phone } } }`, { s: d.name_initials }, { token: staff });
    const hit = found.data.deputies.nodes.find((n: any) => n.id === String(d.id));
    expect(hit).toMatchObject({ name: d.name, idNumber: d.id_number, phone: d.phone });
    const masked = await app.gql(`query($id: ID!) { deputy(id: $id) { idNumber phone address } }`, { id: String(d.id) }, { token: analyst });
    expect(masked.data.deputy.idNumber).toBe(`${d.id_number.slice(0, 4)}**********${d.id_number.slice(-4)}`);
    expect(masked.data.deputy.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
  });

  it('shows one person with two mandates', async () => {
    const [row] = await app.db.query(`SELECT deputy_id FROM mandate GROUP BY deputy_id HAVING count(*) = 2 LIMIT 1`);
    const r = await app.gql(`query($id: ID!) { deputy(id: $id) { mandates { term { name congress { level } } } } }`, { id: String(row.deputy_id) }, { token: staff });
    expect(r.data.deputy.mandates.map((m: any) => m.term.congress.level).sort()).toEqual(['CITY', 'COUNTY']);
  });
});
