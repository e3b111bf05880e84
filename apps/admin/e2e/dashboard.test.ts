import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { TestApp } from '../../api/test/helpers';
import { DEMO_PASSWORD } from '../../api/src/seed';
import { newPage, screenshot, signIn, startAdminApp } from './harness';

let app: TestApp;
beforeAll(async () => {
  app = await startAdminApp();
});
afterAll(() => app?.close());

describe('the home dashboard', () => {
  it('draws its charts for staff and exports a chart\'s data as .xlsx', async () => {
    const { context, page } = await newPage();
    const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'luzhi-e2e-'));
    try {
      await signIn(page, app.url, 'staff', DEMO_PASSWORD);
      await page.getByTestId('welcome').waitFor();
      await page.getByTestId('dashboard').waitFor();
      for (const id of ['composition', 'rates', 'status', 'field', 'units', 'ranking', 'group-ranking', 'plan']) {
        await page.getByTestId(`canvas-${id}`).locator('canvas').first().waitFor();
      }
      expect(await page.getByTestId('composition-table').locator('tbody tr').count()).toBeGreaterThan(3);
      await screenshot(page, 'dashboard-staff');

      const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx-rates').click()]);
      expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
      const file = path.join(downloads, 'rates.xlsx');
      await xlsx.saveAs(file);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const sheet = book.worksheets[0]!;
      expect(sheet.getRow(1).values).toEqual([undefined, '年度', '满意率', '解决问题率', '按期答复率']);
      expect(sheet.actualRowCount).toBeGreaterThan(1);

      const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-image-rates').click()]);
      expect(png.suggestedFilename()).toMatch(/\.png$/);
    } finally {
      await context.close();
      fs.rmSync(downloads, { recursive: true, force: true });
    }
  });

  it('gives deputies and units a welcome with their own to-do counts, and no dashboard', async () => {
    for (const [user, todo] of [['deputy', 'to-rate'], ['unit', 'open']] as const) {
      const { context, page } = await newPage();
      try {
        await signIn(page, app.url, user, DEMO_PASSWORD);
        await page.getByTestId('welcome').waitFor();
        await page.getByTestId(`todo-${todo}`).getByText(/^\d+$/).waitFor();
        expect(await page.getByTestId('dashboard').count()).toBe(0);
      } finally {
        await context.close();
      }
    }
  });
});
