import type { NonEmptyArray } from 'type-graphql';
import { User } from './users/user.entity';
import { LoginThrottle, UserSession } from './users/user-session.entity';
import { AuthResolver } from './users/auth.resolver';
import { UserResolver } from './users/user.resolver';
import { AuditLog } from './audit/audit-log.entity';
import { AuditSubscriber } from './audit/audit.subscriber';
import { AuditResolver } from './audit/audit.resolver';
import { AuditStatsResolver } from './audit/audit-stats.resolver';
import { SavedQuery } from './analytics/saved-query.entity';
import { QueryRun } from './analytics/query-run.entity';
import { RateLimitWindow } from './analytics/rate-limit.entity';
import { SavedQueryResolver } from './analytics/saved-query.resolver';

/** Every domain registers its entities and resolvers here, one line each. */
export const entities = [User, UserSession, LoginThrottle, AuditLog];

export const subscribers = [AuditSubscriber];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [AuthResolver, UserResolver, AuditResolver];
(entities as unknown[]).push(SavedQuery, QueryRun, RateLimitWindow);
(resolvers as unknown as unknown[]).push(AuditStatsResolver, SavedQueryResolver);
