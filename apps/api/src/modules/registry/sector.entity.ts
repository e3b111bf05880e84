import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EditableRecord } from '../../common/base.entity';

@ObjectType({ description: '系统,如“文教卫生” / A sector, e.g. culture, education and health' })
@Entity({ name: 'sector' })
export class Sector extends EditableRecord {
  @Field(() => String, { description: '名称 / Name' })
  @Index('UQ_sector_name', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { nullable: true, description: '说明 / Description' })
  @Column({ type: 'text', nullable: true })
  description: string | null;
}
