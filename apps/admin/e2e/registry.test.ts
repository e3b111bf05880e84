import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TestApp } from '../../api/test/helpers';
import { DEMO_PASSWORD } from '../../api/src/seed';
import { newPage, ok, pick, screenshot, signIn, startAdminApp } from './harness';

let app: TestApp;
beforeAll(async () => {
  app = await startAdminApp();
});
afterAll(() => app?.close());

/** Picks from a select that has no label of its own (a toolbar's), typing to search when it searches. */
async function pickIn(page: Page, testId: string, typed: string | null, option: string) {
  await page.getByTestId(testId).click();
  if (typed) await page.getByTestId(testId).locator('input').pressSequentially(typed);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

const rows = (page: Page, testId: string) => page.getByTestId(testId).locator('tbody tr.ant-table-row');

describe('congresses, terms and sessions in the admin', () => {
  it('lists congresses by level, a chosen congress\'s terms and districts and a chosen term\'s sessions, and adds a term to the chosen congress', async () => {
    const { context, page } = await newPage();
    const operations: { name: string; variables: Record<string, unknown> }[] = [];
    page.on('request', (r) => {
      const body = r.method() === 'POST' && r.url().endsWith('/graphql') ? (r.postDataJSON() as { operationName?: string; variables?: Record<string, unknown> } | null) : null;
      if (body?.operationName) operations.push({ name: body.operationName, variables: body.variables ?? {} });
    });
    try {
      await signIn(page, app.url, 'staff', DEMO_PASSWORD);
      await page.getByTestId('welcome').waitFor();
      await page.getByTestId('side-menu').getByRole('link', { name: '人大、届次与会议' }).click();
      await page.getByTestId('congresses').getByText('柳州湾市人民代表大会').waitFor();
      expect(await rows(page, 'congresses').count()).toBe(2);

      // A level narrows the congresses and, with no congress chosen, the terms.
      await pickIn(page, 'registry-level', null, '区县');
      await expect.poll(() => rows(page, 'congresses').count()).toBe(1);
      await page.getByTestId('congresses').getByText('柳河区人民代表大会').waitFor();
      await page.getByRole('tab', { name: '届', exact: true }).click();
      await expect.poll(() => rows(page, 'terms').count()).toBe(1);
      await page.getByTestId('terms').getByText('第十四届').waitFor();

      // One congress: its terms; a new term starts in it.
      await pickIn(page, 'registry-congress', '柳河', '柳河区人民代表大会');
      await page.getByTestId('terms').getByText('柳河区人民代表大会的届').waitFor();
      await page.getByTestId('terms').getByRole('button', { name: /新\s*建/ }).click();
      const form = page.locator('.ant-modal:visible');
      await form.getByText('柳河区人民代表大会').waitFor();
      await form.getByLabel('届次', { exact: true }).fill('15');
      await form.getByLabel('名称', { exact: true }).fill('第十五届');
      await form.getByLabel('开始日期').fill('2008-01-08');
      await ok(page);
      await page.getByTestId('terms').getByText('第十五届').waitFor();
      expect(await rows(page, 'terms').count()).toBe(2);
      const [created] = await app.db.query(`SELECT c.name FROM term t JOIN congress c ON c.id = t.congress_id WHERE t.name = '第十五届'`);
      expect(created).toEqual({ name: '柳河区人民代表大会' });

      // Sessions: of the term chosen, among the chosen congress's terms (the new one included).
      await page.getByRole('tab', { name: '会议', exact: true }).click();
      await page.getByText('选择一届,列出它的各次会议。').waitFor();
      await pickIn(page, 'registry-term', '第十四', '第十四届 · 柳河区人民代表大会');
      await expect.poll(() => rows(page, 'sessions').count()).toBe(4);
      await page.getByTestId('sessions').getByText('柳河区第十四届人民代表大会第四次会议').waitFor();
      await page.getByTestId('registry-term').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '第十五届 · 柳河区人民代表大会' }).waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);

      // Electoral districts of the chosen congress.
      await page.getByRole('tab', { name: '选区', exact: true }).click();
      await page.getByTestId('electoral-districts').getByText('城关街道第1选区').waitFor();
      await screenshot(page, 'registry-districts');

      // Nothing asked for every congress or term: lists and selects ask for a page.
      const lists = operations.filter((o) => ['RegistryCongresses', 'PickCongresses', 'PickTerms'].includes(o.name) || (o.name === 'RegistryTerms' && !o.variables.congressId));
      expect(lists.length).toBeGreaterThan(3);
      for (const o of lists) expect(o.variables.first, o.name).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('keeps the congress of a regulation: its label looked up by id, another found by typing', async () => {
    const { context, page } = await newPage();
    try {
      await signIn(page, app.url, 'staff', DEMO_PASSWORD);
      await page.getByTestId('welcome').waitFor();
      await page.getByTestId('side-menu').getByRole('link', { name: '规章制度' }).click();
      const row = page.getByTestId('regulations').locator('tr').filter({ hasText: '关于区人大代表联系选民暂行办法' });
      await row.getByRole('button', { name: /编\s*辑/ }).click();
      const form = page.locator('.ant-modal:visible');
      await form.getByText('柳河区人民代表大会').waitFor();
      await pick(page, form, '制定机关所属人大', '柳州湾市人民代表大会');
      await ok(page);
      const [reg] = await app.db.query(`SELECT c.name FROM regulation r JOIN congress c ON c.id = r.congress_id WHERE r.title = '关于区人大代表联系选民暂行办法'`);
      expect(reg).toEqual({ name: '柳州湾市人民代表大会' });
    } finally {
      await context.close();
    }
  });
});
