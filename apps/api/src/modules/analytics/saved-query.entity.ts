import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { User } from '../users/user.entity';

/** An analyst's GraphQL query kept for later: private to its owner, or shared with the other analysts. */
@ObjectType({ description: '保存的查询 / A GraphQL query saved in the analyst console' })
@Entity({ name: 'saved_query' })
@Index('IDX_saved_query_owner_name', ['ownerId', 'name'], { unique: true })
@Index('IDX_saved_query_shared', ['shared'])
export class SavedQuery {
  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'ALWAYS' })
  id: number;

  @Field(() => ID, { description: '创建者的用户编号 / The owner\'s user id' })
  @Column({ type: 'integer' })
  ownerId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'FK_saved_query_owner' })
  owner: User;

  @Field(() => String, { description: '名称(同一创建者下唯一)/ Name, unique per owner' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { description: '说明:查询回答什么问题 / What question the query answers' })
  @Column({ type: 'varchar', length: 2000, default: '' })
  description: string;

  @Field(() => String, { description: 'GraphQL 查询文本 / The GraphQL document' })
  @Column({ type: 'text' })
  query: string;

  @Field(() => GraphQLJSON, { nullable: true, description: '查询变量 / The variables, a JSON object' })
  @Column({ type: 'jsonb', nullable: true })
  variables: Record<string, unknown> | null;

  @Field(() => Boolean, { description: '是否与其他分析员共享 / Shared with the other analysts (else private)' })
  @Column({ type: 'boolean', default: false })
  shared: boolean;

  @Field(() => Date, { description: '创建时间 / Created at' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: '修改时间 / Last changed at' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Number, { description: '版本号,用于乐观锁 / Version for optimistic locking' })
  @VersionColumn({ type: 'integer' })
  version: number;
}
