import { isValidIdNumber, isValidIsoDate, isValidPhone } from './validation';
import type { Gender } from './registry';
import type { MessageParams } from './errors';

/**
 * The rules a deputy's record must meet, shared by the server (mutations and the roster import)
 * and the admin's form, so both refuse the same things with the same words.
 */
export const DEPUTY_LIMITS = { name: 50, ethnicity: 20, workUnit: 150, position: 100, phone: 30, address: 200 } as const;

/** Birth date written in a GB 11643 ID number (YYYY-MM-DD), or null when the number is malformed. */
export function birthDateFromIdNumber(id: string): string | null {
  if (!/^\d{17}[\dXx]$/.test(id)) return null;
  const d = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  return isValidIsoDate(d) ? d : null;
}

/** Gender written in an ID number: the 17th digit is odd for men, even for women. */
export function genderFromIdNumber(id: string): Gender | null {
  if (!/^\d{17}[\dXx]$/.test(id)) return null;
  return Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
}

export type DeputyField = 'name' | 'gender' | 'ethnicity' | 'birthDate' | 'party' | 'education' | 'occupationCategory' | 'workUnit' | 'position' | 'phone' | 'idNumber' | 'address' | 'status';

export interface DeputyProblem {
  field: DeputyField;
  /** A message key of REGISTRY_MESSAGES. */
  key: string;
  params?: MessageParams;
}

const NAME_LABEL = { zh: '姓名', en: 'The name' };
const ID_NUMBER_LABEL = { zh: '公民身份号码', en: 'The ID number' };
const TEXT_LABELS = {
  ethnicity: { zh: '民族', en: 'The ethnicity' },
  workUnit: { zh: '工作单位', en: 'The work unit' },
  position: { zh: '职务', en: 'The position' },
  address: { zh: '地址', en: 'The address' },
} as const;

export interface DeputyValues {
  name?: string | null;
  gender?: string | null;
  ethnicity?: string | null;
  birthDate?: string | null;
  phone?: string | null;
  idNumber?: string | null;
  workUnit?: string | null;
  position?: string | null;
  address?: string | null;
}

/** Every problem with a deputy's values; an empty list means the record may be saved. */
export function deputyProblems(v: DeputyValues, today: string = new Date().toISOString().slice(0, 10)): DeputyProblem[] {
  const out: DeputyProblem[] = [];
  const name = v.name?.trim() ?? '';
  if (!name) out.push({ field: 'name', key: 'deputy.required', params: { field: NAME_LABEL } });
  else if ([...name].length > DEPUTY_LIMITS.name) out.push({ field: 'name', key: 'deputy.tooLong', params: { field: NAME_LABEL, max: DEPUTY_LIMITS.name } });
  const id = v.idNumber?.trim().toUpperCase() ?? '';
  if (!id) out.push({ field: 'idNumber', key: 'deputy.required', params: { field: ID_NUMBER_LABEL } });
  else if (!isValidIdNumber(id)) out.push({ field: 'idNumber', key: 'deputy.idNumberInvalid', params: { value: id } });
  if (v.birthDate) {
    if (!isValidIsoDate(v.birthDate)) out.push({ field: 'birthDate', key: 'deputy.dateInvalid', params: { value: v.birthDate } });
    else if (v.birthDate > today || v.birthDate < '1900-01-01') out.push({ field: 'birthDate', key: 'deputy.birthDateOutOfRange', params: { value: v.birthDate } });
    else if (id && isValidIdNumber(id) && birthDateFromIdNumber(id) !== v.birthDate) {
      out.push({ field: 'birthDate', key: 'deputy.birthDateMismatch', params: { value: v.birthDate, fromId: birthDateFromIdNumber(id)! } });
    }
  }
  if (v.gender && id && isValidIdNumber(id) && genderFromIdNumber(id) !== v.gender) out.push({ field: 'gender', key: 'deputy.genderMismatch' });
  if (v.phone && !isValidPhone(v.phone.trim())) out.push({ field: 'phone', key: 'deputy.phoneInvalid', params: { value: v.phone } });
  for (const field of ['ethnicity', 'workUnit', 'position', 'address'] as const) {
    const value = v[field];
    if (value && [...value].length > DEPUTY_LIMITS[field]) out.push({ field, key: 'deputy.tooLong', params: { field: TEXT_LABELS[field], max: DEPUTY_LIMITS[field] } });
  }
  return out;
}

/** Any date field (mandate start and end, group membership): valid and in order. */
export function dateRangeProblem(start: string, end: string | null | undefined): string | null {
  if (!isValidIsoDate(start)) return 'deputy.dateInvalid';
  if (end != null && end !== '' && (!isValidIsoDate(end) || end < start)) return 'registry.dateOrder';
  return null;
}

/**
 * The roster spreadsheet's columns, in template order. Headers are Chinese (the template's); the
 * import also accepts the English header or the field name.
 */
export const DEPUTY_IMPORT_COLUMNS = [
  { key: 'name', zh: '姓名', en: 'Name', required: true },
  { key: 'gender', zh: '性别', en: 'Gender', required: false },
  { key: 'ethnicity', zh: '民族', en: 'Ethnicity', required: false },
  { key: 'birthDate', zh: '出生日期', en: 'Birth date', required: false },
  { key: 'party', zh: '政治面貌', en: 'Party', required: true },
  { key: 'education', zh: '学历', en: 'Education', required: false },
  { key: 'occupationCategory', zh: '代表构成', en: 'Occupation category', required: true },
  { key: 'workUnit', zh: '工作单位', en: 'Work unit', required: false },
  { key: 'position', zh: '职务', en: 'Position', required: false },
  { key: 'phone', zh: '手机号码', en: 'Phone', required: false },
  { key: 'idNumber', zh: '公民身份号码', en: 'ID number', required: true },
  { key: 'address', zh: '通讯地址', en: 'Address', required: false },
  { key: 'status', zh: '状态', en: 'Status', required: false },
  { key: 'electoralDistrict', zh: '选区或选举单位', en: 'Electoral district', required: false },
  { key: 'group', zh: '代表小组', en: 'Group', required: false },
] as const;
export type DeputyImportColumn = (typeof DEPUTY_IMPORT_COLUMNS)[number]['key'];

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export const DEPUTY_IMPORT_STATUSES = ['VALIDATING', 'VALID', 'INVALID', 'APPLYING', 'APPLIED', 'FAILED'] as const;
export type DeputyImportStatus = (typeof DEPUTY_IMPORT_STATUSES)[number];
export const DEPUTY_IMPORT_STATUS_LABELS: Record<DeputyImportStatus, { zh: string; en: string }> = {
  VALIDATING: { zh: '正在校验', en: 'Checking' },
  VALID: { zh: '校验通过', en: 'Ready to import' },
  INVALID: { zh: '有错误', en: 'Has errors' },
  APPLYING: { zh: '正在导入', en: 'Importing' },
  APPLIED: { zh: '已导入', en: 'Imported' },
  FAILED: { zh: '导入失败', en: 'Failed' },
};
