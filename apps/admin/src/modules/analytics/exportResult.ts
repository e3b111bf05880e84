/**
 * Turns a GraphQL result into tables for export: every list of objects in `data` becomes one
 * table (one sheet in .xlsx), with nested objects flattened into dotted columns. Plain functions,
 * so they are tested without a browser.
 */
export interface ResultTable {
  /** Where the list is in the result, e.g. `auditStats.rows`. */
  path: string;
  columns: string[];
  rows: unknown[][];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function flatten(value: Json, prefix: string, out: Record<string, unknown>) {
  if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (Array.isArray(value)) {
    // A list inside a row stays in one cell: plain values joined, objects as JSON.
    out[prefix] = value.every((v) => !isObject(v) && !Array.isArray(v)) ? value.join(', ') : JSON.stringify(value);
  } else {
    out[prefix] = value;
  }
}

export function toTable(path: string, list: Json[]): ResultTable {
  const columns: string[] = [];
  const seen = new Set<string>();
  const flat = list.map((item) => {
    const row: Record<string, unknown> = {};
    if (isObject(item)) flatten(item, '', row);
    else row.value = item;
    for (const k of Object.keys(row)) if (!seen.has(k)) (seen.add(k), columns.push(k));
    return row;
  });
  return { path, columns, rows: flat.map((r) => columns.map((c) => (c in r ? r[c] : null))) };
}

/** Every list of objects in the result, outermost first; the whole result as one row when none. */
export function findTables(data: unknown): ResultTable[] {
  const tables: ResultTable[] = [];
  const walk = (value: Json, path: string) => {
    if (Array.isArray(value)) {
      if (value.some(isObject)) tables.push(toTable(path, value));
      return;
    }
    if (isObject(value)) for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  if (isObject(data)) walk(data as Json, '');
  if (!tables.length && isObject(data)) tables.push(toTable('result', [data as Json]));
  return tables;
}

/** A cell a spreadsheet would read as a formula is written as text (CSV injection). */
function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? safeText(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a UTF-8 byte-order mark, so Excel reads the Chinese text correctly. */
export function toCsv(table: ResultTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetNames(tables: ResultTable[]): string[] {
  const used = new Set<string>();
  return tables.map((t, i) => {
    const base = (t.path.replace(/[[\]:*?/\\]/g, '_').slice(-28) || `sheet${i + 1}`).replace(/^'+|'+$/g, '');
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)}~${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** An .xlsx workbook with one sheet per table; exceljs is loaded only when someone exports. */
export async function toXlsx(tables: ResultTable[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lüzhi';
  const names = sheetNames(tables);
  tables.forEach((table, i) => {
    const sheet = workbook.addWorksheet(names[i]);
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((v) => (v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'boolean' ? v : String(v))));
    sheet.columns.forEach((col, c) => {
      const widest = Math.max(table.columns[c]!.length, ...table.rows.slice(0, 200).map((r) => String(r[c] ?? '').length));
      col.width = Math.min(60, Math.max(8, widest + 2));
    });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  });
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

export function download(content: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
