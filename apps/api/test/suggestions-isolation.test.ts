import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_COST_LIMITS } from '../src/config';
import { startTestApp, statementsWhile, type TestApp } from './helpers';
import { ok, Q, suggestionFixture, type SuggestionFixture } from './suggestion-fixtures';

let app: TestApp;
let fx: SuggestionFixture;
let staff: string;
let unitA: string;
let unitB: string;
let unitC: string;
/** s1: lead A, co C, replied B with a commitment and an attachment. s2: lead B. */
let s1: string;
let s2: string;
let s1Assignments: { lead: string; co: string };
let s1AttachmentId: string;

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

async function newSuggestion(lead: number, co: number[] = [], deputy = 0) {
  const c = await ok(app, Q.create, { input: { kind: 'SUGGESTION', title: `隔离测试 ${lead}`, content: '内容', field: 'OTHER', sessionId: String(fx.sessionId), leadDeputyId: String(fx.deputyIds[deputy]), coSignerIds: [String(fx.deputyIds[3])] } }, staff);
  const id = c.createSuggestion.id;
  const r = await ok(app, Q.register, { id, v: c.createSuggestion.version }, staff);
  await ok(app, Q.assign, { id, input: { version: r.registerSuggestion.version, leadUnitId: String(lead), coUnitIds: co.map(String) } }, staff);
  return id;
}

beforeAll(async () => {
  // The statement-count probe selects every nested list at once, above what a screen asks for.
  app = await startTestApp({ config: { costLimits: { ...DEFAULT_COST_LIMITS, STAFF: 10_000_000 } } });
  fx = await suggestionFixture(app);
  staff = (await app.userWithRole('STAFF')).token;
  unitA = (await app.userWithRole('HANDLING_UNIT', { scopeOrganizationId: fx.unitIds[0] })).token;
  unitB = (await app.userWithRole('HANDLING_UNIT', { scopeOrganizationId: fx.unitIds[1] })).token;
  unitC = (await app.userWithRole('HANDLING_UNIT', { scopeOrganizationId: fx.unitIds[2] })).token;
  s1 = await newSuggestion(fx.unitIds[0]!, [fx.unitIds[2]!]);
  s2 = await newSuggestion(fx.unitIds[1]!, [], 1);
  const s = (await ok(app, Q.get, { id: s1 }, staff)).suggestion;
  s1Assignments = { lead: s.assignments.find((a: any) => a.role === 'LEAD').id, co: s.assignments.find((a: any) => a.role === 'CO').id };
  await ok(app, Q.view, { id: s1Assignments.co, c: '协办单位C的意见' }, unitC);
  await ok(app, Q.meet, { id: s1, input: { stage: 'BEFORE', meetingDate: '2025-02-01', notes: '见面' } }, unitA);
  const up = await fetch(`${app.url}/files`, { method: 'POST', headers: { authorization: `Bearer ${unitA}`, 'x-filename': 'reply.png' }, body: PNG });
  s1AttachmentId = ((await up.json()) as { id: string }).id;
  await ok(app, Q.reply, { id: s1, input: { version: s.version, category: 'B', content: 'A单位答复', attachmentIds: [s1AttachmentId], commitments: [{ content: '年底前完成', dueDate: '2025-03-01' }] } }, unitA);
});
afterAll(() => app?.close());

const NESTED = `query($id: ID!) { suggestion(id: $id) { id title leadDeputy { phone idNumber } assignments { id organization { id } suggestion { id } }
  coUnitViews { content organization { id } } replies { content commitments { content } attachments { id url } feedback { verdict } }
  commitments { id } meetings { id } timeline { action } progress { id } possibleDuplicates { id } availableActions } }`;

describe('a handling unit sees and answers only its own items', () => {
  it('gets NOT_FOUND for another unit\'s suggestion by id, the same as for no suggestion', async () => {
    const other = await app.gql(NESTED, { id: s1 }, { token: unitB });
    const none = await app.gql(NESTED, { id: '999999' }, { token: unitB });
    expect(other.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(other.data).toBeNull();
    expect(other.errors![0]!.message.replace(s1, 'X')).toBe(none.errors![0]!.message.replace('999999', 'X'));
    const own = await app.gql(NESTED, { id: s1 }, { token: unitA });
    expect(own.errors).toBeUndefined();
    expect(own.data.suggestion.replies[0].attachments).toHaveLength(1);
    // Possible duplicates would name other units' suggestions: staff see them, a unit does not.
    expect((await ok(app, NESTED, { id: s1 }, staff)).suggestion.possibleDuplicates.map((d: any) => d.id)).toContain(s2);
    expect(own.data.suggestion.possibleDuplicates).toEqual([]);
    // Personal data of the deputy stays masked for a unit.
    expect(own.data.suggestion.leadDeputy.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
  });

  it('leaves other units\' items out of every list', async () => {
    const lists = `{ suggestions(first: 100) { totalCount nodes { id } } suggestionAssignments(first: 100) { totalCount nodes { id suggestion { id } } } commitmentsDue(withinDays: 100000) { id suggestion { id } } }`;
    const b = (await ok(app, lists, {}, unitB));
    expect(b.suggestions.nodes.map((n: any) => n.id)).toEqual([s2]);
    expect(b.suggestionAssignments.nodes.map((n: any) => n.suggestion.id)).toEqual([s2]);
    expect(b.commitmentsDue).toEqual([]);
    const a = await ok(app, lists, {}, unitA);
    expect(a.suggestions.nodes.map((n: any) => n.id)).toEqual([s1]);
    expect(a.commitmentsDue.map((c: any) => c.suggestion.id)).toEqual([s1]);
    const filtered = await ok(app, `query($u: ID) { suggestionAssignments(first: 100, filter: { organizationId: $u }) { totalCount } }`, { u: String(fx.unitIds[0]) }, unitB);
    expect(filtered.suggestionAssignments.totalCount).toBe(1);
  });

  it('cannot act on another unit\'s item by id', async () => {
    const s = (await ok(app, Q.get, { id: s2 }, staff)).suggestion;
    const leadB = s.assignments[0];
    const attempts = [
      app.gql(Q.reply, { id: s1, input: { version: 1, category: 'A', content: '冒充答复' } }, { token: unitB }),
      app.gql(Q.start, { id: s1, v: 1 }, { token: unitB }),
      app.gql(Q.meet, { id: s1, input: { stage: 'DURING', meetingDate: '2025-02-02' } }, { token: unitB }),
      app.gql(Q.progress, { id: s1, input: { content: '冒充进展' } }, { token: unitB }),
      app.gql(Q.requestReturn, { id: s1Assignments.lead, input: { version: 1, reason: '冒充退回' } }, { token: unitB }),
      app.gql(Q.requestExtension, { id: s1Assignments.lead, input: { version: 1, reason: '冒充延期' } }, { token: unitB }),
      app.gql(Q.view, { id: s1Assignments.co, c: '冒充意见' }, { token: unitB }),
      app.gql(Q.reply, { id: s2, input: { version: 1, category: 'A', content: '冒充答复' } }, { token: unitA }),
      app.gql(Q.requestReturn, { id: leadB.id, input: { version: leadB.version, reason: '冒充退回' } }, { token: unitA }),
    ];
    for (const r of await Promise.all(attempts)) expect(r.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const timeline = (await ok(app, Q.get, { id: s1 }, staff)).suggestion.timeline;
    expect(timeline.map((e: any) => e.action)).not.toContain('PROGRESS');
  });

  it('cannot download another unit\'s reply attachment', async () => {
    const get = (token: string) => fetch(`${app.url}/files/${s1AttachmentId}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await get(unitA)).status).toBe(200);
    expect((await get(unitC)).status).toBe(200);
    expect((await get(unitB)).status).toBe(404);
  });

  it('shows a co-unit the item but only its own views, and lets only the lead unit reply', async () => {
    const c = await ok(app, NESTED, { id: s1 }, unitC);
    expect(c.suggestion.coUnitViews.map((v: any) => v.content)).toEqual(['协办单位C的意见']);
    expect(c.suggestion.availableActions).toEqual([]);
    const r = await app.gql(Q.progress, { id: s1, input: { content: '协办单位记录进展' } }, { token: unitC });
    expect(r.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('exports only the unit\'s own rows', async () => {
    const file = await ok(app, `{ exportSuggestionRegister { filename base64 contentType } }`, {}, unitB);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.exportSuggestionRegister.base64, 'base64') as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(3).value).toBe('隔离测试 ' + fx.unitIds[1]);
    const stats = await app.gql(`{ suggestionStats(groupBy: [UNIT]) { measures { measure } } }`, {}, { token: unitB });
    expect(stats.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('exports the units\' results: a summary row per unit, then a sheet of each unit\'s own suggestions', async () => {
    const file = await ok(app, `{ exportSuggestionUnitResults { base64 size } }`, {}, staff);
    const data = Buffer.from(file.exportSuggestionUnitResults.base64, 'base64');
    expect(data.length).toBe(file.exportSuggestionUnitResults.size);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as never);
    const [summary, ...units] = book.worksheets;
    expect(summary!.name).toBe('办理结果汇总');
    expect(summary!.getRow(1).getCell(1).value).toBe('主办单位');
    const column = (sheet: ExcelJS.Worksheet, n: number) => sheet.getColumn(n).values.slice(2);
    expect(column(summary!, 1).filter((unit) => unit !== '未交办')).toHaveLength(units.length);
    for (const sheet of units) {
      expect(sheet.getRow(1).getCell(3).value).toBe('标题');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    const sheetOf = (title: string) => units.filter((sheet) => column(sheet, 3).includes(title));
    for (const unit of [fx.unitIds[0], fx.unitIds[1]]) {
      const sheets = sheetOf(`隔离测试 ${unit}`);
      expect(sheets).toHaveLength(1);
      expect(column(sheets[0]!, 3)).toEqual([`隔离测试 ${unit}`]);
    }
  });
});

describe('deputies', () => {
  it('see the suggestions they lead or co-sign, and only the lead deputy rates', async () => {
    const lead = await app.userWithRole('DEPUTY', { scopeDeputyId: fx.deputyIds[0] });
    const coSigner = await app.userWithRole('DEPUTY', { scopeDeputyId: fx.deputyIds[3] });
    const stranger = await app.userWithRole('DEPUTY', { scopeDeputyId: fx.deputyIds[2] });
    expect((await ok(app, `{ suggestions(first: 50) { totalCount } }`, {}, stranger.token)).suggestions.totalCount).toBe(0);
    expect((await app.gql(NESTED, { id: s1 }, { token: stranger.token })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await ok(app, `{ suggestions(first: 50) { totalCount } }`, {}, coSigner.token)).suggestions.totalCount).toBe(2);
    const v = (await ok(app, Q.get, { id: s1 }, staff)).suggestion.version;
    const byCoSigner = await app.gql(Q.feedback, { id: s1, input: { version: v, verdict: 'SATISFIED' } }, { token: coSigner.token });
    expect(byCoSigner.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const byLead = await app.gql(Q.feedback, { id: s1, input: { version: v, verdict: 'SATISFIED', comment: '满意' } }, { token: lead.token });
    expect(byLead.data.giveSuggestionFeedback.status).toBe('RATED');
  });
});

describe('no N+1', () => {
  it('runs the same number of statements for a page of 2 and a page of 20', async () => {
    for (let i = 0; i < 20; i++) await newSuggestion(fx.unitIds[i % 2]!, [fx.unitIds[2]!]);
    const query = `query($n: Int) { suggestions(first: $n) { totalCount nodes { id term { name } session { name } leadDeputy { name } coSigners { name }
      leadUnit { name } assignments { organization { name } suggestion { id } } timeline { action organization { name } } replies { organization { name } commitments { id } attachments { id } feedback { verdict } }
      feedback { verdict } commitments { suggestion { id } } meetings { organization { name } } coUnitViews { organization { name } } progress { id } possibleDuplicates { id } availableActions overdue } } }`;
    const statements = async (n: number) => {
      await ok(app, query, { n }, staff);
      const { result: r, statements: seen } = await statementsWhile(() => ok(app, query, { n }, staff));
      expect(r.suggestions.nodes).toHaveLength(n);
      return seen.length;
    };
    const small = await statements(2);
    const large = await statements(20);
    expect(small).toBeGreaterThan(10);
    expect(large).toBe(small);
    expect(large).toBeLessThan(40);
  });
});
