import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatRate, SUGGESTION_MEASURES, type SuggestionMeasure } from '@luzhi/shared';
import type { TestApp } from '../../api/test/helpers';
import { DEMO_PASSWORD } from '../../api/src/seed';
import { chooseRadio, clickUntil, newPage, pick, screenshot, signIn, startAdminApp } from './harness';

let app: TestApp;
beforeAll(async () => {
  app = await startAdminApp();
});
afterAll(() => app?.close());

const TITLE = '关于在城关第一小学门前增设过街天桥的建议';

async function eduRates(): Promise<Record<string, string>> {
  const staff = await app.login('staff', DEMO_PASSWORD);
  const r = await app.gql(`{ suggestionStats(groupBy: [UNIT]) { dimensions { label } measures { measure value } } }`, {}, { token: staff });
  const row = r.data.suggestionStats.find((x: any) => x.dimensions[0].label === '区教育局');
  // Shown as the page shows them: rates as percentages, counts as numbers.
  return Object.fromEntries(row.measures.map((m: any) => [m.measure, SUGGESTION_MEASURES[m.measure as SuggestionMeasure].kind === 'rate' ? formatRate(m.value) : String(m.value)]));
}

async function unitCell(page: Page, measure: string): Promise<string> {
  const cell = page.locator(`[data-testid="stats-by-unit"] tr[data-unit="区教育局"] [data-testid="m-${measure}"]`);
  await cell.waitFor();
  return (await cell.textContent()) ?? '';
}

async function statusIs(page: Page, text: string) {
  await page.getByTestId('suggestion-title').waitFor();
  await page.locator('[data-testid="suggestion-status"]', { hasText: text }).first().waitFor();
}

async function dialogOk(page: Page) {
  await page.getByTestId('dialog-ok').click();
  // The dialog closes once the change is saved; an error would keep it open. (Not the success
  // message: it shows for 3 s, which a loaded machine can miss.)
  await expect.poll(() => page.locator('.ant-modal:visible').count(), { timeout: 30_000 }).toBe(0);
}

/** Opens an action's dialog: clicked again if a click lands while the page re-renders after a change. */
async function openAction(page: Page, action: string) {
  await clickUntil(page.getByTestId(`action-${action}`), page.getByTestId('dialog-ok'));
}

describe('a suggestion from the deputy to a satisfied verdict', () => {
  it('is submitted, assigned, replied B, rated unsatisfied, replied A, rated satisfied, and the statistics move', async () => {
    const before = await eduRates();
    const deputy = await newPage();
    const staff = await newPage();
    const unit = await newPage();
    try {
      await signIn(staff.page, app.url, 'staff', DEMO_PASSWORD);
      await staff.page.getByTestId('welcome').waitFor();
      await staff.page.goto(`${app.url}/suggestions/stats`);
      expect(await unitCell(staff.page, 'satisfactionRate')).toBe(before.satisfactionRate);

      // The deputy submits.
      await signIn(deputy.page, app.url, 'deputy', DEMO_PASSWORD);
      await deputy.page.getByTestId('welcome').waitFor();
      await deputy.page.getByRole('link', { name: '建议议案' }).click();
      await deputy.page.getByTestId('new-suggestion').click();
      const form = deputy.page.getByTestId('suggestion-form');
      await form.getByLabel('标题').fill(TITLE);
      await form.getByLabel('内容').fill('城关第一小学门前是城区主干道,学生上下学横穿马路十分危险。建议在学校门前增设过街天桥,上下学时段安排交警值守。');
      await form.getByLabel('领域').click();
      await deputy.page.locator('.ant-select-item-option').filter({ hasText: '教科文卫' }).click();
      // The term first, then one of its sessions (never every session of every term).
      await pick(deputy.page, form, '届', '第十四届 · 柳河区人民代表大会');
      await form.getByLabel('会议').click();
      await deputy.page.locator('.ant-select-item-option').filter({ hasText: '柳河区第十四届人民代表大会第四次会议' }).click();
      await deputy.page.getByTestId('submit-suggestion').click();
      await deputy.page.waitForURL(/\/suggestions\/\d+$/);
      const url = deputy.page.url();
      await statusIs(deputy.page, '已提出');
      await screenshot(deputy.page, 'suggestions-submitted');

      // Staff register and assign to 区教育局.
      await staff.page.goto(url);
      await statusIs(staff.page, '已提出');
      await openAction(staff.page, 'REGISTER');
      await dialogOk(staff.page);
      await statusIs(staff.page, '已登记');
      await openAction(staff.page, 'ASSIGN');
      // Typing narrows the (virtual) option list, so the unit is rendered however long the list is.
      await staff.page.getByTestId('action-form').getByLabel('主办单位').fill('区教育局');
      await staff.page.locator('.ant-select-item-option').filter({ hasText: /^区教育局$/ }).click();
      await dialogOk(staff.page);
      await statusIs(staff.page, '已交办');

      // The unit replies B with a commitment.
      await signIn(unit.page, app.url, 'unit', DEMO_PASSWORD);
      await unit.page.getByTestId('welcome').waitFor();
      await unit.page.getByRole('link', { name: '承办收件箱' }).click();
      await unit.page.getByRole('link', { name: TITLE }).click();
      await statusIs(unit.page, '已交办');
      await openAction(unit.page, 'REPLY');
      await chooseRadio(unit.page, 'B 类:正在解决或列入计划解决');
      await unit.page.getByTestId('action-form').getByLabel('答复内容').fill('已将学校门前过街设施列入明年城建计划,近期先设置护学岗。');
      await unit.page.getByTestId('commitment-content').fill('明年六月前建成过街天桥');
      await unit.page.getByTestId('commitment-due').fill('2027-06-30');
      await dialogOk(unit.page);
      await statusIs(unit.page, '已答复');

      // The deputy is unsatisfied.
      await deputy.page.reload();
      await statusIs(deputy.page, '已答复');
      await openAction(deputy.page, 'RATE_UNSATISFIED');
      await deputy.page.getByTestId('action-form').getByLabel('意见').fill('只有计划没有近期措施,请重新办理。');
      await dialogOk(deputy.page);
      await statusIs(deputy.page, '重新办理');

      // The unit replies A.
      await unit.page.reload();
      await statusIs(unit.page, '重新办理');
      await openAction(unit.page, 'REPLY');
      await chooseRadio(unit.page, 'A 类:已解决或基本解决');
      await unit.page.getByTestId('action-form').getByLabel('答复内容').fill('会同交通部门已在学校门前设置信号灯和人行横道,并安排护学岗,问题已解决。');
      await dialogOk(unit.page);
      await statusIs(unit.page, '已答复');

      // The deputy is satisfied.
      await deputy.page.reload();
      await openAction(deputy.page, 'RATE');
      await dialogOk(deputy.page);
      await statusIs(deputy.page, '已评价');
      // The status comes with the action's answer; the timeline with the detail's refetch after it.
      await expect.poll(() => deputy.page.getByTestId('timeline').textContent(), { timeout: 15_000 }).toContain('评价(满意/基本满意)');
      const timeline = await deputy.page.getByTestId('timeline').textContent();
      for (const step of ['提交', '登记', '交办', '答复', '评价不满意', '评价(满意/基本满意)']) expect(timeline).toContain(step);
      await screenshot(deputy.page, 'suggestions-rated');

      // The statistics page shows the new rates for 区教育局.
      const after = await eduRates();
      expect(after.satisfactionRate).not.toBe(before.satisfactionRate);
      expect(after.resolutionRate).not.toBe(before.resolutionRate);
      expect(Number(after.unsatisfiedTurnedSatisfiedCount)).toBe(Number(before.unsatisfiedTurnedSatisfiedCount) + 1);
      await staff.page.goto(`${app.url}/suggestions/stats`);
      expect(await unitCell(staff.page, 'satisfactionRate')).toBe(after.satisfactionRate);
      expect(await unitCell(staff.page, 'resolutionRate')).toBe(after.resolutionRate);
      expect(await unitCell(staff.page, 'unsatisfiedTurnedSatisfiedCount')).toBe(after.unsatisfiedTurnedSatisfiedCount);
      await staff.page.getByTestId('chart-units').locator('canvas').waitFor();
      await screenshot(staff.page, 'suggestions-stats');
    } catch (err) {
      // What each person saw when it failed.
      await Promise.all([screenshot(deputy.page, 'suggestions-failed-deputy'), screenshot(staff.page, 'suggestions-failed-staff'), screenshot(unit.page, 'suggestions-failed-unit')]).catch(() => undefined);
      throw err;
    } finally {
      await Promise.all([deputy.context.close(), staff.context.close(), unit.context.close()]);
    }
  });
});
