import { Arg, Args, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PERMISSIONS as P } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { Connection, PageArgs, paginate, toId } from '../../common/pagination';
import { AuditLog } from './audit-log.entity';

@ObjectType({ description: '审计记录列表 / A page of the audit trail' })
export class AuditLogConnection extends Connection(AuditLog, 'AuditLog') {}

@InputType({ description: '审计记录筛选 / Which audit rows to list' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: '操作人编号 / The user\'s id' }) userId?: string;
  @Field(() => String, { nullable: true, description: '实体名称,例如 User / Entity name, e.g. User' }) @IsOptional() @MaxLength(60) entity?: string;
  @Field(() => String, { nullable: true, description: '记录编号 / Record id' }) @IsOptional() @MaxLength(60) entityId?: string;
  @Field(() => String, { nullable: true, description: '操作(变更名称)/ Operation (mutation name)' }) @IsOptional() @MaxLength(100) operation?: string;
  @Field(() => Date, { nullable: true, description: '起始时间(含)/ From (inclusive)' }) from?: Date;
  @Field(() => Date, { nullable: true, description: '截止时间(不含)/ To (exclusive)' }) to?: Date;
}

@Resolver()
export class AuditResolver {
  @Allow(P.AUDIT_READ)
  @Query(() => AuditLogConnection, { description: '审计日志,最新在前 / The audit trail, newest first' })
  auditLog(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter) {
    const qb = ctx.db.getRepository(AuditLog).createQueryBuilder('a');
    if (filter?.userId) qb.andWhere('a.userId = :u', { u: toId(filter.userId) });
    if (filter?.entity) qb.andWhere('a.entity = :e', { e: filter.entity });
    if (filter?.entityId) qb.andWhere('a.entityId = :eid', { eid: filter.entityId });
    if (filter?.operation) qb.andWhere('a.operation = :op', { op: filter.operation });
    if (filter?.from) qb.andWhere('a.at >= :from', { from: filter.from });
    if (filter?.to) qb.andWhere('a.at < :to', { to: filter.to });
    qb.orderBy('a.id', 'DESC');
    return paginate(qb, page);
  }
}
