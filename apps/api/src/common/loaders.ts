import DataLoader from 'dataloader';
import { In, type ObjectLiteral, type EntityTarget } from 'typeorm';
import type { Context } from './context';

function entityName(target: EntityTarget<ObjectLiteral>): string {
  return typeof target === 'function' ? target.name : String(target);
}

/**
 * A request's DataLoader that also hands out what it already holds without a promise: a value
 * primed by a page's prefetch, or loaded earlier in the request. GraphQL then completes those
 * fields at once; a page of 50 deputies with groups and mandates otherwise makes several hundred
 * promises, each resolved on a later tick.
 */
export class Loader<K, V> extends DataLoader<K, V> {
  private readonly known = new Map<K, V>();

  /** The value when this request already has it, else a promise of it (batched as `load`). */
  loadNow(key: K): V | Promise<V> {
    if (this.known.has(key)) return this.known.get(key)!;
    return this.load(key).then((value) => {
      if (!this.known.has(key)) this.known.set(key, value);
      return value;
    });
  }

  /** Primes a key the request does not hold yet, making its value only then (a page's rows share many). */
  primeWith(key: K, make: () => V): this {
    return this.known.has(key) ? this : this.prime(key, make());
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    // As DataLoader: the first value for a key stays.
    if (!this.known.has(key) && !(value instanceof Error) && !isPromiseLike(value)) this.known.set(key, value);
    return super.prime(key, value as V | Error);
  }

  override clear(key: K): this {
    this.known.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.known.clear();
    return super.clearAll();
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** Loads rows of an entity by id, batched per request: one statement per entity per tick. */
export function byId<T extends ObjectLiteral & { id: number }>(ctx: Context, entity: EntityTarget<T>): Loader<number, T | null> {
  return ctx.loaders.get(byIdKey(entity), () =>
    new Loader<number, T | null>(async (ids) => {
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

/** As `loadById`, without a promise when the request already holds the row (see `Loader`). */
export function loadByIdNow<T extends ObjectLiteral & { id: number }>(ctx: Context, entity: EntityTarget<T>, id: number | null | undefined): T | null | Promise<T | null> {
  return id == null ? null : byId(ctx, entity).loadNow(id);
}

// Loader keys are looked up on every field of every row of a page: each distinct key is built
// (and hashed) once per process, not once per field.
const byIdKeys = new Map<unknown, string>();
function byIdKey(entity: EntityTarget<ObjectLiteral>): string {
  let key = byIdKeys.get(entity);
  if (key === undefined) byIdKeys.set(entity, (key = `byId:${entityName(entity)}`));
  return key;
}

// byColumn's options are mostly module constants: keyed by identity.
const columnKeys = new Map<unknown, Map<string, WeakMap<object, string>>>();
function columnLoaderKey(entity: EntityTarget<ObjectLiteral>, column: string, options: { where?: string; orderBy?: Record<string, 'ASC' | 'DESC'> }): string {
  let byColumn = columnKeys.get(entity);
  if (!byColumn) columnKeys.set(entity, (byColumn = new Map()));
  let byOptions = byColumn.get(column);
  if (!byOptions) byColumn.set(column, (byOptions = new WeakMap()));
  let key = byOptions.get(options);
  if (key === undefined) {
    key = `byColumn:${entityName(entity)}:${column}:${options.where ?? ''}:${JSON.stringify(options.orderBy ?? {})}`;
    byOptions.set(options, key);
  }
  return key;
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
): Loader<number, T[]> {
  const key = columnLoaderKey(entity, column, options);
  return ctx.loaders.get(key, () =>
    new Loader<number, T[]>(async (keys) => {
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
