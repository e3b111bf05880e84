import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * What every editable record has: an id, timestamps, and a version for optimistic locking (an
 * update that names a stale version is refused with CONFLICT and changes nothing).
 */
@ObjectType('EditableRecord')
export abstract class EditableRecord {
  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'ALWAYS' })
  id: number;

  @Field(() => Date, { description: '创建时间 / Created at' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: '修改时间 / Last changed at' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: '版本号,修改时需提交 / Version: send it back with a change' })
  @VersionColumn({ type: 'integer' })
  version: number;
}
