import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkUpload, sniffFileType } from './uploads';

async function xlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('代表').addRow(['姓名', '选区']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A one-entry zip archive that is not a workbook. */
function zip(): Uint8Array {
  const name = Buffer.from('notes.txt');
  const header = Buffer.alloc(30);
  header.write('PK\x03\x04', 0, 'latin1');
  header.writeUInt16LE(name.length, 26);
  return new Uint8Array(Buffer.concat([header, name, Buffer.from('PK\x05\x06' + '\0'.repeat(18), 'latin1')]));
}

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))));
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR....');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF');
const PDF = bytes('%PDF-1.7\n1 0 obj\n');
const CSV = bytes('\uFEFF姓名,选区,电话\n张三,第一选区,13800000000\n李四,第二选区,13900000000\n');
const TEXT = bytes('区人大常委会代表工作报告\n第二段');
const HTML = bytes('<html><body><script>alert(1)</script></body></html>');
const EXE = bytes('MZ', [0x90, 0, 3, 0], 'This program cannot be run in DOS mode');

describe('sniffFileType', () => {
  it('knows each kind by its bytes', async () => {
    expect(sniffFileType(await xlsx())).toBe('xlsx');
    expect(sniffFileType(zip())).toBe('zip');
    expect(sniffFileType(PDF)).toBe('pdf');
    expect(sniffFileType(PNG)).toBe('png');
    expect(sniffFileType(JPEG)).toBe('jpeg');
    expect(sniffFileType(CSV)).toBe('csv');
    expect(sniffFileType(TEXT)).toBe('text');
    expect(sniffFileType(HTML)).toBe('html');
    // "代表" in GBK, as older office software exports it.
    expect(sniffFileType(bytes('GBK ', [0xb4, 0xfa, 0xb1, 0xed]))).toBe('text');
  });

  it('calls nothing it does not know', () => {
    expect(sniffFileType(new Uint8Array())).toBeNull();
    expect(sniffFileType(EXE)).toBeNull();
    expect(sniffFileType(bytes('text with a NUL\0inside'))).toBeNull();
    expect(sniffFileType(new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe]))).toBeNull();
  });
});

describe('checkUpload', () => {
  it('accepts a file whose content is what its name says and the caller takes', async () => {
    expect(checkUpload({ filename: '代表名册.xlsx', bytes: await xlsx() }, ['xlsx', 'csv'])).toEqual({ kind: 'xlsx', mimeType: expect.stringContaining('spreadsheetml') });
    expect(checkUpload({ filename: 'deputies.CSV', bytes: CSV }, ['xlsx', 'csv']).kind).toBe('csv');
    expect(checkUpload({ filename: 'reply.pdf', bytes: PDF }, ['pdf', 'png', 'jpeg']).kind).toBe('pdf');
    expect(checkUpload({ filename: 'photo.JPG', bytes: JPEG }, ['pdf', 'png', 'jpeg']).kind).toBe('jpeg');
  });

  it.each([
    ['a PNG named .pdf', { filename: 'reply.pdf', bytes: PNG }, ['pdf'], 'upload.mismatch'],
    ['a program named .xlsx', { filename: 'deputies.xlsx', bytes: EXE }, ['xlsx'], 'upload.unknownType'],
    ['a plain zip named .xlsx', { filename: 'deputies.xlsx', bytes: zip() }, ['xlsx'], 'upload.mismatch'],
    ['HTML named .csv', { filename: 'deputies.csv', bytes: HTML }, ['csv'], 'upload.mismatch'],
    ['HTML named .html', { filename: 'page.html', bytes: HTML }, ['csv', 'text'], 'upload.notAccepted'],
    ['HTML named .txt', { filename: 'page.txt', bytes: HTML }, ['text'], 'upload.mismatch'],
    ['a PDF where only sheets are taken', { filename: 'deputies.pdf', bytes: PDF }, ['xlsx', 'csv'], 'upload.notAccepted'],
    ['no extension', { filename: 'deputies', bytes: CSV }, ['csv'], 'upload.notAccepted'],
    ['a CSV where only text is taken', { filename: 'deputies.csv', bytes: CSV }, ['text'], 'upload.notAccepted'],
    ['an empty file', { filename: 'empty.csv', bytes: new Uint8Array() }, ['csv'], 'upload.unknownType'],
  ] as const)('refuses %s', (_what, file, accept, key) => {
    let error: unknown;
    try {
      checkUpload(file, [...accept]);
    } catch (e) {
      error = e;
    }
    expect((error as { extensions?: Record<string, unknown> }).extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: key });
  });

  it('takes comma lines in a .txt as text when text is what the caller takes', () => {
    expect(checkUpload({ filename: 'notes.txt', bytes: CSV }, ['pdf', 'text'])).toEqual({ kind: 'text', mimeType: 'text/plain; charset=utf-8' });
  });

  it('refuses a file over the size limit before looking at it', () => {
    expect(() => checkUpload({ filename: 'big.csv', bytes: new Uint8Array(11) }, ['csv'], 10)).toThrow(/too large|过大/);
  });
});
