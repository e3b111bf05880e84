import {
  birthDateFromIdNumber, codeFromLabel, columnLetter, DEPUTY_IMPORT_COLUMNS, DEPUTY_STATUS_LABELS, deputyProblems, EDUCATION_LABELS,
  genderFromIdNumber, GENDER_LABELS, isValidIdNumber, isValidIsoDate, OCCUPATION_CATEGORY_LABELS, PARTY_LABELS,
  type DeputyImportColumn, type DeputyStatus, type Education, type Gender, type OccupationCategory, type Party,
  type MessageParams,
} from '@luzhi/shared';
import { namePinyin } from './deputy.pinyin';
import { countXlsxRows, readRows, type SheetRow } from './deputy-import.reader';

/**
 * Checking a roster row by row, without the database: what the import worker runs. No entity or
 * server code here, so a worker thread can load it.
 */

/** One problem of one row, as stored: the reason is a message key, rendered in the reader's language. */
export interface StoredProblem {
  row: number;
  column: string;
  field: string;
  key: string;
  params?: MessageParams;
}

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
export const COLUMNS: (keyof ImportValues)[] = ['name', 'namePinyin', 'nameInitials', 'gender', 'ethnicity', 'birthDate', 'party', 'education', 'occupationCategory', 'workUnit', 'position', 'phone', 'idNumber', 'address', 'status'];
export const SQL_COLUMNS = COLUMNS.map((c) => c.replace(/[A-Z]/g, (x) => `_${x.toLowerCase()}`));
export const COMPARED = COLUMNS.filter((c) => c !== 'idNumber');

type Header = Map<number, DeputyImportColumn>;

export function headerOf(cells: string[]): { header: Header; missing: string[] } {
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
export interface RawRow {
  row: number;
  get(key: DeputyImportColumn): string;
  column(key: DeputyImportColumn): string;
}

export interface CheckedRow {
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
export interface TermLookups {
  termId: number;
  startDate: string;
  districts: Map<string, number>;
  groups: Map<string, number>;
}

/** Checks one row on its own (no database): every problem with its column and reason. */
export function checkRow(raw: RawRow, lookups: TermLookups | null): CheckedRow {
  const problems: StoredProblem[] = [];
  const add = (key: DeputyImportColumn, messageKey: string, params: MessageParams = {}) =>
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

/** The bit of each column in a staged row's `filled` mask. */
export const FILL_BIT = Object.fromEntries(COLUMNS.map((c, i) => [c, 1 << i])) as Record<keyof ImportValues, number>;

export function rawRow(sheetRow: SheetRow, index: Map<DeputyImportColumn, number>, headerCells: string[]): RawRow {
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

/** What the worker sends for each batch of rows. */
export interface CheckedBatch {
  rows: CheckedRow[];
  problems: StoredProblem[];
  total: number;
  fraction: number;
}

/**
 * Reads a roster and checks its rows, batch by batch: header, every cell, duplicate ID numbers in
 * the file. `onBatch` resolves when the caller is ready for the next batch (backpressure).
 */
export async function checkFile(
  data: Buffer,
  format: 'xlsx' | 'csv',
  lookups: TermLookups | null,
  batchSize: number,
  onBatch: (batch: CheckedBatch) => Promise<void>,
): Promise<{ total: number }> {
  let header: Header | null = null;
  let headerCells: string[] = [];
  const index = new Map<DeputyImportColumn, number>();
  const seen = new Map<string, number>();
  let rows: CheckedRow[] = [];
  let problems: StoredProblem[] = [];
  let total = 0;
  // Progress: rows against the sheet's row count when the file tells it, else bytes read.
  const expected = format === 'xlsx' ? await countXlsxRows(data) : null;
  let read = 0;
  const fraction = () => (expected ? Math.min(0.99, total / Math.max(1, expected - 1)) : read);
  const flush = async () => {
    if (!rows.length && !problems.length) return;
    const batch = { rows, problems, total, fraction: fraction() };
    rows = [];
    problems = [];
    await onBatch(batch);
  };
  for await (const sheetRow of readRows(data, format, (f) => (read = f))) {
    if (!header) {
      if (!sheetRow.cells.some((c) => c)) continue;
      const found = headerOf(sheetRow.cells);
      if (found.missing.length) {
        problems.push({ row: sheetRow.row, column: found.missing.join('、'), field: '', key: 'import.unknownColumns', params: { columns: found.missing.join('、') } });
        await flush();
        return { total: 0 };
      }
      header = found.header;
      headerCells = sheetRow.cells;
      for (const [i, key] of header) index.set(key, i);
      continue;
    }
    if (!sheetRow.cells.some((c) => c)) continue;
    total++;
    const raw = rawRow(sheetRow, index, headerCells);
    const checked = checkRow(raw, lookups);
    const id = checked.values?.idNumber ?? raw.get('idNumber').trim().toUpperCase();
    if (id && isValidIdNumber(id)) {
      const first = seen.get(id);
      if (first) {
        checked.problems.push({ row: raw.row, column: raw.column('idNumber'), field: 'idNumber', key: 'import.duplicateInFile', params: { row: first } });
        delete checked.values;
      } else seen.set(id, raw.row);
    }
    problems.push(...checked.problems);
    rows.push(checked);
    if (rows.length >= batchSize) await flush();
  }
  await flush();
  if (!header) await onBatch({ rows: [], problems: [{ row: 1, column: '', field: '', key: 'import.empty' }], total: 0, fraction: 1 });
  else if (total === 0) await onBatch({ rows: [], problems: [{ row: 2, column: '', field: '', key: 'import.empty' }], total: 0, fraction: 1 });
  return { total };
}
