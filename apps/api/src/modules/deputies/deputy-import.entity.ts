import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { DeputyImportStatus } from '@luzhi/shared';
import { EditableRecord } from '../../common/base.entity';
import { Term } from '../registry/congress.entity';
import { DeputyImportStatusEnum } from './deputy.enums';

export type { StoredProblem } from './deputy-import.check';
import type { StoredProblem } from './deputy-import.check';

/**
 * An uploaded roster and what became of it: checked in the background (progress is visible while
 * it runs), then applied in one transaction. The file stays with the record, so applying reads
 * exactly what was checked.
 */
@ObjectType({ description: '代表名册导入 / A deputy roster import: the uploaded file, its check and its result' })
@Entity({ name: 'deputy_import' })
@Index('IDX_deputy_import_created_by', ['createdBy'])
export class DeputyImport extends EditableRecord {
  @Field(() => String, { description: '文件名 / File name' })
  @Column({ type: 'varchar', length: 200 })
  filename: string;

  @Field(() => String, { description: '格式:xlsx 或 csv / Format: xlsx or csv' })
  @Column({ type: 'varchar', length: 10 })
  format: 'xlsx' | 'csv';

  @Field(() => Int, { description: '字节数 / Size in bytes' })
  @Column({ type: 'integer' })
  size: number;

  @Field(() => String, { description: '内容的 SHA-256 / SHA-256 of the content' })
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  data: Buffer;

  @Field(() => ID, { nullable: true, description: '导入到该届(建立代表资格和小组成员关系)/ Term the mandates and groups are for' })
  @Column({ type: 'integer', nullable: true })
  termId: number | null;

  @ManyToOne(() => Term, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'term_id', foreignKeyConstraintName: 'FK_deputy_import_term' })
  term?: Term;

  @Field(() => DeputyImportStatusEnum, { description: '状态 / Status' })
  @Column({ type: 'varchar', length: 20 })
  status: DeputyImportStatus;

  @Field(() => Float, { description: '当前步骤的进度(0–1)/ Progress of the running step, 0 to 1' })
  @Column({ type: 'real', default: 0 })
  progress: number;

  @Field(() => Int, { description: '已处理行数 / Rows processed so far' })
  @Column({ type: 'integer', default: 0 })
  processedRows: number;

  @Field(() => Int, { description: '数据行数(校验完成后)/ Data rows in the file, once checked' })
  @Column({ type: 'integer', default: 0 })
  totalRows: number;

  @Field(() => Int, { description: '有错误的行数 / Rows with at least one problem' })
  @Column({ type: 'integer', default: 0 })
  invalidRowCount: number;

  @Field(() => [Int], { description: '有错误的行号(表格行号)/ Spreadsheet row numbers with problems' })
  @Column({ type: 'integer', array: true, default: () => "'{}'" })
  invalidRows: number[];

  @Field(() => Int, { description: '问题总数 / Problems in all' })
  @Column({ type: 'integer', default: 0 })
  problemCount: number;

  /** The first problems (enough to fix a file), with row, column and reason. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  problemList: StoredProblem[];

  @Field(() => Int, { description: '将新增的代表数 / Deputies that will be added' })
  @Column({ type: 'integer', default: 0 })
  newCount: number;

  @Field(() => Int, { description: '将修改的代表数 / Deputies whose record will change' })
  @Column({ type: 'integer', default: 0 })
  changedCount: number;

  @Field(() => Int, { description: '与现有记录相同的代表数 / Deputies already recorded exactly so' })
  @Column({ type: 'integer', default: 0 })
  unchangedCount: number;

  @Field(() => [Int], { description: '导入时排除的行 / Rows excluded when applied' })
  @Column({ type: 'integer', array: true, default: () => "'{}'" })
  excludedRows: number[];

  @Field(() => Int, { nullable: true, description: '实际新增的代表数 / Deputies added when applied' })
  @Column({ type: 'integer', nullable: true })
  insertedCount: number | null;

  @Field(() => Int, { nullable: true, description: '实际修改的代表数 / Deputies changed when applied' })
  @Column({ type: 'integer', nullable: true })
  updatedCount: number | null;

  @Field(() => Int, { nullable: true, description: '新建的代表资格和小组成员关系数 / Mandates and memberships created when applied' })
  @Column({ type: 'integer', nullable: true })
  linkedCount: number | null;

  @Field(() => String, { nullable: true, description: '失败原因 / Why it failed' })
  @Column({ type: 'text', nullable: true })
  failure: string | null;

  @Field(() => ID, { nullable: true, description: '上传人 / Uploaded by' })
  @Column({ type: 'integer', nullable: true })
  createdBy: number | null;

  @Field(() => Date, { nullable: true, description: '导入时间 / Applied at' })
  @Column({ type: 'timestamptz', nullable: true })
  appliedAt: Date | null;
}

/**
 * A checked row of an import, waiting to be applied: the values as they will be inserted, and which
 * of them the file actually gave (`filled`, one bit per column), so applying keeps recorded values
 * where a cell was empty. Deleted when the import is applied.
 */
@Entity({ name: 'deputy_import_row' })
export class DeputyImportRow {
  @Column({ type: 'integer', primary: true })
  importId: number;

  @Column({ type: 'integer', primary: true })
  row: number;

  @ManyToOne(() => DeputyImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id', foreignKeyConstraintName: 'FK_deputy_import_row_import' })
  import?: DeputyImport;

  @Column({ type: 'integer' }) filled: number;
  @Column({ type: 'varchar', length: 50 }) name: string;
  @Column({ type: 'varchar', length: 200 }) namePinyin: string;
  @Column({ type: 'varchar', length: 50 }) nameInitials: string;
  @Column({ type: 'varchar', length: 10 }) gender: string;
  @Column({ type: 'varchar', length: 20 }) ethnicity: string;
  @Column({ type: 'date', nullable: true }) birthDate: string | null;
  @Column({ type: 'varchar', length: 20 }) party: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) education: string | null;
  @Column({ type: 'varchar', length: 20 }) occupationCategory: string;
  @Column({ type: 'varchar', length: 150, nullable: true }) workUnit: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) position: string | null;
  @Column({ type: 'varchar', length: 30, nullable: true }) phone: string | null;
  @Column({ type: 'varchar', length: 18 }) idNumber: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) address: string | null;
  @Column({ type: 'varchar', length: 20 }) status: string;
  @Column({ type: 'integer', nullable: true }) electoralDistrictId: number | null;
  @Column({ type: 'integer', nullable: true }) groupId: number | null;
}
