import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import type { LiaisonStationKind } from '@luzhi/shared';
import { EditableRecord } from '../../common/base.entity';
import { LiaisonStationKindEnum } from './registry.enums';
import { Division } from './division.entity';

@ObjectType({ description: '代表联络站 / 代表之家:代表接待选民的地方 / Where deputies receive voters' })
@Entity({ name: 'liaison_station' })
export class LiaisonStation extends EditableRecord {
  @Field(() => String, { description: '名称 / Name' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => LiaisonStationKindEnum, { description: '类型 / Kind' })
  @Column({ type: 'varchar', length: 20, default: 'STATION' })
  kind: LiaisonStationKind;

  @Field(() => ID, { nullable: true, description: '所在区划 / Division' })
  @Column({ type: 'integer', nullable: true })
  divisionId: number | null;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'division_id', foreignKeyConstraintName: 'FK_liaison_station_division' })
  division?: Division;

  @Field(() => String, { nullable: true, description: '地址 / Address' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: '接待时间说明 / When it receives voters' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  openingHours: string | null;
}
