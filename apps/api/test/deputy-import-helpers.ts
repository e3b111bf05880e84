import ExcelJS from 'exceljs';
import { DEPUTY_IMPORT_COLUMNS, idNumberCheckChar } from '@luzhi/shared';
import type { TestApp } from './helpers';

/** A valid ID number for a birth date and a serial (odd last sequence digit: a man). */
export function idFor(birth: string, serial: number, gender: 'MALE' | 'FEMALE' = 'MALE'): string {
  const seq = String(serial % 100).padStart(2, '0') + String(gender === 'MALE' ? 1 : 2);
  const first17 = `110101${birth.replace(/-/g, '')}${seq}`;
  return first17 + idNumberCheckChar(first17);
}

export type RosterRow = Partial<Record<(typeof DEPUTY_IMPORT_COLUMNS)[number]['key'], string>>;

export function csvOf(rows: RosterRow[]): string {
  const head = DEPUTY_IMPORT_COLUMNS.map((c) => c.zh).join(',');
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [head, ...rows.map((r) => DEPUTY_IMPORT_COLUMNS.map((c) => quote(r[c.key] ?? '')).join(','))].join('\r\n') + '\r\n';
}

export async function xlsxOf(rows: RosterRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('代表名册');
  ws.addRow(DEPUTY_IMPORT_COLUMNS.map((c) => c.zh));
  for (const r of rows) ws.addRow(DEPUTY_IMPORT_COLUMNS.map((c) => r[c.key] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function upload(app: TestApp, token: string, filename: string, body: Buffer | string, termId?: string) {
  const res = await fetch(`${app.url}/deputy-imports${termId ? `?termId=${termId}` : ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'x-filename': encodeURIComponent(filename), 'content-type': 'application/octet-stream' },
    body: new Uint8Array(typeof body === 'string' ? Buffer.from(body, 'utf8') : body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

export const IMPORT_FIELDS = `id status progress processedRows totalRows invalidRowCount invalidRows problemCount newCount changedCount unchangedCount
  insertedCount updatedCount linkedCount excludedRows failure version problems { row column field reason messageKey }`;

/** Polls an import until its background step is done. */
export async function settle(app: TestApp, token: string, id: string): Promise<any> {
  for (let i = 0; i < 600; i++) {
    const r = await app.gql(`query($id: ID!) { deputyImport(id: $id) { ${IMPORT_FIELDS} } }`, { id }, { token });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    const imp = r.data.deputyImport;
    if (imp.status !== 'VALIDATING' && imp.status !== 'APPLYING') return imp;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`import ${id} did not settle`);
}

export async function apply(app: TestApp, token: string, id: string, excludeRows?: number[]) {
  const r = await app.gql(`mutation($id: ID!, $ex: [Int!]) { applyDeputyImport(id: $id, excludeRows: $ex) { id status } }`, { id, ex: excludeRows }, { token });
  if (r.errors) return { errors: r.errors };
  return { result: await settle(app, token, id) };
}
