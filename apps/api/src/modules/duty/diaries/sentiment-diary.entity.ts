import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { EditableRecord } from '../../../common/base.entity';
import { Deputy } from '../../deputies/deputy.entity';

@ObjectType({ description: '民情日记:代表记录社情民意的日记 / A deputy\'s dated diary of public sentiment' })
@Entity({ name: 'sentiment_diary' })
@Index('IDX_sentiment_diary_deputy_date', ['deputyId', 'entryDate'])
export class SentimentDiary extends EditableRecord {
  @Field(() => ID, { description: '代表 / Deputy' })
  @Column({ type: 'integer' })
  deputyId: number;

  @ManyToOne(() => Deputy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id', foreignKeyConstraintName: 'FK_sentiment_diary_deputy' })
  deputy?: Deputy;

  @Field(() => String, { description: '日期 / Date' })
  @Index('IDX_sentiment_diary_date')
  @Column({ type: 'date' })
  entryDate: string;

  @Field(() => String, { description: '标题 / Title' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { description: '内容 / Text' })
  @Column({ type: 'text' })
  content: string;

  @Field(() => [String], { description: '标签 / Tags' })
  @Column({ type: 'text', array: true })
  tags: string[];

  @Field(() => ID, { nullable: true, description: '转成的建议(建议模块的编号,无外键)/ The suggestion it became (id in the suggestions module; no foreign key)' })
  @Column({ type: 'integer', nullable: true })
  suggestionId: number | null;
}
