import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, countXlsxRows, csvRecords, decodeText, detectFormat, readRows } from './deputy-import.reader';

describe('roster reader', () => {
  it('reads quoted CSV fields with commas, quotes and line breaks', () => {
    const rows = [...csvRecords('姓名,地址\r\n"张三","人民路 1 号, ""东门""\n二楼"\n李四,\n')];
    expect(rows).toEqual([
      { row: 1, cells: ['姓名', '地址'] },
      { row: 2, cells: ['张三', '人民路 1 号, "东门"\n二楼'] },
      { row: 3, cells: ['李四', ''] },
    ]);
  });

  it('decodes UTF-8 with a BOM and tells xlsx from text', () => {
    expect(decodeText(Buffer.from('\uFEFF姓名', 'utf8'))).toBe('姓名');
    expect(detectFormat(Buffer.from('姓名,性别'))).toBe('csv');
    expect(detectFormat(Buffer.from([0, 1, 2]))).toBeNull();
  });

  it('counts an xlsx sheet\'s rows from the zip without parsing it, and streams the same rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('代表名册');
    for (let i = 0; i < 1234; i++) ws.addRow([`名字${i}`, i % 2 ? '男' : '女', new Date(Date.UTC(1970, 0, 1 + i))]);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    expect(detectFormat(data)).toBe('xlsx');
    expect(await countXlsxRows(data)).toBe(1234);
    const rows = [];
    for await (const r of readRows(data, 'xlsx')) rows.push(r);
    expect(rows).toHaveLength(1234);
    expect(rows[1]).toEqual({ row: 2, cells: ['名字1', '男', '1970-01-02'] });
  });

  it('shows a long number the way it was mangled rather than guessing digits', () => {
    expect(cellText(110101197001010000)).toBe('1.1010119700101e+17');
    expect(cellText({ richText: [{ text: '张' }, { text: '三' }] })).toBe('张三');
  });
});
