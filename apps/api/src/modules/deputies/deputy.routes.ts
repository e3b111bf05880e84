import express, { type Express, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import {
  DEPUTY_IMPORT_COLUMNS, DEPUTY_STATUS_LABELS, DEPUTY_STATUSES, EDUCATION_LABELS, formatMessage, GENDER_LABELS, MASKS,
  OCCUPATION_CATEGORY_LABELS, PARTY_LABELS, PERMISSIONS, type Lang, type Permission,
} from '@luzhi/shared';
import type { Config } from '../../config';
import type { Context } from '../../common/context';
import { restContext } from '../../common/rest-context';
import { AppError, badInput } from '../../common/errors';
import { loadExcel } from '../../common/excel';
import type { Logger } from '../../common/logger';
import { mayReadPersonalData } from '../../common/masking';
import { toId } from '../../common/pagination';
import { DeputySort } from './deputy.enums';
import type { DeputyFilter } from './deputy.inputs';
import { deputyQuery } from './deputy.service';
import { createImport, MAX_IMPORT_BYTES } from './deputy-import.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachmentHeader = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

function sendError(res: Response, lang: Lang, err: unknown, log: Logger, requestId: string) {
  if (err instanceof AppError) {
    const status = err.code === 'FORBIDDEN' ? 403 : err.code === 'UNAUTHENTICATED' ? 401 : err.code === 'NOT_FOUND' ? 404 : 400;
    res.status(status).json({ error: { code: err.code, message: err.localized(lang), messageKey: err.messageKey } });
    return;
  }
  log.error({ err, requestId }, 'deputy route failed');
  if (!res.headersSent) res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: formatMessage('common.internal', { requestId }, lang) } });
  else res.destroy();
}

/**
 * Plain-HTTP endpoints of the roster, where files are too large for GraphQL's JSON:
 * POST /deputy-imports (raw body, `x-filename`, optional `?termId=`) stores a roster and starts its
 * check; GET /deputy-imports/template.xlsx is the template with Chinese headers; POST
 * /deputy-exports (JSON `{ filter, sort }`, as the `deputies` query takes them) streams the list as
 * .xlsx, masked as the GraphQL fields are.
 */
export function mountDeputyRoutes(app: Express, deps: { db: DataSource; config: Config; log: Logger }) {
  const contextFor = (req: Request, res: Response, permission: Permission) => restContext(req, res, deps, permission);

  app.post('/deputy-imports', express.raw({ type: () => true, limit: MAX_IMPORT_BYTES + 1024 }), async (req, res) => {
    const ctx = await contextFor(req, res, PERMISSIONS.DEPUTY_IMPORT);
    if (!ctx) return;
    try {
      const termId = typeof req.query.termId === 'string' && req.query.termId ? toId(req.query.termId, 'termId') : null;
      const name = decodeURIComponent(req.header('x-filename') ?? 'roster');
      const imp = await createImport(ctx, name, Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0), termId);
      res.status(201).json({ id: String(imp.id), filename: imp.filename, format: imp.format, size: imp.size, status: imp.status });
    } catch (err) {
      sendError(res, ctx.lang, err, deps.log, ctx.requestId);
    }
  });

  app.get('/deputy-imports/template.xlsx', async (req, res) => {
    const ctx = await contextFor(req, res, PERMISSIONS.DEPUTY_IMPORT);
    if (!ctx) return;
    try {
      const buffer = await templateWorkbook();
      res.setHeader('Content-Type', XLSX);
      res.setHeader('Content-Disposition', attachmentHeader('代表名册导入模板.xlsx'));
      res.setHeader('Cache-Control', 'private, no-store');
      res.end(buffer);
    } catch (err) {
      sendError(res, ctx.lang, err, deps.log, ctx.requestId);
    }
  });

  app.post('/deputy-exports', express.json({ limit: '64kb' }), async (req, res) => {
    const ctx = await contextFor(req, res, PERMISSIONS.DEPUTY_EXPORT);
    if (!ctx) return;
    try {
      const { filter, sort } = parseExportRequest(req.body);
      await exportDeputies(ctx, filter, sort, res);
    } catch (err) {
      sendError(res, ctx.lang, err, deps.log, ctx.requestId);
    }
  });
}

const FILTER_FIELDS: Record<keyof DeputyFilter, 'string' | 'int'> = {
  search: 'string', level: 'string', termId: 'string', groupId: 'string', divisionId: 'string', sectorId: 'string', party: 'string',
  gender: 'string', ageMin: 'int', ageMax: 'int', occupationCategory: 'string', education: 'string', status: 'string',
};

/** The export takes the list's filter, checked as strictly as GraphQL would. */
export function parseExportRequest(body: unknown): { filter: DeputyFilter; sort: DeputySort | undefined } {
  const b = (body ?? {}) as { filter?: Record<string, unknown>; sort?: unknown };
  const filter: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(b.filter ?? {})) {
    if (value === null || value === undefined || value === '') continue;
    const kind = FILTER_FIELDS[key as keyof DeputyFilter];
    if (!kind) throw badInput('common.invalidInput', { details: `filter.${key}` });
    if (kind === 'int' ? !Number.isInteger(value) || (value as number) < 0 || (value as number) > 150 : typeof value !== 'string' || value.length > 50) {
      throw badInput('common.invalidInput', { details: `filter.${key}` });
    }
    filter[key] = value;
  }
  if (b.sort !== undefined && b.sort !== null && !Object.values(DeputySort).includes(b.sort as DeputySort)) throw badInput('common.invalidInput', { details: 'sort' });
  return { filter: filter as DeputyFilter, sort: (b.sort as DeputySort | null) ?? undefined };
}

const label = (labels: Record<string, { zh: string }>, code: string | null) => (code ? (labels[code]?.zh ?? code) : '');

/** Streams the filtered roster through a cursor into a streamed workbook: flat memory for any size. */
async function exportDeputies(ctx: Context, filter: DeputyFilter, sort: DeputySort | undefined, res: Response): Promise<void> {
  const qb = await deputyQuery(ctx, filter, sort);
  const termId = filter.termId ? toId(filter.termId, 'termId') : null;
  const current = termId ? `AND x.term_id = ${termId}` : '';
  qb.select([
    'd.name AS name', 'd.gender AS gender', 'd.ethnicity AS ethnicity', 'd.birth_date AS birth_date', 'd.party AS party', 'd.education AS education',
    'd.occupation_category AS occupation_category', 'd.work_unit AS work_unit', 'd.position AS position', 'd.phone AS phone', 'd.id_number AS id_number',
    'd.address AS address', 'd.status AS status',
  ])
    .addSelect(`(SELECT string_agg(e.name, '、' ORDER BY x.start_date) FROM mandate x JOIN electoral_district e ON e.id = x.electoral_district_id WHERE x.deputy_id = d.id AND x.end_date IS NULL ${current})`, 'district')
    .addSelect(`(SELECT string_agg(g.name, '、' ORDER BY x.start_date) FROM group_membership x JOIN deputy_group g ON g.id = x.group_id WHERE x.deputy_id = d.id AND x.end_date IS NULL ${current})`, 'group_name');
  const [sql, params] = qb.getQueryAndParameters();
  const unmasked = mayReadPersonalData(ctx);
  const mask = (kind: 'idNumber' | 'phone' | 'address', v: string | null) => (v == null ? '' : unmasked ? v : MASKS[kind](v));

  // Before the transaction, so that loading the library on the first export holds no connection.
  const Excel = await loadExcel();
  const runner = ctx.db.createQueryRunner('slave');
  await runner.connect();
  try {
    await runner.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await runner.query(`DECLARE roster NO SCROLL CURSOR FOR ${sql}`, params);
    res.setHeader('Content-Type', XLSX);
    res.setHeader('Content-Disposition', attachmentHeader(`代表名册-${new Date().toISOString().slice(0, 10)}.xlsx`));
    res.setHeader('Cache-Control', 'private, no-store');
    const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('代表名册');
    sheet.columns = DEPUTY_IMPORT_COLUMNS.map((c) => ({ header: c.zh, key: c.key, width: c.key === 'idNumber' ? 22 : c.key === 'workUnit' || c.key === 'address' ? 30 : 12, style: { numFmt: '@' } }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (;;) {
      const rows: Record<string, string | null>[] = await runner.query('FETCH 2000 FROM roster');
      if (!rows.length) break;
      for (const r of rows) {
        sheet.addRow([
          r.name, label(GENDER_LABELS, r.gender), r.ethnicity, r.birth_date ?? '', label(PARTY_LABELS, r.party), label(EDUCATION_LABELS, r.education),
          label(OCCUPATION_CATEGORY_LABELS, r.occupation_category), r.work_unit ?? '', r.position ?? '', mask('phone', r.phone), mask('idNumber', r.id_number),
          mask('address', r.address), label(DEPUTY_STATUS_LABELS, r.status), r.district ?? '', r.group_name ?? '',
        ]).commit();
      }
    }
    await runner.query('CLOSE roster');
    await runner.query('COMMIT');
    sheet.commit();
    await workbook.commit();
  } catch (err) {
    await runner.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await runner.release();
  }
}

/** The import template: the roster sheet with Chinese headers and pick lists, and a sheet explaining each column. */
export async function templateWorkbook(): Promise<Buffer> {
  const Excel = await loadExcel();
  const wb = new Excel.Workbook();
  wb.creator = 'Lüzhi';
  const sheet = wb.addWorksheet('代表名册');
  sheet.columns = DEPUTY_IMPORT_COLUMNS.map((c) => ({ header: c.zh, key: c.key, width: c.key === 'idNumber' ? 22 : c.key === 'workUnit' || c.key === 'address' ? 30 : 14, style: { numFmt: '@' } }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  DEPUTY_IMPORT_COLUMNS.forEach((c, i) => {
    if (c.required) head.getCell(i + 1).font = { bold: true, color: { argb: 'FFB71C1C' } };
  });
  const lists: Partial<Record<string, string[]>> = {
    gender: Object.values(GENDER_LABELS).map((l) => l.zh),
    party: Object.values(PARTY_LABELS).map((l) => l.zh),
    education: Object.values(EDUCATION_LABELS).map((l) => l.zh),
    occupationCategory: Object.values(OCCUPATION_CATEGORY_LABELS).map((l) => l.zh),
    status: DEPUTY_STATUSES.map((s) => DEPUTY_STATUS_LABELS[s].zh),
  };
  DEPUTY_IMPORT_COLUMNS.forEach((c, i) => {
    const list = lists[c.key];
    if (!list) return;
    const letter = sheet.getColumn(i + 1).letter;
    for (let r = 2; r <= 1000; r++) {
      sheet.getCell(`${letter}${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${list.join(',')}"`], showErrorMessage: true };
    }
  });
  const help = wb.addWorksheet('填写说明');
  help.columns = [{ header: '列', key: 'col', width: 18 }, { header: '必填', key: 'req', width: 8 }, { header: '说明', key: 'text', width: 90 }];
  help.getRow(1).font = { bold: true };
  const notes: Record<string, string> = {
    name: '代表姓名',
    gender: '男 / 女;不填则按身份证号判断',
    ethnicity: '不填默认汉族',
    birthDate: 'YYYY-MM-DD;不填则取身份证号中的出生日期,填写时须与之一致',
    party: lists.party!.join('、') + '(“群众”按无党派)',
    education: lists.education!.join('、'),
    occupationCategory: lists.occupationCategory!.join('、'),
    phone: '11 位手机号,或带区号的固定电话',
    idNumber: '18 位公民身份号码,按 GB 11643 校验;以此识别同一代表,重复导入不会重复登记。请设为文本格式,勿让 Excel 转成数字',
    status: lists.status!.join('、') + ';不填默认在任',
    electoralDistrict: '导入时选择了届才可填写:该届人大的选区或选举单位名称',
    group: '导入时选择了届才可填写:该届代表小组名称;每位代表每届只能在一个小组',
  };
  for (const c of DEPUTY_IMPORT_COLUMNS) help.addRow({ col: c.zh, req: c.required ? '是' : '', text: notes[c.key] ?? '' });
  help.addRow({});
  help.addRow({ col: '说明', text: '空白单元格不会清除已登记的内容;有错误的行须修正或在导入时明确排除,否则整个文件不会导入。' });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
