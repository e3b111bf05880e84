import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * One run from the analyst console, kept so the analyst can find it again (the last N per user).
 * Bookkeeping, not the official record: written with plain SQL, so it leaves no audit rows.
 */
@ObjectType({ description: '控制台运行记录 / One run of a query in the analyst console' })
@Entity({ name: 'query_run' })
@Index('IDX_query_run_user_id', ['userId', 'id'])
export class QueryRun {
  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'integer' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_query_run_user' })
  user: User;

  @Field(() => Date, { description: '运行时间 / When it ran' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Field(() => String, { nullable: true, description: '操作名称 / The operation name' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  operationName: string | null;

  @Field(() => String, { description: 'GraphQL 查询文本 / The GraphQL document' })
  @Column({ type: 'text' })
  query: string;

  @Field(() => GraphQLJSON, { nullable: true, description: '查询变量 / The variables' })
  @Column({ type: 'jsonb', nullable: true })
  variables: Record<string, unknown> | null;

  @Field(() => Int, { nullable: true, description: '计算出的代价 / The computed cost' })
  @Column({ type: 'integer', nullable: true })
  cost: number | null;

  @Field(() => String, { description: 'OK(成功)、ERROR(出错)或 REFUSED(超出代价上限)/ OK, ERROR, or REFUSED (over the cost limit)' })
  @Column({ type: 'varchar', length: 10 })
  status: string;

  @Field(() => String, { nullable: true, description: '第一个错误的代码 / The first error\'s code' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  errorCode: string | null;

  @Field(() => Int, { nullable: true, description: '耗时(毫秒)/ How long it took, in milliseconds' })
  @Column({ type: 'integer', nullable: true })
  durationMs: number | null;
}
