import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: '审计记录 / One change to the data: who, when, what, before and after' })
@Entity({ name: 'audit_log' })
@Index('IDX_audit_log_entity_entity_id', ['entity', 'entityId'])
export class AuditLog {
  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field(() => Date, { description: '时间 / When' })
  @Index('IDX_audit_log_at')
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Field(() => ID, { nullable: true, description: '操作人编号(系统任务为空)/ The user\'s id (empty for system jobs)' })
  @Index('IDX_audit_log_user_id')
  @Column({ type: 'integer', nullable: true })
  userId: number | null;

  @Field(() => String, { nullable: true, description: '操作人用户名 / The username, as it was then' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  username: string | null;

  @Field(() => String, { nullable: true, description: '操作 / The mutation or job that made the change' })
  @Index('IDX_audit_log_operation')
  @Column({ type: 'varchar', length: 100, nullable: true })
  operation: string | null;

  @Field(() => String, { description: '动作:INSERT(新增)、UPDATE(修改)或 DELETE(删除)/ INSERT, UPDATE or DELETE' })
  @Column({ type: 'varchar', length: 10 })
  action: string;

  @Field(() => String, { description: '实体 / Entity name' })
  @Column({ type: 'varchar', length: 60 })
  entity: string;

  @Field(() => String, { nullable: true, description: '记录编号 / The changed record\'s id' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: '修改前 / Changed fields before' })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true, description: '修改后 / Changed fields after' })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: '来源 IP / The IP address of the request' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Field(() => String, { nullable: true, description: '请求编号,与日志对应 / The request id, as in the logs' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  requestId: string | null;
}
