import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Column, Entity, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A configurable rule (group sizes, reply deadlines, thresholds): defaults live in code. */
@ObjectType({ description: '可配置规则 / A configurable rule; unset keys use the documented default' })
@Entity({ name: 'app_setting' })
export class Setting {
  @Field(() => String, { description: '键 / Key, e.g. groups.rules' })
  @Column({ type: 'varchar', length: 100, primary: true })
  key: string;

  @Field(() => GraphQLJSON, { description: '值 / Value' })
  @Column({ type: 'jsonb' })
  value: unknown;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int)
  @VersionColumn({ type: 'integer' })
  version: number;
}
