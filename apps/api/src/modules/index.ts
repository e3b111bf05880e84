import type { NonEmptyArray } from 'type-graphql';
import { User } from './users/user.entity';
import { LoginThrottle, UserSession } from './users/user-session.entity';
import { AuthResolver } from './users/auth.resolver';
import { UserResolver } from './users/user.resolver';
import { AuditLog } from './audit/audit-log.entity';
import { AuditSubscriber } from './audit/audit.subscriber';
import { AuditResolver } from './audit/audit.resolver';
import { Congress, Session, Term } from './registry/congress.entity';
import { Division } from './registry/division.entity';
import { Sector } from './registry/sector.entity';
import { ElectoralDistrict } from './registry/electoral-district.entity';
import { Organization } from './registry/organization.entity';
import { LiaisonStation } from './registry/liaison-station.entity';
import { Regulation } from './registry/regulation.entity';
import { Deputy } from './deputies/deputy.entity';
import { Mandate } from './deputies/mandate.entity';
import { DeputyGroup, GroupMembership } from './groups/deputy-group.entity';
import { Setting } from './settings/setting.entity';
import { Attachment } from './files/attachment.entity';
import { DeputyImport, DeputyImportRow } from './deputies/deputy-import.entity';
import { DivisionFieldsResolver, OrganizationFieldsResolver, RegistryResolver, SessionFieldsResolver, TermFieldsResolver } from './registry/registry.resolver';
import { DeputyResolver, MandateFieldsResolver } from './deputies/deputy.resolver';
import { GroupMembershipFieldsResolver, GroupResolver } from './groups/group.resolver';
import { AuditStatsResolver } from './audit/audit-stats.resolver';
import { DeputyCompositionResolver } from './deputies/deputy-composition.resolver';
import { SavedQuery } from './analytics/saved-query.entity';
import { QueryRun } from './analytics/query-run.entity';
import { RateLimitWindow } from './analytics/rate-limit.entity';
import { SavedQueryResolver } from './analytics/saved-query.resolver';
import { activityEntities, activityResolvers } from './activities';
import { SUGGESTION_ENTITIES, SUGGESTION_RESOLVERS } from './suggestions';
import { RegistryMutationResolver } from './registry/registry.mutations';
import { DeputyImportResolver } from './deputies/deputy-import.resolver';
import { dutyEntities, dutyResolvers } from './duty';
import { registerReplicaReads } from '../db/read-routing';

/** Every domain registers its entities and resolvers here, one line each. */
export const entities = [
  User, UserSession, LoginThrottle, AuditLog, Setting, Attachment,
  Division, Congress, Term, Session, Sector, ElectoralDistrict, Organization, LiaisonStation, Regulation,
  Deputy, Mandate, DeputyGroup, GroupMembership,
  SavedQuery, QueryRun, RateLimitWindow,
  ...activityEntities,
  ...SUGGESTION_ENTITIES,
  DeputyImport, DeputyImportRow,
  ...dutyEntities,
];

export const subscribers = [AuditSubscriber];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver, UserResolver, AuditResolver,
  RegistryResolver, TermFieldsResolver, SessionFieldsResolver, OrganizationFieldsResolver, DivisionFieldsResolver,
  DeputyResolver, MandateFieldsResolver,
  GroupResolver, GroupMembershipFieldsResolver,
  AuditStatsResolver, SavedQueryResolver, DeputyCompositionResolver,
  ...activityResolvers,
  ...SUGGESTION_RESOLVERS,
  RegistryMutationResolver, DeputyImportResolver,
  ...dutyResolvers,
];

// The admin home dashboard (apps/admin/src/modules/home/operations.ts) reads only these root
// fields: with a replica configured, it is served there and never slows the staff's screens.
registerReplicaReads('deputyComposition', 'suggestionStats', 'groups', 'annualPlans', 'findingBoard', 'dutyRecords', 'dutyRanking', 'groupDutyRanking', 'terms', 'congresses', 'dutyYears');
