import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { ATTACHMENT_MAX_BYTES, formatMessage, langFromAcceptLanguage } from '@luzhi/shared';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import { restContext } from '../../common/rest-context';
import { AppError } from '../../common/errors';
import type { Logger } from '../../common/logger';
import { Attachment } from './attachment.entity';
import { mayDownload, storeUpload, tooLarge } from './attachment.service';

/**
 * POST /files (raw body, `x-filename` header) stores an upload and answers `{ id, filename,
 * contentType, size }`; GET /files/:id serves it to users who may see its record. Both need the
 * session token. Plain HTTP keeps large files out of GraphQL's JSON. Every refusal is
 * `{ error: { code, message } }` in the caller's language; a body over ATTACHMENT_MAX_BYTES is
 * refused with 413 as soon as its Content-Length says so, before it is read.
 */
export function mountFileRoutes(app: Express, deps: { db: DataSource; config: Config; log: Logger }) {
  const contextFor = (req: Request, res: Response) => restContext(req, res, deps);

  const refuseTooLarge = (err: { type?: string }, req: Request, res: Response, next: NextFunction) => {
    if (err.type !== 'entity.too.large' || res.headersSent) return next(err);
    res.status(413).json({ error: { code: 'BAD_USER_INPUT', message: tooLarge().localized(langFromAcceptLanguage(req.header('accept-language'))) } });
  };

  app.post('/files', express.raw({ type: () => true, limit: ATTACHMENT_MAX_BYTES }), async (req, res) => {
    const ctx = await contextFor(req, res);
    if (!ctx) return;
    try {
      const name = decodeURIComponent(req.header('x-filename') ?? 'file');
      const row = await storeUpload(ctx, name, Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
      res.status(201).json({ id: String(row.id), filename: row.filename, contentType: row.contentType, size: row.size, url: row.url });
    } catch (err) {
      if (err instanceof AppError) res.status(err.messageKey === 'files.tooLarge' ? 413 : 400).json({ error: { code: err.code, message: err.localized(ctx.lang) } });
      else {
        deps.log.error({ err, requestId: ctx.requestId }, 'upload failed');
        res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: formatMessage('common.internal', { requestId: ctx.requestId }, ctx.lang) } });
      }
    }
  });
  app.use('/files', refuseTooLarge);

  app.get('/files/:id', async (req, res) => {
    const ctx = await contextFor(req, res);
    if (!ctx) return;
    const id = /^\d{1,9}$/.test(req.params.id ?? '') ? Number(req.params.id) : NaN;
    const row = Number.isFinite(id) ? await deps.db.getRepository(Attachment).createQueryBuilder('a').addSelect('a.data').where('a.id = :id', { id }).getOne() : null;
    // The same answer for "no such file" and "not yours": ids reveal nothing.
    if (!row || !(await mayDownload(ctx, row))) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: formatMessage('common.notFound', { entity: { zh: '附件', en: 'attachment' }, id: req.params.id ?? '' }, ctx.lang) } });
      return;
    }
    res.setHeader('Content-Type', row.contentType);
    res.setHeader('Content-Length', String(row.size));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.filename)}`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(row.data);
  });
}
