import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { In, IsNull } from 'typeorm';
import type { Context } from '../../common/context';
import { badInput } from '../../common/errors';
import { Attachment } from './attachment.entity';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Media types we accept, recognised by their first bytes: never trust the name or the header. */
export function sniffContentType(data: Buffer): string | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => data[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    const head = data.subarray(0, Math.min(data.length, 4096)).toString('latin1');
    if (head.includes('xl/')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    if (head.includes('word/')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (head.includes('[Content_Types].xml')) return 'application/vnd.openxmlformats-officedocument';
    return null;
  }
  // Plain UTF-8 text without control characters other than tab, CR, LF.
  const sample = data.subarray(0, Math.min(data.length, 8192));
  const text = sample.toString('utf8');
  if (!text.includes('\uFFFD') && !/[\x00-\x08\x0B\x0C\x0E-\x1F]/.test(text)) return 'text/plain';
  return null;
}

/**
 * Who may download an attachment that belongs to a record: each domain registers a check for its
 * owner type. An unclaimed attachment is visible to its uploader only.
 */
type AccessCheck = (ctx: Context, ownerId: number) => Promise<boolean>;
const accessChecks = new Map<string, AccessCheck>();

export function registerAttachmentAccess(ownerType: string, check: AccessCheck): void {
  accessChecks.set(ownerType, check);
}

export async function mayDownload(ctx: Context, attachment: Attachment): Promise<boolean> {
  if (!ctx.viewer) return false;
  if (!attachment.ownerType || attachment.ownerId == null) return attachment.uploadedBy === ctx.viewer.id;
  const check = accessChecks.get(attachment.ownerType);
  return check ? check(ctx, attachment.ownerId) : false;
}

export async function storeUpload(ctx: Context, filename: string, data: Buffer): Promise<Attachment> {
  if (data.length === 0) throw badInput('files.empty');
  if (data.length > MAX_ATTACHMENT_BYTES) throw badInput('files.tooLarge', { max: `${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB` });
  const contentType = sniffContentType(data);
  if (!contentType) throw badInput('files.unsupportedType');
  const safeName = filename.replace(/[\\/\x00-\x1f]/g, '_').slice(0, 200) || 'file';
  return ctx.db.transaction(async (em) => {
    const repo = em.getRepository(Attachment);
    const row = repo.create({ filename: safeName, contentType, size: data.length, sha256: createHash('sha256').update(data).digest('hex'), data, ownerType: null, ownerId: null, uploadedBy: ctx.viewer!.id });
    await repo.save(row);
    return row;
  });
}

/**
 * Attaches the caller's unclaimed uploads to a record, inside the caller's transaction. Ids that
 * are not the caller's own unclaimed uploads are refused, so nobody can steal another's file.
 */
export async function claimAttachments(em: EntityManager, ctx: Context, ownerType: string, ownerId: number, ids: number[]): Promise<Attachment[]> {
  if (!ids.length) return [];
  const repo = em.getRepository(Attachment);
  const rows = await repo.findBy({ id: In(ids), ownerId: IsNull(), uploadedBy: ctx.viewer!.id });
  if (rows.length !== new Set(ids).size) throw badInput('files.notClaimable');
  for (const row of rows) {
    row.ownerType = ownerType;
    row.ownerId = ownerId;
  }
  return repo.save(rows);
}

export function attachmentsOf(em: EntityManager, ownerType: string, ownerId: number): Promise<Attachment[]> {
  return em.getRepository(Attachment).find({ where: { ownerType, ownerId }, order: { id: 'ASC' } });
}
