import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimAttachments, registerAttachmentAccess } from '../src/modules/files/attachment.service';
import { startTestApp, type TestApp } from './helpers';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

async function upload(token: string, name: string, body: Buffer, lang = 'zh-CN') {
  const headers = { authorization: `Bearer ${token}`, 'x-filename': encodeURIComponent(name), 'content-type': 'application/octet-stream', 'accept-language': lang };
  const res = await fetch(`${app.url}/files`, { method: 'POST', headers, body: new Uint8Array(body) });
  return { status: res.status, body: (await res.json()) as any };
}

/** A zip archive holding empty entries of these names (enough for the kind to be told). */
function zipOf(...names: string[]): Buffer {
  return Buffer.concat([
    ...names.map((n) => {
      const header = Buffer.alloc(30);
      header.write('PK\x03\x04', 0, 'latin1');
      header.writeUInt16LE(Buffer.byteLength(n), 26);
      return Buffer.concat([header, Buffer.from(n)]);
    }),
    Buffer.from('PK\x05\x06' + '\0'.repeat(18), 'latin1'),
  ]);
}

/** A compound file (.doc, .xls) whose directory names these streams. */
function compoundFile(...names: string[]): Buffer {
  const out = Buffer.alloc(512 + 128 * (names.length + 1));
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out);
  ['Root Entry', ...names].forEach((name, i) => {
    const at = 512 + 128 * i;
    out.write(name, at, 'utf16le');
    out.writeUInt16LE((name.length + 1) * 2, at + 64);
    out[at + 66] = i === 0 ? 5 : 2;
  });
  return out;
}

const DOCX = zipOf('[Content_Types].xml', 'word/document.xml');

describe('attachments', () => {
  it('checks the content, not the name', async () => {
    const { token } = await app.userWithRole('STAFF');
    const fake = await upload(token, 'report.pdf', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]));
    expect(fake.status).toBe(400);
    expect(fake.body.error.code).toBe('BAD_USER_INPUT');
    const png = await upload(token, '照片.png', PNG);
    expect(png.status).toBe(201);
    expect(png.body.contentType).toBe('image/png');
  });

  it('takes only what the upload button says: PDF, Word, Excel, images and plain text, each named for what it is', async () => {
    const { token } = await app.userWithRole('STAFF');
    for (const [name, body, type] of [
      ['报告.pdf', Buffer.from('%PDF-1.7\n'), 'application/pdf'],
      ['报告.docx', DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['报告.doc', compoundFile('WordDocument', '1Table'), 'application/msword'],
      ['名单.xls', compoundFile('Workbook'), 'application/vnd.ms-excel'],
      ['纪要.txt', Buffer.from('会议纪要\n第一项'), 'text/plain; charset=utf-8'],
    ] as const) {
      const r = await upload(token, name, body);
      expect(r.status, name).toBe(201);
      expect(r.body.contentType).toBe(type);
    }
    const SHELL = Buffer.from('#!/bin/sh\nrm -rf /\n');
    for (const [name, body, key] of [
      ['evil.sh', SHELL, 'notAccepted'],
      ['report.pdf', SHELL, 'mismatch'],
      ['照片.pdf', PNG, 'mismatch'],
      ['page.html', Buffer.from('<html><script>alert(1)</script></html>'), 'notAccepted'],
      ['notes.txt', Buffer.from('<html><script>alert(1)</script></html>'), 'mismatch'],
      ['宏.doc', compoundFile('WordDocument', 'Macros'), 'unknownType'],
      ['宏.docx', zipOf('[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin'), 'unknownType'],
      ['archive.zip', zipOf('a.txt'), 'notAccepted'],
    ] as const) {
      const r = await upload(token, name, body);
      expect(r.status, name).toBe(400);
      expect(r.body.error.code).toBe('BAD_USER_INPUT');
      // Every refusal names what may be uploaded.
      expect(r.body.error.message, name).toContain('可以上传:PDF(.pdf)、Word(.doc)、Word(.docx)、Excel(.xls)、Excel(.xlsx)、PNG 图片(.png)、JPEG 图片(.jpg、.jpeg)、纯文本(.txt)');
      expect(r.body.error.message, name).toContain({ notAccepted: '不接受文件', mismatch: '与文件名不符', unknownType: '无法识别' }[key]);
    }
    const en = await upload(token, 'evil.sh', SHELL, 'en');
    expect(en.body.error.message).toBe('Files like "evil.sh" are not accepted; you can upload: PDF (.pdf), Word (.doc), Word (.docx), Excel (.xls), Excel (.xlsx), PNG image (.png), JPEG image (.jpg, .jpeg), plain text (.txt)');
  });

  it('refuses an upload over 10 MB with 413, in the reader\'s language and the shape of its other refusals', async () => {
    const { token } = await app.userWithRole('STAFF');
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x41);
    const zh = await upload(token, 'big.txt', big);
    expect(zh).toEqual({ status: 413, body: { error: { code: 'BAD_USER_INPUT', message: '文件超过 10 MB 的上限' } } });
    const en = await upload(token, 'big.txt', big, 'en');
    expect(en).toEqual({ status: 413, body: { error: { code: 'BAD_USER_INPUT', message: 'The file is larger than the 10 MB limit' } } });
    // Exactly the limit is taken.
    expect((await upload(token, 'limit.txt', Buffer.alloc(10 * 1024 * 1024, 0x41))).status).toBe(201);
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
