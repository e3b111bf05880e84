import DataLoader from 'dataloader';
import { In, type ObjectLiteral, type EntityTarget } from 'typeorm';
import type { Context } from './context';

function entityName(target: EntityTarget<ObjectLiteral>): string {
  return typeof target === 'function' ? target.name : String(target);
}

/** Loads rows of an entity by id, batched per request: one statement per entity per tick. */
export function byId<T extends ObjectLiteral & { id: number }>(ctx: Context, entity: EntityTarget<T>): DataLoader<number, T | null> {
  return ctx.loaders.get(`byId:${entityName(entity)}`, () =>
    new DataLoader<number, T | null>(async (ids) => {
      const rows = await ctx.db.getRepository(entity).findBy({ id: In([...ids]) } as never);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  );
}

/** Loads one entity by id, or null; for nullable foreign keys. */
export function loadById<T extends ObjectLiteral & { id: number }>(ctx: Context, entity: EntityTarget<T>, id: number | null | undefined): Promise<T | null> {
  return id == null ? Promise.resolve(null) : byId(ctx, entity).load(id);
}

/**
 * Loads the rows whose `column` equals each key (one-to-many), batched per request.
 * `where` is fixed SQL over alias `x` from the caller's code, never from a client.
 */
export function byColumn<T extends ObjectLiteral>(
  ctx: Context,
  entity: EntityTarget<T>,
  column: string,
  options: { where?: string; orderBy?: Record<string, 'ASC' | 'DESC'> } = {},
): DataLoader<number, T[]> {
  const key = `byColumn:${entityName(entity)}:${column}:${options.where ?? ''}:${JSON.stringify(options.orderBy ?? {})}`;
  return ctx.loaders.get(key, () =>
    new DataLoader<number, T[]>(async (keys) => {
      const qb = ctx.db.getRepository(entity).createQueryBuilder('x').where(`x.${column} IN (:...keys)`, { keys: [...keys] });
      if (options.where) qb.andWhere(options.where);
      for (const [field, dir] of Object.entries(options.orderBy ?? { id: 'ASC' })) qb.addOrderBy(`x.${field}`, dir as 'ASC' | 'DESC');
      const rows = await qb.getMany();
      const groups = new Map<number, T[]>();
      for (const row of rows) {
        const k = row[column] as number;
        let list = groups.get(k);
        if (!list) groups.set(k, (list = []));
        list.push(row);
      }
      return keys.map((k) => groups.get(k) ?? []);
    }),
  );
}
