import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers';
import { idFor } from './deputy-import-helpers';

let app: TestApp;
let staff: string;
let analyst: string;
let cityTermId: string;
let districtTermId: string;
beforeAll(async () => {
  app = await startTestApp({ demo: true });
  staff = (await app.userWithRole('STAFF')).token;
  analyst = (await app.userWithRole('ANALYST')).token;
  const terms = await app.gql(`{ terms { id congress { level } } }`, {}, { token: staff });
  cityTermId = terms.data.terms.find((t: any) => t.congress.level === 'CITY').id;
  districtTermId = terms.data.terms.find((t: any) => t.congress.level === 'COUNTY').id;
});
afterAll(() => app?.close());

const CREATE = `mutation($input: CreateDeputyInput!) { createDeputy(input: $input) { id name namePinyin nameInitials gender birthDate idNumber phone version status mandates { term { id } } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: DeputyInput!) { updateDeputy(id: $id, version: $version, input: $input) { id name phone version } }`;
const LIST = `query($filter: DeputyFilter, $sort: DeputySort, $first: Int) { deputies(filter: $filter, sort: $sort, first: $first) { totalCount nodes { id name namePinyin birthDate gender party idNumber phone address } } }`;

const base = (over: Record<string, unknown> = {}) => ({
  name: '欧阳明华', party: 'CPC', occupationCategory: 'PROFESSIONAL', idNumber: idFor('1975-03-08', 11), phone: '13912345678', address: '柳河区人民路 8 号', ...over,
});

describe('deputies: records, rules and masking', () => {
  it('creates a deputy with a mandate, fills gender and birth date from the ID number, and finds them by pinyin initials', async () => {
    const r = await app.gql(CREATE, { input: { ...base(), mandate: { termId: districtTermId } } }, { token: staff });
    expect(r.errors).toBeUndefined();
    expect(r.data.createDeputy).toMatchObject({ name: '欧阳明华', namePinyin: 'ouyangminghua', nameInitials: 'oymh', gender: 'MALE', birthDate: '1975-03-08', status: 'ACTIVE', version: 1 });
    expect(r.data.createDeputy.mandates.map((m: any) => m.term.id)).toEqual([districtTermId]);
    for (const search of ['oymh', 'ouyang', '欧阳', '欧阳明华', '明华']) {
      const found = await app.gql(LIST, { filter: { search }, first: 100 }, { token: staff });
      const names = found.data.deputies.nodes.map((n: any) => n.name);
      if (search === '明华') expect(names).not.toContain('欧阳明华'); // two characters match from the start of the name
      else expect(names).toContain('欧阳明华');
    }
  });

  it('answers the search box alone exactly as the general roster query does, page by page', async () => {
    const PAGE = `query($filter: DeputyFilter, $sort: DeputySort, $after: String) { deputies(filter: $filter, sort: $sort, first: 7, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id name } } }`;
    const [sample] = await app.db.query(`SELECT name, name_initials FROM deputy ORDER BY id LIMIT 1`);
    for (const search of [sample.name_initials.slice(0, 1), sample.name_initials, 'zh', [...sample.name].slice(0, 1).join(''), sample.name]) {
      for (const sort of ['NAME_ASC', 'NAME_DESC']) {
        const fast = await app.gql(PAGE, { filter: { search }, sort }, { token: staff });
        // ageMax 150 matches everyone born, and takes the general path.
        const general = await app.gql(PAGE, { filter: { search, ageMax: 150 }, sort }, { token: staff });
        expect(fast.data.deputies, `${search} ${sort}`).toEqual(general.data.deputies);
        if (fast.data.deputies.pageInfo.hasNextPage) {
          const next = await app.gql(PAGE, { filter: { search }, sort, after: fast.data.deputies.pageInfo.endCursor }, { token: staff });
          const nextGeneral = await app.gql(PAGE, { filter: { search, ageMax: 150 }, sort, after: fast.data.deputies.pageInfo.endCursor }, { token: staff });
          expect(next.data.deputies).toEqual(nextGeneral.data.deputies);
        }
      }
    }
  });

  it('reads a roster page with group, division, mandates and suggestions led in at most 4 statements, the same as field by field', async () => {
    const PAGE = `query($term: ID, $first: Int) { deputies(first: $first, filter: { termId: $term }) { totalCount nodes {
      id name gender party suggestionsLedCount
      groupMemberships { role group { id name division { id name } } }
      mandates { startDate endDate term { id name } }
    } } }`;
    const page = await app.gql(PAGE, { term: cityTermId, first: 50 }, { token: staff });
    expect(page.errors).toBeUndefined();
    // The session lookup, the page with its total, and one prefetch of every nested field.
    expect(page.extensions!.sqlStatements).toBeLessThanOrEqual(4);
    expect(page.data.deputies.nodes.length).toBeGreaterThan(10);
    expect(page.data.deputies.nodes.some((n: any) => n.groupMemberships.length && n.groupMemberships[0].group.division)).toBe(true);
    expect(page.data.deputies.nodes.some((n: any) => n.suggestionsLedCount > 0)).toBe(true);
    // The same deputies asked one by one (no page, so no prefetch) give the same values.
    for (const node of page.data.deputies.nodes.slice(0, 8)) {
      const one = await app.gql(`query($id: ID!) { deputy(id: $id) { id name gender party suggestionsLedCount
        groupMemberships { role group { id name division { id name } } } mandates { startDate endDate term { id name } } } }`, { id: node.id }, { token: staff });
      expect(one.data.deputy).toEqual(node);
    }
  });

  it('refuses invalid ID numbers, phones and dates with the shared messages, and duplicate ID numbers', async () => {
    const badId = await app.gql(CREATE, { input: base({ idNumber: '110101197503081230' }) }, { token: staff });
    expect(badId.errors![0]!.extensions!.messageKey).toBe('deputy.idNumberInvalid');
    const badPhone = await app.gql(CREATE, { input: base({ idNumber: idFor('1980-01-01', 12), phone: '12345' }) }, { token: staff, lang: 'en' });
    expect(badPhone.errors![0]!.message).toMatch(/phone number "12345" is not valid/);
    const badDate = await app.gql(CREATE, { input: base({ idNumber: idFor('1980-01-01', 13), birthDate: '1980-02-30' }) }, { token: staff });
    expect(badDate.errors![0]!.extensions!.messageKey).toBe('deputy.dateInvalid');
    const mismatch = await app.gql(CREATE, { input: base({ idNumber: idFor('1980-01-01', 14), birthDate: '1981-01-01' }) }, { token: staff });
    expect(mismatch.errors![0]!.extensions!.messageKey).toBe('deputy.birthDateMismatch');
    const dup = await app.gql(CREATE, { input: base({ name: '重复者' }) }, { token: staff });
    expect(dup.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(dup.errors![0]!.extensions!.messageKey).toBe('deputy.idNumberTaken');
    const [{ count }] = await app.db.query(`SELECT count(*)::int AS count FROM deputy WHERE name = '重复者'`);
    expect(count).toBe(0);
  });

  it('refuses an update with a stale version and changes nothing', async () => {
    const created = (await app.gql(CREATE, { input: base({ name: '版本测试', idNumber: idFor('1970-05-05', 21) }) }, { token: staff })).data.createDeputy;
    const first = await app.gql(UPDATE, { id: created.id, version: 1, input: base({ name: '版本测试', idNumber: created.idNumber, phone: '13800000001' }) }, { token: staff });
    expect(first.data.updateDeputy).toMatchObject({ phone: '13800000001', version: 2 });
    const stale = await app.gql(UPDATE, { id: created.id, version: 1, input: base({ name: '改名失败', idNumber: created.idNumber, phone: '13800000002' }) }, { token: staff });
    expect(stale.errors![0]!.extensions!.code).toBe('CONFLICT');
    const [row] = await app.db.query(`SELECT name, phone, version FROM deputy WHERE id = $1`, [created.id]);
    expect(row).toEqual({ name: '版本测试', phone: '13800000001', version: 2 });
  });

  it('filters by level, term, group, division, sector, party, gender, age, occupation and status, and sorts by pinyin', async () => {
    const count = async (filter: Record<string, unknown>) => (await app.gql(LIST, { filter, first: 1 }, { token: staff })).data.deputies.totalCount as number;
    const [{ n: total }] = await app.db.query(`SELECT count(*)::int AS n FROM deputy`);
    expect(await count({})).toBe(total);
    expect(await count({ level: 'CITY' })).toBe(48);
    expect(await count({ termId: cityTermId })).toBe(48);
    for (const [filter, sql] of [
      [{ party: 'CPC' }, `party = 'CPC'`],
      [{ gender: 'FEMALE' }, `gender = 'FEMALE'`],
      [{ occupationCategory: 'FARMER' }, `occupation_category = 'FARMER'`],
      [{ status: 'ACTIVE' }, `status = 'ACTIVE'`],
      [{ ageMin: 50, ageMax: 60 }, `date_part('year', age(birth_date)) BETWEEN 50 AND 60`],
      [{ gender: 'MALE', party: 'CPC', ageMax: 55 }, `gender = 'MALE' AND party = 'CPC' AND date_part('year', age(birth_date)) <= 55`],
    ] as const) {
      const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM deputy WHERE ${sql}`);
      expect(await count(filter), JSON.stringify(filter)).toBe(n);
    }
    const groups = await app.gql(`query($t: ID) { groups(filter: { termId: $t }) { id name basis memberCount division { id } sector { id } } }`, { t: districtTermId }, { token: staff });
    const bySector = groups.data.groups.find((g: any) => g.basis === 'SECTOR');
    expect(await count({ sectorId: bySector.sector.id })).toBe(bySector.memberCount);
    expect(await count({ groupId: bySector.id })).toBe(bySector.memberCount);
    const byDivision = groups.data.groups.find((g: any) => g.basis === 'DIVISION');
    // A subdistrict: its group's members, and any deputy elected in its constituencies.
    expect(await count({ divisionId: byDivision.division.id })).toBeGreaterThanOrEqual(byDivision.memberCount);
    const [district] = await app.db.query(`SELECT id FROM division WHERE kind = 'DISTRICT'`);
    expect(await count({ divisionId: String(district.id) })).toBeGreaterThanOrEqual(await count({ divisionId: byDivision.division.id }));

    const sorted = (await app.gql(LIST, { first: 100 }, { token: staff })).data.deputies.nodes.map((n: any) => n.namePinyin);
    expect(sorted).toEqual([...sorted].sort());
    const byAge = (await app.gql(LIST, { sort: 'BIRTH_DATE_DESC', first: 50 }, { token: staff })).data.deputies.nodes.map((n: any) => n.birthDate);
    expect(byAge).toEqual([...byAge].sort().reverse());
  });

  it('pages a broad filter (its total counted apart) in pinyin order, past the end too', async () => {
    const PAGE = `query($filter: DeputyFilter, $after: String) { deputies(filter: $filter, first: 7, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }`;
    const expected = ((await app.db.query(`SELECT id FROM deputy WHERE party = 'CPC' ORDER BY name_pinyin, id`)) as { id: number }[]).map((r) => String(r.id));
    const seen: string[] = [];
    let after: string | undefined;
    let last: any;
    do {
      last = (await app.gql(PAGE, { filter: { party: 'CPC' }, after }, { token: staff })).data.deputies;
      expect(last.totalCount).toBe(expected.length);
      seen.push(...last.nodes.map((n: any) => n.id));
      after = last.pageInfo.endCursor;
    } while (last.pageInfo.hasNextPage);
    expect(seen).toEqual(expected);
    const past = (await app.gql(PAGE, { filter: { party: 'CPC' }, after }, { token: staff })).data.deputies;
    expect(past.nodes).toEqual([]);
    expect(past.totalCount).toBe(expected.length);
    // By name descending: the exact reverse, deputies of the same name too.
    const FIRST = `query($sort: DeputySort) { deputies(filter: { party: CPC }, sort: $sort, first: 100) { nodes { id } } }`;
    const descending = (await app.gql(FIRST, { sort: 'NAME_DESC' }, { token: staff })).data.deputies.nodes.map((n: any) => n.id);
    expect(descending).toEqual([...expected].reverse().slice(0, 100));
  });

  it('masks ID number, phone and address for analysts in lists and in the detail', async () => {
    const [d] = await app.db.query(`SELECT id, name, id_number, phone, address FROM deputy WHERE address IS NOT NULL ORDER BY id LIMIT 1`);
    const list = await app.gql(LIST, { filter: { search: d.name }, first: 100 }, { token: analyst });
    const node = list.data.deputies.nodes.find((n: any) => n.id === String(d.id));
    const detail = await app.gql(`query($id: ID!) { deputy(id: $id) { idNumber phone address } }`, { id: String(d.id) }, { token: analyst });
    expect(detail.data.deputy).toEqual({ idNumber: node.idNumber, phone: node.phone, address: node.address });
    expect(node.idNumber).toBe(`${d.id_number.slice(0, 4)}**********${d.id_number.slice(-4)}`);
    expect(node.phone).toBe(`${d.phone.slice(0, 3)}****${d.phone.slice(-4)}`);
    expect(node.address).toBe(d.address.slice(0, 6) + '*'.repeat([...d.address].length - 6));
    const write = await app.gql(UPDATE, { id: String(d.id), version: 1, input: base() }, { token: analyst });
    expect(write.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('ends a mandate: the deputy leaves the group of that term and, with no mandate left, is marked ended', async () => {
    const [row] = await app.db.query(
      `SELECT m.id, m.deputy_id, m.version FROM mandate m WHERE m.term_id = $1 AND NOT EXISTS (SELECT 1 FROM mandate o WHERE o.deputy_id = m.deputy_id AND o.id <> m.id)
         AND EXISTS (SELECT 1 FROM group_membership gm WHERE gm.deputy_id = m.deputy_id AND gm.end_date IS NULL AND gm.role = 'MEMBER') ORDER BY m.id LIMIT 1`,
      [Number(districtTermId)],
    );
    const END = `mutation($id: ID!, $input: EndMandateInput!) { endMandate(id: $id, input: $input) { id endDate endReason version } }`;
    const early = await app.gql(END, { id: String(row.id), input: { version: row.version, endDate: '2001-01-01', endReason: 'MOVED_AWAY' } }, { token: staff });
    expect(early.errors![0]!.extensions!.messageKey).toBe('registry.dateOrder');
    const r = await app.gql(END, { id: String(row.id), input: { version: row.version, endDate: '2005-06-30', endReason: 'MOVED_AWAY' } }, { token: staff });
    expect(r.data.endMandate).toMatchObject({ endDate: '2005-06-30', endReason: 'MOVED_AWAY' });
    const d = await app.gql(`query($id: ID!) { deputy(id: $id) { status groupMemberships { id } groupHistory { endDate } } }`, { id: String(row.deputy_id) }, { token: staff });
    expect(d.data.deputy).toMatchObject({ status: 'ENDED', groupMemberships: [], groupHistory: [{ endDate: '2005-06-30' }] });
    const again = await app.gql(END, { id: String(row.id), input: { version: r.data.endMandate.version, endDate: '2005-07-01', endReason: 'OTHER' } }, { token: staff });
    expect(again.errors![0]!.extensions!.messageKey).toBe('mandate.alreadyEnded');
  });
});

describe('registry maintenance', () => {
  it('creates, changes and deletes congresses, terms and sessions with version checks', async () => {
    const c = await app.gql(`mutation { createCongress(input: { name: "石桥乡人民代表大会", level: TOWNSHIP, region: "石桥乡" }) { id version } }`, {}, { token: staff });
    const id = c.data.createCongress.id;
    const t = await app.gql(`mutation($c: ID!) { createTerm(input: { congressId: $c, number: 9, name: "第九届", startDate: "2006-01-01", endDate: "2005-01-01" }) { id } }`, { c: id }, { token: staff });
    expect(t.errors![0]!.extensions!.messageKey).toBe('registry.dateOrder');
    const t2 = await app.gql(`mutation($c: ID!) { createTerm(input: { congressId: $c, number: 9, name: "第九届", startDate: "2006-01-01" }) { id version } }`, { c: id }, { token: staff });
    const dup = await app.gql(`mutation($c: ID!) { createTerm(input: { congressId: $c, number: 9, name: "又一个第九届", startDate: "2006-01-01" }) { id } }`, { c: id }, { token: staff });
    expect(dup.errors![0]!.extensions!.messageKey).toBe('registry.duplicate');
    const s = await app.gql(`mutation($t: ID!) { createSession(input: { termId: $t, number: 1, name: "第一次会议", startDate: "2006-01-10" }) { id version } }`, { t: t2.data.createTerm.id }, { token: staff });
    expect(s.errors).toBeUndefined();
    const inUse = await app.gql(`mutation($id: ID!) { deleteCongress(id: $id, version: 1) }`, { id }, { token: staff });
    expect(inUse.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'registry.inUse' });
    const renamed = await app.gql(`mutation($id: ID!) { updateCongress(id: $id, version: 1, input: { name: "石桥乡第九届人大", level: TOWNSHIP }) { name version } }`, { id }, { token: staff });
    expect(renamed.data.updateCongress).toEqual({ name: '石桥乡第九届人大', version: 2 });
    const stale = await app.gql(`mutation($id: ID!) { updateCongress(id: $id, version: 1, input: { name: "过时的修改", level: TOWNSHIP }) { name } }`, { id }, { token: staff });
    expect(stale.errors![0]!.extensions!.code).toBe('CONFLICT');
    const [row] = await app.db.query(`SELECT name, version FROM congress WHERE id = $1`, [Number(id)]);
    expect(row).toEqual({ name: '石桥乡第九届人大', version: 2 });
    expect((await app.gql(`mutation($id: ID!) { deleteSession(id: $id, version: 1) }`, { id: s.data.createSession.id }, { token: staff })).data.deleteSession).toBe(true);
    expect((await app.gql(`mutation($id: ID!) { deleteTerm(id: $id, version: 1) }`, { id: t2.data.createTerm.id }, { token: staff })).data.deleteTerm).toBe(true);
    expect((await app.gql(`mutation($id: ID!) { deleteCongress(id: $id, version: 2) }`, { id }, { token: staff })).data.deleteCongress).toBe(true);
  });

  it('keeps the division tree a tree of the right kinds', async () => {
    const [sub] = await app.db.query(`SELECT id, parent_id FROM division WHERE kind = 'SUBDISTRICT' ORDER BY id LIMIT 1`);
    const community = await app.gql(`mutation($p: ID) { createDivision(input: { parentId: $p, kind: COMMUNITY, name: "新村社区" }) { id version } }`, { p: String(sub.id) }, { token: staff });
    expect(community.errors).toBeUndefined();
    const wrongKind = await app.gql(`mutation($p: ID) { createDivision(input: { parentId: $p, kind: SUBDISTRICT, name: "错层级" }) { id } }`, { p: community.data.createDivision.id }, { token: staff });
    expect(wrongKind.errors![0]!.extensions!.messageKey).toBe('registry.divisionKindOrder');
    const [subRow] = await app.db.query(`SELECT version FROM division WHERE id = $1`, [sub.id]);
    const cycle = await app.gql(`mutation($id: ID!, $v: Int!, $p: ID) { updateDivision(id: $id, version: $v, input: { parentId: $p, kind: SUBDISTRICT, name: "城关街道" }) { id } }`, { id: String(sub.id), v: subRow.version, p: community.data.createDivision.id }, { token: staff });
    expect(cycle.errors![0]!.extensions!.messageKey).toBe('registry.treeCycle');
    const withChildren = await app.gql(`mutation($id: ID!, $v: Int!) { deleteDivision(id: $id, version: $v) }`, { id: String(sub.id), v: subRow.version }, { token: staff });
    expect(withChildren.errors![0]!.extensions!.messageKey).toBe('registry.inUse');
  });

  it('maintains sectors, organizations, liaison stations, electoral districts and regulations', async () => {
    const sector = await app.gql(`mutation { createSector(input: { name: "城建环保" }) { id version } }`, {}, { token: staff });
    expect((await app.gql(`mutation($id: ID!) { updateSector(id: $id, version: 1, input: { name: "城建环保", description: "城市建设与环境保护" }) { description version } }`, { id: sector.data.createSector.id }, { token: staff })).data.updateSector).toEqual({ description: '城市建设与环境保护', version: 2 });
    const parent = await app.gql(`mutation { createOrganization(input: { name: "区城市管理局", kind: STATE_ORGAN, handlesSuggestions: true, contactPhone: "0311-86001234" }) { id } }`, {}, { token: staff });
    const badPhone = await app.gql(`mutation { createOrganization(input: { name: "坏电话", kind: OTHER, contactPhone: "12" }) { id } }`, {}, { token: staff });
    expect(badPhone.errors![0]!.extensions!.messageKey).toBe('deputy.phoneInvalid');
    const child = await app.gql(`mutation($p: ID) { createOrganization(input: { name: "区环卫所", kind: PUBLIC_INSTITUTION, parentId: $p }) { id parent { name } } }`, { p: parent.data.createOrganization.id }, { token: staff });
    expect(child.data.createOrganization.parent.name).toBe('区城市管理局');
    const cycle = await app.gql(`mutation($id: ID!, $p: ID) { updateOrganization(id: $id, version: 1, input: { name: "区城市管理局", kind: STATE_ORGAN, parentId: $p }) { id } }`, { id: parent.data.createOrganization.id, p: child.data.createOrganization.id }, { token: staff });
    expect(cycle.errors![0]!.extensions!.messageKey).toBe('registry.treeCycle');
    const orgs = await app.gql(`{ organizations(first: 100, filter: { kind: STATE_ORGAN }) { nodes { name } } }`, {}, { token: staff });
    const names = orgs.data.organizations.nodes.map((n: any) => n.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('zh-Hans-CN-u-co-pinyin').compare));
    const station = await app.gql(`mutation { createLiaisonStation(input: { name: "新村代表联络站", kind: STATION, openingHours: "每周三" }) { id } }`, {}, { token: staff });
    expect(station.errors).toBeUndefined();
    const [congress] = await app.db.query(`SELECT id FROM congress WHERE level = 'COUNTY'`);
    const ed = await app.gql(`mutation($c: ID!) { createElectoralDistrict(input: { congressId: $c, kind: CONSTITUENCY, name: "新村选区" }) { id } }`, { c: String(congress.id) }, { token: staff });
    expect(ed.errors).toBeUndefined();
    expect((await app.gql(`query($c: ID) { electoralDistricts(congressId: $c) { name } }`, { c: String(congress.id) }, { token: staff })).data.electoralDistricts.map((e: any) => e.name)).toContain('新村选区');
    const reg = await app.gql(`mutation { createRegulation(input: { title: "代表述职办法", adoptedOn: "2004-13-01" }) { id } }`, {}, { token: staff });
    expect(reg.errors![0]!.extensions!.messageKey).toBe('deputy.dateInvalid');
    const analystWrite = await app.gql(`mutation { createSector(input: { name: "不应成功" }) { id } }`, {}, { token: analyst });
    expect(analystWrite.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
