import { graphql } from '../../gql';

/** The level the dashboard opens on. */
export const DASHBOARD_DEFAULT_LEVEL = 'CITY' as const;

/** The congresses and terms of one level the dashboard can be filtered by (a national deployment has thousands). */
export const DASHBOARD_TERMS = graphql(`
  query DashboardTerms($level: CongressLevel!) {
    congresses(level: $level) { id name level }
    terms(level: $level) { id name number congressId startDate }
    dutyYears
  }
`);

/**
 * Everything the dashboard shows, in one operation of registered replica-read fields (see
 * apps/api/src/modules/index.ts). The rates come from `suggestionStats`: one definition.
 * Groups, the deputies' ranking and the units chart need a term (`withTerm`): over a whole level
 * of a national deployment they would list every group, deputy or county unit; analysts ask that
 * in the console.
 */
export const DASHBOARD = graphql(`
  query Dashboard($level: CongressLevel!, $levelCode: String!, $termId: ID, $congressId: ID, $year: Int!, $withTerm: Boolean!) {
    gender: deputyComposition(groupBy: [GENDER], filter: { congressLevel: $levelCode, termId: $termId }) { rows { gender count share } total { count } }
    party: deputyComposition(groupBy: [PARTY], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { party count share } }
    minority: deputyComposition(groupBy: [MINORITY], filter: { congressLevel: $levelCode, termId: $termId }) { rows { minority count share } }
    ethnicity: deputyComposition(groupBy: [ETHNICITY], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { ethnicity count share } }
    ageBand: deputyComposition(groupBy: [AGE_BAND], filter: { congressLevel: $levelCode, termId: $termId }) { rows { ageBand count share } }
    education: deputyComposition(groupBy: [EDUCATION], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { education count share } }
    occupation: deputyComposition(groupBy: [OCCUPATION], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { occupation count share } }
    groups(filter: { level: $level, termId: $termId }) @include(if: $withTerm) { id name memberCount health { problems hasLeader size sizeOk } }
    annualPlans(filter: { year: $year, congressId: $congressId, congressLevel: $level }, first: 20) { nodes { id title congress { level name } execution { planned held inProgress overdue unplanned byMonth { month planned held overdue } } } }
    byYear: suggestionStats(groupBy: [YEAR], filter: { congressLevel: $level, termId: $termId }) { ...DashboardStats }
    byStatus: suggestionStats(groupBy: [STATUS], filter: { congressLevel: $level, termId: $termId, year: $year }) { ...DashboardStats }
    byField: suggestionStats(groupBy: [FIELD], filter: { congressLevel: $level, termId: $termId, year: $year }) { ...DashboardStats }
    byUnit: suggestionStats(groupBy: [UNIT], filter: { congressLevel: $level, termId: $termId, year: $year }) @include(if: $withTerm) { ...DashboardStats }
    findingBoard(congressId: $congressId, congressLevel: $level) { status count overdue }
    ranking: dutyRanking(termId: $termId, year: $year, first: 10) @include(if: $withTerm) { ...DashboardRanking }
  }
  fragment DashboardStats on SuggestionStatsRow {
    dimensions { key label }
    measures { measure value numerator denominator }
  }
`);

export const DASHBOARD_RANKING_FIELDS = graphql(`
  fragment DashboardRanking on DutyRanking {
    asOf
    maxAgeSeconds
    nodes { rank deputyId score grade deputy { id name } }
  }
`);

/** The deputy ranking counted again now (the dashboard shows a stored one, at most a few minutes old). */
export const DASHBOARD_RANKING_RECOUNT = graphql(`
  query DashboardRankingRecount($termId: ID!, $year: Int!) {
    dutyRanking(termId: $termId, year: $year, first: 10, refresh: true) { ...DashboardRanking }
  }
`);

/** Groups of one term ranked by their members' average duty score (needs a term). */
export const DASHBOARD_GROUP_RANKING = graphql(`
  query DashboardGroupRanking($termId: ID!, $year: Int!) {
    groupDutyRanking(termId: $termId, year: $year, limit: 10) { rank groupId groupName members averageScore participationPercent }
  }
`);

/** A deputy's own to-dos: replies waiting for their rating, drafts not yet submitted (counts only). */
export const DEPUTY_TODOS = graphql(`
  query DeputyTodos {
    toRate: suggestions(first: 0, filter: { statuses: [REPLIED] }) { totalCount }
    drafts: suggestions(first: 0, filter: { statuses: [DRAFT] }) { totalCount }
  }
`);

/** A handling unit's own to-dos: its open assignments, those overdue, its overdue findings (counts only). */
export const UNIT_TODOS = graphql(`
  query UnitTodos {
    open: suggestionAssignments(first: 0) { totalCount }
    overdue: suggestionAssignments(first: 0, filter: { overdue: true }) { totalCount }
    findings: findings(first: 0, filter: { overdue: true }) { totalCount }
  }
`);
