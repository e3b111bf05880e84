import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../common/excel';

/** One spreadsheet row: its number as the spreadsheet shows it (1-based) and its cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** Cell text as a person reads it: dates as YYYY-MM-DD, rich text joined, formulas by result. */
export function cellText(value: unknown): string {
  if (value == null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    // An 18-digit ID number typed as a number has lost its last digits: keep what Excel shows,
    // so the check reports it instead of guessing.
    return Number.isInteger(value) && Math.abs(value) < 1e15 ? String(value) : value.toExponential();
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return '';
  }
  return String(value).trim();
}

export function detectFormat(data: Buffer): 'xlsx' | 'csv' | null {
  if (data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) return 'xlsx';
  const sample = data.subarray(0, Math.min(data.length, 4096));
  return sample.includes(0) ? null : 'csv';
}

/** Feeds a buffer in chunks and reports how much of it was read (progress for large files). */
function chunked(data: Buffer, onRead: (fraction: number) => void): Readable {
  const size = 64 * 1024;
  let offset = 0;
  return new Readable({
    read() {
      if (offset >= data.length) return void this.push(null);
      const end = Math.min(offset + size, data.length);
      this.push(data.subarray(offset, end));
      offset = end;
      onRead(offset / data.length);
    },
  });
}

async function* xlsxRows(data: Buffer, onRead: (fraction: number) => void): AsyncGenerator<SheetRow> {
  const Excel = await loadExcel();
  const reader = new Excel.stream.xlsx.WorkbookReader(chunked(data, onRead), {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  });
  // The roster is the first worksheet; the template's second one only explains the columns.
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
      yield { row: row.number, cells };
    }
    return;
  }
}

/** UTF-8 (with or without BOM), or GB18030/GBK as Excel on a Chinese Windows saves CSV. */
export function decodeText(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function* csvRecords(text: string, onRead: (fraction: number) => void = () => undefined): Generator<SheetRow> {
  let row = 1;
  let field = '';
  let cells: string[] = [];
  let quoted = false;
  let i = 0;
  const n = text.length;
  let reported = 0;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
      continue;
    }
    if (c === ',') {
      cells.push(field.trim());
      field = '';
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      cells.push(field.trim());
      field = '';
      yield { row, cells };
      row++;
      cells = [];
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      if (i - reported > 65536) {
        reported = i;
        onRead(i / n);
      }
      continue;
    }
    field += c;
    i++;
  }
  if (field !== '' || cells.length) {
    cells.push(field.trim());
    yield { row, cells };
  }
  onRead(1);
}

/** The rows of an uploaded roster, streamed: memory stays flat whatever the file's length. */
export async function* readRows(data: Buffer, format: 'xlsx' | 'csv', onRead: (fraction: number) => void = () => undefined): AsyncGenerator<SheetRow> {
  if (format === 'xlsx') {
    yield* xlsxRows(data, onRead);
    return;
  }
  yield* csvRecords(decodeText(data), onRead);
}

/**
 * How many rows the first worksheet of an .xlsx holds, for progress: counted by inflating that
 * one entry as a stream (a few hundred milliseconds for 100,000 rows, flat memory). Null when the
 * file is not a plain zip (ZIP64, encrypted) or has no such sheet.
 */
export async function countXlsxRows(data: Buffer): Promise<number | null> {
  try {
    let eocd = -1;
    for (let i = data.length - 22; i >= Math.max(0, data.length - 65557); i--) {
      if (data.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return null;
    const entries = data.readUInt16LE(eocd + 10);
    let p = data.readUInt32LE(eocd + 16);
    let sheet: { method: number; size: number; offset: number; name: string } | null = null;
    for (let e = 0; e < entries && p + 46 <= data.length; e++) {
      if (data.readUInt32LE(p) !== 0x02014b50) return null;
      const method = data.readUInt16LE(p + 10);
      const size = data.readUInt32LE(p + 20);
      const nameLength = data.readUInt16LE(p + 28);
      const extraLength = data.readUInt16LE(p + 30);
      const commentLength = data.readUInt16LE(p + 32);
      const offset = data.readUInt32LE(p + 42);
      const name = data.toString('utf8', p + 46, p + 46 + nameLength);
      const m = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
      if (m && (!sheet || Number(m[1]) < Number(/(\d+)\.xml$/.exec(sheet.name)![1]))) sheet = { method, size, offset, name };
      p += 46 + nameLength + extraLength + commentLength;
    }
    if (!sheet || data.readUInt32LE(sheet.offset) !== 0x04034b50) return null;
    const start = sheet.offset + 30 + data.readUInt16LE(sheet.offset + 26) + data.readUInt16LE(sheet.offset + 28);
    const body = data.subarray(start, start + sheet.size);
    const source = sheet.method === 8 ? Readable.from([body]).pipe(createInflateRaw()) : sheet.method === 0 ? Readable.from([body]) : null;
    if (!source) return null;
    let rows = 0;
    let carry = '';
    for await (const chunk of source as AsyncIterable<Buffer>) {
      const text = carry + chunk.toString('latin1');
      let i = text.indexOf('<row');
      while (i >= 0) {
        const next = text[i + 4];
        if (next === ' ' || next === '>') rows++;
        i = text.indexOf('<row', i + 4);
      }
      // Four characters cannot hold a whole "<row " but may start one that the next chunk ends.
      carry = text.slice(-4);
    }
    return rows;
  } catch {
    return null;
  }
}
