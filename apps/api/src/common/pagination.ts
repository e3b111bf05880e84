import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { decodeOffsetCursor, encodeOffsetCursor, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@luzhi/shared';
import { badInput } from './errors';
import { hydrateAliased, preparedQueryOn } from './prefetch';

@ObjectType({ description: '分页信息 / Where this page stands in the whole list' })
export class PageInfo {
  @Field(() => Boolean, { description: '后面还有 / More items follow this page' }) hasNextPage: boolean;
  @Field(() => Boolean, { description: '前面还有 / Items come before this page' }) hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: '本页第一项的游标 / The cursor of the first item' }) startCursor: string | null;
  @Field(() => String, { nullable: true, description: '本页最后一项的游标,作为下一页的 after / The cursor of the last item: pass it as `after` for the next page' }) endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `每页条数,最多 ${PAGE_SIZE_MAX} / Page size, at most ${PAGE_SIZE_MAX} (default ${PAGE_SIZE_DEFAULT})` })
  first?: number;

  @Field(() => String, { nullable: true, description: '从该游标之后开始 / Start after this cursor' })
  after?: string;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `<Name>Connection` and `<Name>Edge` types for a node type (Relay connections). */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `列表中的一项及其游标 / One ${name} in a list, with its cursor` })
  class Edge {
    @Field(() => String, { description: '该项的游标 / This item\'s cursor' }) cursor: string;
    @Field(() => node, { description: '该项 / The item' }) node: T;
  }

  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionType {
    @Field(() => [Edge], { description: '本页的条目及游标 / The items of this page with their cursors' }) edges: Edge[];
    @Field(() => [node], { description: '本页的条目 / The items of this page' }) nodes: T[];
    @Field(() => PageInfo, { description: '分页信息 / Where this page stands' }) pageInfo: PageInfo;
    @Field(() => Int, { description: '符合条件的总数 / How many items match in all' }) totalCount: number;
  }
  return ConnectionType;
}

const encodeCursor = encodeOffsetCursor;

function decodeCursor(cursor: string): number {
  const offset = decodeOffsetCursor(cursor);
  if (offset === null) throw badInput('common.invalidCursor');
  return offset;
}

export function pageWindow(args: PageArgs): { offset: number; limit: number } {
  const limit = args.first ?? PAGE_SIZE_DEFAULT;
  if (!Number.isInteger(limit) || limit < 0 || limit > PAGE_SIZE_MAX) throw badInput('common.pageTooLarge', { max: PAGE_SIZE_MAX });
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit };
}

export function toPage<T>(rows: T[], totalCount: number, offset: number): Page<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    nodes: rows,
    totalCount,
    pageInfo: {
      hasNextPage: offset + rows.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Extra columns a page statement carries for its rows (e.g. a list's prefetched nested fields). */
export interface PageColumns {
  /** `[alias, sql expression]` added to the page's SELECT; evaluated for the page's rows only. */
  columns: [string, string][];
  /** Receives the page's rows with those columns; `idOf` reads a row's id. */
  prime(rows: readonly Record<string, unknown>[], idOf: (row: Record<string, unknown>) => unknown): void;
}

/**
 * Runs a query builder as one page: the rows and the total in one statement (a window count over
 * the matching rows), whatever the page size. A second statement counts only when the page is
 * empty past the first row, or when joined rows would make the window count wrong.
 * With `extra`, that statement also carries the extra columns, as a prepared statement (planned
 * once per connection: with several correlated subqueries, planning costs more than running), and
 * the answer says whether they were read (`extraRead`); on the other paths they were not.
 * With `countApart` (for filters that may match a large share of a large table), the total is
 * counted by a statement of its own, run beside the page's: a window count makes PostgreSQL read
 * every match before the first row, where an index in the page's order lets it stop after a page.
 * `count` replaces the generic count of the builder's rows by a cheaper statement giving the same.
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  extra?: PageColumns | null,
  options: { countApart?: boolean; count?: () => Promise<number> } = {},
): Promise<Page<T> & { extraRead?: boolean }> {
  const { offset, limit } = pageWindow(args);
  const plain = qb.expressionMap.joinAttributes.length === 0 && !qb.expressionMap.selectDistinct;
  if (limit > 0 && plain) {
    const apart = options.countApart ? (options.count ?? (() => countMatches(qb)))() : null;
    const q = qb.clone().offset(offset).limit(limit);
    if (!apart) q.addSelect('count(*) OVER ()', 'page_total');
    const main = q.expressionMap.mainAlias!;
    // TypeORM hashes a result column's name past the driver's limit; read those its own way.
    const named = main.metadata.columns.every((c) => `${main.name}_${c.databaseName}`.length <= (qb.connection.driver.maxAliasLength ?? 63));
    if (extra && named) {
      for (const [alias, sql] of extra.columns) q.addSelect(sql, alias);
      // Limit and offset as parameters (TypeORM writes them into the text), so that one text
      // serves every page of a filter's shape.
      const [text, values] = q.clone().limit(undefined).offset(undefined).getQueryAndParameters();
      const paged = `${text} LIMIT $${values.length + 1} OFFSET $${values.length + 2}`;
      const on = executorOf(qb);
      const [raw, counted] = await Promise.all([
        // Prepared (planned once per connection) when the window count reads every match anyway;
        // a page that may stop early is planned for its values each time (a generic plan could
        // walk the whole index in order for a rare value).
        apart
          ? (on.query(paged, [...values, limit, offset]) as Promise<Record<string, unknown>[]>)
          : preparedQueryOn<Record<string, unknown>>(on, paged, [...values, limit, offset]),
        apart,
      ]);
      const idColumn = main.metadata.primaryColumns[0]!;
      const entities = raw.map((row) => hydrateAliased(qb.connection, main.metadata, main.name, row) as T);
      extra.prime(raw, (row) => row[`${main.name}_${idColumn.databaseName}`]);
      if (counted !== null) return { ...toPage(entities, counted, offset), extraRead: true };
      if (entities.length) return { ...toPage(entities, Number(raw[0]!.page_total), offset), extraRead: true };
      if (offset === 0) return { ...toPage([], 0, 0), extraRead: true };
    } else {
      const [{ entities, raw }, counted] = await Promise.all([q.getRawAndEntities(), apart]);
      if (counted !== null) return toPage(entities, counted, offset);
      if (entities.length) return toPage(entities, Number((raw[0] as { page_total: string }).page_total), offset);
      if (offset === 0) return toPage([], 0, 0);
    }
  }
  const [rows, total] = await Promise.all([
    limit === 0 ? Promise.resolve([] as T[]) : qb.clone().offset(offset).limit(limit).getMany(),
    qb.clone().orderBy().getCount(),
  ]);
  return toPage(rows, total, offset);
}

/** Where a builder's SQL runs: inside a transaction on its connection (the builder's runner), as TypeORM would; else the pool. */
function executorOf(qb: SelectQueryBuilder<ObjectLiteral>) {
  return (qb as unknown as { queryRunner?: QueryRunner }).queryRunner?.manager ?? qb.connection;
}

/** `count(*)` of a plain builder's rows (TypeORM's getCount counts DISTINCT ids, which sorts them all). */
async function countMatches(qb: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
  const [text, values] = qb.clone().orderBy().select('1').getQueryAndParameters();
  const rows = (await executorOf(qb).query(`SELECT count(*)::int AS n FROM (${text}) AS matches`, values)) as { n: number }[];
  return rows[0]!.n;
}

/** Parses a GraphQL ID into a database id, with a clear error for anything else. */
export function toId(value: string | number, what = 'id'): number {
  const n = typeof value === 'number' ? value : /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0 || n > 2147483647) throw badInput('common.invalidInput', { details: `${what}: "${value}"` });
  return n;
}
