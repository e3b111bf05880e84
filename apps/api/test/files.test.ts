import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimAttachments, registerAttachmentAccess } from '../src/modules/files/attachment.service';
import { startTestApp, type TestApp } from './helpers';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

async function upload(token: string, name: string, body: Buffer) {
  const res = await fetch(`${app.url}/files`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'x-filename': encodeURIComponent(name), 'content-type': 'application/octet-stream' }, body: new Uint8Array(body) });
  return { status: res.status, body: (await res.json()) as any };
}

describe('attachments', () => {
  it('checks the content, not the name', async () => {
    const { token } = await app.userWithRole('STAFF');
    const fake = await upload(token, 'report.pdf', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]));
    expect(fake.status).toBe(400);
    expect(fake.body.error.code).toBe('BAD_USER_INPUT');
    const png = await upload(token, '照片.pdf', PNG);
    expect(png.status).toBe(201);
    expect(png.body.contentType).toBe('image/png');
  });

  it('serves a file only to who may see its record, and the same 404 otherwise', async () => {
    const owner = await app.userWithRole('STAFF');
    const other = await app.userWithRole('STAFF');
    const up = await upload(owner.token, '视察报告.txt', Buffer.from('视察报告正文'));
    const get = (token: string) => fetch(`${app.url}/files/${up.body.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await get(owner.token)).status).toBe(200);
    expect((await get(other.token)).status).toBe(404);

    registerAttachmentAccess('test-record', async (ctx, ownerId) => ownerId === 42 && ctx.viewer!.id === other.id);
    const ctx = { viewer: { id: owner.id } } as never;
    await app.db.transaction((em) => claimAttachments(em, ctx, 'test-record', 42, [Number(up.body.id)]));
    const res = await get(other.token);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('视察报告正文');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('视察报告.txt'));
    expect((await get(owner.token)).status).toBe(404);
    expect((await fetch(`${app.url}/files/${up.body.id}`)).status).toBe(401);
  });

  it('refuses to claim someone else\'s upload', async () => {
    const a = await app.userWithRole('STAFF');
    const b = await app.userWithRole('STAFF');
    const up = await upload(a.token, 'a.txt', Buffer.from('hello'));
    const ctx = { viewer: { id: b.id } } as never;
    await expect(app.db.transaction((em) => claimAttachments(em, ctx, 'test-record', 1, [Number(up.body.id)]))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
