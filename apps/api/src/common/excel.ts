import type ExcelJS from 'exceljs';

/**
 * exceljs, with the zip, stream and CSV libraries it brings, is the largest thing the API could
 * load, and only imports and exports use it: it is loaded on the first of those, not at start-up.
 * Modules that need its types `import type ExcelJS from 'exceljs'`; nothing imports it for values.
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
