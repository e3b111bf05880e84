import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../api/test/helpers';
import { DEMO_PASSWORD } from '../../api/src/seed';
import { newPage, screenshot, signIn, startAdminApp } from './harness';

let app: TestApp;
beforeAll(async () => {
  app = await startAdminApp();
});
afterAll(() => app?.close());

describe('the duty record in the admin', () => {
  it('opens a deputy\'s record from the ranking, follows a number to its records, and prints it', async () => {
    const { context, page } = await newPage();
    try {
      await signIn(page, app.url, 'staff', DEMO_PASSWORD);
      await page.getByTestId('welcome').waitFor();
      await page.getByTestId('side-menu').getByRole('link', { name: '履职档案', exact: true }).click();
      const ranking = page.getByTestId('duty-records');
      await ranking.locator('tbody tr a').first().waitFor();
      const top = ranking.locator('tbody tr a').first();
      const name = (await top.textContent())!.trim();
      await top.click();
      await page.waitForURL(/\/duty\/records\/\d+\/2005$/);
      const record = page.getByTestId('duty-record');
      await record.getByText(`${name} · 2005 年度履职档案`).waitFor();
      expect(await record.getByTestId('duty-grade').textContent()).toBe('好');

      // The number of voter contacts, and the records behind it.
      const number = record.getByTestId('duty-item-VOTER_CONTACTS');
      const count = Number((await number.textContent())!.match(/\d+/)![0]);
      expect(count).toBeGreaterThan(0);
      await number.click();
      const entries = page.getByTestId('duty-entries');
      await entries.locator('tbody tr.ant-table-row').first().waitFor();
      expect(await entries.locator('tbody tr.ant-table-row').count()).toBe(count);
      expect(await page.locator('.ant-drawer-title').textContent()).toBe(`联系选民(${count})`);
      await screenshot(page, 'duty-record-entries');
      await page.keyboard.press('Escape');
      await entries.waitFor({ state: 'hidden' });

      // Printed: the shell and the buttons are gone, the record and its printed title remain.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
      expect(await page.getByTestId('duty-print').isVisible()).toBe(false);
      expect(await page.locator('.duty-print-only').getByText(`${name} 2005 年度履职档案`).isVisible()).toBe(true);
      expect(await record.getByTestId('duty-score').isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
      await screenshot(page, 'duty-record-print');
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('.ant-layout-sider').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('opens every duty page for staff, with the demo data in it', async () => {
    const { context, page } = await newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await signIn(page, app.url, 'staff', DEMO_PASSWORD);
      await page.getByTestId('welcome').waitFor();
      const pages: [string, string, string][] = [
        ['/duty/sessions', '代表大会会议出席', '出席'],
        ['/duty/reports', '述职与年度述职计划', '向选举单位述职'],
        ['/duty/organ-evaluations', '评议国家机关', '2005年代表评议区教育局工作'],
        ['/duty/voters', '联系选民', '选民接待日'],
        ['/duty/diaries', '民情日记', '转为民意'],
        ['/duty/scoring', '履职积分表', '联系选民'],
        ['/duty/objections', '履职档案异议', '理由'],
        ['/duty/commendations', '表彰', '2005年度优秀人大代表'],
      ];
      for (const [path, title, text] of pages) {
        await page.goto(`${app.url}${path}`);
        await page.locator('.ant-card-head-title').getByText(title, { exact: true }).first().waitFor();
        await page.locator('.ant-card-body').getByText(text).first().waitFor();
      }
      // Attendance opens on the latest county session, its term and name looked up by id, with its deputies.
      await page.goto(`${app.url}/duty/sessions`);
      await expect.poll(() => page.getByTestId('attendance-term').textContent()).toContain('人民代表大会');
      await expect.poll(() => page.getByTestId('attendance-session').textContent()).toContain('次会议');
      await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBeGreaterThan(0);
      await page.goto(`${app.url}/duty/organ-evaluations`);
      await page.getByRole('link', { name: '2005年代表评议区教育局工作' }).click();
      await page.getByTestId('phase').getByText('完成').waitFor();
      await screenshot(page, 'duty-organ-evaluation');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a deputy their own record, and not the staff pages', async () => {
    const { context, page } = await newPage();
    try {
      await signIn(page, app.url, 'deputy', DEMO_PASSWORD);
      await page.getByTestId('welcome').waitFor();
      const menu = page.getByTestId('side-menu');
      await menu.getByRole('link', { name: '我的履职档案' }).click();
      await page.waitForURL(/\/duty\/records\/\d+\/2005$/);
      await page.getByTestId('duty-record').getByTestId('duty-grade').waitFor();
      expect(await menu.getByText('积分规则').count()).toBe(0);
      const [{ scope_deputy_id: own }] = await app.db.query(`SELECT scope_deputy_id FROM app_user WHERE username = 'deputy'`);
      expect(page.url()).toContain(`/duty/records/${own}/2005`);
      const [{ id: other }] = await app.db.query(`SELECT id FROM deputy WHERE id <> $1 ORDER BY id LIMIT 1`, [own]);
      await page.goto(`${app.url}/duty/records/${other}/2005`);
      await page.getByText('只能查看或处理本人的履职记录').waitFor();
      await screenshot(page, 'duty-record-not-own');
    } finally {
      await context.close();
    }
  });
  it('shows the duty record and the activities on the deputy\'s own page', async () => {
    const { context, page } = await newPage();
    try {
      await signIn(page, app.url, 'staff', DEMO_PASSWORD);
      await page.getByTestId('welcome').waitFor();
      await page.goto(`${app.url}/duty/records`);
      const top = page.getByTestId('duty-records').locator('tbody tr a').first();
      await top.waitFor();
      const name = (await top.textContent())!.trim();
      const deputyId = (await top.getAttribute('href'))!.match(/\/duty\/records\/(\d+)\//)![1];
      await page.goto(`${app.url}/deputies/${deputyId}`);
      const tabs = page.getByTestId('deputy-duty');
      const record = tabs.getByTestId('duty-record');
      await record.getByText(`${name} · 2005 年度履职档案`).waitFor();
      // The kinds counted from the activities and suggestions modules are in the record, zero or not.
      for (const key of ['ACTIVITIES_ATTENDED', 'ACTIVITIES_ON_LEAVE', 'ACTIVITIES_ABSENT', 'COMMITTEE_MEETINGS', 'TRAINING_HOURS', 'QUIZ_SCORE', 'FINDINGS_RAISED', 'SUGGESTIONS_LED', 'SUGGESTIONS_CO_SIGNED']) {
        expect(await record.getByTestId(`duty-item-${key}`).textContent(), key).toMatch(/^\d+(\.\d+)? /);
      }
      await screenshot(page, 'deputy-duty-record');
      await tabs.getByRole('tab', { name: '参加活动' }).click();
      await tabs.getByTestId('deputy-attendance').waitFor();
      await screenshot(page, 'deputy-activities');
    } finally {
      await context.close();
    }
  });
});
