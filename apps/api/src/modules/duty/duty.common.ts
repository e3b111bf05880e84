import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Localized } from '@luzhi/shared';
import { notFound } from '../../common/errors';
import { assertVersion } from '../../common/records';

/** Reads a row for a change: locked for the transaction, refused when missing or stale. */
export async function lockForChange<T extends ObjectLiteral & { id: number; version: number }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: number,
  version: number | null | undefined,
  label: Localized,
): Promise<T> {
  const row = await em.getRepository(entity).findOne({ where: { id } as never, lock: { mode: 'pessimistic_write' } });
  if (!row) throw notFound(label, id);
  if (version !== null && version !== undefined) assertVersion(label, row.version, version);
  return row;
}

/** The first and last day of a year, for date filters. */
export function yearRange(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

@InputType({ description: '版本号(乐观锁)/ The version you read (optimistic locking)' })
export class VersionInput {
  @Field(() => Int, { description: '版本号 / Version' })
  version: number;
}

@ArgsType()
export class IdVersionArgs {
  @Field(() => ID, { description: '编号 / Id' })
  id: string;

  @Field(() => Int, { description: '你读取到的版本号 / The version you read' })
  version: number;
}
