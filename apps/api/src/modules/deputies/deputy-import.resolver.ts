import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { formatMessage, PERMISSIONS as P } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { loadById } from '../../common/loaders';
import { toId } from '../../common/pagination';
import { Term } from '../registry/congress.entity';
import { DeputyImport } from './deputy-import.entity';
import { applyImport, getImport } from './deputy-import.service';

@ObjectType({ description: '导入文件中某行某列的问题 / A problem in one row and column of an imported file' })
export class DeputyImportProblem {
  @Field(() => Int, { description: '表格中的行号 / Row number as the spreadsheet shows it' }) row: number;
  @Field(() => String, { description: '列(字母和表头)/ Column: letter and header' }) column: string;
  @Field(() => String, { description: '字段名 / Field name' }) field: string;
  @Field(() => String, { description: '原因(按请求语言)/ Reason, in the request\'s language' }) reason: string;
  @Field(() => String, { description: '原因的消息键 / Message key of the reason' }) messageKey: string;
}

@Resolver(() => DeputyImport)
export class DeputyImportResolver {
  @Allow(P.DEPUTY_IMPORT)
  @Query(() => DeputyImport, { description: '一次名册导入(校验进度和结果)/ One roster import: its check, progress and result' })
  deputyImport(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '编号 / Id' }) id: string): Promise<DeputyImport> {
    return getImport(ctx, toId(id));
  }

  @Allow(P.DEPUTY_IMPORT)
  @Mutation(() => DeputyImport, { description: '执行已校验的导入(一个事务);有错误的行须明确排除 / Apply a checked import in one transaction; rows with problems must be excluded explicitly' })
  applyDeputyImport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: '编号 / Id' }) id: string,
    @Arg('excludeRows', () => [Int], { nullable: true, description: '排除的行号 / Row numbers to leave out' }) excludeRows?: number[],
  ): Promise<DeputyImport> {
    return applyImport(ctx, toId(id), excludeRows ?? []);
  }

  @FieldResolver(() => [DeputyImportProblem], { description: '问题清单(行、列、原因),最多前 1000 条 / Problems with row, column and reason; the first 1,000' })
  problems(@Root() imp: DeputyImport, @Ctx() ctx: Context, @Arg('first', () => Int, { nullable: true, description: '最多返回条数 / At most this many' }) first?: number): DeputyImportProblem[] {
    return imp.problemList.slice(0, Math.max(0, Math.min(first ?? 1000, 1000))).map((p) => ({
      row: p.row,
      column: p.column,
      field: p.field,
      messageKey: p.key,
      reason: formatMessage(p.key, p.params ?? {}, ctx.lang),
    }));
  }

  @FieldResolver(() => Term, { nullable: true, description: '导入到的届 / Term' })
  term(@Root() imp: DeputyImport, @Ctx() ctx: Context): Promise<Term | null> {
    return loadById(ctx, Term, imp.termId);
  }
}
