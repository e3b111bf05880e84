import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import type { HolidayKind } from '@luzhi/shared';
import { EditableRecord } from '../../../common/base.entity';
import { HolidayKindEnum } from '../suggestion.enums';

@ObjectType({ description: '节假日日历中的一天:法定节假日,或调休上班的周末 / A day of the holiday calendar: a holiday, or a weekend day that is worked' })
@Entity({ name: 'holiday' })
export class Holiday extends EditableRecord {
  @Field(() => String, { description: '日期 / Date' })
  @Index('UQ_holiday_date', { unique: true })
  @Column({ type: 'date' })
  date: string;

  @Field(() => String, { description: '名称,如“国庆节” / Name, e.g. National Day' })
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => HolidayKindEnum, { description: '节假日或调休上班日 / Holiday or make-up working day' })
  @Column({ type: 'varchar', length: 10, default: 'HOLIDAY' })
  kind: HolidayKind;
}
