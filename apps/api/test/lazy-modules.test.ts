import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@luzhi/shared';
import { startTestApp, type TestApp } from './helpers';

// exceljs and pinyin-pro are loaded on first use (imports, exports, writing a name), not with the
// server: this file must not import them itself, and vitest runs it in a process of its own. Both
// come through CommonJS (exceljs has no other build; pinyin-pro is required on first use), so they
// appear in require.cache once loaded: a static ESM import of pinyin-pro would fail the last check.
const require = createRequire(import.meta.url);
const loaded = (pkg: string) => Object.keys(require.cache).some((file) => file.includes(`/node_modules/${pkg}/`));

let app: TestApp;
let staff: string;
beforeAll(async () => {
  app = await startTestApp();
  staff = (await app.userWithRole('STAFF')).token;
});
afterAll(() => app?.close());

describe('heavy libraries wait for the routes that use them', () => {
  it('serves sign-in and the deputies list without exceljs or pinyin-pro, and loads each on first use', async () => {
    const list = await app.gql(`{ deputies(first: 50) { totalCount nodes { id name groupMemberships { role } mandates { startDate } } } }`, {}, { token: staff });
    expect(list.errors).toBeUndefined();
    expect(loaded('exceljs')).toBe(false);
    expect(loaded('pinyin-pro')).toBe(false);

    const template = await fetch(`${app.url}/deputy-imports/template.xlsx`, { headers: { authorization: `Bearer ${staff}` } });
    expect(template.status).toBe(200);
    expect((await template.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    expect(loaded('exceljs')).toBe(true);

    const first17 = '11010119750308111';
    const created = await app.gql(
      `mutation($input: CreateDeputyInput!) { createDeputy(input: $input) { namePinyin nameInitials } }`,
      { input: { name: '欧阳明华', party: 'CPC', occupationCategory: 'PROFESSIONAL', idNumber: first17 + idNumberCheckChar(first17) } },
      { token: staff },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createDeputy).toEqual({ namePinyin: 'ouyangminghua', nameInitials: 'oymh' });
    expect(loaded('pinyin-pro')).toBe(true);
  });
});
