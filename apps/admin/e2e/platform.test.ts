import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../api/test/helpers';
import { DEMO_PASSWORD } from '../../api/src/seed';
import { newPage, screenshot, signIn, startAdminApp } from './harness';

let app: TestApp;
beforeAll(async () => {
  app = await startAdminApp();
});
afterAll(() => app?.close());

describe('admin shell', () => {
  it('lets the admin create a STAFF user, who then sees the STAFF menu and not the Users page', async () => {
    const { context, page } = await newPage();
    try {
      await signIn(page, app.url, 'admin', DEMO_PASSWORD);
      await page.getByTestId('welcome').waitFor();
      await page.getByRole('link', { name: '用户管理' }).click();
      await page.getByTestId('new-user').click();
      const form = page.getByTestId('create-user-form');
      await form.getByLabel('用户名').fill('e2e-staff');
      await form.getByLabel('姓名').fill('端到端 工作人员');
      await form.getByLabel('初始密码').fill('e2e-staff-password');
      await form.getByLabel('角色').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '代表工作人员' }).click();
      await page.getByRole('button', { name: /创\s*建/ }).click();
      await page.getByRole('cell', { name: 'e2e-staff', exact: true }).waitFor();
      await screenshot(page, 'platform-users');

      await page.getByTestId('user-menu').click();
      await page.getByText('退出登录').click();
      await page.waitForURL(/\/login$/);

      await signIn(page, app.url, 'e2e-staff', 'e2e-staff-password');
      await page.getByTestId('welcome').waitFor();
      const menu = page.getByTestId('side-menu');
      await menu.getByText('首页').waitFor();
      expect(await menu.getByText('用户管理').count()).toBe(0);
      await page.goto(`${app.url}/users`);
      await page.getByText('您没有权限访问此页面').waitFor();
      await screenshot(page, 'platform-staff-forbidden');
    } finally {
      await context.close();
    }
  });

  it('shows the error for a wrong password, and switches to English and back', async () => {
    const { context, page } = await newPage();
    try {
      await signIn(page, app.url, 'admin', 'wrong-password-here');
      await page.getByTestId('login-error').waitFor();
      expect(await page.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
      await screenshot(page, 'platform-login-error');
      await page.getByRole('button', { name: 'English' }).click();
      await signIn(page, app.url, 'admin', DEMO_PASSWORD);
      await page.getByTestId('welcome').getByText(/Welcome/).waitFor();
      await page.reload();
      await page.getByTestId('welcome').getByText(/Welcome/).waitFor();
    } finally {
      await context.close();
    }
  });

  it('sends the user to sign in when the session ends', async () => {
    const { context, page } = await newPage();
    try {
      await signIn(page, app.url, 'staff', DEMO_PASSWORD);
      await page.getByTestId('welcome').waitFor();
      await app.db.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = (SELECT id FROM app_user WHERE username = 'staff')`);
      await page.reload();
      await page.waitForURL(/\/login$/);
      await page.getByText('登录已过期,请重新登录').waitFor();
    } finally {
      await context.close();
    }
  });
});
