import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { In, IsNull } from 'typeorm';
import type { Context } from '../../common/context';
import { ATTACHMENT_KINDS, ATTACHMENT_MAX, ATTACHMENT_MAX_BYTES } from '@luzhi/shared';
import { badInput } from '../../common/errors';
import { checkUpload } from '../../common/uploads';
import { Attachment } from './attachment.entity';

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

/** An upload past ATTACHMENT_MAX_BYTES (the route answers it with 413). */
export const tooLarge = () => badInput('files.tooLarge', { max: ATTACHMENT_MAX });

/**
 * Stores an attachment after `checkUpload`: only ATTACHMENT_KINDS (the upload button's hint and
 * `accept` say the same), named for what they are.
 */
export async function storeUpload(ctx: Context, filename: string, data: Buffer): Promise<Attachment> {
  if (data.length === 0) throw badInput('files.empty');
  if (data.length > ATTACHMENT_MAX_BYTES) throw tooLarge();
  const { mimeType: contentType } = checkUpload({ filename, bytes: data }, ATTACHMENT_KINDS, ATTACHMENT_MAX_BYTES);
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
