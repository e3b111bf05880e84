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
    const operations: { name: string; variables: Record<string, unknown> }[] = [];
    page.on('request', (r) => {
      const body = r.method() === 'POST' && r.url().endsWith('/graphql') ? (r.postDataJSON() as { operationName?: string; variables?: Record<string, unknown> } | null) : null;
      if (body?.operationName?.startsWith('Dashboard')) operations.push({ name: body.operationName, variables: body.variables ?? {} });
    });
    try {
      await signIn(page, app.url, 'staff', DEMO_PASSWORD);
      await page.getByTestId('welcome').waitFor();
      await page.getByTestId('dashboard').waitFor();
      for (const id of ['composition', 'rates', 'status', 'field', 'units', 'ranking', 'group-ranking', 'plan']) {
        await page.getByTestId(`canvas-${id}`).locator('canvas').first().waitFor();
      }
      expect(await page.getByTestId('composition-table').locator('tbody tr').count()).toBeGreaterThan(3);
      await screenshot(page, 'dashboard-staff');
      // One request per query on opening, already for the latest term: never the whole level first.
      expect(operations.map((o) => o.name).sort()).toEqual(['Dashboard', 'DashboardGroupRanking', 'DashboardTerms']);
      expect(operations.find((o) => o.name === 'Dashboard')!.variables).toMatchObject({ level: 'CITY', withTerm: true });
      expect(operations.find((o) => o.name === 'Dashboard')!.variables.termId).toBeTruthy();

      // The deputy ranking is a stored one: the card says when it was counted, and counts it again on request.
      await expect.poll(async () => (await page.getByTestId('ranking-as-of').textContent())?.trim()).toMatch(/^截至 \d{2}:\d{2}$/);
      const [recount] = await Promise.all([
        page.waitForRequest((r) => r.url().endsWith('/graphql') && (r.postDataJSON() as { operationName?: string } | null)?.operationName === 'DashboardRankingRecount'),
        page.getByTestId('ranking-recount').click(),
      ]);
      expect((recount.postDataJSON() as { variables: Record<string, unknown> }).variables).toMatchObject({ termId: operations.find((o) => o.name === 'Dashboard')!.variables.termId });
      await expect.poll(() => page.getByTestId('ranking-recount').locator('.ant-btn-loading-icon').count()).toBe(0);
      operations.splice(operations.findIndex((o) => o.name === 'DashboardRankingRecount'), 1);

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

      // All current terms of the level: the composition and the rates, and no rankings (they need a term).
      await page.getByTestId('filter-term').hover();
      await page.getByTestId('filter-term').locator('.ant-select-clear').click();
      await page.getByText('请选择届次').first().waitFor();
      expect(await page.getByText('请选择届次').count()).toBe(3);
      await page.getByTestId('canvas-composition').locator('canvas').first().waitFor();
      expect(operations.at(-1)).toMatchObject({ name: 'Dashboard', variables: { termId: null, withTerm: false } });
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
