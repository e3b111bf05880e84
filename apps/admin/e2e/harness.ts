import fs from 'node:fs';
import path from 'node:path';
import { expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/helpers';
import { REPO_ROOT } from '../../api/src/config';

export const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'screenshots');

/** The API with the demo data on its own database, serving the built admin. */
export function startAdminApp(): Promise<TestApp> {
  const dist = path.join(REPO_ROOT, 'apps', 'admin', 'dist', 'index.html');
  if (!fs.existsSync(dist)) throw new Error('The admin is not built: `npm test` builds it first (or run `npm run build`).');
  return startTestApp({ demo: true });
}

let browser: Browser | undefined;

/** Connects to the one Chromium that the global setup started for every browser test. */
export async function openBrowser(): Promise<Browser> {
  const ws = inject('browserWsEndpoint');
  if (!ws) throw new Error('Chromium is not available: install it (apt-get install -y chromium) to run the browser tests.');
  browser ??= await chromium.connect(ws);
  return browser;
}

export async function newPage(lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<{ context: BrowserContext; page: Page }> {
  const b = await openBrowser();
  // Reduced motion: the admin then opens and closes dialogs and lists at once, so a click cannot
  // land on one that is still animating (the cause of every timing failure seen in CI).
  const context = await b.newContext({ locale: lang, viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  // Generous: two test files and the build share two cores in CI.
  page.setDefaultTimeout(30_000);
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click();
}

/** Picks an option of a select by its label (typing to narrow a searching select). */
export async function pick(page: Page, scope: ReturnType<Page['getByTestId']> | Page, label: string, option: string) {
  const select = scope.getByLabel(label, { exact: true });
  await select.click();
  // The list is virtual (only the first rows exist): type to narrow it when the select searches.
  if ((await select.getAttribute('readonly')) === null) await select.pressSequentially(option);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

/**
 * Chooses a radio option of the open dialog by its label, and makes sure it took: a click that
 * lands while the dialog is still zooming open can be lost on a loaded machine (seen once in CI:
 * the reply category stayed empty), so it is clicked again until the option is checked.
 */
export async function chooseRadio(page: Page, label: string) {
  const radio = page.locator('.ant-modal:visible').getByRole('radio', { name: label, exact: true });
  await expect.poll(async () => {
    if (!(await radio.isChecked())) await radio.click({ force: true });
    return radio.isChecked();
  }, { timeout: 30_000 }).toBe(true);
}

/**
 * Clicks `trigger` until `shows` is visible: a click that lands while the page re-renders after a
 * refetch (its buttons moving as the status changes) can be lost on a loaded machine (seen once
 * in CI: the finding's "report progress" dialog never opened).
 */
export async function clickUntil(trigger: Locator, shows: Locator) {
  await expect.poll(async () => {
    if (!(await shows.isVisible())) await trigger.click({ timeout: 5_000 }).catch(() => undefined);
    return shows.isVisible();
  }, { timeout: 30_000, intervals: [250, 500, 1000] }).toBe(true);
}

/** On an activity's participants tab: invites a whole group, found on the server by `search`. */
export async function inviteGroup(page: Page, search: string, group: string) {
  await page.getByRole('tab', { name: /参加人/ }).click();
  await page.getByTestId('invite-groups').click();
  // Groups are searched on the server: a national deployment has 62,812.
  await page.getByTestId('invite-groups').locator('input').pressSequentially(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: group }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('invite').click();
  await page.getByText('已邀请', { exact: true }).first().waitFor();
}

/** Closes a multiple select's list inside a dialog (Escape could close the dialog itself). */
export async function closeDropdown(page: Page) {
  await page.locator('.ant-modal:visible .ant-modal-title').click();
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
}

/** Confirms the open dialog and waits until it has gone, so the next one is not confused with it. */
export async function ok(page: Page) {
  await page.locator('.ant-modal:visible').getByRole('button', { name: /确\s*定|登\s*记|创\s*建|保\s*存|发\s*送/ }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count(), { timeout: 30_000 }).toBe(0);
}
