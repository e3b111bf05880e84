import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An uploaded file, kept in PostgreSQL: backups, replicas and several API processes see the same
 * files, and deleting the record deletes the bytes. Uploaded first (unclaimed), then claimed by the
 * record it belongs to (an activity report, a reply); served only to users who may see that record.
 */
@ObjectType({ description: '附件 / An uploaded file' })
@Entity({ name: 'attachment' })
@Index('IDX_attachment_owner', ['ownerType', 'ownerId'])
export class Attachment {
  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'ALWAYS' })
  id: number;

  @Field(() => String, { description: '文件名 / File name' })
  @Column({ type: 'varchar', length: 200 })
  filename: string;

  @Field(() => String, { description: '类型(按内容识别)/ Media type, detected from the content' })
  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Field(() => Int, { description: '字节数 / Size in bytes' })
  @Column({ type: 'integer' })
  size: number;

  @Field(() => String, { description: '内容摘要 SHA-256 / SHA-256 of the content' })
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  data: Buffer;

  @Field(() => String, { nullable: true, description: '所属记录类型 / Kind of record it belongs to' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  ownerType: string | null;

  @Field(() => ID, { nullable: true, description: '所属记录 / The record it belongs to' })
  @Column({ type: 'integer', nullable: true })
  ownerId: number | null;

  @Field(() => ID, { nullable: true, description: '上传人 / Uploaded by' })
  @Column({ type: 'integer', nullable: true })
  uploadedBy: number | null;

  @Field(() => Date, { description: '上传时间 / Uploaded at' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => String, { description: '下载地址 / Where to download it (send the session token)' })
  get url(): string {
    return `/files/${this.id}`;
  }
}
