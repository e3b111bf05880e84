/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout { logout }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query DutyCandidates($year: Int!, $kind: CommendationKind!, $termId: ID!, $first: Int) {\n    commendationCandidates(year: $year, kind: $kind, termId: $termId, first: $first) {\n      totalCount\n      nodes { rank deputyId groupId score grade attendancePercent members eligible commended deputy { id name } group { id name } }\n    }\n  }\n": typeof types.DutyCandidatesDocument,
    "\n  query DutyCommendations($filter: CommendationFilter, $first: Int) {\n    commendations(filter: $filter, first: $first) { totalCount nodes { id version year kind title basis score attendancePercent awardedOn deputy { id name } group { id name } } }\n  }\n": typeof types.DutyCommendationsDocument,
    "mutation DutyRecordCommendations($input: RecordCommendationsInput!) { recordCommendations(input: $input) { id } }": typeof types.DutyRecordCommendationsDocument,
    "mutation DutyDeleteCommendation($id: ID!, $version: Int!) { deleteCommendation(id: $id, version: $version) }": typeof types.DutyDeleteCommendationDocument,
    "\n  query DutyDiaries($first: Int, $after: String, $filter: SentimentDiaryFilter) {\n    sentimentDiaries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id version entryDate title content tags suggestionId deputy { id name } opinions { id status } }\n    }\n  }\n": typeof types.DutyDiariesDocument,
    "mutation DutyWriteDiary($input: SentimentDiaryInput!) { writeSentimentDiary(input: $input) { id } }": typeof types.DutyWriteDiaryDocument,
    "mutation DutyDiaryToOpinion($id: ID!, $input: DiaryToOpinionInput!) { sentimentDiaryToOpinion(id: $id, input: $input) { id } }": typeof types.DutyDiaryToOpinionDocument,
    "query DutyDiaryDraft($id: ID!) { sentimentDiarySuggestionDraft(id: $id) { title content leadDeputyId source } }": typeof types.DutyDiaryDraftDocument,
    "\n  query DutyRecordView($deputyId: ID!, $year: Int!) {\n    dutyRecord(deputyId: $deputyId, year: $year) {\n      deputyId year score grade attended onLeave absent attendancePercent ruleSetYear\n      deputy { id name gender party position workUnit }\n      items { key labelZh labelEn unitZh unitEn value points pointsPerUnit maxPoints adminPath }\n      objections { id itemKey itemLabel reason status resolution createdAt }\n    }\n  }\n": typeof types.DutyRecordViewDocument,
    "\n  query DutyRecordEntries($deputyId: ID!, $year: Int!, $key: String!, $first: Int, $after: String) {\n    dutyRecordEntries(deputyId: $deputyId, year: $year, key: $key, first: $first, after: $after) {\n      totalCount\n      nodes { recordId recordType occurredOn title detail value adminPath }\n    }\n  }\n": typeof types.DutyRecordEntriesDocument,
    "\n  mutation DutyRaiseObjection($input: RaiseObjectionInput!) { raiseDutyRecordObjection(input: $input) { id status } }\n": typeof types.DutyRaiseObjectionDocument,
    "\n  query DutyRecordList($year: Int!, $first: Int, $after: String, $filter: DutyRecordFilter, $sort: DutyRecordSort) {\n    dutyRecords(year: $year, first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes { deputyId score grade attendancePercent deputy { id name position } }\n    }\n  }\n": typeof types.DutyRecordListDocument,
    "\n  query DutyTerms { terms { id name congress { name level } } }\n": typeof types.DutyTermsDocument,
    "\n  query DutyReportList($first: Int, $after: String, $filter: DutyReportFilter) {\n    dutyReports(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes {\n        id version year audience form status title plannedOn reportedOn venue content grade competentPercent allowedActions\n        votesCompetent votesBasicallyCompetent votesNotCompetent\n        deputy { id name }\n        ratings { id evaluatorName grade comment }\n      }\n    }\n    dutyReportThresholds { competentPercent basicallyCompetentPercent }\n  }\n": typeof types.DutyReportListDocument,
    "\n  mutation DutyPlanReports($year: Int!, $entries: [PlanDutyReportInput!]!) { planDutyReports(year: $year, entries: $entries) { id } }\n": typeof types.DutyPlanReportsDocument,
    "\n  mutation DutyRecordReport($id: ID!, $input: RecordDutyReportInput!) { recordDutyReport(id: $id, input: $input) { id status version } }\n": typeof types.DutyRecordReportDocument,
    "\n  mutation DutyEvaluateReport($id: ID!, $input: EvaluateDutyReportInput!) { evaluateDutyReport(id: $id, input: $input) { id status grade version } }\n": typeof types.DutyEvaluateReportDocument,
    "\n  mutation DutyCancelReport($id: ID!, $version: Int!) { cancelDutyReport(id: $id, version: $version) { id status version } }\n": typeof types.DutyCancelReportDocument,
    "\n  query DutyObjections($first: Int, $after: String, $filter: ObjectionFilter) {\n    dutyRecordObjections(first: $first, after: $after, filter: $filter) { totalCount nodes { id version year itemKey itemLabel reason status resolution createdAt deputy { id name } } }\n  }\n": typeof types.DutyObjectionsDocument,
    "mutation DutyResolveObjection($id: ID!, $input: ResolveObjectionInput!) { resolveDutyRecordObjection(id: $id, input: $input) { id status } }": typeof types.DutyResolveObjectionDocument,
    "\n  query DutyOrganEvaluations($first: Int, $after: String, $filter: OrganEvaluationFilter) {\n    organEvaluations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id year title phase averageScore organization { id name } ratings { id } rectificationItems { id status } }\n    }\n  }\n": typeof types.DutyOrganEvaluationsDocument,
    "\n  query DutyOrgans { organizations(first: 100, filter: { kind: STATE_ORGAN }) { nodes { id name } } }\n": typeof types.DutyOrgansDocument,
    "\n  mutation DutyCreateOrganEvaluation($input: CreateOrganEvaluationInput!) { createOrganEvaluation(input: $input) { id } }\n": typeof types.DutyCreateOrganEvaluationDocument,
    "\n  query DutyOrganEvaluation($id: ID!) {\n    organEvaluation(id: $id) {\n      id version year title phase plan conclusion averageScore allowedActions\n      organization { id name }\n      ratings { id score opinion deputy { id name } }\n      rectificationItems { id version description status dueOn allowedActions responsibleOrganization { name } raisedByDeputy { name } updates { id note fromStatus toStatus createdAt } }\n    }\n  }\n": typeof types.DutyOrganEvaluationDocument,
    "\n  mutation DutyMoveOrganEvaluation($id: ID!, $version: Int!, $action: OrganEvaluationAction!) { moveOrganEvaluation(id: $id, version: $version, action: $action) { id phase version } }\n": typeof types.DutyMoveOrganEvaluationDocument,
    "\n  mutation DutyRateOrgan($id: ID!, $input: OrganRatingInput!) { rateOrgan(evaluationId: $id, input: $input) { id } }\n": typeof types.DutyRateOrganDocument,
    "\n  mutation DutyAddRectification($id: ID!, $input: RectificationItemInput!) { addRectificationItem(evaluationId: $id, input: $input) { id } }\n": typeof types.DutyAddRectificationDocument,
    "\n  mutation DutyMoveRectification($id: ID!, $version: Int!, $action: RectificationAction!, $note: String!) { moveRectificationItem(id: $id, version: $version, action: $action, note: $note) { id status version } }\n": typeof types.DutyMoveRectificationDocument,
    "\n  query DutyScoringRules($year: Int!) {\n    scoringRules(year: $year) { year ruleSetId effectiveYear version goodFrom fairFrom note rules { itemKey labelZh labelEn unitZh unitEn points maxPoints fromTable } }\n    scoringRuleSets { id effectiveYear }\n    dutyReportThresholds { competentPercent basicallyCompetentPercent }\n  }\n": typeof types.DutyScoringRulesDocument,
    "mutation DutySaveScoringRules($input: ScoringRuleSetInput!) { saveScoringRuleSet(input: $input) { id effectiveYear version } }": typeof types.DutySaveScoringRulesDocument,
    "mutation DutySaveThresholds($input: VoteThresholdsInput!) { setDutyReportThresholds(input: $input) { competentPercent basicallyCompetentPercent } }": typeof types.DutySaveThresholdsDocument,
    "query DutySessions { sessions { id name startDate term { name congress { name } } } }": typeof types.DutySessionsDocument,
    "\n  query DutySessionSheet($sessionId: ID!, $first: Int, $after: String, $filter: SessionAttendanceFilter) {\n    sessionAttendance(sessionId: $sessionId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { deputyId status note attendanceId version deputy { id name position } }\n    }\n  }\n": typeof types.DutySessionSheetDocument,
    "\n  mutation DutyRecordSessionAttendance($sessionId: ID!, $entries: [SessionAttendanceEntryInput!]!) { recordSessionAttendance(sessionId: $sessionId, entries: $entries) }\n": typeof types.DutyRecordSessionAttendanceDocument,
    "query DutyStations { liaisonStations { id name } }": typeof types.DutyStationsDocument,
    "\n  query DutyReceptionDays($first: Int, $after: String, $filter: ReceptionDayFilter) {\n    receptionDays(first: $first, after: $after, filter: $filter) { totalCount nodes { id date topic station { name } duties { id deputy { name } } contacts { id } } }\n  }\n": typeof types.DutyReceptionDaysDocument,
    "mutation DutyCreateReceptionDay($input: ReceptionDayInput!) { createReceptionDay(input: $input) { id } }": typeof types.DutyCreateReceptionDayDocument,
    "\n  query DutyVoterContacts($first: Int, $after: String, $filter: VoterContactFilter) {\n    voterContacts(first: $first, after: $after, filter: $filter) { totalCount nodes { id kind contactedOn voterName voterPhone summary deputy { id name } station { name } opinions { id content status } } }\n  }\n": typeof types.DutyVoterContactsDocument,
    "mutation DutyCreateVoterContact($input: VoterContactInput!) { createVoterContact(input: $input) { id } }": typeof types.DutyCreateVoterContactDocument,
    "\n  query DutyVoterOpinions($first: Int, $after: String, $filter: VoterOpinionFilter) {\n    voterOpinions(first: $first, after: $after, filter: $filter) { totalCount nodes { id version content status voterName voterPhone answer suggestionId handledOn allowedActions deputy { name } referredOrganization { name } } }\n  }\n": typeof types.DutyVoterOpinionsDocument,
    "query DutyVoterOpinionsCsv($filter: VoterOpinionFilter) { voterOpinionsCsv(filter: $filter) }": typeof types.DutyVoterOpinionsCsvDocument,
    "mutation DutyDisposeOpinion($id: ID!, $input: DisposeVoterOpinionInput!) { disposeVoterOpinion(id: $id, input: $input) { id status version } }": typeof types.DutyDisposeOpinionDocument,
    "query DutyHandlingOrgs { organizations(first: 100, filter: { handlesSuggestions: true }) { nodes { id name } } }": typeof types.DutyHandlingOrgsDocument,
    "\n  query DutyYears { dutyYears }\n": typeof types.DutyYearsDocument,
    "\n  query DutyDeputySearch($search: String) {\n    deputies(first: 20, filter: { search: $search }) { nodes { id name position } }\n  }\n": typeof types.DutyDeputySearchDocument,
    "\n  query Users($first: Int, $after: String, $filter: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes { id username displayName role disabled scopeOrganizationId scopeDeputyId scopeGroupId lastLoginAt version }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName role disabled version scopeOrganizationId scopeDeputyId scopeGroupId } }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) }\n": typeof types.ResetPasswordDocument,
    "\n  mutation EndUserSessions($id: ID!) { endUserSessions(id: $id) }\n": typeof types.EndUserSessionsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout { logout }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query DutyCandidates($year: Int!, $kind: CommendationKind!, $termId: ID!, $first: Int) {\n    commendationCandidates(year: $year, kind: $kind, termId: $termId, first: $first) {\n      totalCount\n      nodes { rank deputyId groupId score grade attendancePercent members eligible commended deputy { id name } group { id name } }\n    }\n  }\n": types.DutyCandidatesDocument,
    "\n  query DutyCommendations($filter: CommendationFilter, $first: Int) {\n    commendations(filter: $filter, first: $first) { totalCount nodes { id version year kind title basis score attendancePercent awardedOn deputy { id name } group { id name } } }\n  }\n": types.DutyCommendationsDocument,
    "mutation DutyRecordCommendations($input: RecordCommendationsInput!) { recordCommendations(input: $input) { id } }": types.DutyRecordCommendationsDocument,
    "mutation DutyDeleteCommendation($id: ID!, $version: Int!) { deleteCommendation(id: $id, version: $version) }": types.DutyDeleteCommendationDocument,
    "\n  query DutyDiaries($first: Int, $after: String, $filter: SentimentDiaryFilter) {\n    sentimentDiaries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id version entryDate title content tags suggestionId deputy { id name } opinions { id status } }\n    }\n  }\n": types.DutyDiariesDocument,
    "mutation DutyWriteDiary($input: SentimentDiaryInput!) { writeSentimentDiary(input: $input) { id } }": types.DutyWriteDiaryDocument,
    "mutation DutyDiaryToOpinion($id: ID!, $input: DiaryToOpinionInput!) { sentimentDiaryToOpinion(id: $id, input: $input) { id } }": types.DutyDiaryToOpinionDocument,
    "query DutyDiaryDraft($id: ID!) { sentimentDiarySuggestionDraft(id: $id) { title content leadDeputyId source } }": types.DutyDiaryDraftDocument,
    "\n  query DutyRecordView($deputyId: ID!, $year: Int!) {\n    dutyRecord(deputyId: $deputyId, year: $year) {\n      deputyId year score grade attended onLeave absent attendancePercent ruleSetYear\n      deputy { id name gender party position workUnit }\n      items { key labelZh labelEn unitZh unitEn value points pointsPerUnit maxPoints adminPath }\n      objections { id itemKey itemLabel reason status resolution createdAt }\n    }\n  }\n": types.DutyRecordViewDocument,
    "\n  query DutyRecordEntries($deputyId: ID!, $year: Int!, $key: String!, $first: Int, $after: String) {\n    dutyRecordEntries(deputyId: $deputyId, year: $year, key: $key, first: $first, after: $after) {\n      totalCount\n      nodes { recordId recordType occurredOn title detail value adminPath }\n    }\n  }\n": types.DutyRecordEntriesDocument,
    "\n  mutation DutyRaiseObjection($input: RaiseObjectionInput!) { raiseDutyRecordObjection(input: $input) { id status } }\n": types.DutyRaiseObjectionDocument,
    "\n  query DutyRecordList($year: Int!, $first: Int, $after: String, $filter: DutyRecordFilter, $sort: DutyRecordSort) {\n    dutyRecords(year: $year, first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes { deputyId score grade attendancePercent deputy { id name position } }\n    }\n  }\n": types.DutyRecordListDocument,
    "\n  query DutyTerms { terms { id name congress { name level } } }\n": types.DutyTermsDocument,
    "\n  query DutyReportList($first: Int, $after: String, $filter: DutyReportFilter) {\n    dutyReports(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes {\n        id version year audience form status title plannedOn reportedOn venue content grade competentPercent allowedActions\n        votesCompetent votesBasicallyCompetent votesNotCompetent\n        deputy { id name }\n        ratings { id evaluatorName grade comment }\n      }\n    }\n    dutyReportThresholds { competentPercent basicallyCompetentPercent }\n  }\n": types.DutyReportListDocument,
    "\n  mutation DutyPlanReports($year: Int!, $entries: [PlanDutyReportInput!]!) { planDutyReports(year: $year, entries: $entries) { id } }\n": types.DutyPlanReportsDocument,
    "\n  mutation DutyRecordReport($id: ID!, $input: RecordDutyReportInput!) { recordDutyReport(id: $id, input: $input) { id status version } }\n": types.DutyRecordReportDocument,
    "\n  mutation DutyEvaluateReport($id: ID!, $input: EvaluateDutyReportInput!) { evaluateDutyReport(id: $id, input: $input) { id status grade version } }\n": types.DutyEvaluateReportDocument,
    "\n  mutation DutyCancelReport($id: ID!, $version: Int!) { cancelDutyReport(id: $id, version: $version) { id status version } }\n": types.DutyCancelReportDocument,
    "\n  query DutyObjections($first: Int, $after: String, $filter: ObjectionFilter) {\n    dutyRecordObjections(first: $first, after: $after, filter: $filter) { totalCount nodes { id version year itemKey itemLabel reason status resolution createdAt deputy { id name } } }\n  }\n": types.DutyObjectionsDocument,
    "mutation DutyResolveObjection($id: ID!, $input: ResolveObjectionInput!) { resolveDutyRecordObjection(id: $id, input: $input) { id status } }": types.DutyResolveObjectionDocument,
    "\n  query DutyOrganEvaluations($first: Int, $after: String, $filter: OrganEvaluationFilter) {\n    organEvaluations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id year title phase averageScore organization { id name } ratings { id } rectificationItems { id status } }\n    }\n  }\n": types.DutyOrganEvaluationsDocument,
    "\n  query DutyOrgans { organizations(first: 100, filter: { kind: STATE_ORGAN }) { nodes { id name } } }\n": types.DutyOrgansDocument,
    "\n  mutation DutyCreateOrganEvaluation($input: CreateOrganEvaluationInput!) { createOrganEvaluation(input: $input) { id } }\n": types.DutyCreateOrganEvaluationDocument,
    "\n  query DutyOrganEvaluation($id: ID!) {\n    organEvaluation(id: $id) {\n      id version year title phase plan conclusion averageScore allowedActions\n      organization { id name }\n      ratings { id score opinion deputy { id name } }\n      rectificationItems { id version description status dueOn allowedActions responsibleOrganization { name } raisedByDeputy { name } updates { id note fromStatus toStatus createdAt } }\n    }\n  }\n": types.DutyOrganEvaluationDocument,
    "\n  mutation DutyMoveOrganEvaluation($id: ID!, $version: Int!, $action: OrganEvaluationAction!) { moveOrganEvaluation(id: $id, version: $version, action: $action) { id phase version } }\n": types.DutyMoveOrganEvaluationDocument,
    "\n  mutation DutyRateOrgan($id: ID!, $input: OrganRatingInput!) { rateOrgan(evaluationId: $id, input: $input) { id } }\n": types.DutyRateOrganDocument,
    "\n  mutation DutyAddRectification($id: ID!, $input: RectificationItemInput!) { addRectificationItem(evaluationId: $id, input: $input) { id } }\n": types.DutyAddRectificationDocument,
    "\n  mutation DutyMoveRectification($id: ID!, $version: Int!, $action: RectificationAction!, $note: String!) { moveRectificationItem(id: $id, version: $version, action: $action, note: $note) { id status version } }\n": types.DutyMoveRectificationDocument,
    "\n  query DutyScoringRules($year: Int!) {\n    scoringRules(year: $year) { year ruleSetId effectiveYear version goodFrom fairFrom note rules { itemKey labelZh labelEn unitZh unitEn points maxPoints fromTable } }\n    scoringRuleSets { id effectiveYear }\n    dutyReportThresholds { competentPercent basicallyCompetentPercent }\n  }\n": types.DutyScoringRulesDocument,
    "mutation DutySaveScoringRules($input: ScoringRuleSetInput!) { saveScoringRuleSet(input: $input) { id effectiveYear version } }": types.DutySaveScoringRulesDocument,
    "mutation DutySaveThresholds($input: VoteThresholdsInput!) { setDutyReportThresholds(input: $input) { competentPercent basicallyCompetentPercent } }": types.DutySaveThresholdsDocument,
    "query DutySessions { sessions { id name startDate term { name congress { name } } } }": types.DutySessionsDocument,
    "\n  query DutySessionSheet($sessionId: ID!, $first: Int, $after: String, $filter: SessionAttendanceFilter) {\n    sessionAttendance(sessionId: $sessionId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { deputyId status note attendanceId version deputy { id name position } }\n    }\n  }\n": types.DutySessionSheetDocument,
    "\n  mutation DutyRecordSessionAttendance($sessionId: ID!, $entries: [SessionAttendanceEntryInput!]!) { recordSessionAttendance(sessionId: $sessionId, entries: $entries) }\n": types.DutyRecordSessionAttendanceDocument,
    "query DutyStations { liaisonStations { id name } }": types.DutyStationsDocument,
    "\n  query DutyReceptionDays($first: Int, $after: String, $filter: ReceptionDayFilter) {\n    receptionDays(first: $first, after: $after, filter: $filter) { totalCount nodes { id date topic station { name } duties { id deputy { name } } contacts { id } } }\n  }\n": types.DutyReceptionDaysDocument,
    "mutation DutyCreateReceptionDay($input: ReceptionDayInput!) { createReceptionDay(input: $input) { id } }": types.DutyCreateReceptionDayDocument,
    "\n  query DutyVoterContacts($first: Int, $after: String, $filter: VoterContactFilter) {\n    voterContacts(first: $first, after: $after, filter: $filter) { totalCount nodes { id kind contactedOn voterName voterPhone summary deputy { id name } station { name } opinions { id content status } } }\n  }\n": types.DutyVoterContactsDocument,
    "mutation DutyCreateVoterContact($input: VoterContactInput!) { createVoterContact(input: $input) { id } }": types.DutyCreateVoterContactDocument,
    "\n  query DutyVoterOpinions($first: Int, $after: String, $filter: VoterOpinionFilter) {\n    voterOpinions(first: $first, after: $after, filter: $filter) { totalCount nodes { id version content status voterName voterPhone answer suggestionId handledOn allowedActions deputy { name } referredOrganization { name } } }\n  }\n": types.DutyVoterOpinionsDocument,
    "query DutyVoterOpinionsCsv($filter: VoterOpinionFilter) { voterOpinionsCsv(filter: $filter) }": types.DutyVoterOpinionsCsvDocument,
    "mutation DutyDisposeOpinion($id: ID!, $input: DisposeVoterOpinionInput!) { disposeVoterOpinion(id: $id, input: $input) { id status version } }": types.DutyDisposeOpinionDocument,
    "query DutyHandlingOrgs { organizations(first: 100, filter: { handlesSuggestions: true }) { nodes { id name } } }": types.DutyHandlingOrgsDocument,
    "\n  query DutyYears { dutyYears }\n": types.DutyYearsDocument,
    "\n  query DutyDeputySearch($search: String) {\n    deputies(first: 20, filter: { search: $search }) { nodes { id name position } }\n  }\n": types.DutyDeputySearchDocument,
    "\n  query Users($first: Int, $after: String, $filter: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes { id username displayName role disabled scopeOrganizationId scopeDeputyId scopeGroupId lastLoginAt version }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName role disabled version scopeOrganizationId scopeDeputyId scopeGroupId } }\n": types.UpdateUserDocument,
    "\n  mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) }\n": types.ResetPasswordDocument,
    "\n  mutation EndUserSessions($id: ID!) { endUserSessions(id: $id) }\n": types.EndUserSessionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout { logout }\n"): (typeof documents)["\n  mutation Logout { logout }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyCandidates($year: Int!, $kind: CommendationKind!, $termId: ID!, $first: Int) {\n    commendationCandidates(year: $year, kind: $kind, termId: $termId, first: $first) {\n      totalCount\n      nodes { rank deputyId groupId score grade attendancePercent members eligible commended deputy { id name } group { id name } }\n    }\n  }\n"): (typeof documents)["\n  query DutyCandidates($year: Int!, $kind: CommendationKind!, $termId: ID!, $first: Int) {\n    commendationCandidates(year: $year, kind: $kind, termId: $termId, first: $first) {\n      totalCount\n      nodes { rank deputyId groupId score grade attendancePercent members eligible commended deputy { id name } group { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyCommendations($filter: CommendationFilter, $first: Int) {\n    commendations(filter: $filter, first: $first) { totalCount nodes { id version year kind title basis score attendancePercent awardedOn deputy { id name } group { id name } } }\n  }\n"): (typeof documents)["\n  query DutyCommendations($filter: CommendationFilter, $first: Int) {\n    commendations(filter: $filter, first: $first) { totalCount nodes { id version year kind title basis score attendancePercent awardedOn deputy { id name } group { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DutyRecordCommendations($input: RecordCommendationsInput!) { recordCommendations(input: $input) { id } }"): (typeof documents)["mutation DutyRecordCommendations($input: RecordCommendationsInput!) { recordCommendations(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DutyDeleteCommendation($id: ID!, $version: Int!) { deleteCommendation(id: $id, version: $version) }"): (typeof documents)["mutation DutyDeleteCommendation($id: ID!, $version: Int!) { deleteCommendation(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyDiaries($first: Int, $after: String, $filter: SentimentDiaryFilter) {\n    sentimentDiaries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id version entryDate title content tags suggestionId deputy { id name } opinions { id status } }\n    }\n  }\n"): (typeof documents)["\n  query DutyDiaries($first: Int, $after: String, $filter: SentimentDiaryFilter) {\n    sentimentDiaries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id version entryDate title content tags suggestionId deputy { id name } opinions { id status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DutyWriteDiary($input: SentimentDiaryInput!) { writeSentimentDiary(input: $input) { id } }"): (typeof documents)["mutation DutyWriteDiary($input: SentimentDiaryInput!) { writeSentimentDiary(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DutyDiaryToOpinion($id: ID!, $input: DiaryToOpinionInput!) { sentimentDiaryToOpinion(id: $id, input: $input) { id } }"): (typeof documents)["mutation DutyDiaryToOpinion($id: ID!, $input: DiaryToOpinionInput!) { sentimentDiaryToOpinion(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DutyDiaryDraft($id: ID!) { sentimentDiarySuggestionDraft(id: $id) { title content leadDeputyId source } }"): (typeof documents)["query DutyDiaryDraft($id: ID!) { sentimentDiarySuggestionDraft(id: $id) { title content leadDeputyId source } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyRecordView($deputyId: ID!, $year: Int!) {\n    dutyRecord(deputyId: $deputyId, year: $year) {\n      deputyId year score grade attended onLeave absent attendancePercent ruleSetYear\n      deputy { id name gender party position workUnit }\n      items { key labelZh labelEn unitZh unitEn value points pointsPerUnit maxPoints adminPath }\n      objections { id itemKey itemLabel reason status resolution createdAt }\n    }\n  }\n"): (typeof documents)["\n  query DutyRecordView($deputyId: ID!, $year: Int!) {\n    dutyRecord(deputyId: $deputyId, year: $year) {\n      deputyId year score grade attended onLeave absent attendancePercent ruleSetYear\n      deputy { id name gender party position workUnit }\n      items { key labelZh labelEn unitZh unitEn value points pointsPerUnit maxPoints adminPath }\n      objections { id itemKey itemLabel reason status resolution createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyRecordEntries($deputyId: ID!, $year: Int!, $key: String!, $first: Int, $after: String) {\n    dutyRecordEntries(deputyId: $deputyId, year: $year, key: $key, first: $first, after: $after) {\n      totalCount\n      nodes { recordId recordType occurredOn title detail value adminPath }\n    }\n  }\n"): (typeof documents)["\n  query DutyRecordEntries($deputyId: ID!, $year: Int!, $key: String!, $first: Int, $after: String) {\n    dutyRecordEntries(deputyId: $deputyId, year: $year, key: $key, first: $first, after: $after) {\n      totalCount\n      nodes { recordId recordType occurredOn title detail value adminPath }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyRaiseObjection($input: RaiseObjectionInput!) { raiseDutyRecordObjection(input: $input) { id status } }\n"): (typeof documents)["\n  mutation DutyRaiseObjection($input: RaiseObjectionInput!) { raiseDutyRecordObjection(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyRecordList($year: Int!, $first: Int, $after: String, $filter: DutyRecordFilter, $sort: DutyRecordSort) {\n    dutyRecords(year: $year, first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes { deputyId score grade attendancePercent deputy { id name position } }\n    }\n  }\n"): (typeof documents)["\n  query DutyRecordList($year: Int!, $first: Int, $after: String, $filter: DutyRecordFilter, $sort: DutyRecordSort) {\n    dutyRecords(year: $year, first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes { deputyId score grade attendancePercent deputy { id name position } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyTerms { terms { id name congress { name level } } }\n"): (typeof documents)["\n  query DutyTerms { terms { id name congress { name level } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyReportList($first: Int, $after: String, $filter: DutyReportFilter) {\n    dutyReports(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes {\n        id version year audience form status title plannedOn reportedOn venue content grade competentPercent allowedActions\n        votesCompetent votesBasicallyCompetent votesNotCompetent\n        deputy { id name }\n        ratings { id evaluatorName grade comment }\n      }\n    }\n    dutyReportThresholds { competentPercent basicallyCompetentPercent }\n  }\n"): (typeof documents)["\n  query DutyReportList($first: Int, $after: String, $filter: DutyReportFilter) {\n    dutyReports(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes {\n        id version year audience form status title plannedOn reportedOn venue content grade competentPercent allowedActions\n        votesCompetent votesBasicallyCompetent votesNotCompetent\n        deputy { id name }\n        ratings { id evaluatorName grade comment }\n      }\n    }\n    dutyReportThresholds { competentPercent basicallyCompetentPercent }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyPlanReports($year: Int!, $entries: [PlanDutyReportInput!]!) { planDutyReports(year: $year, entries: $entries) { id } }\n"): (typeof documents)["\n  mutation DutyPlanReports($year: Int!, $entries: [PlanDutyReportInput!]!) { planDutyReports(year: $year, entries: $entries) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyRecordReport($id: ID!, $input: RecordDutyReportInput!) { recordDutyReport(id: $id, input: $input) { id status version } }\n"): (typeof documents)["\n  mutation DutyRecordReport($id: ID!, $input: RecordDutyReportInput!) { recordDutyReport(id: $id, input: $input) { id status version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyEvaluateReport($id: ID!, $input: EvaluateDutyReportInput!) { evaluateDutyReport(id: $id, input: $input) { id status grade version } }\n"): (typeof documents)["\n  mutation DutyEvaluateReport($id: ID!, $input: EvaluateDutyReportInput!) { evaluateDutyReport(id: $id, input: $input) { id status grade version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyCancelReport($id: ID!, $version: Int!) { cancelDutyReport(id: $id, version: $version) { id status version } }\n"): (typeof documents)["\n  mutation DutyCancelReport($id: ID!, $version: Int!) { cancelDutyReport(id: $id, version: $version) { id status version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyObjections($first: Int, $after: String, $filter: ObjectionFilter) {\n    dutyRecordObjections(first: $first, after: $after, filter: $filter) { totalCount nodes { id version year itemKey itemLabel reason status resolution createdAt deputy { id name } } }\n  }\n"): (typeof documents)["\n  query DutyObjections($first: Int, $after: String, $filter: ObjectionFilter) {\n    dutyRecordObjections(first: $first, after: $after, filter: $filter) { totalCount nodes { id version year itemKey itemLabel reason status resolution createdAt deputy { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DutyResolveObjection($id: ID!, $input: ResolveObjectionInput!) { resolveDutyRecordObjection(id: $id, input: $input) { id status } }"): (typeof documents)["mutation DutyResolveObjection($id: ID!, $input: ResolveObjectionInput!) { resolveDutyRecordObjection(id: $id, input: $input) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyOrganEvaluations($first: Int, $after: String, $filter: OrganEvaluationFilter) {\n    organEvaluations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id year title phase averageScore organization { id name } ratings { id } rectificationItems { id status } }\n    }\n  }\n"): (typeof documents)["\n  query DutyOrganEvaluations($first: Int, $after: String, $filter: OrganEvaluationFilter) {\n    organEvaluations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id year title phase averageScore organization { id name } ratings { id } rectificationItems { id status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyOrgans { organizations(first: 100, filter: { kind: STATE_ORGAN }) { nodes { id name } } }\n"): (typeof documents)["\n  query DutyOrgans { organizations(first: 100, filter: { kind: STATE_ORGAN }) { nodes { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyCreateOrganEvaluation($input: CreateOrganEvaluationInput!) { createOrganEvaluation(input: $input) { id } }\n"): (typeof documents)["\n  mutation DutyCreateOrganEvaluation($input: CreateOrganEvaluationInput!) { createOrganEvaluation(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyOrganEvaluation($id: ID!) {\n    organEvaluation(id: $id) {\n      id version year title phase plan conclusion averageScore allowedActions\n      organization { id name }\n      ratings { id score opinion deputy { id name } }\n      rectificationItems { id version description status dueOn allowedActions responsibleOrganization { name } raisedByDeputy { name } updates { id note fromStatus toStatus createdAt } }\n    }\n  }\n"): (typeof documents)["\n  query DutyOrganEvaluation($id: ID!) {\n    organEvaluation(id: $id) {\n      id version year title phase plan conclusion averageScore allowedActions\n      organization { id name }\n      ratings { id score opinion deputy { id name } }\n      rectificationItems { id version description status dueOn allowedActions responsibleOrganization { name } raisedByDeputy { name } updates { id note fromStatus toStatus createdAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyMoveOrganEvaluation($id: ID!, $version: Int!, $action: OrganEvaluationAction!) { moveOrganEvaluation(id: $id, version: $version, action: $action) { id phase version } }\n"): (typeof documents)["\n  mutation DutyMoveOrganEvaluation($id: ID!, $version: Int!, $action: OrganEvaluationAction!) { moveOrganEvaluation(id: $id, version: $version, action: $action) { id phase version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyRateOrgan($id: ID!, $input: OrganRatingInput!) { rateOrgan(evaluationId: $id, input: $input) { id } }\n"): (typeof documents)["\n  mutation DutyRateOrgan($id: ID!, $input: OrganRatingInput!) { rateOrgan(evaluationId: $id, input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyAddRectification($id: ID!, $input: RectificationItemInput!) { addRectificationItem(evaluationId: $id, input: $input) { id } }\n"): (typeof documents)["\n  mutation DutyAddRectification($id: ID!, $input: RectificationItemInput!) { addRectificationItem(evaluationId: $id, input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyMoveRectification($id: ID!, $version: Int!, $action: RectificationAction!, $note: String!) { moveRectificationItem(id: $id, version: $version, action: $action, note: $note) { id status version } }\n"): (typeof documents)["\n  mutation DutyMoveRectification($id: ID!, $version: Int!, $action: RectificationAction!, $note: String!) { moveRectificationItem(id: $id, version: $version, action: $action, note: $note) { id status version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyScoringRules($year: Int!) {\n    scoringRules(year: $year) { year ruleSetId effectiveYear version goodFrom fairFrom note rules { itemKey labelZh labelEn unitZh unitEn points maxPoints fromTable } }\n    scoringRuleSets { id effectiveYear }\n    dutyReportThresholds { competentPercent basicallyCompetentPercent }\n  }\n"): (typeof documents)["\n  query DutyScoringRules($year: Int!) {\n    scoringRules(year: $year) { year ruleSetId effectiveYear version goodFrom fairFrom note rules { itemKey labelZh labelEn unitZh unitEn points maxPoints fromTable } }\n    scoringRuleSets { id effectiveYear }\n    dutyReportThresholds { competentPercent basicallyCompetentPercent }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DutySaveScoringRules($input: ScoringRuleSetInput!) { saveScoringRuleSet(input: $input) { id effectiveYear version } }"): (typeof documents)["mutation DutySaveScoringRules($input: ScoringRuleSetInput!) { saveScoringRuleSet(input: $input) { id effectiveYear version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DutySaveThresholds($input: VoteThresholdsInput!) { setDutyReportThresholds(input: $input) { competentPercent basicallyCompetentPercent } }"): (typeof documents)["mutation DutySaveThresholds($input: VoteThresholdsInput!) { setDutyReportThresholds(input: $input) { competentPercent basicallyCompetentPercent } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DutySessions { sessions { id name startDate term { name congress { name } } } }"): (typeof documents)["query DutySessions { sessions { id name startDate term { name congress { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutySessionSheet($sessionId: ID!, $first: Int, $after: String, $filter: SessionAttendanceFilter) {\n    sessionAttendance(sessionId: $sessionId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { deputyId status note attendanceId version deputy { id name position } }\n    }\n  }\n"): (typeof documents)["\n  query DutySessionSheet($sessionId: ID!, $first: Int, $after: String, $filter: SessionAttendanceFilter) {\n    sessionAttendance(sessionId: $sessionId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { deputyId status note attendanceId version deputy { id name position } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyRecordSessionAttendance($sessionId: ID!, $entries: [SessionAttendanceEntryInput!]!) { recordSessionAttendance(sessionId: $sessionId, entries: $entries) }\n"): (typeof documents)["\n  mutation DutyRecordSessionAttendance($sessionId: ID!, $entries: [SessionAttendanceEntryInput!]!) { recordSessionAttendance(sessionId: $sessionId, entries: $entries) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DutyStations { liaisonStations { id name } }"): (typeof documents)["query DutyStations { liaisonStations { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyReceptionDays($first: Int, $after: String, $filter: ReceptionDayFilter) {\n    receptionDays(first: $first, after: $after, filter: $filter) { totalCount nodes { id date topic station { name } duties { id deputy { name } } contacts { id } } }\n  }\n"): (typeof documents)["\n  query DutyReceptionDays($first: Int, $after: String, $filter: ReceptionDayFilter) {\n    receptionDays(first: $first, after: $after, filter: $filter) { totalCount nodes { id date topic station { name } duties { id deputy { name } } contacts { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DutyCreateReceptionDay($input: ReceptionDayInput!) { createReceptionDay(input: $input) { id } }"): (typeof documents)["mutation DutyCreateReceptionDay($input: ReceptionDayInput!) { createReceptionDay(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyVoterContacts($first: Int, $after: String, $filter: VoterContactFilter) {\n    voterContacts(first: $first, after: $after, filter: $filter) { totalCount nodes { id kind contactedOn voterName voterPhone summary deputy { id name } station { name } opinions { id content status } } }\n  }\n"): (typeof documents)["\n  query DutyVoterContacts($first: Int, $after: String, $filter: VoterContactFilter) {\n    voterContacts(first: $first, after: $after, filter: $filter) { totalCount nodes { id kind contactedOn voterName voterPhone summary deputy { id name } station { name } opinions { id content status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DutyCreateVoterContact($input: VoterContactInput!) { createVoterContact(input: $input) { id } }"): (typeof documents)["mutation DutyCreateVoterContact($input: VoterContactInput!) { createVoterContact(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyVoterOpinions($first: Int, $after: String, $filter: VoterOpinionFilter) {\n    voterOpinions(first: $first, after: $after, filter: $filter) { totalCount nodes { id version content status voterName voterPhone answer suggestionId handledOn allowedActions deputy { name } referredOrganization { name } } }\n  }\n"): (typeof documents)["\n  query DutyVoterOpinions($first: Int, $after: String, $filter: VoterOpinionFilter) {\n    voterOpinions(first: $first, after: $after, filter: $filter) { totalCount nodes { id version content status voterName voterPhone answer suggestionId handledOn allowedActions deputy { name } referredOrganization { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DutyVoterOpinionsCsv($filter: VoterOpinionFilter) { voterOpinionsCsv(filter: $filter) }"): (typeof documents)["query DutyVoterOpinionsCsv($filter: VoterOpinionFilter) { voterOpinionsCsv(filter: $filter) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DutyDisposeOpinion($id: ID!, $input: DisposeVoterOpinionInput!) { disposeVoterOpinion(id: $id, input: $input) { id status version } }"): (typeof documents)["mutation DutyDisposeOpinion($id: ID!, $input: DisposeVoterOpinionInput!) { disposeVoterOpinion(id: $id, input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DutyHandlingOrgs { organizations(first: 100, filter: { handlesSuggestions: true }) { nodes { id name } } }"): (typeof documents)["query DutyHandlingOrgs { organizations(first: 100, filter: { handlesSuggestions: true }) { nodes { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyYears { dutyYears }\n"): (typeof documents)["\n  query DutyYears { dutyYears }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyDeputySearch($search: String) {\n    deputies(first: 20, filter: { search: $search }) { nodes { id name position } }\n  }\n"): (typeof documents)["\n  query DutyDeputySearch($search: String) {\n    deputies(first: 20, filter: { search: $search }) { nodes { id name position } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int, $after: String, $filter: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes { id username displayName role disabled scopeOrganizationId scopeDeputyId scopeGroupId lastLoginAt version }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int, $after: String, $filter: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes { id username displayName role disabled scopeOrganizationId scopeDeputyId scopeGroupId lastLoginAt version }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName role disabled version scopeOrganizationId scopeDeputyId scopeGroupId } }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName role disabled version scopeOrganizationId scopeDeputyId scopeGroupId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) }\n"): (typeof documents)["\n  mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndUserSessions($id: ID!) { endUserSessions(id: $id) }\n"): (typeof documents)["\n  mutation EndUserSessions($id: ID!) { endUserSessions(id: $id) }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;