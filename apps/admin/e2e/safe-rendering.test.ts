import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../api/test/helpers';
import { REPO_ROOT } from '../../api/src/config';
import { runAsSystem } from '../../api/src/common/request-context';
import { DEMO_PASSWORD } from '../../api/src/seed';
import { newPage, screenshot, signIn, startAdminApp } from './harness';

/**
 * Text people store (names, suggestions, replies, diaries) is shown as text, never as markup.
 * React escapes what it renders; these checks keep anyone from going around it.
 */

const ADMIN_SRC = path.join(REPO_ROOT, 'apps', 'admin', 'src');

/** Ways to turn a string into markup or code in the browser. */
const SINKS: [RegExp, string][] = [
  [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML'],
  [/\.(inner|outer)HTML\s*=/, 'innerHTML / outerHTML assignment'],
  [/insertAdjacentHTML/, 'insertAdjacentHTML'],
  [/document\.write/, 'document.write'],
  [/\beval\s*\(/, 'eval'],
  [/new\s+Function\s*\(/, 'new Function'],
  [/href=\{?['"`]?javascript:/i, 'javascript: URL'],
  [/createContextualFragment|DOMParser/, 'HTML parsing'],
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'gql' ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('stored text in the admin', () => {
  it('has no way in the admin source to render a string as HTML', () => {
    const files = sourceFiles(ADMIN_SRC);
    expect(files.length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const [re, what] of SINKS) if (re.test(text)) found.push(`${path.relative(REPO_ROOT, file)}: ${what}`);
    }
    expect(found).toEqual([]);
  });

  describe('in the browser', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startAdminApp();
    });
    afterAll(() => app?.close());

    it('shows markup stored in a name as text, and runs none of it', async () => {
      const payloads = [
        '<img src=x onerror="window.__xss=1">',
        '<script>window.__xss=2</script>',
        '"><svg onload="window.__xss=3">',
        '<a href="javascript:window.__xss=4">链接</a>',
      ];
      for (const [i, displayName] of payloads.entries()) {
        await runAsSystem('test', () =>
          app.db.query(`INSERT INTO app_user (username, display_name, password_hash, role, version) VALUES ($1, $2, 'x', 'STAFF', 1)`, [`xss${i}`, displayName]),
        );
      }
      const { context, page } = await newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      try {
        await signIn(page, app.url, 'admin', DEMO_PASSWORD);
        await page.getByTestId('welcome').waitFor();
        await page.goto(`${app.url}/users`);
        for (const p of payloads) await page.getByRole('cell', { name: p, exact: true }).waitFor();
        await screenshot(page, 'safe-rendering-users');
        expect(await page.locator('img[src="x"], svg[onload], td script, a[href^="javascript:"]').count()).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
        expect(dialogs).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
