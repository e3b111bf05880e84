import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../api/test/helpers';
import { DEMO_PASSWORD } from '../../api/src/seed';
import { DEMO_SAVED_QUERIES } from '../../api/src/seed/analytics.seed';
import { newPage, screenshot, signIn, startAdminApp } from './harness';

let app: TestApp;
beforeAll(async () => {
  app = await startAdminApp();
});
afterAll(() => app?.close());

describe('analyst console', () => {
  it('lets the analyst run a shared saved query under the CSP, read the docs, and export the result', async () => {
    const { context, page } = await newPage();
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'luzhi-e2e-'));
    try {
      await signIn(page, app.url, 'analyst', DEMO_PASSWORD);
      await page.getByTestId('welcome').waitFor();
      await page.getByTestId('side-menu').getByRole('link', { name: '分析控制台' }).click();
      await page.waitForURL(/\/analytics\/console$/);

      // The shared demo query, saved by the demo analyst.
      const demo = DEMO_SAVED_QUERIES[0]!;
      await page.getByTestId('saved-queries').getByText(demo.name).click();
      await page.getByTestId('console-title').getByText(demo.name).waitFor();
      await page.locator('.graphiql-query-editor').getByText('ChangesPerDay').first().waitFor();
      await page.getByRole('button', { name: /Execute query/ }).click();
      await page.getByTestId('query-cost').waitFor();
      expect(await page.getByTestId('query-cost').textContent()).toMatch(/代价 100 \/ 5000/);
      await page.locator('.graphiql-response').getByText('"rows"').waitFor();
      await screenshot(page, 'analytics-console');

      // The run is in the history, kept by the server.
      await page.getByRole('tab', { name: '运行记录' }).click();
      await page.getByTestId('query-runs').getByText('ChangesPerDay').waitFor();

      // Export the result's lists: .xlsx with a sheet per list, and .csv.
      const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
      expect(xlsx.suggestedFilename()).toBe(`${demo.name}.xlsx`);
      const xlsxPath = path.join(downloads, 'result.xlsx');
      await xlsx.saveAs(xlsxPath);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(xlsxPath);
      const sheet = book.getWorksheet('auditStats.rows')!;
      expect(sheet.getRow(1).values).toEqual([undefined, 'day', 'entity', 'changes', 'records']);
      const [{ n }] = await app.db.query(`SELECT count(DISTINCT ((at AT TIME ZONE 'Asia/Shanghai')::date, entity))::int AS n FROM audit_log`);
      expect(sheet.actualRowCount).toBe(1 + n);
      expect(sheet.getRow(2).getCell(3).value).toBeTypeOf('number');

      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
      const csvPath = path.join(downloads, 'result.csv');
      await csv.saveAs(csvPath);
      const text = fs.readFileSync(csvPath, 'utf8');
      expect(text.startsWith('\uFEFFday,entity,changes,records\r\n')).toBe(true);
      expect(text.trim().split('\r\n')).toHaveLength(1 + n);

      // The schema's documentation, in both languages, from the same session.
      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      await page.locator('.graphiql-doc-explorer').getByText('auditStats').first().click();
      await page.locator('.graphiql-doc-explorer').getByText(/数据变更统计/).first().waitFor();
      await screenshot(page, 'analytics-console-docs');

      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
      fs.rmSync(downloads, { recursive: true, force: true });
    }
  });

  it('is not offered to staff', async () => {
    const { context, page } = await newPage();
    try {
      await signIn(page, app.url, 'staff', DEMO_PASSWORD);
      await page.getByTestId('welcome').waitFor();
      expect(await page.getByTestId('side-menu').getByText('分析控制台').count()).toBe(0);
      await page.goto(`${app.url}/analytics/console`);
      await page.getByText('您没有权限访问此页面').waitFor();
    } finally {
      await context.close();
    }
  });
});
