import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { CongressLevel } from '@luzhi/shared';
import { EditableRecord } from '../../common/base.entity';
import { CongressLevelEnum } from './registry.enums';
import { Division } from './division.entity';

@ObjectType({ description: '人民代表大会 / A congress at one level' })
@Entity({ name: 'congress' })
export class Congress extends EditableRecord {
  @Field(() => String, { description: '名称,如“某某区人民代表大会” / Name' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => CongressLevelEnum, { description: '层级 / Level' })
  @Column({ type: 'varchar', length: 20 })
  level: CongressLevel;

  @Field(() => ID, { nullable: true, description: '所辖区域 / The division it represents' })
  @Index('IDX_congress_division')
  @Column({ type: 'integer', nullable: true })
  divisionId: number | null;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'division_id', foreignKeyConstraintName: 'FK_congress_division' })
  division?: Division;

  @Field(() => String, { nullable: true, description: '地区 / Region, as written' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  region: string | null;
}

@ObjectType({ description: '届 / A term of a congress, e.g. the 12th' })
@Entity({ name: 'term' })
@Index('UQ_term_congress_number', ['congressId', 'number'], { unique: true })
export class Term extends EditableRecord {
  @Field(() => ID, { description: '所属人大 / Congress' })
  @Column({ type: 'integer' })
  congressId: number;

  @ManyToOne(() => Congress, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'congress_id', foreignKeyConstraintName: 'FK_term_congress' })
  congress?: Congress;

  @Field(() => Int, { description: '届次 / Ordinal, e.g. 12' })
  @Column({ type: 'integer' })
  number: number;

  @Field(() => String, { description: '名称,如“第十二届” / Name' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { description: '开始日期 / Start date' })
  @Column({ type: 'date' })
  startDate: string;

  @Field(() => String, { nullable: true, description: '结束日期 / End date' })
  @Column({ type: 'date', nullable: true })
  endDate: string | null;
}

@ObjectType({ description: '次会议 / A plenary session within a term, e.g. the 3rd' })
@Entity({ name: 'congress_session' })
@Index('UQ_congress_session_term_number', ['termId', 'number'], { unique: true })
export class Session extends EditableRecord {
  @Field(() => ID, { description: '所属届 / Term' })
  @Column({ type: 'integer' })
  termId: number;

  @ManyToOne(() => Term, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'term_id', foreignKeyConstraintName: 'FK_congress_session_term' })
  term?: Term;

  @Field(() => Int, { description: '会次 / Ordinal, e.g. 3' })
  @Column({ type: 'integer' })
  number: number;

  @Field(() => String, { description: '名称,如“第十二届人民代表大会第三次会议” / Name' })
  @Column({ type: 'varchar', length: 150 })
  name: string;

  @Field(() => String, { description: '开幕日期 / Opening date' })
  @Column({ type: 'date' })
  startDate: string;

  @Field(() => String, { nullable: true, description: '闭幕日期 / Closing date' })
  @Column({ type: 'date', nullable: true })
  endDate: string | null;
}
