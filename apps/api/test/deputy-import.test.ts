import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS, PERMISSIONS, type Permission } from '@luzhi/shared';
import { startTestApp, type TestApp } from './helpers';
import { apply, csvOf, idFor, settle, upload, xlsxOf, type RosterRow } from './deputy-import-helpers';

let app: TestApp;
let staff: string;
let districtTermId: string;
beforeAll(async () => {
  app = await startTestApp({ demo: true });
  staff = (await app.userWithRole('STAFF')).token;
  const terms = await app.gql(`{ terms { id congress { level } } }`, {}, { token: staff });
  districtTermId = terms.data.terms.find((t: any) => t.congress.level === 'COUNTY').id;
});
afterAll(() => app?.close());

/** A birth date per hundred serials, so ID numbers stay unique in long rosters. */
const birthOf = (serial: number) => new Date(Date.UTC(1970, 0, 1 + Math.floor(serial / 100))).toISOString().slice(0, 10);

const roster = (n: number, from = 0): RosterRow[] =>
  Array.from({ length: n }, (_, i) => ({
    name: ['赵文博', '钱秀英', '孙建国', '李春梅', '周海涛', '吴丽华'][(i + from) % 6]! + (i + from >= 6 ? String.fromCharCode(0x4e00 + i + from) : ''),
    gender: (i + from) % 2 ? '女' : '男',
    birthDate: birthOf(i + from),
    party: ['中共党员', '群众', '民盟'][(i + from) % 3]!,
    education: '本科',
    occupationCategory: '专业技术人员',
    workUnit: '柳河区第一中学',
    position: '教师',
    phone: `139${String(10000000 + i + from)}`,
    idNumber: idFor(birthOf(i + from), i + from, (i + from) % 2 ? 'FEMALE' : 'MALE'),
    address: '柳河区人民路 1 号',
  }));

async function snapshot() {
  return app.db.query(`SELECT id, name, phone, version, updated_at::text FROM deputy ORDER BY id`);
}

describe('roster import', () => {
  it('serves a template with Chinese headers and pick lists', async () => {
    const res = await fetch(`${app.url}/deputy-imports/template.xlsx`, { headers: { authorization: `Bearer ${staff}` } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const header = (wb.worksheets[0]!.getRow(1).values as string[]).slice(1);
    expect(header.slice(0, 5)).toEqual(['姓名', '性别', '民族', '出生日期', '政治面貌']);
    expect(header).toContain('公民身份号码');
    expect(wb.worksheets[0]!.getCell('E2').dataValidation.formulae[0]).toContain('中共党员');
    const analyst = (await app.userWithRole('ANALYST')).token;
    expect((await fetch(`${app.url}/deputy-imports/template.xlsx`, { headers: { authorization: `Bearer ${analyst}` } })).status).toBe(403);
  });

  it('lists every problem with row, column and reason, imports nothing until fixed or excluded, and is idempotent', async () => {
    const rows = roster(6);
    rows[1] = { ...rows[1], idNumber: '110101197001010000' };
    rows[3] = { ...rows[3], phone: '12345', party: '某党' };
    const before = await snapshot();
    const up = await upload(app, staff, '名册.csv', csvOf(rows));
    expect(up.status).toBe(201);
    const checked = await settle(app, staff, up.body.id);
    expect(checked).toMatchObject({ status: 'INVALID', totalRows: 6, invalidRowCount: 2, invalidRows: [3, 5], problemCount: 3, newCount: 4 });
    expect(checked.problems.map((p: any) => [p.row, p.column, p.messageKey])).toEqual([
      [3, 'K 公民身份号码', 'deputy.idNumberInvalid'],
      [5, 'E 政治面貌', 'deputy.badChoice'],
      [5, 'J 手机号码', 'deputy.phoneInvalid'],
    ]);
    expect(checked.problems[2].reason).toContain('12345');

    const refused = await apply(app, staff, up.body.id);
    expect(refused.errors![0]!.extensions!.messageKey).toBe('import.invalidRows');
    expect(await snapshot()).toEqual(before);

    // The bad rows excluded explicitly: the other four go in.
    const partial = await apply(app, staff, up.body.id, [3, 5]);
    expect(partial.result).toMatchObject({ status: 'APPLIED', insertedCount: 4, updatedCount: 0, excludedRows: [3, 5] });

    // The fixed file: two new deputies, four unchanged; then the same file again changes nothing.
    rows[1] = { ...rows[1], idNumber: idFor(birthOf(1), 1, 'FEMALE') };
    rows[3] = { ...rows[3], phone: '13900000003', party: '中共党员' };
    const fixed = await upload(app, staff, '名册-已修正.csv', csvOf(rows));
    expect(await settle(app, staff, fixed.body.id)).toMatchObject({ status: 'VALID', newCount: 2, unchangedCount: 4, changedCount: 0, problemCount: 0 });
    expect((await apply(app, staff, fixed.body.id)).result).toMatchObject({ status: 'APPLIED', insertedCount: 2, updatedCount: 0 });
    const afterFirst = await snapshot();
    const again = await upload(app, staff, '名册-已修正.csv', csvOf(rows));
    expect(await settle(app, staff, again.body.id)).toMatchObject({ status: 'VALID', newCount: 0, changedCount: 0, unchangedCount: 6 });
    expect((await apply(app, staff, again.body.id)).result).toMatchObject({ status: 'APPLIED', insertedCount: 0, updatedCount: 0 });
    expect(await snapshot()).toEqual(afterFirst);

    const found = await app.gql(`{ deputies(filter: { search: "qxy" }, first: 10) { nodes { name party phone } } }`, {}, { token: staff });
    expect(found.data.deputies.nodes).toContainEqual({ name: '钱秀英', party: 'NON_PARTY', phone: rows[1]!.phone });
    const audit = await app.db.query(`SELECT operation, after FROM audit_log WHERE action = 'IMPORT' ORDER BY id`);
    expect(audit.map((a: any) => [a.after.inserted, a.after.updated, a.after.unchanged])).toEqual([[4, 0, 0], [2, 0, 4], [0, 0, 6]]);
    expect(audit[0].operation).toBe('applyDeputyImport');
  });

  it('updates changed rows from an .xlsx, keeps recorded values where a cell is empty, and links term, district and group', async () => {
    const groups = await app.gql(`query($t: ID) { groups(filter: { termId: $t }) { id name } }`, { t: districtTermId }, { token: staff });
    const [district] = await app.db.query(`SELECT name FROM electoral_district WHERE congress_id = (SELECT congress_id FROM term WHERE id = $1) ORDER BY id LIMIT 1`, [Number(districtTermId)]);
    const rows = roster(3, 20).map((r) => ({ ...r, electoralDistrict: district.name, group: groups.data.groups[0].name }));
    const first = await upload(app, staff, '区代表.xlsx', await xlsxOf(rows), districtTermId);
    expect(await settle(app, staff, first.body.id)).toMatchObject({ status: 'VALID', newCount: 3 });
    expect((await apply(app, staff, first.body.id)).result).toMatchObject({ status: 'APPLIED', insertedCount: 3, linkedCount: 6 });
    const d = await app.gql(`query($s: String) { deputies(filter: { search: $s }, first: 1) { nodes { id workUnit mandates { term { id } electoralDistrict { name } } groupMemberships { group { name } } } } }`, { s: rows[0]!.name }, { token: staff });
    expect(d.data.deputies.nodes[0]).toMatchObject({ mandates: [{ term: { id: districtTermId }, electoralDistrict: { name: district.name } }], groupMemberships: [{ group: { name: groups.data.groups[0].name } }] });

    // A new phone for one deputy, an empty work unit for another (kept), a different group for a third (refused).
    const changed = rows.map((r) => ({ ...r }));
    changed[0]!.phone = '13700000000';
    changed[1]!.workUnit = '';
    changed[2]!.group = groups.data.groups[1].name;
    const second = await upload(app, staff, '区代表-改.xlsx', await xlsxOf(changed), districtTermId);
    const check = await settle(app, staff, second.body.id);
    expect(check).toMatchObject({ status: 'INVALID', changedCount: 1, unchangedCount: 1, invalidRows: [4] });
    expect(check.problems[0].messageKey).toBe('group.alreadyInGroup');
    expect((await apply(app, staff, second.body.id, [4])).result).toMatchObject({ status: 'APPLIED', insertedCount: 0, updatedCount: 1, linkedCount: 0 });
    const [kept] = await app.db.query(`SELECT work_unit FROM deputy WHERE id_number = $1`, [rows[1]!.idNumber]);
    expect(kept.work_unit).toBe('柳河区第一中学');
    // The import's upserts keep the composition rollup (migration 1764300620000) exact.
    const rolled = await app.db.query(`SELECT level, gender, party, sum(n)::int AS n
      FROM (SELECT level, gender, party, n FROM deputy_composition_rollup UNION ALL SELECT level, gender, party, n FROM deputy_composition_delta) r
      GROUP BY 1, 2, 3 HAVING sum(n) <> 0 ORDER BY 1, 2, 3`);
    expect(rolled).toEqual(await app.db.query(`SELECT c.level, d.gender, d.party, count(*)::int AS n
      FROM mandate m JOIN deputy d ON d.id = m.deputy_id JOIN term t ON t.id = m.term_id JOIN congress c ON c.id = t.congress_id
      WHERE m.end_date IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`));
  });

  it('reads a larger file in the checking thread, with the same result and progress to the end', async () => {
    const rows = roster(3000, 100);
    const body = csvOf(rows);
    expect(Buffer.byteLength(body)).toBeGreaterThan(256 * 1024);
    const up = await upload(app, staff, '大名册.csv', body);
    const checked = await settle(app, staff, up.body.id);
    expect(checked).toMatchObject({ status: 'VALID', totalRows: 3000, processedRows: 3000, progress: 1, newCount: 3000 });
    expect((await apply(app, staff, up.body.id)).result).toMatchObject({ status: 'APPLIED', insertedCount: 3000, processedRows: 3000, progress: 1 });
  });

  it('refuses files without the required columns and duplicate ID numbers within a file', async () => {
    const noIds = await upload(app, staff, 'bad.csv', '姓名,性别\r\n张三,男\r\n');
    const r = await settle(app, staff, noIds.body.id);
    expect(r.status).toBe('INVALID');
    expect(r.problems[0].messageKey).toBe('import.unknownColumns');
    expect(r.problems[0].reason).toContain('公民身份号码');
    const dupRows = roster(2, 40);
    dupRows[1]!.idNumber = dupRows[0]!.idNumber;
    dupRows[1]!.gender = dupRows[0]!.gender;
    const dup = await settle(app, staff, (await upload(app, staff, 'dup.csv', csvOf(dupRows))).body.id);
    expect(dup.problems.map((p: any) => [p.row, p.messageKey, p.reason])).toEqual([[3, 'import.duplicateInFile', '与第 2 行的公民身份号码重复']]);
    const binary = await upload(app, staff, 'x.bin', Buffer.from([0, 1, 2, 3, 0, 0]));
    expect(binary.status).toBe(400);
  });

  it('reads GBK-encoded CSV as Excel on Chinese Windows writes it', async () => {
    const text = csvOf(roster(1, 50));
    const gbk = Buffer.from(new TextEncoder().encode(text));
    // Node has no GBK encoder: write the file with iconv-like bytes from a decoder round trip.
    const { execFileSync } = await import('node:child_process');
    let bytes: Buffer;
    try {
      bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: gbk });
    } catch {
      return; // no iconv on this machine: nothing to check
    }
    const r = await settle(app, staff, (await upload(app, staff, 'gbk.csv', bytes)).body.id);
    expect(r).toMatchObject({ status: 'VALID', newCount: 1 });
  });
});

describe('roster export', () => {
  it('exports the filtered list as .xlsx with the template columns, re-importable into its term as it is', async () => {
    const filter = { termId: districtTermId, party: 'CPC', gender: 'FEMALE' };
    const total = (await app.gql(`query($f: DeputyFilter) { deputies(filter: $f, first: 1) { totalCount } }`, { f: filter }, { token: staff })).data.deputies.totalCount;
    const res = await fetch(`${app.url}/deputy-exports`, { method: 'POST', headers: { authorization: `Bearer ${staff}`, 'content-type': 'application/json' }, body: JSON.stringify({ filter, sort: 'NAME_ASC' }) });
    expect(res.status).toBe(200);
    const body = Buffer.from(await res.arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as never);
    const sheet = wb.worksheets[0]!;
    expect(sheet.rowCount).toBe(total + 1);
    expect(sheet.getRow(2).getCell(5).value).toBe('中共党员');
    expect(String(sheet.getRow(2).getCell(11).value)).toMatch(/^\d{17}[\dX]$/);
    expect(String(sheet.getRow(2).getCell(15).value)).toMatch(/代表小组$/);
    const reimport = await settle(app, staff, (await upload(app, staff, 'export.xlsx', body, districtTermId)).body.id);
    expect(reimport.problems.slice(0, 3)).toEqual([]);
    expect(reimport).toMatchObject({ status: 'VALID', totalRows: total, unchangedCount: total, newCount: 0, changedCount: 0 });
  });

  it('masks ID numbers, phones and addresses in exports for roles without personal:read, and refuses roles without export', async () => {
    const analyst = await app.userWithRole('ANALYST');
    const post = (token: string) => fetch(`${app.url}/deputy-exports`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ filter: { status: 'ACTIVE' } }) });
    expect((await post(analyst.token)).status).toBe(403);
    const bad = await fetch(`${app.url}/deputy-exports`, { method: 'POST', headers: { authorization: `Bearer ${staff}`, 'content-type': 'application/json' }, body: JSON.stringify({ filter: { nameLike: "x' OR 1=1" } }) });
    expect(bad.status).toBe(400);
    // Grant analysts the export for this test only: the masking must still hold.
    const perms = ROLE_PERMISSIONS.ANALYST as Permission[];
    perms.push(PERMISSIONS.DEPUTY_EXPORT);
    try {
      const res = await post(analyst.token);
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      const row = wb.worksheets[0]!.getRow(2);
      expect(String(row.getCell(11).value)).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
      expect(String(row.getCell(10).value)).toMatch(/^\d{3}\*{4}\d{4}$/);
      expect(String(row.getCell(12).value)).toMatch(/^.{6}\*+$/u);
    } finally {
      perms.splice(perms.indexOf(PERMISSIONS.DEPUTY_EXPORT), 1);
    }
  });
});
