import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  birthDateFromIdNumber, codeFromLabel, columnLetter, DEPUTY_IMPORT_COLUMNS, DEPUTY_STATUS_LABELS, deputyProblems, EDUCATION_LABELS,
  genderFromIdNumber, GENDER_LABELS, isValidIdNumber, isValidIsoDate, OCCUPATION_CATEGORY_LABELS, PARTY_LABELS,
  type DeputyImportColumn, type DeputyStatus, type Education, type Gender, type OccupationCategory, type Party,
} from '@luzhi/shared';
import type { Context } from '../../common/context';
import { AppError, badInput, notFound } from '../../common/errors';
import type { Logger } from '../../common/logger';
import { runAsSystem, requestScope, currentScope } from '../../common/request-context';
import { recordAudit } from '../audit/audit.subscriber';
import { Term } from '../registry/congress.entity';
import { namePinyin } from './deputy.pinyin';
import { DeputyImport, type StoredProblem } from './deputy-import.entity';
import { detectFormat, readRows, type SheetRow } from './deputy-import.reader';

export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
/** Rows per statement: 15 columns × 1,000 rows stays far below PostgreSQL's 65,535 parameters. */
const BATCH = 1000;
/** Enough problems to fix a file; the count and the row list are always complete. */
const STORED_PROBLEMS = 1000;

/** Common ways people write the choices, beyond the labels themselves. */
const ALIASES: Record<string, Record<string, string>> = {
  party: { 中共: 'CPC', 中国共产党: 'CPC', 中国共产党党员: 'CPC', 共产党员: 'CPC', 党员: 'CPC', 群众: 'NON_PARTY', 无: 'NON_PARTY', 无党派人士: 'NON_PARTY' },
  education: { 研究生: 'POSTGRADUATE', 博士: 'POSTGRADUATE', 硕士: 'POSTGRADUATE', 本科: 'UNDERGRADUATE', 大学: 'UNDERGRADUATE', 大专: 'JUNIOR_COLLEGE', 专科: 'JUNIOR_COLLEGE', 高中: 'SECONDARY', 中专: 'SECONDARY', 初中: 'PRIMARY_OR_BELOW', 小学: 'PRIMARY_OR_BELOW' },
  occupationCategory: { 干部: 'CADRE', 领导干部: 'CADRE', 专业技术: 'PROFESSIONAL', 企业: 'ENTERPRISE', 军人: 'MILITARY', 解放军: 'MILITARY' },
  gender: { 男性: 'MALE', 女性: 'FEMALE' },
  status: { 在职: 'ACTIVE', 现任: 'ACTIVE' },
};

function choice<T extends string>(labels: Record<T, { zh: string; en: string }>, key: string, text: string): T | null {
  return codeFromLabel(labels, text) ?? ((ALIASES[key]?.[text.trim()] as T | undefined) ?? null);
}

/** 1980-01-02, 1980/1/2, 1980.1.2, 19800102, 1980年1月2日 → 1980-01-02 (or null). */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** A deputy's columns as the import writes them. */
export interface ImportValues {
  name: string;
  namePinyin: string;
  nameInitials: string;
  gender: Gender;
  ethnicity: string;
  birthDate: string | null;
  party: Party;
  education: Education | null;
  occupationCategory: OccupationCategory;
  workUnit: string | null;
  position: string | null;
  phone: string | null;
  idNumber: string;
  address: string | null;
  status: DeputyStatus;
}
const COLUMNS: (keyof ImportValues)[] = ['name', 'namePinyin', 'nameInitials', 'gender', 'ethnicity', 'birthDate', 'party', 'education', 'occupationCategory', 'workUnit', 'position', 'phone', 'idNumber', 'address', 'status'];
const SQL_COLUMNS = COLUMNS.map((c) => c.replace(/[A-Z]/g, (x) => `_${x.toLowerCase()}`));
const COMPARED = COLUMNS.filter((c) => c !== 'idNumber');

type Header = Map<number, DeputyImportColumn>;

function headerOf(cells: string[]): { header: Header; missing: string[] } {
  const header: Header = new Map();
  const norm = (s: string) => s.replace(/[\s*＊]/g, '').toLowerCase();
  cells.forEach((cell, i) => {
    const c = norm(cell);
    const col = DEPUTY_IMPORT_COLUMNS.find((d) => norm(d.zh) === c || norm(d.en) === c || d.key.toLowerCase() === c);
    if (col) header.set(i, col.key);
  });
  const present = new Set(header.values());
  return { header, missing: DEPUTY_IMPORT_COLUMNS.filter((c) => c.required && !present.has(c.key)).map((c) => c.zh) };
}

/** What a row says, column by column (raw text), with where each column sits. */
interface RawRow {
  row: number;
  get(key: DeputyImportColumn): string;
  column(key: DeputyImportColumn): string;
}

interface CheckedRow {
  row: number;
  /** Absent when the row has problems. */
  values?: ImportValues;
  /** The columns the row fills: empty cells keep what is recorded. */
  filled: Set<keyof ImportValues>;
  districtId: number | null;
  groupId: number | null;
  problems: StoredProblem[];
}

/** Lookups for one import, loaded once: the term's electoral districts and groups by name. */
interface TermLookups {
  termId: number;
  startDate: string;
  districts: Map<string, number>;
  groups: Map<string, number>;
}

async function termLookups(em: EntityManager, termId: number | null): Promise<TermLookups | null> {
  if (!termId) return null;
  const term = await em.getRepository(Term).findOneBy({ id: termId });
  if (!term) throw notFound('届 / term', termId);
  const districts: { id: number; name: string }[] = await em.query(`SELECT id, name FROM electoral_district WHERE congress_id = $1`, [term.congressId]);
  const groups: { id: number; name: string }[] = await em.query(`SELECT id, name FROM deputy_group WHERE term_id = $1`, [termId]);
  return { termId, startDate: term.startDate, districts: new Map(districts.map((d) => [d.name, d.id])), groups: new Map(groups.map((g) => [g.name, g.id])) };
}

/** Checks one row on its own (no database): every problem with its column and reason. */
function checkRow(raw: RawRow, lookups: TermLookups | null): CheckedRow {
  const problems: StoredProblem[] = [];
  const add = (key: DeputyImportColumn, messageKey: string, params: Record<string, string | number> = {}) =>
    problems.push({ row: raw.row, column: raw.column(key), field: key, key: messageKey, params });
  const text = (key: DeputyImportColumn) => raw.get(key).trim();
  const filled = new Set<keyof ImportValues>();

  const pick = <T extends string>(key: DeputyImportColumn, labels: Record<T, { zh: string; en: string }>, required: boolean): T | null => {
    const t = text(key);
    if (!t) {
      if (required) add(key, 'deputy.required', { field: DEPUTY_IMPORT_COLUMNS.find((c) => c.key === key)!.zh });
      return null;
    }
    const code = choice(labels, key, t);
    if (!code) add(key, 'deputy.badChoice', { value: t, allowed: Object.values<{ zh: string }>(labels).map((l) => l.zh).join('、') });
    return code;
  };

  const name = text('name');
  const idNumber = text('idNumber').toUpperCase();
  const gender = pick<Gender>('gender', GENDER_LABELS, false);
  const party = pick<Party>('party', PARTY_LABELS, true);
  const education = pick<Education>('education', EDUCATION_LABELS, false);
  const occupation = pick<OccupationCategory>('occupationCategory', OCCUPATION_CATEGORY_LABELS, true);
  const status = pick<DeputyStatus>('status', DEPUTY_STATUS_LABELS, false);
  const birthText = text('birthDate');
  const birthDate = birthText ? parseDate(birthText) : null;
  if (birthText && !birthDate) add('birthDate', 'deputy.dateInvalid', { value: birthText });
  const opt = (key: DeputyImportColumn) => text(key) || null;

  // The shared rules, the same the form and the mutations use.
  for (const p of deputyProblems({ name, idNumber, gender, birthDate, phone: opt('phone'), ethnicity: opt('ethnicity'), workUnit: opt('workUnit'), position: opt('position'), address: opt('address') })) {
    if (p.field === 'birthDate' && !birthDate) continue;
    add(p.field as DeputyImportColumn, p.key, p.params ?? {});
  }

  let districtId: number | null = null;
  let groupId: number | null = null;
  const districtName = text('electoralDistrict');
  const groupName = text('group');
  if ((districtName || groupName) && !lookups) add(districtName ? 'electoralDistrict' : 'group', 'import.needsTerm');
  if (districtName && lookups) {
    districtId = lookups.districts.get(districtName) ?? null;
    if (!districtId) add('electoralDistrict', 'import.unknownDistrict', { value: districtName });
  }
  if (groupName && lookups) {
    groupId = lookups.groups.get(groupName) ?? null;
    if (!groupId) add('group', 'import.unknownGroup', { value: groupName });
  }

  if (problems.length) return { row: raw.row, filled, districtId, groupId, problems };
  const { full, initials } = namePinyin(name);
  for (const [key, present] of [
    ['gender', !!gender], ['ethnicity', !!opt('ethnicity')], ['birthDate', !!birthDate], ['education', !!education], ['workUnit', !!opt('workUnit')],
    ['position', !!opt('position')], ['phone', !!opt('phone')], ['address', !!opt('address')], ['status', !!status],
  ] as const) if (present) filled.add(key);
  for (const key of ['name', 'namePinyin', 'nameInitials', 'party', 'occupationCategory', 'idNumber'] as const) filled.add(key);
  return {
    row: raw.row,
    filled,
    districtId,
    groupId,
    problems,
    values: {
      name, namePinyin: full, nameInitials: initials,
      gender: gender ?? genderFromIdNumber(idNumber)!,
      ethnicity: opt('ethnicity') ?? '汉族',
      birthDate: birthDate ?? birthDateFromIdNumber(idNumber),
      party: party!, education, occupationCategory: occupation!,
      workUnit: opt('workUnit'), position: opt('position'), phone: opt('phone'), idNumber, address: opt('address'),
      status: status ?? 'ACTIVE',
    },
  };
}

type ExistingDeputy = ImportValues & { id: number };

/** What a batch of checked rows means against the database: new, changed or unchanged. */
interface BatchPlan {
  /** Complete rows to write (new ones and changed ones), with existing values kept where a cell was empty. */
  writes: ImportValues[];
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  /** Deputy ids by ID number, for rows already recorded. */
  existing: Map<string, ExistingDeputy>;
  problems: StoredProblem[];
}

async function planBatch(em: EntityManager, rows: CheckedRow[], lookups: TermLookups | null, lock: boolean): Promise<BatchPlan> {
  const plan: BatchPlan = { writes: [], newCount: 0, changedCount: 0, unchangedCount: 0, existing: new Map(), problems: [] };
  const good = rows.filter((r) => r.values);
  if (!good.length) return plan;
  const ids = good.map((r) => r.values!.idNumber);
  const found: ExistingDeputy[] = await em.query(
    `SELECT id, ${SQL_COLUMNS.map((c, i) => `${c} AS "${COLUMNS[i]}"`).join(', ')} FROM deputy WHERE id_number = ANY($1) ORDER BY id${lock ? ' FOR UPDATE' : ''}`,
    [ids],
  );
  for (const d of found) plan.existing.set(d.idNumber, d);
  // Group rule: one group per deputy and term. A roster may name the group a deputy is in, not another.
  const memberships = new Map<number, { groupId: number; name: string }>();
  if (lookups && found.length) {
    const rowsInGroups: { deputy_id: number; group_id: number; name: string }[] = await em.query(
      `SELECT gm.deputy_id, gm.group_id, g.name FROM group_membership gm JOIN deputy_group g ON g.id = gm.group_id WHERE gm.term_id = $1 AND gm.end_date IS NULL AND gm.deputy_id = ANY($2)`,
      [lookups.termId, found.map((d) => d.id)],
    );
    for (const m of rowsInGroups) memberships.set(m.deputy_id, { groupId: m.group_id, name: m.name });
  }
  for (const r of good) {
    const v = r.values!;
    const old = plan.existing.get(v.idNumber);
    if (!old) {
      plan.writes.push(v);
      plan.newCount++;
      continue;
    }
    const current = memberships.get(old.id);
    if (r.groupId && current && current.groupId !== r.groupId) {
      plan.problems.push({ row: r.row, column: '', field: 'group', key: 'group.alreadyInGroup', params: { name: v.name, group: current.name } });
      continue;
    }
    const merged = { ...v } as ImportValues;
    for (const c of COMPARED) if (!r.filled.has(c)) (merged as unknown as Record<string, unknown>)[c] = old[c];
    const changed = COMPARED.some((c) => (merged[c] ?? null) !== (old[c] ?? null));
    if (changed) {
      plan.writes.push(merged);
      plan.changedCount++;
    } else plan.unchangedCount++;
  }
  return plan;
}

/** Reads the file, checks every row and hands batches to `onBatch`; the same pass for preview and apply. */
async function walk(
  em: EntityManager,
  imp: { data: Buffer; format: 'xlsx' | 'csv'; termId: number | null },
  options: { exclude?: Set<number>; lock: boolean; onProgress: (rows: number, fraction: number) => Promise<void> },
  onBatch: (rows: CheckedRow[], plan: BatchPlan, lookups: TermLookups | null) => Promise<void>,
): Promise<{ total: number; problems: StoredProblem[]; problemCount: number; invalidRows: number[] }> {
  const lookups = await termLookups(em, imp.termId);
  const problems: StoredProblem[] = [];
  let problemCount = 0;
  const invalid = new Set<number>();
  const note = (p: StoredProblem) => {
    problemCount++;
    invalid.add(p.row);
    if (problems.length < STORED_PROBLEMS) problems.push(p);
  };
  let header: Header | null = null;
  let headerCells: string[] = [];
  const seen = new Map<string, number>();
  let batch: CheckedRow[] = [];
  let total = 0;
  let fraction = 0;
  let lastReport = Date.now();

  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    const plan = await planBatch(em, rows, lookups, options.lock);
    for (const p of plan.problems) note(p);
    await onBatch(rows, plan, lookups);
    if (Date.now() - lastReport > 300) {
      lastReport = Date.now();
      await options.onProgress(total, fraction);
    }
  };

  let failed: AppError | null = null;
  for await (const sheetRow of readRows(imp.data, imp.format, (f) => (fraction = f))) {
    if (!header) {
      if (!sheetRow.cells.some((c) => c)) continue;
      const found = headerOf(sheetRow.cells);
      if (found.missing.length) {
        failed = badInput('import.unknownColumns', { columns: found.missing.join('、') });
        note({ row: sheetRow.row, column: found.missing.join('、'), field: '', key: 'import.unknownColumns', params: { columns: found.missing.join('、') } });
        break;
      }
      header = found.header;
      headerCells = sheetRow.cells;
      continue;
    }
    if (!sheetRow.cells.some((c) => c)) continue;
    total++;
    if (options.exclude?.has(sheetRow.row)) continue;
    const raw = rawRow(sheetRow, header, headerCells);
    const checked = checkRow(raw, lookups);
    const id = checked.values?.idNumber ?? raw.get('idNumber').trim().toUpperCase();
    if (id && isValidIdNumber(id)) {
      const first = seen.get(id);
      if (first) {
        checked.problems.push({ row: raw.row, column: raw.column('idNumber'), field: 'idNumber', key: 'import.duplicateInFile', params: { row: first } });
        delete checked.values;
      } else seen.set(id, raw.row);
    }
    for (const p of checked.problems) note(p);
    batch.push(checked);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  if (!failed && !header) note({ row: 1, column: '', field: '', key: 'import.empty' });
  else if (!failed && total === 0) note({ row: 2, column: '', field: '', key: 'import.empty' });
  return { total, problems, problemCount, invalidRows: [...invalid].sort((a, b) => a - b) };
}

function rawRow(sheetRow: SheetRow, header: Header, headerCells: string[]): RawRow {
  const index = new Map<DeputyImportColumn, number>();
  for (const [i, key] of header) index.set(key, i);
  return {
    row: sheetRow.row,
    get: (key) => {
      const i = index.get(key);
      return i === undefined ? '' : (sheetRow.cells[i] ?? '');
    },
    column: (key) => {
      const i = index.get(key);
      return i === undefined ? DEPUTY_IMPORT_COLUMNS.find((c) => c.key === key)!.zh : `${columnLetter(i)} ${headerCells[i] ?? ''}`.trim();
    },
  };
}

async function loadFile(db: DataSource | EntityManager, id: number) {
  const [row] = await db.query(`SELECT data, format, term_id FROM deputy_import WHERE id = $1`, [id]);
  if (!row) throw notFound('导入 / import', id);
  return { data: row.data as Buffer, format: row.format as 'xlsx' | 'csv', termId: row.term_id as number | null };
}

const progress = (db: DataSource, id: number) => async (rows: number, fraction: number) => {
  await db.query(`UPDATE deputy_import SET processed_rows = $2, progress = $3 WHERE id = $1`, [id, rows, Math.min(1, fraction)]);
};

/** Checks every row in the background; the import's status and progress tell how far it is. */
export async function validateImport(db: DataSource, log: Logger, id: number): Promise<void> {
  try {
    const file = await loadFile(db, id);
    let newCount = 0;
    let changedCount = 0;
    let unchangedCount = 0;
    const result = await walk(db.manager, file, { lock: false, onProgress: progress(db, id) }, async (_rows, plan) => {
      newCount += plan.newCount;
      changedCount += plan.changedCount;
      unchangedCount += plan.unchangedCount;
    });
    await db.query(
      `UPDATE deputy_import SET status = $2, progress = 1, processed_rows = $3, total_rows = $3, invalid_row_count = $4, invalid_rows = $5,
         problem_count = $6, problem_list = $7, new_count = $8, changed_count = $9, unchanged_count = $10, updated_at = now() WHERE id = $1`,
      [id, result.problemCount ? 'INVALID' : 'VALID', result.total, result.invalidRows.length, result.invalidRows, result.problemCount, JSON.stringify(result.problems), newCount, changedCount, unchangedCount],
    );
  } catch (err) {
    log.error({ err, importId: id }, 'roster check failed');
    await fail(db, id, err);
  }
}

async function fail(db: DataSource, id: number, err: unknown) {
  const message = err instanceof AppError ? err.localized('zh-CN') + ' / ' + err.localized('en') : '内部错误,请查看日志 / Internal error: see the log';
  await db.query(`UPDATE deputy_import SET status = 'FAILED', failure = $2, updated_at = now() WHERE id = $1`, [id, message]).catch(() => undefined);
}

/** Stores an upload and starts its check; the caller polls the import for progress. */
export async function createImport(ctx: Context, filename: string, data: Buffer, termId: number | null): Promise<DeputyImport> {
  if (!data.length) throw badInput('files.empty');
  if (data.length > MAX_IMPORT_BYTES) throw badInput('import.tooLarge', { max: `${MAX_IMPORT_BYTES / 1024 / 1024} MB` });
  const format = detectFormat(data);
  if (!format) throw badInput('import.unreadable');
  if (termId && !(await ctx.db.getRepository(Term).existsBy({ id: termId }))) throw notFound('届 / term', termId);
  const safeName = filename.replace(/[\\/\x00-\x1f]/g, '_').slice(0, 200) || 'roster';
  const [row] = await ctx.db.query(
    `INSERT INTO deputy_import (filename, format, size, sha256, data, term_id, status, created_by, version) VALUES ($1, $2, $3, $4, $5, $6, 'VALIDATING', $7, 1) RETURNING id`,
    [safeName, format, data.length, createHash('sha256').update(data).digest('hex'), data, termId, ctx.viewer!.id],
  );
  const id = row.id as number;
  const scope = currentScope();
  // Runs after the response; the request's scope stays with it for the log.
  setImmediate(() => void (scope ? requestScope.run(scope, () => validateImport(ctx.db, ctx.log, id)) : validateImport(ctx.db, ctx.log, id)));
  return getImport(ctx, id);
}

export async function getImport(ctx: Context, id: number): Promise<DeputyImport> {
  const imp = await ctx.db.getRepository(DeputyImport).findOneBy({ id });
  // Someone else's import is as invisible as one that does not exist.
  if (!imp || (imp.createdBy !== ctx.viewer?.id && ctx.viewer?.role !== 'ADMIN' && ctx.viewer?.role !== 'STAFF')) throw notFound('导入 / import', id);
  return imp;
}

function values(rows: ImportValues[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const tuples = rows.map((r) => `(${COLUMNS.map((c) => {
    params.push(r[c]);
    return `$${params.length}`;
  }).join(', ')}, 1)`);
  return { sql: tuples.join(', '), params };
}

/**
 * Applies a checked import in one transaction: batched multi-row INSERT … ON CONFLICT (id_number)
 * statements for the deputies (a row identical to the record writes nothing, so a second import of
 * the same file changes nothing), their mandates and groups in the chosen term, and one audit row
 * that sums it up.
 */
export async function applyImport(ctx: Context, id: number, excludeRows: number[]): Promise<DeputyImport> {
  const imp = await getImport(ctx, id);
  const exclude = new Set(excludeRows);
  const unexcluded = imp.invalidRows.filter((r) => !exclude.has(r));
  if (imp.status === 'INVALID' && unexcluded.length) throw badInput('import.invalidRows', { count: unexcluded.length });
  const [claimed] = await ctx.db.query(
    `UPDATE deputy_import SET status = 'APPLYING', progress = 0, processed_rows = 0, excluded_rows = $2, updated_at = now() WHERE id = $1 AND status IN ('VALID', 'INVALID') RETURNING id`,
    [id, [...exclude].sort((a, b) => a - b)],
  );
  if (!claimed) throw new AppError('CONFLICT', 'import.notReady', { status: imp.status });
  const scope = currentScope();
  const run = () => runApply(ctx.db, ctx.log, id, exclude, imp);
  setImmediate(() => void (scope ? requestScope.run({ ...scope, operation: 'applyDeputyImport' }, run) : runAsSystem('applyDeputyImport', run)));
  return getImport(ctx, id);
}

async function runApply(db: DataSource, log: Logger, id: number, exclude: Set<number>, imp: DeputyImport): Promise<void> {
  try {
    const file = await loadFile(db, id);
    await db.transaction(async (em) => {
      let inserted = 0;
      let updated = 0;
      let unchanged = 0;
      let linked = 0;
      const result = await walk(em, file, { exclude, lock: true, onProgress: progress(db, id) }, async (rows, plan, lookups) => {
        if (rows.some((r) => r.problems.length) || plan.problems.length) return;
        unchanged += plan.unchangedCount;
        const ids = new Map<string, number>();
        for (const [idNumber, d] of plan.existing) ids.set(idNumber, d.id);
        if (plan.writes.length) {
          const { sql, params } = values(plan.writes);
          const written: { id: number; id_number: string; inserted: boolean }[] = await em.query(
            `INSERT INTO deputy (${SQL_COLUMNS.join(', ')}, version) VALUES ${sql}
             ON CONFLICT (id_number) DO UPDATE SET ${SQL_COLUMNS.filter((c) => c !== 'id_number').map((c) => `${c} = EXCLUDED.${c}`).join(', ')},
               version = deputy.version + 1, updated_at = now()
             WHERE (${COMPARED.map((_, i) => `deputy.${SQL_COLUMNS[COLUMNS.indexOf(COMPARED[i]!)]}`).join(', ')}) IS DISTINCT FROM (${COMPARED.map((c) => `EXCLUDED.${SQL_COLUMNS[COLUMNS.indexOf(c)]}`).join(', ')})
             RETURNING id, id_number, (xmax = 0) AS inserted`,
            params,
          );
          for (const w of written) {
            ids.set(w.id_number, w.id);
            if (w.inserted) inserted++;
            else updated++;
          }
        }
        if (!lookups) return;
        const good = rows.filter((r) => r.values && ids.has(r.values.idNumber));
        if (good.length) {
          const params: unknown[] = [];
          const tuples = good.map((r) => {
            params.push(ids.get(r.values!.idNumber), r.districtId);
            return `($${params.length - 1}, ${lookups.termId}, $${params.length}::integer, '${lookups.startDate}'::date, 1)`;
          });
          const mandates: { inserted: boolean }[] = await em.query(
            `INSERT INTO mandate (deputy_id, term_id, electoral_district_id, start_date, version) VALUES ${tuples.join(', ')}
             ON CONFLICT (deputy_id, term_id) DO UPDATE SET electoral_district_id = EXCLUDED.electoral_district_id, version = mandate.version + 1, updated_at = now()
             WHERE EXCLUDED.electoral_district_id IS NOT NULL AND mandate.electoral_district_id IS DISTINCT FROM EXCLUDED.electoral_district_id
             RETURNING (xmax = 0) AS inserted`,
            params,
          );
          linked += mandates.length;
        }
        const grouped = good.filter((r) => r.groupId);
        if (grouped.length) {
          const params: unknown[] = [];
          const tuples = grouped.map((r) => {
            params.push(r.groupId, ids.get(r.values!.idNumber));
            return `($${params.length - 1}, $${params.length}, ${lookups.termId}, 'MEMBER', '${lookups.startDate}'::date, 1)`;
          });
          const joined = await em.query(
            `INSERT INTO group_membership (group_id, deputy_id, term_id, role, start_date, version) VALUES ${tuples.join(', ')}
             ON CONFLICT (deputy_id, term_id) WHERE end_date IS NULL DO NOTHING RETURNING id`,
            params,
          );
          linked += joined.length;
        }
      });
      // Rows that were fine in the preview may clash with changes made since: nothing is written.
      const open = result.invalidRows.filter((r) => !exclude.has(r));
      if (open.length) throw badInput('import.invalidRows', { count: open.length });
      await recordAudit(em.queryRunner!, {
        action: 'IMPORT',
        entity: 'Deputy',
        entityId: null,
        before: null,
        after: { importId: id, filename: imp.filename, sha256: imp.sha256, termId: imp.termId, rows: result.total, excludedRows: [...exclude].sort((a, b) => a - b), inserted, updated, unchanged, linked },
      });
      await em.query(
        `UPDATE deputy_import SET status = 'APPLIED', progress = 1, processed_rows = $2, inserted_count = $3, updated_count = $4, linked_count = $5,
           unchanged_count = $6, applied_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
        [id, result.total, inserted, updated, linked, unchanged],
      );
    });
  } catch (err) {
    if (!(err instanceof AppError)) log.error({ err, importId: id }, 'roster import failed');
    await fail(db, id, err);
  }
}

/** The stored problems of an import, for the reader's language. */
export function problemsOf(imp: DeputyImport, first: number): StoredProblem[] {
  return imp.problemList.slice(0, first);
}
