import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { findTables, sheetNames, toCsv, toXlsx } from './exportResult';

const RESULT = {
  auditStats: {
    rows: [
      { day: '2026-01-02', entity: 'User', changes: 3, owner: { name: '李娜' } },
      { day: '2026-01-03', entity: 'SavedQuery', changes: 1, tags: ['a', 'b'] },
    ],
    total: { changes: 4 },
  },
  savedQueries: { totalCount: 1, nodes: [{ id: '1', name: '=HYPERLINK("x")', description: 'a, "quoted"\nline' }] },
};

describe('export of a result', () => {
  it('finds every list of objects and flattens nested fields into columns', () => {
    const tables = findTables(RESULT);
    expect(tables.map((t) => t.path)).toEqual(['auditStats.rows', 'savedQueries.nodes']);
    expect(tables[0]!.columns).toEqual(['day', 'entity', 'changes', 'owner.name', 'tags']);
    expect(tables[0]!.rows).toEqual([
      ['2026-01-02', 'User', 3, '李娜', null],
      ['2026-01-03', 'SavedQuery', 1, null, 'a, b'],
    ]);
  });

  it('exports a result without lists as one row', () => {
    expect(findTables({ me: { id: '3', role: 'ANALYST' } })).toEqual([{ path: 'result', columns: ['me.id', 'me.role'], rows: [['3', 'ANALYST']] }]);
  });

  it('writes CSV with a BOM, quoting, and formulas neutralised', () => {
    const csv = toCsv(findTables(RESULT)[1]!);
    expect(csv).toBe('\uFEFFid,name,description\r\n1,"\'=HYPERLINK(""x"")","a, ""quoted""\nline"\r\n');
  });

  it('names sheets within Excel\'s rules', () => {
    expect(sheetNames([{ path: 'a/b', columns: [], rows: [] }, { path: 'A/B', columns: [], rows: [] }, { path: 'x'.repeat(40), columns: [], rows: [] }])).toEqual(['a_b', 'A_B~2', 'x'.repeat(28)]);
  });

  it('writes a workbook with one sheet per list that Excel can read back', async () => {
    const buffer = await toXlsx(findTables(RESULT));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['auditStats.rows', 'savedQueries.nodes']);
    const sheet = book.getWorksheet('auditStats.rows')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'day', 'entity', 'changes', 'owner.name', 'tags']);
    expect(sheet.getRow(2).values).toEqual([undefined, '2026-01-02', 'User', 3, '李娜']);
  });
});
