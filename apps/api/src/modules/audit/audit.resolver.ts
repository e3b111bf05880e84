import { Arg, Args, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PERMISSIONS as P } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { Connection, PageArgs, paginate, toId } from '../../common/pagination';
import { AuditLog } from './audit-log.entity';

@ObjectType()
export class AuditLogConnection extends Connection(AuditLog, 'AuditLog') {}

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true }) userId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(60) entity?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(60) entityId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) operation?: string;
  @Field(() => Date, { nullable: true }) from?: Date;
  @Field(() => Date, { nullable: true }) to?: Date;
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
