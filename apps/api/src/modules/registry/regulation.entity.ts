import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { EditableRecord } from '../../common/base.entity';
import { Congress } from './congress.entity';

@ObjectType({ description: '规章制度,如《关于区人大代表联系选民暂行办法》 / The committee\'s own rules and interim measures' })
@Entity({ name: 'regulation' })
export class Regulation extends EditableRecord {
  @Field(() => String, { description: '标题 / Title' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => ID, { nullable: true, description: '制定机关所属人大 / Congress whose committee adopted it' })
  @Column({ type: 'integer', nullable: true })
  congressId: number | null;

  @ManyToOne(() => Congress, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'congress_id', foreignKeyConstraintName: 'FK_regulation_congress' })
  congress?: Congress;

  @Field(() => String, { nullable: true, description: '通过日期 / Adopted on' })
  @Column({ type: 'date', nullable: true })
  adoptedOn: string | null;

  @Field(() => Boolean, { description: '是否为暂行办法 / Interim measures' })
  @Column({ type: 'boolean', default: false })
  interim: boolean;

  @Field(() => Boolean, { description: '是否有效 / In force' })
  @Column({ type: 'boolean', default: true })
  inForce: boolean;

  @Field(() => String, { description: '正文 / Text' })
  @Column({ type: 'text', default: '' })
  body: string;
}
