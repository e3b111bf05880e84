import { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type ExcelJS from 'exceljs';
import {
  FEEDBACK_VERDICT_LABELS, formatRate, SUGGESTION_FIELD_LABELS, SUGGESTION_KIND_LABELS, SUGGESTION_MEASURES, SUGGESTION_STATUS_LABELS,
  type FeedbackVerdict, type SuggestionField, type SuggestionKind, type SuggestionMeasure, type SuggestionStatus,
} from '@luzhi/shared';
import type { Context } from '../../common/context';
import { loadExcel } from '../../common/excel';
import type { SuggestionFilter, SuggestionStatsFilter } from './suggestion.inputs';
import { suggestionQuery } from './suggestion.service';
import { STATS_ROW_LIMIT_MAX, suggestionStats } from './suggestion.stats';
import type { ExportFile } from './suggestion.types';

const MAX_ROWS = 10000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface RegisterRow {
  id: number;
  registration_number: string | null;
  kind: SuggestionKind;
  title: string;
  field: SuggestionField;
  status: SuggestionStatus;
  key_supervision: boolean;
  lead_deputy: string;
  co_signers: number;
  session_name: string | null;
  lead_unit: string | null;
  lead_organization_id: number | null;
  co_units: string | null;
  assigned_on: string | null;
  reply_due_date: string | null;
  category: string | null;
  replied_on: string | null;
  verdict: FeedbackVerdict | null;
}

/**
 * The register's rows for suggestions the viewer may see. Deputies appear by name only, as in the
 * printed 汇总表: no phone, ID number or address leaves the system through an export.
 */
async function registerRows(ctx: Context, ids: number[]): Promise<RegisterRow[]> {
  if (!ids.length) return [];
  return ctx.db.query(
    `SELECT s.id, s.registration_number, s.kind, s.title, s.field, s.status, s.key_supervision, d.name AS lead_deputy,
            (SELECT count(*) FROM suggestion_co_signer c WHERE c.suggestion_id = s.id)::int AS co_signers,
            cs.name AS session_name, o.name AS lead_unit, s.lead_organization_id,
            (SELECT string_agg(o2.name, '、' ORDER BY o2.name) FROM suggestion_assignment a JOIN organization o2 ON o2.id = a.organization_id
              WHERE a.suggestion_id = s.id AND a.role = 'CO' AND a.status IN ('ACTIVE', 'RETURN_REQUESTED')) AS co_units,
            s.assigned_on, s.reply_due_date, lr.category, lr.replied_on, lf.verdict
     FROM suggestion s
     JOIN deputy d ON d.id = s.lead_deputy_id
     LEFT JOIN congress_session cs ON cs.id = s.session_id
     LEFT JOIN organization o ON o.id = s.lead_organization_id
     LEFT JOIN LATERAL (SELECT r.category, r.replied_on FROM suggestion_reply r WHERE r.suggestion_id = s.id ORDER BY r.round DESC LIMIT 1) lr ON true
     LEFT JOIN LATERAL (SELECT f.verdict FROM suggestion_feedback f WHERE f.suggestion_id = s.id ORDER BY f.round DESC LIMIT 1) lf ON true
     WHERE s.id = ANY($1::int[])
     ORDER BY s.registration_number NULLS LAST, s.id`,
    [ids],
  );
}

type Book = ExcelJS.stream.xlsx.WorkbookWriter;

/** One sheet of register rows, each written out (as zipped XML) as it is added. */
function registerSheet(book: Book, name: string, rows: RegisterRow[]) {
  const sheet = book.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '登记编号', key: 'number', width: 16 },
    { header: '类别', key: 'kind', width: 8 },
    { header: '标题', key: 'title', width: 40 },
    { header: '领衔代表', key: 'lead', width: 10 },
    { header: '附议人数', key: 'co', width: 8 },
    { header: '会议', key: 'session', width: 30 },
    { header: '领域', key: 'field', width: 12 },
    { header: '主办单位', key: 'unit', width: 22 },
    { header: '协办单位', key: 'coUnits', width: 26 },
    { header: '状态', key: 'status', width: 10 },
    { header: '交办日期', key: 'assigned', width: 12 },
    { header: '答复期限', key: 'due', width: 12 },
    { header: '答复类别', key: 'category', width: 8 },
    { header: '答复日期', key: 'replied', width: 12 },
    { header: '代表评价', key: 'verdict', width: 10 },
    { header: '重点督办', key: 'key', width: 8 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const r of rows) {
    sheet.addRow({
      number: r.registration_number ?? '', kind: SUGGESTION_KIND_LABELS[r.kind].zh, title: r.title, lead: r.lead_deputy, co: r.co_signers,
      session: r.session_name ?? '闭会期间', field: SUGGESTION_FIELD_LABELS[r.field].zh, unit: r.lead_unit ?? '', coUnits: r.co_units ?? '',
      status: SUGGESTION_STATUS_LABELS[r.status].zh, assigned: r.assigned_on ?? '', due: r.reply_due_date ?? '', category: r.category ?? '',
      replied: r.replied_on ?? '', verdict: r.verdict ? FEEDBACK_VERDICT_LABELS[r.verdict].zh : '', key: r.key_supervision ? '是' : '',
    }).commit();
  }
  sheet.commit();
}

/**
 * A workbook written through exceljs's streaming writer: a committed row becomes zipped XML at
 * once, where the in-memory workbook kept an object per cell until the end (a 10,000-row register
 * took the API from ~185 to ~395 MB). `file()` finishes it; the answer is still the whole file,
 * base64, in the GraphQL response.
 */
async function newBook(): Promise<{ book: Book; file(filename: string): Promise<ExportFile> }> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const book = new (await loadExcel()).stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  book.creator = 'Lüzhi';
  return {
    book,
    async file(filename) {
      await book.commit();
      const buffer = Buffer.concat(chunks);
      return { filename, contentType: XLSX, base64: buffer.toString('base64'), size: buffer.length };
    },
  };
}

/** 建议汇总表: every suggestion the filter and the viewer's scope allow, one row each. */
export async function exportRegister(ctx: Context, filter: SuggestionFilter | undefined): Promise<ExportFile> {
  const ids = (await suggestionQuery(ctx, filter).select('s.id', 'id').orderBy('s.id').limit(MAX_ROWS).getRawMany<{ id: number }>()).map((r) => r.id);
  const rows = await registerRows(ctx, ids);
  const { book, file } = await newBook();
  registerSheet(book, '建议汇总表', rows);
  return file(`建议汇总表-${new Date().toISOString().slice(0, 10)}.xlsx`);
}

const SUMMARY_MEASURES: SuggestionMeasure[] = [
  'suggestionCount', 'repliedCount', 'replyRate', 'onTimeRate', 'faceToFaceRate', 'satisfactionRate', 'firstRoundSatisfactionRate',
  'resolutionRate', 'categoryACount', 'categoryBCount', 'categoryCCount', 'categoryDCount', 'unsatisfiedTurnedSatisfiedCount', 'satisfiedNotSolvedCount',
];

/** 各承办单位办理结果: a summary sheet of the measures per unit, then one sheet per unit with its suggestions. */
export async function exportUnitResults(ctx: Context, filter: SuggestionStatsFilter | undefined): Promise<ExportFile> {
  const stats = await suggestionStats(ctx, ['UNIT'], filter, STATS_ROW_LIMIT_MAX);
  const { book, file } = await newBook();
  const summary = book.addWorksheet('办理结果汇总');
  summary.columns = [{ header: '主办单位', key: 'unit', width: 24 }, ...SUMMARY_MEASURES.map((m) => ({ header: SUGGESTION_MEASURES[m].label.zh, key: m, width: 12 }))];
  summary.getRow(1).font = { bold: true };
  summary.getRow(1).commit();
  for (const row of stats) {
    const values: Record<string, string | number> = { unit: row.dimensions[0]!.label };
    for (const m of row.measures) if (SUMMARY_MEASURES.includes(m.measure)) values[m.measure] = SUGGESTION_MEASURES[m.measure].kind === 'rate' ? formatRate(m.value) : m.numerator;
    summary.addRow(values).commit();
  }
  summary.commit();
  const ids = (await suggestionQuery(ctx, {
    termId: filter?.termId, sessionId: filter?.sessionId, inSession: filter?.inSession, year: filter?.year, leadUnitId: filter?.unitId,
    field: filter?.field, kind: filter?.kind, keySupervision: filter?.keySupervision,
  }).andWhere('s.leadOrganizationId IS NOT NULL').select('s.id', 'id').orderBy('s.id').limit(MAX_ROWS).getRawMany<{ id: number }>()).map((r) => r.id);
  const byUnit = new Map<string, RegisterRow[]>();
  for (const r of await registerRows(ctx, ids)) {
    const unit = String(r.lead_organization_id);
    if (!byUnit.has(unit)) byUnit.set(unit, []);
    byUnit.get(unit)!.push(r);
  }
  const names = new Set<string>();
  for (const row of stats) {
    const unitId = row.dimensions[0]!.key;
    if (unitId == null) continue;
    let name = row.dimensions[0]!.label.slice(0, 28);
    while (names.has(name)) name = `${name.slice(0, 26)}_${names.size}`;
    names.add(name);
    registerSheet(book, name, byUnit.get(unitId) ?? []);
    // The zip takes each finished sheet on later turns of the event loop: without this pause every
    // unit's sheet would wait in memory, as XML, until the last was written.
    await nextTurn();
  }
  return file(`承办单位办理结果-${new Date().toISOString().slice(0, 10)}.xlsx`);
}
