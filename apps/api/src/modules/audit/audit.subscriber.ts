import type { EntityMetadata, EntitySubscriberInterface, InsertEvent, ObjectLiteral, QueryRunner, RemoveEvent, SoftRemoveEvent, UpdateEvent } from 'typeorm';
import { EventSubscriber } from 'typeorm';
import { currentScope } from '../../common/request-context';

/** Never copied into the audit trail. */
const SECRET_COLUMNS = new Set(['passwordHash', 'tokenHash']);
/** Entities whose changes are bookkeeping, not the official record. */
const UNAUDITED = new Set(['AuditLog', 'LoginThrottle']);

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return undefined;
  if (value && typeof value === 'object' && !Array.isArray(value)) return undefined; // relations
  return value;
}

function snapshot(metadata: EntityMetadata, entity: ObjectLiteral | undefined, only?: string[]): Record<string, unknown> | null {
  if (!entity) return null;
  const out: Record<string, unknown> = {};
  for (const column of metadata.columns) {
    const name = column.propertyName;
    if (SECRET_COLUMNS.has(name)) continue;
    if (only && !only.includes(name)) continue;
    const value = plain(column.getEntityValue(entity));
    if (value !== undefined) out[name] = value;
  }
  return out;
}

function entityId(metadata: EntityMetadata, entity: ObjectLiteral | undefined): string | null {
  if (!entity) return null;
  const ids = metadata.primaryColumns.map((c) => c.getEntityValue(entity)).filter((v) => v !== undefined && v !== null);
  return ids.length ? ids.map(String).join(':') : null;
}

/**
 * Writes an audit row for every insert, update and delete made through TypeORM, on the same
 * query runner: inside the mutation's transaction, so a rolled-back change leaves no audit row
 * and a committed one always has it. Bulk loads that bypass entities record one summary row
 * themselves (`recordAudit`).
 */
@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface {
  async afterInsert(event: InsertEvent<ObjectLiteral>) {
    if (UNAUDITED.has(event.metadata.name)) return;
    await recordAudit(event.queryRunner, {
      action: 'INSERT',
      entity: event.metadata.name,
      entityId: entityId(event.metadata, event.entity),
      before: null,
      after: snapshot(event.metadata, event.entity),
    });
  }

  async afterUpdate(event: UpdateEvent<ObjectLiteral>) {
    if (UNAUDITED.has(event.metadata.name)) return;
    const changed = event.updatedColumns.map((c) => c.propertyName).filter((n) => n !== 'updatedAt' && n !== 'version');
    if (event.updatedColumns.length && !changed.length) return;
    const only = changed.length ? changed : undefined;
    await recordAudit(event.queryRunner, {
      action: 'UPDATE',
      entity: event.metadata.name,
      entityId: entityId(event.metadata, event.databaseEntity ?? (event.entity as ObjectLiteral | undefined)),
      before: snapshot(event.metadata, event.databaseEntity, only),
      after: snapshot(event.metadata, event.entity as ObjectLiteral | undefined, only),
    });
  }

  async beforeRemove(event: RemoveEvent<ObjectLiteral>) {
    if (UNAUDITED.has(event.metadata.name)) return;
    const entity = event.databaseEntity ?? event.entity;
    await recordAudit(event.queryRunner, {
      action: 'DELETE',
      entity: event.metadata.name,
      entityId: entityId(event.metadata, entity) ?? (event.entityId != null ? String(event.entityId) : null),
      before: snapshot(event.metadata, entity),
      after: null,
    });
  }

  async afterSoftRemove(event: SoftRemoveEvent<ObjectLiteral>) {
    if (UNAUDITED.has(event.metadata.name)) return;
    await recordAudit(event.queryRunner, {
      action: 'DELETE',
      entity: event.metadata.name,
      entityId: entityId(event.metadata, event.entity),
      before: snapshot(event.metadata, event.databaseEntity ?? event.entity),
      after: null,
    });
  }
}

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

// TypeORM announces the entities of one save concurrently; a connection runs one statement at
// a time, so the audit rows of one query runner are written one after another.
const pending = new WeakMap<QueryRunner, Promise<unknown>>();

/** Records one audit row on the given query runner (use the transaction's). */
export function recordAudit(queryRunner: QueryRunner, entry: AuditEntry): Promise<void> {
  const scope = currentScope();
  const previous = pending.get(queryRunner) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => insertAudit(queryRunner, entry, scope));
  pending.set(queryRunner, next);
  return next;
}

async function insertAudit(queryRunner: QueryRunner, entry: AuditEntry, scope: ReturnType<typeof currentScope>): Promise<void> {
  await queryRunner.query(
    `INSERT INTO audit_log (user_id, username, operation, action, entity, entity_id, before, after, ip, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      scope?.userId ?? null,
      scope?.username ?? null,
      scope?.operation ?? null,
      entry.action,
      entry.entity,
      entry.entityId,
      entry.before ? JSON.stringify(entry.before) : null,
      entry.after ? JSON.stringify(entry.after) : null,
      scope?.ip ?? null,
      scope?.requestId ?? null,
    ],
  );
}
