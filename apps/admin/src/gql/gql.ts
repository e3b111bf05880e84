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
    "\n  query PickOrganizations($search: String, $handles: Boolean) {\n    organizations(first: 30, filter: { search: $search, handlesSuggestions: $handles }) { nodes { id name } }\n  }\n": typeof types.PickOrganizationsDocument,
    "\n  query PickDeputies($search: String) {\n    deputies(first: 30, filter: { search: $search }) { nodes { id name workUnit position } }\n  }\n": typeof types.PickDeputiesDocument,
    "\n  query PickTerms($search: String, $level: CongressLevel, $congressId: ID, $first: Int!) {\n    terms(search: $search, level: $level, congressId: $congressId, first: $first) { id name congressId congress { id name level } }\n  }\n": typeof types.PickTermsDocument,
    "\n  query PickedTerms($ids: [ID!]!) {\n    terms(ids: $ids) { id name congressId congress { id name level } }\n  }\n": typeof types.PickedTermsDocument,
    "\n  query PickCongresses($search: String, $level: CongressLevel, $first: Int!) {\n    congresses(search: $search, level: $level, first: $first) { id name level }\n  }\n": typeof types.PickCongressesDocument,
    "\n  query PickedCongresses($ids: [ID!]!) {\n    congresses(ids: $ids) { id name level }\n  }\n": typeof types.PickedCongressesDocument,
    "\n  query PickSessions($termId: ID!) {\n    sessions(termId: $termId) { id name startDate }\n  }\n": typeof types.PickSessionsDocument,
    "\n  query PickGroups($search: String, $termId: ID, $congressId: ID, $level: CongressLevel, $ids: [ID!], $first: Int!) {\n    groups(filter: { search: $search, termId: $termId, congressId: $congressId, level: $level }, ids: $ids, first: $first) { id name termId term { id name congress { id name } } }\n  }\n": typeof types.PickGroupsDocument,
    "\n  query PickedGroups($ids: [ID!]!) {\n    groups(ids: $ids) { id name termId term { id name congress { id name } } }\n  }\n": typeof types.PickedGroupsDocument,
    "\n  query PickDivisions($search: String, $first: Int!) {\n    divisions(search: $search, first: $first) { id name parent { id name } }\n  }\n": typeof types.PickDivisionsDocument,
    "\n  query PickedDivisions($ids: [ID!]!) {\n    divisions(ids: $ids) { id name parent { id name } }\n  }\n": typeof types.PickedDivisionsDocument,
    "\n  query ActivityReference {\n    organizations(first: 100) { nodes { id name kind } }\n  }\n": typeof types.ActivityReferenceDocument,
    "\n  query AnnualPlans($filter: AnnualPlanFilter) {\n    annualPlans(filter: $filter, first: 50) { nodes { id year title congress { id name level } } }\n  }\n": typeof types.AnnualPlansDocument,
    "\n  query AnnualPlan($id: ID!, $asOf: String) {\n    annualPlan(id: $id) {\n      id year title version congress { id name }\n      items { id title type scope month version organizerGroupId organizerGroup { id name } description progress activities { id title status startDate } }\n      execution(asOf: $asOf) {\n        asOf planned held inProgress overdue unplanned\n        byMonth { month planned held overdue }\n        byOrganizer { organizerGroupId organizerName planned held overdue }\n        overdueItems { id title month }\n      }\n    }\n  }\n": typeof types.AnnualPlanDocument,
    "\n  mutation CreateAnnualPlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { id } }\n": typeof types.CreateAnnualPlanDocument,
    "\n  mutation AddPlanItem($planId: ID!, $input: PlanItemInput!) { addPlanItem(planId: $planId, input: $input) { id } }\n": typeof types.AddPlanItemDocument,
    "\n  mutation UpdatePlanItem($id: ID!, $input: UpdatePlanItemInput!) {\n    updatePlanItem(id: $id, input: $input) { id title type scope month version organizerGroupId organizerGroup { id name } description }\n  }\n": typeof types.UpdatePlanItemDocument,
    "\n  mutation RemovePlanItem($id: ID!) { removePlanItem(id: $id) }\n": typeof types.RemovePlanItemDocument,
    "\n  query Activities($first: Int, $after: String, $filter: ActivityFilter, $sort: ActivitySort) {\n    activities(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id title type scope status startDate endDate place\n        congress { id name level }\n        organizerGroup { id name }\n        attendance { invited attended onLeave absent }\n      }\n    }\n  }\n": typeof types.ActivitiesDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) { createActivity(input: $input) { id } }\n": typeof types.CreateActivityDocument,
    "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      id title type scope status startDate endDate place description version notifiedAt cancelReason allowedActions\n      congress { id name level }\n      organizerGroup { id name }\n      planItem { id title month }\n      implementationPlan { id aims itinerary preparation leaders attachments { id filename url size } }\n      attendance { invited confirmed attended onLeave absent pending rate }\n      participants { id deputyId status invitedVia leaveReason respondedAt signedInAt deputy { id name } }\n      stops { id sequence visitDate note organization { id name } }\n      report { id title content attachments { id filename url size contentType } }\n      training { id mode hours materials quizTitle }\n    }\n  }\n": typeof types.ActivityDetailDocument,
    "\n  query ActivityNotices($id: ID!) {\n    activity(id: $id) {\n      id\n      notices { id title body sentAt recipientCount readCount }\n      implementationPlan { id noticeReceipts { id readAt deputy { id name } } }\n    }\n  }\n": typeof types.ActivityNoticesDocument,
    "\n  query ActivityFindings($id: ID!) {\n    activity(id: $id) {\n      id\n      findings {\n        id title status deadline overdue suggestionId version responsibleOrganization { id name } stop { id sequence organization { name } } raisedByDeputy { id name }\n        suggestion { id title registrationNumber }\n      }\n    }\n  }\n": typeof types.ActivityFindingsDocument,
    "\n  mutation ChangeActivityStatus($id: ID!, $input: ActivityTransitionInput!) { changeActivityStatus(id: $id, input: $input) { id status version allowedActions } }\n": typeof types.ChangeActivityStatusDocument,
    "\n  mutation SendActivityNotice($activityId: ID!, $input: ActivityNoticeInput!) { sendActivityNotice(activityId: $activityId, input: $input) { id status version allowedActions } }\n": typeof types.SendActivityNoticeDocument,
    "\n  mutation SaveImplementationPlan($activityId: ID!, $input: ImplementationPlanInput!, $attachmentIds: [ID!]) {\n    saveImplementationPlan(activityId: $activityId, input: $input, attachmentIds: $attachmentIds) { id }\n  }\n": typeof types.SaveImplementationPlanDocument,
    "\n  mutation InviteParticipants($activityId: ID!, $input: InviteInput!) { inviteParticipants(activityId: $activityId, input: $input) }\n": typeof types.InviteParticipantsDocument,
    "\n  mutation RecordAttendance($activityId: ID!, $entries: [AttendanceInput!]!) { recordAttendance(activityId: $activityId, entries: $entries) { id status } }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation SignInToActivity($activityId: ID!, $deputyIds: [ID!]) { signInToActivity(activityId: $activityId, deputyIds: $deputyIds) { id status signedInAt } }\n": typeof types.SignInToActivityDocument,
    "\n  mutation AnswerInvitation($activityId: ID!, $input: InvitationAnswerInput!) { answerInvitation(activityId: $activityId, input: $input) { id status leaveReason } }\n": typeof types.AnswerInvitationDocument,
    "\n  mutation SaveActivityStops($activityId: ID!, $stops: [StopInput!]!) { saveActivityStops(activityId: $activityId, stops: $stops) { id } }\n": typeof types.SaveActivityStopsDocument,
    "\n  mutation SaveActivityReport($activityId: ID!, $input: ActivityReportInput!) { saveActivityReport(activityId: $activityId, input: $input) { id } }\n": typeof types.SaveActivityReportDocument,
    "\n  mutation CreateFinding($activityId: ID!, $input: CreateFindingInput!) { createFinding(activityId: $activityId, input: $input) { id } }\n": typeof types.CreateFindingDocument,
    "\n  query Findings($first: Int, $after: String, $filter: FindingFilter, $sort: FindingSort) {\n    findings(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id title status deadline overdue activityTitle version suggestionId activity { id organizerGroup { id } } responsibleOrganization { id name }\n        suggestion { id title registrationNumber }\n      }\n    }\n    findingBoard { status count overdue }\n  }\n": typeof types.FindingsDocument,
    "\n  query FindingDetail($id: ID!) {\n    finding(id: $id) {\n      id title description status deadline overdue closeReason resolvedAt suggestionId version allowedActions activityTitle\n      activity { id title organizerGroup { id } }\n      stop { id sequence organization { name } }\n      responsibleOrganization { id name }\n      raisedByDeputy { id name }\n      suggestion { id title registrationNumber }\n      updates { id kind fromStatus toStatus note createdAt authorName authorOrganization { id name } attachments { id filename url } }\n    }\n  }\n": typeof types.FindingDetailDocument,
    "\n  mutation UpdateFinding($id: ID!, $input: UpdateFindingInput!) {\n    updateFinding(id: $id, input: $input) { id deadline overdue version responsibleOrganization { id name } }\n  }\n": typeof types.UpdateFindingDocument,
    "\n  mutation ChangeFindingStatus($id: ID!, $input: FindingTransitionInput!) { changeFindingStatus(id: $id, input: $input) { id status version } }\n": typeof types.ChangeFindingStatusDocument,
    "\n  mutation ReportOnFinding($id: ID!, $input: FindingReportInput!) { reportOnFinding(id: $id, input: $input) { id } }\n": typeof types.ReportOnFindingDocument,
    "\n  mutation VerifyFinding($id: ID!, $input: FindingVerificationInput!) { verifyFinding(id: $id, input: $input) { id status version } }\n": typeof types.VerifyFindingDocument,
    "\n  query Trainings($first: Int, $after: String, $filter: TrainingFilter) {\n    trainings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id mode hours materials quizTitle quizMaxScore averageScore activity { id title startDate endDate status organizerGroup { id } attendance { invited attended onLeave absent } } }\n    }\n  }\n": typeof types.TrainingsDocument,
    "\n  mutation CreateTraining($input: CreateTrainingInput!) { createTraining(input: $input) { id activity { id } } }\n": typeof types.CreateTrainingDocument,
    "\n  query TrainingScores($activityId: ID!) {\n    activity(id: $activityId) {\n      id title\n      participants { id deputyId status deputy { id name } }\n      training { id quizTitle quizMaxScore averageScore quizResults { id deputyId score } }\n    }\n  }\n": typeof types.TrainingScoresDocument,
    "\n  mutation RecordQuizResults($trainingId: ID!, $scores: [QuizScoreInput!]!) {\n    recordQuizResults(trainingId: $trainingId, scores: $scores) { id deputyId score }\n  }\n": typeof types.RecordQuizResultsDocument,
    "\n  query CommitteeMeetings($first: Int, $after: String) {\n    committeeMeetings(first: $first, after: $after) {\n      totalCount\n      nodes { id number title meetingDate place agenda attendance { invited attended onLeave } attendances { id status leaveReason deputy { id name } } }\n    }\n  }\n": typeof types.CommitteeMeetingsDocument,
    "\n  mutation SetMeetingAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) { setMeetingAttendance(meetingId: $meetingId, entries: $entries) { id status leaveReason } }\n": typeof types.SetMeetingAttendanceDocument,
    "\n  mutation CreateCommitteeMeeting($input: CreateCommitteeMeetingInput!) { createCommitteeMeeting(input: $input) { id } }\n": typeof types.CreateCommitteeMeetingDocument,
    "\n  query Notices($first: Int, $after: String, $filter: NoticeFilter) {\n    notices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id kind title body sentAt recipientCount readCount myReadAt activity { id title } }\n    }\n  }\n": typeof types.NoticesDocument,
    "\n  mutation SendInformationNotice($input: SendNoticeInput!) { sendNotice(input: $input) { id recipientCount } }\n": typeof types.SendInformationNoticeDocument,
    "\n  mutation MarkNoticeRead($id: ID!) { markNoticeRead(id: $id) { id myReadAt readCount } }\n": typeof types.MarkNoticeReadDocument,
    "\n  query DeputyActivities($deputyId: ID, $first: Int, $after: String, $year: Int) {\n    deputyActivities(deputyId: $deputyId, first: $first, after: $after, year: $year) {\n      totalCount\n      nodes { id status leaveReason respondedAt signedInAt activity { id title type status startDate endDate place } }\n    }\n    deputyAttendance(deputyId: $deputyId, year: $year) { invited confirmed attended onLeave absent pending rate upcoming }\n  }\n": typeof types.DeputyActivitiesDocument,
    "\n  query ActivityDeputySearch($search: String) { deputies(first: 20, filter: { search: $search }) { nodes { id name workUnit } } }\n": typeof types.ActivityDeputySearchDocument,
    "\n  query SavedQueries {\n    savedQueries(first: 100) {\n      totalCount\n      nodes { id name description query variables shared mine ownerName version updatedAt }\n    }\n  }\n": typeof types.SavedQueriesDocument,
    "\n  query MyQueryRuns {\n    myQueryRuns(first: 50) { id at operationName query variables cost status errorCode }\n  }\n": typeof types.MyQueryRunsDocument,
    "\n  mutation CreateSavedQuery($input: SavedQueryInput!) { createSavedQuery(input: $input) { id name version } }\n": typeof types.CreateSavedQueryDocument,
    "\n  mutation UpdateSavedQuery($id: ID!, $input: UpdateSavedQueryInput!) { updateSavedQuery(id: $id, input: $input) { id name version } }\n": typeof types.UpdateSavedQueryDocument,
    "\n  mutation DeleteSavedQuery($id: ID!) { deleteSavedQuery(id: $id) }\n": typeof types.DeleteSavedQueryDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Deputies($first: Int, $after: String, $filter: DeputyFilter, $sort: DeputySort) {\n    deputies(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id name nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status\n        groupMemberships { id role group { id name } }\n      }\n    }\n  }\n": typeof types.DeputiesDocument,
    "\n  query DeputyFilterData {\n    sectors { id name }\n  }\n": typeof types.DeputyFilterDataDocument,
    "\n  query DeputyDetail($id: ID!) {\n    deputy(id: $id) {\n      id name namePinyin nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status version\n      mandates { id startDate endDate endReason version term { id name congress { id name level } } electoralDistrict { id name } }\n      groupHistory { id role startDate endDate group { id name } }\n    }\n  }\n": typeof types.DeputyDetailDocument,
    "query MandateDistricts($congressId: ID!) { electoralDistricts(congressId: $congressId) { id name } }": typeof types.MandateDistrictsDocument,
    "mutation AddMandate($deputyId: ID!, $input: MandateInput!) { addMandate(deputyId: $deputyId, input: $input) { id } }": typeof types.AddMandateDocument,
    "mutation EndMandate($id: ID!, $input: EndMandateInput!) { endMandate(id: $id, input: $input) { id endDate } }": typeof types.EndMandateDocument,
    "mutation CreateDeputy($input: CreateDeputyInput!) { createDeputy(input: $input) { id } }": typeof types.CreateDeputyDocument,
    "mutation UpdateDeputy($id: ID!, $version: Int!, $input: DeputyInput!) { updateDeputy(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateDeputyDocument,
    "\n  query DeputyImport($id: ID!) {\n    deputyImport(id: $id) {\n      id filename status progress processedRows totalRows invalidRowCount invalidRows problemCount newCount changedCount unchangedCount\n      insertedCount updatedCount linkedCount excludedRows failure\n      problems(first: 200) { row column reason }\n    }\n  }\n": typeof types.DeputyImportDocument,
    "mutation ApplyDeputyImport($id: ID!, $excludeRows: [Int!]) { applyDeputyImport(id: $id, excludeRows: $excludeRows) { id status } }": typeof types.ApplyDeputyImportDocument,
    "\n  query DutyCandidates($year: Int!, $kind: CommendationKind!, $termId: ID!, $first: Int) {\n    commendationCandidates(year: $year, kind: $kind, termId: $termId, first: $first) {\n      totalCount\n      nodes { rank deputyId groupId score grade attendancePercent members eligible commended deputy { id name } group { id name } }\n    }\n  }\n": typeof types.DutyCandidatesDocument,
    "\n  query DutyCommendations($filter: CommendationFilter, $first: Int) {\n    commendations(filter: $filter, first: $first) { totalCount nodes { id version year kind title basis score attendancePercent awardedOn deputy { id name } group { id name } } }\n  }\n": typeof types.DutyCommendationsDocument,
    "\n  query CommendationFirstTerm { county: terms(level: COUNTY, first: 1) { id } any: terms(first: 1) { id } }\n": typeof types.CommendationFirstTermDocument,
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
    "\n  query DutyLatestSession {\n    county: sessions(level: COUNTY, latestFirst: true, first: 1) { id termId }\n    any: sessions(latestFirst: true, first: 1) { id termId }\n  }\n": typeof types.DutyLatestSessionDocument,
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
    "\n  query GroupDetail($id: ID!) {\n    group(id: $id) {\n      id name basis termId version memberCount level description\n      term { id name congress { name } }\n      division { id name } sector { id name }\n      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }\n      members { id role version startDate deputy { id name gender party workUnit position } }\n    }\n  }\n": typeof types.GroupDetailDocument,
    "query SameTermGroups($termId: ID) { groups(filter: { termId: $termId }) { id name } }": typeof types.SameTermGroupsDocument,
    "query FindDeputies($filter: DeputyFilter) { deputies(filter: $filter, first: 20) { nodes { id name workUnit groupMemberships { group { name termId } } } } }": typeof types.FindDeputiesDocument,
    "mutation AddGroupMember($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }": typeof types.AddGroupMemberDocument,
    "mutation MoveGroupMember($id: ID!, $input: MoveGroupMemberInput!) { moveGroupMember(id: $id, input: $input) { id } }": typeof types.MoveGroupMemberDocument,
    "mutation SetGroupMemberRole($id: ID!, $version: Int!, $role: GroupRole!) { setGroupMemberRole(id: $id, version: $version, role: $role) { id role version } }": typeof types.SetGroupMemberRoleDocument,
    "mutation EndGroupMember($id: ID!, $input: EndGroupMemberInput!) { endGroupMember(id: $id, input: $input) { id } }": typeof types.EndGroupMemberDocument,
    "\n  query Groups($filter: GroupFilter, $first: Int) {\n    groups(filter: $filter, first: $first) {\n      id name basis termId version memberCount level\n      term { id name congress { name } }\n      division { id name } sector { id name }\n      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }\n      members { id role deputy { id name } }\n    }\n    sectors { id name }\n  }\n": typeof types.GroupsDocument,
    "mutation CreateGroup($input: GroupInput!) { createGroup(input: $input) { id } }": typeof types.CreateGroupDocument,
    "\n  query DashboardTerms($level: CongressLevel!) {\n    congresses(level: $level) { id name level }\n    terms(level: $level) { id name number congressId startDate }\n    dutyYears\n  }\n": typeof types.DashboardTermsDocument,
    "\n  query Dashboard($level: CongressLevel!, $levelCode: String!, $termId: ID, $congressId: ID, $year: Int!, $withTerm: Boolean!) {\n    gender: deputyComposition(groupBy: [GENDER], filter: { congressLevel: $levelCode, termId: $termId }) { rows { gender count share } total { count } }\n    party: deputyComposition(groupBy: [PARTY], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { party count share } }\n    minority: deputyComposition(groupBy: [MINORITY], filter: { congressLevel: $levelCode, termId: $termId }) { rows { minority count share } }\n    ethnicity: deputyComposition(groupBy: [ETHNICITY], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { ethnicity count share } }\n    ageBand: deputyComposition(groupBy: [AGE_BAND], filter: { congressLevel: $levelCode, termId: $termId }) { rows { ageBand count share } }\n    education: deputyComposition(groupBy: [EDUCATION], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { education count share } }\n    occupation: deputyComposition(groupBy: [OCCUPATION], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { occupation count share } }\n    groups(filter: { level: $level, termId: $termId }) @include(if: $withTerm) { id name memberCount health { problems hasLeader size sizeOk } }\n    annualPlans(filter: { year: $year, congressId: $congressId, congressLevel: $level }, first: 20) { nodes { id title congress { level name } execution { planned held inProgress overdue unplanned byMonth { month planned held overdue } } } }\n    byYear: suggestionStats(groupBy: [YEAR], filter: { congressLevel: $level, termId: $termId }) { ...DashboardStats }\n    byStatus: suggestionStats(groupBy: [STATUS], filter: { congressLevel: $level, termId: $termId, year: $year }) { ...DashboardStats }\n    byField: suggestionStats(groupBy: [FIELD], filter: { congressLevel: $level, termId: $termId, year: $year }) { ...DashboardStats }\n    byUnit: suggestionStats(groupBy: [UNIT], filter: { congressLevel: $level, termId: $termId, year: $year }) @include(if: $withTerm) { ...DashboardStats }\n    findingBoard(congressId: $congressId, congressLevel: $level) { status count overdue }\n    ranking: dutyRanking(termId: $termId, year: $year, first: 10) @include(if: $withTerm) { ...DashboardRanking }\n  }\n  fragment DashboardStats on SuggestionStatsRow {\n    dimensions { key label }\n    measures { measure value numerator denominator }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment DashboardRanking on DutyRanking {\n    asOf\n    maxAgeSeconds\n    nodes { rank deputyId score grade deputy { id name } }\n  }\n": typeof types.DashboardRankingFragmentDoc,
    "\n  query DashboardRankingRecount($termId: ID!, $year: Int!) {\n    dutyRanking(termId: $termId, year: $year, first: 10, refresh: true) { ...DashboardRanking }\n  }\n": typeof types.DashboardRankingRecountDocument,
    "\n  query DashboardGroupRanking($termId: ID!, $year: Int!) {\n    groupDutyRanking(termId: $termId, year: $year, limit: 10) { rank groupId groupName members averageScore participationPercent }\n  }\n": typeof types.DashboardGroupRankingDocument,
    "\n  query DeputyTodos {\n    toRate: suggestions(first: 0, filter: { statuses: [REPLIED] }) { totalCount }\n    drafts: suggestions(first: 0, filter: { statuses: [DRAFT] }) { totalCount }\n  }\n": typeof types.DeputyTodosDocument,
    "\n  query UnitTodos {\n    open: suggestionAssignments(first: 0) { totalCount }\n    overdue: suggestionAssignments(first: 0, filter: { overdue: true }) { totalCount }\n    findings: findings(first: 0, filter: { overdue: true }) { totalCount }\n  }\n": typeof types.UnitTodosDocument,
    "query Sectors { sectors { id name description version } }": typeof types.SectorsDocument,
    "mutation CreateSector($input: SectorInput!) { createSector(input: $input) { id } }": typeof types.CreateSectorDocument,
    "mutation UpdateSector($id: ID!, $version: Int!, $input: SectorInput!) { updateSector(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateSectorDocument,
    "mutation DeleteSector($id: ID!, $version: Int!) { deleteSector(id: $id, version: $version) }": typeof types.DeleteSectorDocument,
    "\n  query Organizations($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id name kind parentId divisionId handlesSuggestions contactPerson contactPhone version parent { id name } }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "mutation CreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id } }": typeof types.CreateOrganizationDocument,
    "mutation UpdateOrganization($id: ID!, $version: Int!, $input: OrganizationInput!) { updateOrganization(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateOrganizationDocument,
    "mutation DeleteOrganization($id: ID!, $version: Int!) { deleteOrganization(id: $id, version: $version) }": typeof types.DeleteOrganizationDocument,
    "query Regulations { regulations { id title congressId adoptedOn interim inForce body version } }": typeof types.RegulationsDocument,
    "mutation CreateRegulation($input: RegulationInput!) { createRegulation(input: $input) { id } }": typeof types.CreateRegulationDocument,
    "mutation UpdateRegulation($id: ID!, $version: Int!, $input: RegulationInput!) { updateRegulation(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateRegulationDocument,
    "mutation DeleteRegulation($id: ID!, $version: Int!) { deleteRegulation(id: $id, version: $version) }": typeof types.DeleteRegulationDocument,
    "query LiaisonStations { liaisonStations { id name kind divisionId address openingHours version } divisions { id name kind parentId } }": typeof types.LiaisonStationsDocument,
    "mutation CreateLiaisonStation($input: LiaisonStationInput!) { createLiaisonStation(input: $input) { id } }": typeof types.CreateLiaisonStationDocument,
    "mutation UpdateLiaisonStation($id: ID!, $version: Int!, $input: LiaisonStationInput!) { updateLiaisonStation(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateLiaisonStationDocument,
    "mutation DeleteLiaisonStation($id: ID!, $version: Int!) { deleteLiaisonStation(id: $id, version: $version) }": typeof types.DeleteLiaisonStationDocument,
    "\n  query RegistryCongresses($level: CongressLevel, $search: String, $first: Int!) {\n    congresses(level: $level, search: $search, first: $first) { id name level region divisionId version }\n  }\n": typeof types.RegistryCongressesDocument,
    "\n  query RegistryTerms($congressId: ID, $level: CongressLevel, $search: String, $first: Int!) {\n    terms(congressId: $congressId, level: $level, search: $search, first: $first) { id congressId number name startDate endDate version congress { id name } }\n  }\n": typeof types.RegistryTermsDocument,
    "\n  query RegistrySessions($termId: ID!) { sessions(termId: $termId) { id termId number name startDate endDate version } }\n": typeof types.RegistrySessionsDocument,
    "\n  query RegistryElectoralDistricts($congressId: ID!) { electoralDistricts(congressId: $congressId) { id congressId kind name divisionId version } }\n": typeof types.RegistryElectoralDistrictsDocument,
    "\n  query CongressSettings {\n    groupRules { level minSize maxSize maxViceLeaders }\n  }\n": typeof types.CongressSettingsDocument,
    "mutation CreateCongress($input: CongressInput!) { createCongress(input: $input) { id } }": typeof types.CreateCongressDocument,
    "mutation UpdateCongress($id: ID!, $version: Int!, $input: CongressInput!) { updateCongress(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateCongressDocument,
    "mutation DeleteCongress($id: ID!, $version: Int!) { deleteCongress(id: $id, version: $version) }": typeof types.DeleteCongressDocument,
    "mutation CreateTerm($input: TermInput!) { createTerm(input: $input) { id } }": typeof types.CreateTermDocument,
    "mutation UpdateTerm($id: ID!, $version: Int!, $input: TermInput!) { updateTerm(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateTermDocument,
    "mutation DeleteTerm($id: ID!, $version: Int!) { deleteTerm(id: $id, version: $version) }": typeof types.DeleteTermDocument,
    "mutation CreateSession($input: SessionInput!) { createSession(input: $input) { id } }": typeof types.CreateSessionDocument,
    "mutation UpdateSession($id: ID!, $version: Int!, $input: SessionInput!) { updateSession(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateSessionDocument,
    "mutation DeleteSession($id: ID!, $version: Int!) { deleteSession(id: $id, version: $version) }": typeof types.DeleteSessionDocument,
    "mutation CreateElectoralDistrict($input: ElectoralDistrictInput!) { createElectoralDistrict(input: $input) { id } }": typeof types.CreateElectoralDistrictDocument,
    "mutation UpdateElectoralDistrict($id: ID!, $version: Int!, $input: ElectoralDistrictInput!) { updateElectoralDistrict(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateElectoralDistrictDocument,
    "mutation DeleteElectoralDistrict($id: ID!, $version: Int!) { deleteElectoralDistrict(id: $id, version: $version) }": typeof types.DeleteElectoralDistrictDocument,
    "mutation SetGroupRules($input: GroupRulesInput!) { setGroupRules(input: $input) { level minSize maxSize maxViceLeaders } }": typeof types.SetGroupRulesDocument,
    "query Divisions { divisions { id parentId kind name code version } }": typeof types.DivisionsDocument,
    "mutation CreateDivision($input: DivisionInput!) { createDivision(input: $input) { id } }": typeof types.CreateDivisionDocument,
    "mutation UpdateDivision($id: ID!, $version: Int!, $input: DivisionInput!) { updateDivision(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateDivisionDocument,
    "mutation DeleteDivision($id: ID!, $version: Int!) { deleteDivision(id: $id, version: $version) }": typeof types.DeleteDivisionDocument,
    "\n  query SuggestionList($first: Int, $after: String, $filter: SuggestionFilter, $sort: SuggestionSort) {\n    suggestions(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id registrationNumber title kind field status keySupervision replyDueDate overdue submittedAt inSession\n        session { id name } leadDeputy { id name } leadUnit { id name }\n      }\n    }\n  }\n": typeof types.SuggestionListDocument,
    "\n  query SuggestionDetail($id: ID!) {\n    suggestion(id: $id) {\n      id version registrationNumber title content kind submittedAsMotion motionConversionReason field status keySupervision\n      submittedAt registeredAt assignedOn replyDueDate currentRound overdue inSession sourceKind sourceId leadDeputyId leadOrganizationId\n      findings { id title status }\n      term { id name } session { id name } leadDeputy { id name } coSigners { id name } leadUnit { id name }\n      assignments {\n        id version role status assignedOn dueDate returnDeadline viewsDueDate returnReason returnDecisionNote extensionStatus extensionReason canRequestReturn\n        organization { id name }\n      }\n      meetings { id stage meetingDate participants notes organization { id name } }\n      coUnitViews { id content createdAt organization { id name } }\n      replies {\n        id round category content repliedOn dueDate onTime organization { id name }\n        commitments { id content dueDate fulfilledOn }\n        attachments { id filename url }\n        feedback { id verdict comment onBehalf givenAt }\n      }\n      progress { id content entryDate solved commitmentId }\n      timeline { id action fromStatus toStatus round actorName note at organization { id name } }\n      possibleDuplicates { id title registrationNumber similarity sessionName leadDeputyName }\n    }\n  }\n": typeof types.SuggestionDetailDocument,
    "\n  mutation CreateSuggestion($input: CreateSuggestionInput!) { createSuggestion(input: $input) { id status } }\n": typeof types.CreateSuggestionDocument,
    "\n  query SuggestionDraftFromFindings($ids: [ID!]!) {\n    suggestionDraftFromFindings(findingIds: $ids) {\n      title content termId sessionId\n      leadDeputy { id name workUnit }\n      coSigners { id name workUnit }\n      findings { id title }\n    }\n  }\n": typeof types.SuggestionDraftFromFindingsDocument,
    "\n  query SimilarSuggestions($title: String!, $content: String, $sessionId: ID, $termId: ID) {\n    similarSuggestions(title: $title, content: $content, sessionId: $sessionId, termId: $termId) { id title registrationNumber similarity sessionName leadDeputyName status }\n  }\n": typeof types.SimilarSuggestionsDocument,
    "\n  query SuggestionDeputyOptions($termId: ID!, $search: String) { suggestionDeputyOptions(termId: $termId, search: $search) { id name workUnit } }\n": typeof types.SuggestionDeputyOptionsDocument,
    "\n  query SuggestionHandlingUnits { organizations(first: 100, filter: { handlesSuggestions: true }) { nodes { id name } } }\n": typeof types.SuggestionHandlingUnitsDocument,
    "mutation SubmitSuggestion($id: ID!, $version: Int!) { submitSuggestion(id: $id, version: $version) { id status version } }": typeof types.SubmitSuggestionDocument,
    "mutation RegisterSuggestion($id: ID!, $version: Int!, $keySupervision: Boolean) { registerSuggestion(id: $id, version: $version, keySupervision: $keySupervision) { id status version } }": typeof types.RegisterSuggestionDocument,
    "mutation AssignSuggestion($id: ID!, $input: AssignSuggestionInput!) { assignSuggestion(id: $id, input: $input) { id status version } }": typeof types.AssignSuggestionDocument,
    "mutation ReassignSuggestion($id: ID!, $input: AssignSuggestionInput!) { reassignSuggestion(id: $id, input: $input) { id status version } }": typeof types.ReassignSuggestionDocument,
    "mutation StartHandlingSuggestion($id: ID!, $version: Int!) { startHandlingSuggestion(id: $id, version: $version) { id status version } }": typeof types.StartHandlingSuggestionDocument,
    "mutation ReplySuggestion($id: ID!, $input: ReplyInput!) { replySuggestion(id: $id, input: $input) { id status version } }": typeof types.ReplySuggestionDocument,
    "mutation GiveSuggestionFeedback($id: ID!, $input: FeedbackInput!) { giveSuggestionFeedback(id: $id, input: $input) { id status version } }": typeof types.GiveSuggestionFeedbackDocument,
    "mutation FollowUpSuggestion($id: ID!, $version: Int!, $note: String) { followUpSuggestion(id: $id, version: $version, note: $note) { id status version } }": typeof types.FollowUpSuggestionDocument,
    "mutation CloseSuggestion($id: ID!, $version: Int!, $note: String) { closeSuggestion(id: $id, version: $version, note: $note) { id status version } }": typeof types.CloseSuggestionDocument,
    "mutation SetSuggestionKeySupervision($id: ID!, $version: Int!, $on: Boolean!) { setSuggestionKeySupervision(id: $id, version: $version, keySupervision: $on) { id keySupervision version } }": typeof types.SetSuggestionKeySupervisionDocument,
    "mutation RecordSuggestionMeeting($id: ID!, $input: MeetingInput!) { recordSuggestionMeeting(suggestionId: $id, input: $input) { id } }": typeof types.RecordSuggestionMeetingDocument,
    "mutation SendCoUnitView($assignmentId: ID!, $content: String!) { sendCoUnitView(assignmentId: $assignmentId, content: $content) { id } }": typeof types.SendCoUnitViewDocument,
    "mutation AddSuggestionProgress($id: ID!, $input: ProgressInput!) { addSuggestionProgress(suggestionId: $id, input: $input) { id } }": typeof types.AddSuggestionProgressDocument,
    "mutation RequestAssignmentReturn($id: ID!, $input: AssignmentRequestInput!) { requestAssignmentReturn(assignmentId: $id, input: $input) { id status version } }": typeof types.RequestAssignmentReturnDocument,
    "mutation DecideAssignmentReturn($id: ID!, $input: DecideReturnInput!) { decideAssignmentReturn(assignmentId: $id, input: $input) { id status version } }": typeof types.DecideAssignmentReturnDocument,
    "mutation RequestAssignmentExtension($id: ID!, $input: AssignmentRequestInput!) { requestAssignmentExtension(assignmentId: $id, input: $input) { id extensionStatus version } }": typeof types.RequestAssignmentExtensionDocument,
    "mutation DecideAssignmentExtension($id: ID!, $input: DecideExtensionInput!) { decideAssignmentExtension(assignmentId: $id, input: $input) { id extensionStatus dueDate version } }": typeof types.DecideAssignmentExtensionDocument,
    "\n  query SuggestionInbox($first: Int, $after: String, $filter: AssignmentFilter) {\n    suggestionAssignments(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes {\n        id role status assignedOn dueDate returnDeadline viewsDueDate extensionStatus canRequestReturn organization { id name }\n        suggestion { id registrationNumber title status replyDueDate overdue leadDeputy { id name } }\n      }\n    }\n    commitmentsDue { id content dueDate overdue organization { id name } suggestion { id title registrationNumber } }\n  }\n": typeof types.SuggestionInboxDocument,
    "\n  query SuggestionStats($groupBy: [SuggestionDimension!]!, $filter: SuggestionStatsFilter) {\n    suggestionStats(groupBy: $groupBy, filter: $filter) {\n      dimensions { dimension key label }\n      measures { measure value numerator denominator }\n    }\n  }\n": typeof types.SuggestionStatsDocument,
    "query ExportSuggestionRegister($filter: SuggestionFilter) { exportSuggestionRegister(filter: $filter) { filename contentType base64 } }": typeof types.ExportSuggestionRegisterDocument,
    "query ExportSuggestionUnitResults($filter: SuggestionStatsFilter) { exportSuggestionUnitResults(filter: $filter) { filename contentType base64 } }": typeof types.ExportSuggestionUnitResultsDocument,
    "\n  query SuggestionRulesAndHolidays($year: Int!) {\n    suggestionRules { replyMonths extendedReplyMonths returnWorkingDays coUnitViewMonths rehandleMonths commitmentDueSoonDays similarityThreshold motionMinSigners { level signers } }\n    holidays(year: $year) { id date name kind version }\n  }\n": typeof types.SuggestionRulesAndHolidaysDocument,
    "mutation UpdateSuggestionRules($input: SuggestionRulesInput!) { updateSuggestionRules(input: $input) { replyMonths } }": typeof types.UpdateSuggestionRulesDocument,
    "mutation AddHoliday($input: HolidayInput!) { addHoliday(input: $input) { id } }": typeof types.AddHolidayDocument,
    "mutation RemoveHoliday($id: ID!, $version: Int!) { removeHoliday(id: $id, version: $version) }": typeof types.RemoveHolidayDocument,
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
    "\n  query PickOrganizations($search: String, $handles: Boolean) {\n    organizations(first: 30, filter: { search: $search, handlesSuggestions: $handles }) { nodes { id name } }\n  }\n": types.PickOrganizationsDocument,
    "\n  query PickDeputies($search: String) {\n    deputies(first: 30, filter: { search: $search }) { nodes { id name workUnit position } }\n  }\n": types.PickDeputiesDocument,
    "\n  query PickTerms($search: String, $level: CongressLevel, $congressId: ID, $first: Int!) {\n    terms(search: $search, level: $level, congressId: $congressId, first: $first) { id name congressId congress { id name level } }\n  }\n": types.PickTermsDocument,
    "\n  query PickedTerms($ids: [ID!]!) {\n    terms(ids: $ids) { id name congressId congress { id name level } }\n  }\n": types.PickedTermsDocument,
    "\n  query PickCongresses($search: String, $level: CongressLevel, $first: Int!) {\n    congresses(search: $search, level: $level, first: $first) { id name level }\n  }\n": types.PickCongressesDocument,
    "\n  query PickedCongresses($ids: [ID!]!) {\n    congresses(ids: $ids) { id name level }\n  }\n": types.PickedCongressesDocument,
    "\n  query PickSessions($termId: ID!) {\n    sessions(termId: $termId) { id name startDate }\n  }\n": types.PickSessionsDocument,
    "\n  query PickGroups($search: String, $termId: ID, $congressId: ID, $level: CongressLevel, $ids: [ID!], $first: Int!) {\n    groups(filter: { search: $search, termId: $termId, congressId: $congressId, level: $level }, ids: $ids, first: $first) { id name termId term { id name congress { id name } } }\n  }\n": types.PickGroupsDocument,
    "\n  query PickedGroups($ids: [ID!]!) {\n    groups(ids: $ids) { id name termId term { id name congress { id name } } }\n  }\n": types.PickedGroupsDocument,
    "\n  query PickDivisions($search: String, $first: Int!) {\n    divisions(search: $search, first: $first) { id name parent { id name } }\n  }\n": types.PickDivisionsDocument,
    "\n  query PickedDivisions($ids: [ID!]!) {\n    divisions(ids: $ids) { id name parent { id name } }\n  }\n": types.PickedDivisionsDocument,
    "\n  query ActivityReference {\n    organizations(first: 100) { nodes { id name kind } }\n  }\n": types.ActivityReferenceDocument,
    "\n  query AnnualPlans($filter: AnnualPlanFilter) {\n    annualPlans(filter: $filter, first: 50) { nodes { id year title congress { id name level } } }\n  }\n": types.AnnualPlansDocument,
    "\n  query AnnualPlan($id: ID!, $asOf: String) {\n    annualPlan(id: $id) {\n      id year title version congress { id name }\n      items { id title type scope month version organizerGroupId organizerGroup { id name } description progress activities { id title status startDate } }\n      execution(asOf: $asOf) {\n        asOf planned held inProgress overdue unplanned\n        byMonth { month planned held overdue }\n        byOrganizer { organizerGroupId organizerName planned held overdue }\n        overdueItems { id title month }\n      }\n    }\n  }\n": types.AnnualPlanDocument,
    "\n  mutation CreateAnnualPlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { id } }\n": types.CreateAnnualPlanDocument,
    "\n  mutation AddPlanItem($planId: ID!, $input: PlanItemInput!) { addPlanItem(planId: $planId, input: $input) { id } }\n": types.AddPlanItemDocument,
    "\n  mutation UpdatePlanItem($id: ID!, $input: UpdatePlanItemInput!) {\n    updatePlanItem(id: $id, input: $input) { id title type scope month version organizerGroupId organizerGroup { id name } description }\n  }\n": types.UpdatePlanItemDocument,
    "\n  mutation RemovePlanItem($id: ID!) { removePlanItem(id: $id) }\n": types.RemovePlanItemDocument,
    "\n  query Activities($first: Int, $after: String, $filter: ActivityFilter, $sort: ActivitySort) {\n    activities(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id title type scope status startDate endDate place\n        congress { id name level }\n        organizerGroup { id name }\n        attendance { invited attended onLeave absent }\n      }\n    }\n  }\n": types.ActivitiesDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) { createActivity(input: $input) { id } }\n": types.CreateActivityDocument,
    "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      id title type scope status startDate endDate place description version notifiedAt cancelReason allowedActions\n      congress { id name level }\n      organizerGroup { id name }\n      planItem { id title month }\n      implementationPlan { id aims itinerary preparation leaders attachments { id filename url size } }\n      attendance { invited confirmed attended onLeave absent pending rate }\n      participants { id deputyId status invitedVia leaveReason respondedAt signedInAt deputy { id name } }\n      stops { id sequence visitDate note organization { id name } }\n      report { id title content attachments { id filename url size contentType } }\n      training { id mode hours materials quizTitle }\n    }\n  }\n": types.ActivityDetailDocument,
    "\n  query ActivityNotices($id: ID!) {\n    activity(id: $id) {\n      id\n      notices { id title body sentAt recipientCount readCount }\n      implementationPlan { id noticeReceipts { id readAt deputy { id name } } }\n    }\n  }\n": types.ActivityNoticesDocument,
    "\n  query ActivityFindings($id: ID!) {\n    activity(id: $id) {\n      id\n      findings {\n        id title status deadline overdue suggestionId version responsibleOrganization { id name } stop { id sequence organization { name } } raisedByDeputy { id name }\n        suggestion { id title registrationNumber }\n      }\n    }\n  }\n": types.ActivityFindingsDocument,
    "\n  mutation ChangeActivityStatus($id: ID!, $input: ActivityTransitionInput!) { changeActivityStatus(id: $id, input: $input) { id status version allowedActions } }\n": types.ChangeActivityStatusDocument,
    "\n  mutation SendActivityNotice($activityId: ID!, $input: ActivityNoticeInput!) { sendActivityNotice(activityId: $activityId, input: $input) { id status version allowedActions } }\n": types.SendActivityNoticeDocument,
    "\n  mutation SaveImplementationPlan($activityId: ID!, $input: ImplementationPlanInput!, $attachmentIds: [ID!]) {\n    saveImplementationPlan(activityId: $activityId, input: $input, attachmentIds: $attachmentIds) { id }\n  }\n": types.SaveImplementationPlanDocument,
    "\n  mutation InviteParticipants($activityId: ID!, $input: InviteInput!) { inviteParticipants(activityId: $activityId, input: $input) }\n": types.InviteParticipantsDocument,
    "\n  mutation RecordAttendance($activityId: ID!, $entries: [AttendanceInput!]!) { recordAttendance(activityId: $activityId, entries: $entries) { id status } }\n": types.RecordAttendanceDocument,
    "\n  mutation SignInToActivity($activityId: ID!, $deputyIds: [ID!]) { signInToActivity(activityId: $activityId, deputyIds: $deputyIds) { id status signedInAt } }\n": types.SignInToActivityDocument,
    "\n  mutation AnswerInvitation($activityId: ID!, $input: InvitationAnswerInput!) { answerInvitation(activityId: $activityId, input: $input) { id status leaveReason } }\n": types.AnswerInvitationDocument,
    "\n  mutation SaveActivityStops($activityId: ID!, $stops: [StopInput!]!) { saveActivityStops(activityId: $activityId, stops: $stops) { id } }\n": types.SaveActivityStopsDocument,
    "\n  mutation SaveActivityReport($activityId: ID!, $input: ActivityReportInput!) { saveActivityReport(activityId: $activityId, input: $input) { id } }\n": types.SaveActivityReportDocument,
    "\n  mutation CreateFinding($activityId: ID!, $input: CreateFindingInput!) { createFinding(activityId: $activityId, input: $input) { id } }\n": types.CreateFindingDocument,
    "\n  query Findings($first: Int, $after: String, $filter: FindingFilter, $sort: FindingSort) {\n    findings(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id title status deadline overdue activityTitle version suggestionId activity { id organizerGroup { id } } responsibleOrganization { id name }\n        suggestion { id title registrationNumber }\n      }\n    }\n    findingBoard { status count overdue }\n  }\n": types.FindingsDocument,
    "\n  query FindingDetail($id: ID!) {\n    finding(id: $id) {\n      id title description status deadline overdue closeReason resolvedAt suggestionId version allowedActions activityTitle\n      activity { id title organizerGroup { id } }\n      stop { id sequence organization { name } }\n      responsibleOrganization { id name }\n      raisedByDeputy { id name }\n      suggestion { id title registrationNumber }\n      updates { id kind fromStatus toStatus note createdAt authorName authorOrganization { id name } attachments { id filename url } }\n    }\n  }\n": types.FindingDetailDocument,
    "\n  mutation UpdateFinding($id: ID!, $input: UpdateFindingInput!) {\n    updateFinding(id: $id, input: $input) { id deadline overdue version responsibleOrganization { id name } }\n  }\n": types.UpdateFindingDocument,
    "\n  mutation ChangeFindingStatus($id: ID!, $input: FindingTransitionInput!) { changeFindingStatus(id: $id, input: $input) { id status version } }\n": types.ChangeFindingStatusDocument,
    "\n  mutation ReportOnFinding($id: ID!, $input: FindingReportInput!) { reportOnFinding(id: $id, input: $input) { id } }\n": types.ReportOnFindingDocument,
    "\n  mutation VerifyFinding($id: ID!, $input: FindingVerificationInput!) { verifyFinding(id: $id, input: $input) { id status version } }\n": types.VerifyFindingDocument,
    "\n  query Trainings($first: Int, $after: String, $filter: TrainingFilter) {\n    trainings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id mode hours materials quizTitle quizMaxScore averageScore activity { id title startDate endDate status organizerGroup { id } attendance { invited attended onLeave absent } } }\n    }\n  }\n": types.TrainingsDocument,
    "\n  mutation CreateTraining($input: CreateTrainingInput!) { createTraining(input: $input) { id activity { id } } }\n": types.CreateTrainingDocument,
    "\n  query TrainingScores($activityId: ID!) {\n    activity(id: $activityId) {\n      id title\n      participants { id deputyId status deputy { id name } }\n      training { id quizTitle quizMaxScore averageScore quizResults { id deputyId score } }\n    }\n  }\n": types.TrainingScoresDocument,
    "\n  mutation RecordQuizResults($trainingId: ID!, $scores: [QuizScoreInput!]!) {\n    recordQuizResults(trainingId: $trainingId, scores: $scores) { id deputyId score }\n  }\n": types.RecordQuizResultsDocument,
    "\n  query CommitteeMeetings($first: Int, $after: String) {\n    committeeMeetings(first: $first, after: $after) {\n      totalCount\n      nodes { id number title meetingDate place agenda attendance { invited attended onLeave } attendances { id status leaveReason deputy { id name } } }\n    }\n  }\n": types.CommitteeMeetingsDocument,
    "\n  mutation SetMeetingAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) { setMeetingAttendance(meetingId: $meetingId, entries: $entries) { id status leaveReason } }\n": types.SetMeetingAttendanceDocument,
    "\n  mutation CreateCommitteeMeeting($input: CreateCommitteeMeetingInput!) { createCommitteeMeeting(input: $input) { id } }\n": types.CreateCommitteeMeetingDocument,
    "\n  query Notices($first: Int, $after: String, $filter: NoticeFilter) {\n    notices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id kind title body sentAt recipientCount readCount myReadAt activity { id title } }\n    }\n  }\n": types.NoticesDocument,
    "\n  mutation SendInformationNotice($input: SendNoticeInput!) { sendNotice(input: $input) { id recipientCount } }\n": types.SendInformationNoticeDocument,
    "\n  mutation MarkNoticeRead($id: ID!) { markNoticeRead(id: $id) { id myReadAt readCount } }\n": types.MarkNoticeReadDocument,
    "\n  query DeputyActivities($deputyId: ID, $first: Int, $after: String, $year: Int) {\n    deputyActivities(deputyId: $deputyId, first: $first, after: $after, year: $year) {\n      totalCount\n      nodes { id status leaveReason respondedAt signedInAt activity { id title type status startDate endDate place } }\n    }\n    deputyAttendance(deputyId: $deputyId, year: $year) { invited confirmed attended onLeave absent pending rate upcoming }\n  }\n": types.DeputyActivitiesDocument,
    "\n  query ActivityDeputySearch($search: String) { deputies(first: 20, filter: { search: $search }) { nodes { id name workUnit } } }\n": types.ActivityDeputySearchDocument,
    "\n  query SavedQueries {\n    savedQueries(first: 100) {\n      totalCount\n      nodes { id name description query variables shared mine ownerName version updatedAt }\n    }\n  }\n": types.SavedQueriesDocument,
    "\n  query MyQueryRuns {\n    myQueryRuns(first: 50) { id at operationName query variables cost status errorCode }\n  }\n": types.MyQueryRunsDocument,
    "\n  mutation CreateSavedQuery($input: SavedQueryInput!) { createSavedQuery(input: $input) { id name version } }\n": types.CreateSavedQueryDocument,
    "\n  mutation UpdateSavedQuery($id: ID!, $input: UpdateSavedQueryInput!) { updateSavedQuery(id: $id, input: $input) { id name version } }\n": types.UpdateSavedQueryDocument,
    "\n  mutation DeleteSavedQuery($id: ID!) { deleteSavedQuery(id: $id) }\n": types.DeleteSavedQueryDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query Deputies($first: Int, $after: String, $filter: DeputyFilter, $sort: DeputySort) {\n    deputies(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id name nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status\n        groupMemberships { id role group { id name } }\n      }\n    }\n  }\n": types.DeputiesDocument,
    "\n  query DeputyFilterData {\n    sectors { id name }\n  }\n": types.DeputyFilterDataDocument,
    "\n  query DeputyDetail($id: ID!) {\n    deputy(id: $id) {\n      id name namePinyin nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status version\n      mandates { id startDate endDate endReason version term { id name congress { id name level } } electoralDistrict { id name } }\n      groupHistory { id role startDate endDate group { id name } }\n    }\n  }\n": types.DeputyDetailDocument,
    "query MandateDistricts($congressId: ID!) { electoralDistricts(congressId: $congressId) { id name } }": types.MandateDistrictsDocument,
    "mutation AddMandate($deputyId: ID!, $input: MandateInput!) { addMandate(deputyId: $deputyId, input: $input) { id } }": types.AddMandateDocument,
    "mutation EndMandate($id: ID!, $input: EndMandateInput!) { endMandate(id: $id, input: $input) { id endDate } }": types.EndMandateDocument,
    "mutation CreateDeputy($input: CreateDeputyInput!) { createDeputy(input: $input) { id } }": types.CreateDeputyDocument,
    "mutation UpdateDeputy($id: ID!, $version: Int!, $input: DeputyInput!) { updateDeputy(id: $id, version: $version, input: $input) { id version } }": types.UpdateDeputyDocument,
    "\n  query DeputyImport($id: ID!) {\n    deputyImport(id: $id) {\n      id filename status progress processedRows totalRows invalidRowCount invalidRows problemCount newCount changedCount unchangedCount\n      insertedCount updatedCount linkedCount excludedRows failure\n      problems(first: 200) { row column reason }\n    }\n  }\n": types.DeputyImportDocument,
    "mutation ApplyDeputyImport($id: ID!, $excludeRows: [Int!]) { applyDeputyImport(id: $id, excludeRows: $excludeRows) { id status } }": types.ApplyDeputyImportDocument,
    "\n  query DutyCandidates($year: Int!, $kind: CommendationKind!, $termId: ID!, $first: Int) {\n    commendationCandidates(year: $year, kind: $kind, termId: $termId, first: $first) {\n      totalCount\n      nodes { rank deputyId groupId score grade attendancePercent members eligible commended deputy { id name } group { id name } }\n    }\n  }\n": types.DutyCandidatesDocument,
    "\n  query DutyCommendations($filter: CommendationFilter, $first: Int) {\n    commendations(filter: $filter, first: $first) { totalCount nodes { id version year kind title basis score attendancePercent awardedOn deputy { id name } group { id name } } }\n  }\n": types.DutyCommendationsDocument,
    "\n  query CommendationFirstTerm { county: terms(level: COUNTY, first: 1) { id } any: terms(first: 1) { id } }\n": types.CommendationFirstTermDocument,
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
    "\n  query DutyLatestSession {\n    county: sessions(level: COUNTY, latestFirst: true, first: 1) { id termId }\n    any: sessions(latestFirst: true, first: 1) { id termId }\n  }\n": types.DutyLatestSessionDocument,
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
    "\n  query GroupDetail($id: ID!) {\n    group(id: $id) {\n      id name basis termId version memberCount level description\n      term { id name congress { name } }\n      division { id name } sector { id name }\n      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }\n      members { id role version startDate deputy { id name gender party workUnit position } }\n    }\n  }\n": types.GroupDetailDocument,
    "query SameTermGroups($termId: ID) { groups(filter: { termId: $termId }) { id name } }": types.SameTermGroupsDocument,
    "query FindDeputies($filter: DeputyFilter) { deputies(filter: $filter, first: 20) { nodes { id name workUnit groupMemberships { group { name termId } } } } }": types.FindDeputiesDocument,
    "mutation AddGroupMember($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }": types.AddGroupMemberDocument,
    "mutation MoveGroupMember($id: ID!, $input: MoveGroupMemberInput!) { moveGroupMember(id: $id, input: $input) { id } }": types.MoveGroupMemberDocument,
    "mutation SetGroupMemberRole($id: ID!, $version: Int!, $role: GroupRole!) { setGroupMemberRole(id: $id, version: $version, role: $role) { id role version } }": types.SetGroupMemberRoleDocument,
    "mutation EndGroupMember($id: ID!, $input: EndGroupMemberInput!) { endGroupMember(id: $id, input: $input) { id } }": types.EndGroupMemberDocument,
    "\n  query Groups($filter: GroupFilter, $first: Int) {\n    groups(filter: $filter, first: $first) {\n      id name basis termId version memberCount level\n      term { id name congress { name } }\n      division { id name } sector { id name }\n      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }\n      members { id role deputy { id name } }\n    }\n    sectors { id name }\n  }\n": types.GroupsDocument,
    "mutation CreateGroup($input: GroupInput!) { createGroup(input: $input) { id } }": types.CreateGroupDocument,
    "\n  query DashboardTerms($level: CongressLevel!) {\n    congresses(level: $level) { id name level }\n    terms(level: $level) { id name number congressId startDate }\n    dutyYears\n  }\n": types.DashboardTermsDocument,
    "\n  query Dashboard($level: CongressLevel!, $levelCode: String!, $termId: ID, $congressId: ID, $year: Int!, $withTerm: Boolean!) {\n    gender: deputyComposition(groupBy: [GENDER], filter: { congressLevel: $levelCode, termId: $termId }) { rows { gender count share } total { count } }\n    party: deputyComposition(groupBy: [PARTY], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { party count share } }\n    minority: deputyComposition(groupBy: [MINORITY], filter: { congressLevel: $levelCode, termId: $termId }) { rows { minority count share } }\n    ethnicity: deputyComposition(groupBy: [ETHNICITY], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { ethnicity count share } }\n    ageBand: deputyComposition(groupBy: [AGE_BAND], filter: { congressLevel: $levelCode, termId: $termId }) { rows { ageBand count share } }\n    education: deputyComposition(groupBy: [EDUCATION], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { education count share } }\n    occupation: deputyComposition(groupBy: [OCCUPATION], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { occupation count share } }\n    groups(filter: { level: $level, termId: $termId }) @include(if: $withTerm) { id name memberCount health { problems hasLeader size sizeOk } }\n    annualPlans(filter: { year: $year, congressId: $congressId, congressLevel: $level }, first: 20) { nodes { id title congress { level name } execution { planned held inProgress overdue unplanned byMonth { month planned held overdue } } } }\n    byYear: suggestionStats(groupBy: [YEAR], filter: { congressLevel: $level, termId: $termId }) { ...DashboardStats }\n    byStatus: suggestionStats(groupBy: [STATUS], filter: { congressLevel: $level, termId: $termId, year: $year }) { ...DashboardStats }\n    byField: suggestionStats(groupBy: [FIELD], filter: { congressLevel: $level, termId: $termId, year: $year }) { ...DashboardStats }\n    byUnit: suggestionStats(groupBy: [UNIT], filter: { congressLevel: $level, termId: $termId, year: $year }) @include(if: $withTerm) { ...DashboardStats }\n    findingBoard(congressId: $congressId, congressLevel: $level) { status count overdue }\n    ranking: dutyRanking(termId: $termId, year: $year, first: 10) @include(if: $withTerm) { ...DashboardRanking }\n  }\n  fragment DashboardStats on SuggestionStatsRow {\n    dimensions { key label }\n    measures { measure value numerator denominator }\n  }\n": types.DashboardDocument,
    "\n  fragment DashboardRanking on DutyRanking {\n    asOf\n    maxAgeSeconds\n    nodes { rank deputyId score grade deputy { id name } }\n  }\n": types.DashboardRankingFragmentDoc,
    "\n  query DashboardRankingRecount($termId: ID!, $year: Int!) {\n    dutyRanking(termId: $termId, year: $year, first: 10, refresh: true) { ...DashboardRanking }\n  }\n": types.DashboardRankingRecountDocument,
    "\n  query DashboardGroupRanking($termId: ID!, $year: Int!) {\n    groupDutyRanking(termId: $termId, year: $year, limit: 10) { rank groupId groupName members averageScore participationPercent }\n  }\n": types.DashboardGroupRankingDocument,
    "\n  query DeputyTodos {\n    toRate: suggestions(first: 0, filter: { statuses: [REPLIED] }) { totalCount }\n    drafts: suggestions(first: 0, filter: { statuses: [DRAFT] }) { totalCount }\n  }\n": types.DeputyTodosDocument,
    "\n  query UnitTodos {\n    open: suggestionAssignments(first: 0) { totalCount }\n    overdue: suggestionAssignments(first: 0, filter: { overdue: true }) { totalCount }\n    findings: findings(first: 0, filter: { overdue: true }) { totalCount }\n  }\n": types.UnitTodosDocument,
    "query Sectors { sectors { id name description version } }": types.SectorsDocument,
    "mutation CreateSector($input: SectorInput!) { createSector(input: $input) { id } }": types.CreateSectorDocument,
    "mutation UpdateSector($id: ID!, $version: Int!, $input: SectorInput!) { updateSector(id: $id, version: $version, input: $input) { id version } }": types.UpdateSectorDocument,
    "mutation DeleteSector($id: ID!, $version: Int!) { deleteSector(id: $id, version: $version) }": types.DeleteSectorDocument,
    "\n  query Organizations($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id name kind parentId divisionId handlesSuggestions contactPerson contactPhone version parent { id name } }\n    }\n  }\n": types.OrganizationsDocument,
    "mutation CreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id } }": types.CreateOrganizationDocument,
    "mutation UpdateOrganization($id: ID!, $version: Int!, $input: OrganizationInput!) { updateOrganization(id: $id, version: $version, input: $input) { id version } }": types.UpdateOrganizationDocument,
    "mutation DeleteOrganization($id: ID!, $version: Int!) { deleteOrganization(id: $id, version: $version) }": types.DeleteOrganizationDocument,
    "query Regulations { regulations { id title congressId adoptedOn interim inForce body version } }": types.RegulationsDocument,
    "mutation CreateRegulation($input: RegulationInput!) { createRegulation(input: $input) { id } }": types.CreateRegulationDocument,
    "mutation UpdateRegulation($id: ID!, $version: Int!, $input: RegulationInput!) { updateRegulation(id: $id, version: $version, input: $input) { id version } }": types.UpdateRegulationDocument,
    "mutation DeleteRegulation($id: ID!, $version: Int!) { deleteRegulation(id: $id, version: $version) }": types.DeleteRegulationDocument,
    "query LiaisonStations { liaisonStations { id name kind divisionId address openingHours version } divisions { id name kind parentId } }": types.LiaisonStationsDocument,
    "mutation CreateLiaisonStation($input: LiaisonStationInput!) { createLiaisonStation(input: $input) { id } }": types.CreateLiaisonStationDocument,
    "mutation UpdateLiaisonStation($id: ID!, $version: Int!, $input: LiaisonStationInput!) { updateLiaisonStation(id: $id, version: $version, input: $input) { id version } }": types.UpdateLiaisonStationDocument,
    "mutation DeleteLiaisonStation($id: ID!, $version: Int!) { deleteLiaisonStation(id: $id, version: $version) }": types.DeleteLiaisonStationDocument,
    "\n  query RegistryCongresses($level: CongressLevel, $search: String, $first: Int!) {\n    congresses(level: $level, search: $search, first: $first) { id name level region divisionId version }\n  }\n": types.RegistryCongressesDocument,
    "\n  query RegistryTerms($congressId: ID, $level: CongressLevel, $search: String, $first: Int!) {\n    terms(congressId: $congressId, level: $level, search: $search, first: $first) { id congressId number name startDate endDate version congress { id name } }\n  }\n": types.RegistryTermsDocument,
    "\n  query RegistrySessions($termId: ID!) { sessions(termId: $termId) { id termId number name startDate endDate version } }\n": types.RegistrySessionsDocument,
    "\n  query RegistryElectoralDistricts($congressId: ID!) { electoralDistricts(congressId: $congressId) { id congressId kind name divisionId version } }\n": types.RegistryElectoralDistrictsDocument,
    "\n  query CongressSettings {\n    groupRules { level minSize maxSize maxViceLeaders }\n  }\n": types.CongressSettingsDocument,
    "mutation CreateCongress($input: CongressInput!) { createCongress(input: $input) { id } }": types.CreateCongressDocument,
    "mutation UpdateCongress($id: ID!, $version: Int!, $input: CongressInput!) { updateCongress(id: $id, version: $version, input: $input) { id version } }": types.UpdateCongressDocument,
    "mutation DeleteCongress($id: ID!, $version: Int!) { deleteCongress(id: $id, version: $version) }": types.DeleteCongressDocument,
    "mutation CreateTerm($input: TermInput!) { createTerm(input: $input) { id } }": types.CreateTermDocument,
    "mutation UpdateTerm($id: ID!, $version: Int!, $input: TermInput!) { updateTerm(id: $id, version: $version, input: $input) { id version } }": types.UpdateTermDocument,
    "mutation DeleteTerm($id: ID!, $version: Int!) { deleteTerm(id: $id, version: $version) }": types.DeleteTermDocument,
    "mutation CreateSession($input: SessionInput!) { createSession(input: $input) { id } }": types.CreateSessionDocument,
    "mutation UpdateSession($id: ID!, $version: Int!, $input: SessionInput!) { updateSession(id: $id, version: $version, input: $input) { id version } }": types.UpdateSessionDocument,
    "mutation DeleteSession($id: ID!, $version: Int!) { deleteSession(id: $id, version: $version) }": types.DeleteSessionDocument,
    "mutation CreateElectoralDistrict($input: ElectoralDistrictInput!) { createElectoralDistrict(input: $input) { id } }": types.CreateElectoralDistrictDocument,
    "mutation UpdateElectoralDistrict($id: ID!, $version: Int!, $input: ElectoralDistrictInput!) { updateElectoralDistrict(id: $id, version: $version, input: $input) { id version } }": types.UpdateElectoralDistrictDocument,
    "mutation DeleteElectoralDistrict($id: ID!, $version: Int!) { deleteElectoralDistrict(id: $id, version: $version) }": types.DeleteElectoralDistrictDocument,
    "mutation SetGroupRules($input: GroupRulesInput!) { setGroupRules(input: $input) { level minSize maxSize maxViceLeaders } }": types.SetGroupRulesDocument,
    "query Divisions { divisions { id parentId kind name code version } }": types.DivisionsDocument,
    "mutation CreateDivision($input: DivisionInput!) { createDivision(input: $input) { id } }": types.CreateDivisionDocument,
    "mutation UpdateDivision($id: ID!, $version: Int!, $input: DivisionInput!) { updateDivision(id: $id, version: $version, input: $input) { id version } }": types.UpdateDivisionDocument,
    "mutation DeleteDivision($id: ID!, $version: Int!) { deleteDivision(id: $id, version: $version) }": types.DeleteDivisionDocument,
    "\n  query SuggestionList($first: Int, $after: String, $filter: SuggestionFilter, $sort: SuggestionSort) {\n    suggestions(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id registrationNumber title kind field status keySupervision replyDueDate overdue submittedAt inSession\n        session { id name } leadDeputy { id name } leadUnit { id name }\n      }\n    }\n  }\n": types.SuggestionListDocument,
    "\n  query SuggestionDetail($id: ID!) {\n    suggestion(id: $id) {\n      id version registrationNumber title content kind submittedAsMotion motionConversionReason field status keySupervision\n      submittedAt registeredAt assignedOn replyDueDate currentRound overdue inSession sourceKind sourceId leadDeputyId leadOrganizationId\n      findings { id title status }\n      term { id name } session { id name } leadDeputy { id name } coSigners { id name } leadUnit { id name }\n      assignments {\n        id version role status assignedOn dueDate returnDeadline viewsDueDate returnReason returnDecisionNote extensionStatus extensionReason canRequestReturn\n        organization { id name }\n      }\n      meetings { id stage meetingDate participants notes organization { id name } }\n      coUnitViews { id content createdAt organization { id name } }\n      replies {\n        id round category content repliedOn dueDate onTime organization { id name }\n        commitments { id content dueDate fulfilledOn }\n        attachments { id filename url }\n        feedback { id verdict comment onBehalf givenAt }\n      }\n      progress { id content entryDate solved commitmentId }\n      timeline { id action fromStatus toStatus round actorName note at organization { id name } }\n      possibleDuplicates { id title registrationNumber similarity sessionName leadDeputyName }\n    }\n  }\n": types.SuggestionDetailDocument,
    "\n  mutation CreateSuggestion($input: CreateSuggestionInput!) { createSuggestion(input: $input) { id status } }\n": types.CreateSuggestionDocument,
    "\n  query SuggestionDraftFromFindings($ids: [ID!]!) {\n    suggestionDraftFromFindings(findingIds: $ids) {\n      title content termId sessionId\n      leadDeputy { id name workUnit }\n      coSigners { id name workUnit }\n      findings { id title }\n    }\n  }\n": types.SuggestionDraftFromFindingsDocument,
    "\n  query SimilarSuggestions($title: String!, $content: String, $sessionId: ID, $termId: ID) {\n    similarSuggestions(title: $title, content: $content, sessionId: $sessionId, termId: $termId) { id title registrationNumber similarity sessionName leadDeputyName status }\n  }\n": types.SimilarSuggestionsDocument,
    "\n  query SuggestionDeputyOptions($termId: ID!, $search: String) { suggestionDeputyOptions(termId: $termId, search: $search) { id name workUnit } }\n": types.SuggestionDeputyOptionsDocument,
    "\n  query SuggestionHandlingUnits { organizations(first: 100, filter: { handlesSuggestions: true }) { nodes { id name } } }\n": types.SuggestionHandlingUnitsDocument,
    "mutation SubmitSuggestion($id: ID!, $version: Int!) { submitSuggestion(id: $id, version: $version) { id status version } }": types.SubmitSuggestionDocument,
    "mutation RegisterSuggestion($id: ID!, $version: Int!, $keySupervision: Boolean) { registerSuggestion(id: $id, version: $version, keySupervision: $keySupervision) { id status version } }": types.RegisterSuggestionDocument,
    "mutation AssignSuggestion($id: ID!, $input: AssignSuggestionInput!) { assignSuggestion(id: $id, input: $input) { id status version } }": types.AssignSuggestionDocument,
    "mutation ReassignSuggestion($id: ID!, $input: AssignSuggestionInput!) { reassignSuggestion(id: $id, input: $input) { id status version } }": types.ReassignSuggestionDocument,
    "mutation StartHandlingSuggestion($id: ID!, $version: Int!) { startHandlingSuggestion(id: $id, version: $version) { id status version } }": types.StartHandlingSuggestionDocument,
    "mutation ReplySuggestion($id: ID!, $input: ReplyInput!) { replySuggestion(id: $id, input: $input) { id status version } }": types.ReplySuggestionDocument,
    "mutation GiveSuggestionFeedback($id: ID!, $input: FeedbackInput!) { giveSuggestionFeedback(id: $id, input: $input) { id status version } }": types.GiveSuggestionFeedbackDocument,
    "mutation FollowUpSuggestion($id: ID!, $version: Int!, $note: String) { followUpSuggestion(id: $id, version: $version, note: $note) { id status version } }": types.FollowUpSuggestionDocument,
    "mutation CloseSuggestion($id: ID!, $version: Int!, $note: String) { closeSuggestion(id: $id, version: $version, note: $note) { id status version } }": types.CloseSuggestionDocument,
    "mutation SetSuggestionKeySupervision($id: ID!, $version: Int!, $on: Boolean!) { setSuggestionKeySupervision(id: $id, version: $version, keySupervision: $on) { id keySupervision version } }": types.SetSuggestionKeySupervisionDocument,
    "mutation RecordSuggestionMeeting($id: ID!, $input: MeetingInput!) { recordSuggestionMeeting(suggestionId: $id, input: $input) { id } }": types.RecordSuggestionMeetingDocument,
    "mutation SendCoUnitView($assignmentId: ID!, $content: String!) { sendCoUnitView(assignmentId: $assignmentId, content: $content) { id } }": types.SendCoUnitViewDocument,
    "mutation AddSuggestionProgress($id: ID!, $input: ProgressInput!) { addSuggestionProgress(suggestionId: $id, input: $input) { id } }": types.AddSuggestionProgressDocument,
    "mutation RequestAssignmentReturn($id: ID!, $input: AssignmentRequestInput!) { requestAssignmentReturn(assignmentId: $id, input: $input) { id status version } }": types.RequestAssignmentReturnDocument,
    "mutation DecideAssignmentReturn($id: ID!, $input: DecideReturnInput!) { decideAssignmentReturn(assignmentId: $id, input: $input) { id status version } }": types.DecideAssignmentReturnDocument,
    "mutation RequestAssignmentExtension($id: ID!, $input: AssignmentRequestInput!) { requestAssignmentExtension(assignmentId: $id, input: $input) { id extensionStatus version } }": types.RequestAssignmentExtensionDocument,
    "mutation DecideAssignmentExtension($id: ID!, $input: DecideExtensionInput!) { decideAssignmentExtension(assignmentId: $id, input: $input) { id extensionStatus dueDate version } }": types.DecideAssignmentExtensionDocument,
    "\n  query SuggestionInbox($first: Int, $after: String, $filter: AssignmentFilter) {\n    suggestionAssignments(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes {\n        id role status assignedOn dueDate returnDeadline viewsDueDate extensionStatus canRequestReturn organization { id name }\n        suggestion { id registrationNumber title status replyDueDate overdue leadDeputy { id name } }\n      }\n    }\n    commitmentsDue { id content dueDate overdue organization { id name } suggestion { id title registrationNumber } }\n  }\n": types.SuggestionInboxDocument,
    "\n  query SuggestionStats($groupBy: [SuggestionDimension!]!, $filter: SuggestionStatsFilter) {\n    suggestionStats(groupBy: $groupBy, filter: $filter) {\n      dimensions { dimension key label }\n      measures { measure value numerator denominator }\n    }\n  }\n": types.SuggestionStatsDocument,
    "query ExportSuggestionRegister($filter: SuggestionFilter) { exportSuggestionRegister(filter: $filter) { filename contentType base64 } }": types.ExportSuggestionRegisterDocument,
    "query ExportSuggestionUnitResults($filter: SuggestionStatsFilter) { exportSuggestionUnitResults(filter: $filter) { filename contentType base64 } }": types.ExportSuggestionUnitResultsDocument,
    "\n  query SuggestionRulesAndHolidays($year: Int!) {\n    suggestionRules { replyMonths extendedReplyMonths returnWorkingDays coUnitViewMonths rehandleMonths commitmentDueSoonDays similarityThreshold motionMinSigners { level signers } }\n    holidays(year: $year) { id date name kind version }\n  }\n": types.SuggestionRulesAndHolidaysDocument,
    "mutation UpdateSuggestionRules($input: SuggestionRulesInput!) { updateSuggestionRules(input: $input) { replyMonths } }": types.UpdateSuggestionRulesDocument,
    "mutation AddHoliday($input: HolidayInput!) { addHoliday(input: $input) { id } }": types.AddHolidayDocument,
    "mutation RemoveHoliday($id: ID!, $version: Int!) { removeHoliday(id: $id, version: $version) }": types.RemoveHolidayDocument,
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
export function graphql(source: "\n  query PickOrganizations($search: String, $handles: Boolean) {\n    organizations(first: 30, filter: { search: $search, handlesSuggestions: $handles }) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query PickOrganizations($search: String, $handles: Boolean) {\n    organizations(first: 30, filter: { search: $search, handlesSuggestions: $handles }) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickDeputies($search: String) {\n    deputies(first: 30, filter: { search: $search }) { nodes { id name workUnit position } }\n  }\n"): (typeof documents)["\n  query PickDeputies($search: String) {\n    deputies(first: 30, filter: { search: $search }) { nodes { id name workUnit position } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickTerms($search: String, $level: CongressLevel, $congressId: ID, $first: Int!) {\n    terms(search: $search, level: $level, congressId: $congressId, first: $first) { id name congressId congress { id name level } }\n  }\n"): (typeof documents)["\n  query PickTerms($search: String, $level: CongressLevel, $congressId: ID, $first: Int!) {\n    terms(search: $search, level: $level, congressId: $congressId, first: $first) { id name congressId congress { id name level } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickedTerms($ids: [ID!]!) {\n    terms(ids: $ids) { id name congressId congress { id name level } }\n  }\n"): (typeof documents)["\n  query PickedTerms($ids: [ID!]!) {\n    terms(ids: $ids) { id name congressId congress { id name level } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickCongresses($search: String, $level: CongressLevel, $first: Int!) {\n    congresses(search: $search, level: $level, first: $first) { id name level }\n  }\n"): (typeof documents)["\n  query PickCongresses($search: String, $level: CongressLevel, $first: Int!) {\n    congresses(search: $search, level: $level, first: $first) { id name level }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickedCongresses($ids: [ID!]!) {\n    congresses(ids: $ids) { id name level }\n  }\n"): (typeof documents)["\n  query PickedCongresses($ids: [ID!]!) {\n    congresses(ids: $ids) { id name level }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickSessions($termId: ID!) {\n    sessions(termId: $termId) { id name startDate }\n  }\n"): (typeof documents)["\n  query PickSessions($termId: ID!) {\n    sessions(termId: $termId) { id name startDate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickGroups($search: String, $termId: ID, $congressId: ID, $level: CongressLevel, $ids: [ID!], $first: Int!) {\n    groups(filter: { search: $search, termId: $termId, congressId: $congressId, level: $level }, ids: $ids, first: $first) { id name termId term { id name congress { id name } } }\n  }\n"): (typeof documents)["\n  query PickGroups($search: String, $termId: ID, $congressId: ID, $level: CongressLevel, $ids: [ID!], $first: Int!) {\n    groups(filter: { search: $search, termId: $termId, congressId: $congressId, level: $level }, ids: $ids, first: $first) { id name termId term { id name congress { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickedGroups($ids: [ID!]!) {\n    groups(ids: $ids) { id name termId term { id name congress { id name } } }\n  }\n"): (typeof documents)["\n  query PickedGroups($ids: [ID!]!) {\n    groups(ids: $ids) { id name termId term { id name congress { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickDivisions($search: String, $first: Int!) {\n    divisions(search: $search, first: $first) { id name parent { id name } }\n  }\n"): (typeof documents)["\n  query PickDivisions($search: String, $first: Int!) {\n    divisions(search: $search, first: $first) { id name parent { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickedDivisions($ids: [ID!]!) {\n    divisions(ids: $ids) { id name parent { id name } }\n  }\n"): (typeof documents)["\n  query PickedDivisions($ids: [ID!]!) {\n    divisions(ids: $ids) { id name parent { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityReference {\n    organizations(first: 100) { nodes { id name kind } }\n  }\n"): (typeof documents)["\n  query ActivityReference {\n    organizations(first: 100) { nodes { id name kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualPlans($filter: AnnualPlanFilter) {\n    annualPlans(filter: $filter, first: 50) { nodes { id year title congress { id name level } } }\n  }\n"): (typeof documents)["\n  query AnnualPlans($filter: AnnualPlanFilter) {\n    annualPlans(filter: $filter, first: 50) { nodes { id year title congress { id name level } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualPlan($id: ID!, $asOf: String) {\n    annualPlan(id: $id) {\n      id year title version congress { id name }\n      items { id title type scope month version organizerGroupId organizerGroup { id name } description progress activities { id title status startDate } }\n      execution(asOf: $asOf) {\n        asOf planned held inProgress overdue unplanned\n        byMonth { month planned held overdue }\n        byOrganizer { organizerGroupId organizerName planned held overdue }\n        overdueItems { id title month }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnualPlan($id: ID!, $asOf: String) {\n    annualPlan(id: $id) {\n      id year title version congress { id name }\n      items { id title type scope month version organizerGroupId organizerGroup { id name } description progress activities { id title status startDate } }\n      execution(asOf: $asOf) {\n        asOf planned held inProgress overdue unplanned\n        byMonth { month planned held overdue }\n        byOrganizer { organizerGroupId organizerName planned held overdue }\n        overdueItems { id title month }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAnnualPlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { id } }\n"): (typeof documents)["\n  mutation CreateAnnualPlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanItem($planId: ID!, $input: PlanItemInput!) { addPlanItem(planId: $planId, input: $input) { id } }\n"): (typeof documents)["\n  mutation AddPlanItem($planId: ID!, $input: PlanItemInput!) { addPlanItem(planId: $planId, input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanItem($id: ID!, $input: UpdatePlanItemInput!) {\n    updatePlanItem(id: $id, input: $input) { id title type scope month version organizerGroupId organizerGroup { id name } description }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanItem($id: ID!, $input: UpdatePlanItemInput!) {\n    updatePlanItem(id: $id, input: $input) { id title type scope month version organizerGroupId organizerGroup { id name } description }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePlanItem($id: ID!) { removePlanItem(id: $id) }\n"): (typeof documents)["\n  mutation RemovePlanItem($id: ID!) { removePlanItem(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activities($first: Int, $after: String, $filter: ActivityFilter, $sort: ActivitySort) {\n    activities(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id title type scope status startDate endDate place\n        congress { id name level }\n        organizerGroup { id name }\n        attendance { invited attended onLeave absent }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Activities($first: Int, $after: String, $filter: ActivityFilter, $sort: ActivitySort) {\n    activities(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id title type scope status startDate endDate place\n        congress { id name level }\n        organizerGroup { id name }\n        attendance { invited attended onLeave absent }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) { createActivity(input: $input) { id } }\n"): (typeof documents)["\n  mutation CreateActivity($input: CreateActivityInput!) { createActivity(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      id title type scope status startDate endDate place description version notifiedAt cancelReason allowedActions\n      congress { id name level }\n      organizerGroup { id name }\n      planItem { id title month }\n      implementationPlan { id aims itinerary preparation leaders attachments { id filename url size } }\n      attendance { invited confirmed attended onLeave absent pending rate }\n      participants { id deputyId status invitedVia leaveReason respondedAt signedInAt deputy { id name } }\n      stops { id sequence visitDate note organization { id name } }\n      report { id title content attachments { id filename url size contentType } }\n      training { id mode hours materials quizTitle }\n    }\n  }\n"): (typeof documents)["\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      id title type scope status startDate endDate place description version notifiedAt cancelReason allowedActions\n      congress { id name level }\n      organizerGroup { id name }\n      planItem { id title month }\n      implementationPlan { id aims itinerary preparation leaders attachments { id filename url size } }\n      attendance { invited confirmed attended onLeave absent pending rate }\n      participants { id deputyId status invitedVia leaveReason respondedAt signedInAt deputy { id name } }\n      stops { id sequence visitDate note organization { id name } }\n      report { id title content attachments { id filename url size contentType } }\n      training { id mode hours materials quizTitle }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityNotices($id: ID!) {\n    activity(id: $id) {\n      id\n      notices { id title body sentAt recipientCount readCount }\n      implementationPlan { id noticeReceipts { id readAt deputy { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query ActivityNotices($id: ID!) {\n    activity(id: $id) {\n      id\n      notices { id title body sentAt recipientCount readCount }\n      implementationPlan { id noticeReceipts { id readAt deputy { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityFindings($id: ID!) {\n    activity(id: $id) {\n      id\n      findings {\n        id title status deadline overdue suggestionId version responsibleOrganization { id name } stop { id sequence organization { name } } raisedByDeputy { id name }\n        suggestion { id title registrationNumber }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityFindings($id: ID!) {\n    activity(id: $id) {\n      id\n      findings {\n        id title status deadline overdue suggestionId version responsibleOrganization { id name } stop { id sequence organization { name } } raisedByDeputy { id name }\n        suggestion { id title registrationNumber }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeActivityStatus($id: ID!, $input: ActivityTransitionInput!) { changeActivityStatus(id: $id, input: $input) { id status version allowedActions } }\n"): (typeof documents)["\n  mutation ChangeActivityStatus($id: ID!, $input: ActivityTransitionInput!) { changeActivityStatus(id: $id, input: $input) { id status version allowedActions } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendActivityNotice($activityId: ID!, $input: ActivityNoticeInput!) { sendActivityNotice(activityId: $activityId, input: $input) { id status version allowedActions } }\n"): (typeof documents)["\n  mutation SendActivityNotice($activityId: ID!, $input: ActivityNoticeInput!) { sendActivityNotice(activityId: $activityId, input: $input) { id status version allowedActions } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveImplementationPlan($activityId: ID!, $input: ImplementationPlanInput!, $attachmentIds: [ID!]) {\n    saveImplementationPlan(activityId: $activityId, input: $input, attachmentIds: $attachmentIds) { id }\n  }\n"): (typeof documents)["\n  mutation SaveImplementationPlan($activityId: ID!, $input: ImplementationPlanInput!, $attachmentIds: [ID!]) {\n    saveImplementationPlan(activityId: $activityId, input: $input, attachmentIds: $attachmentIds) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteParticipants($activityId: ID!, $input: InviteInput!) { inviteParticipants(activityId: $activityId, input: $input) }\n"): (typeof documents)["\n  mutation InviteParticipants($activityId: ID!, $input: InviteInput!) { inviteParticipants(activityId: $activityId, input: $input) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($activityId: ID!, $entries: [AttendanceInput!]!) { recordAttendance(activityId: $activityId, entries: $entries) { id status } }\n"): (typeof documents)["\n  mutation RecordAttendance($activityId: ID!, $entries: [AttendanceInput!]!) { recordAttendance(activityId: $activityId, entries: $entries) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInToActivity($activityId: ID!, $deputyIds: [ID!]) { signInToActivity(activityId: $activityId, deputyIds: $deputyIds) { id status signedInAt } }\n"): (typeof documents)["\n  mutation SignInToActivity($activityId: ID!, $deputyIds: [ID!]) { signInToActivity(activityId: $activityId, deputyIds: $deputyIds) { id status signedInAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerInvitation($activityId: ID!, $input: InvitationAnswerInput!) { answerInvitation(activityId: $activityId, input: $input) { id status leaveReason } }\n"): (typeof documents)["\n  mutation AnswerInvitation($activityId: ID!, $input: InvitationAnswerInput!) { answerInvitation(activityId: $activityId, input: $input) { id status leaveReason } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveActivityStops($activityId: ID!, $stops: [StopInput!]!) { saveActivityStops(activityId: $activityId, stops: $stops) { id } }\n"): (typeof documents)["\n  mutation SaveActivityStops($activityId: ID!, $stops: [StopInput!]!) { saveActivityStops(activityId: $activityId, stops: $stops) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveActivityReport($activityId: ID!, $input: ActivityReportInput!) { saveActivityReport(activityId: $activityId, input: $input) { id } }\n"): (typeof documents)["\n  mutation SaveActivityReport($activityId: ID!, $input: ActivityReportInput!) { saveActivityReport(activityId: $activityId, input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFinding($activityId: ID!, $input: CreateFindingInput!) { createFinding(activityId: $activityId, input: $input) { id } }\n"): (typeof documents)["\n  mutation CreateFinding($activityId: ID!, $input: CreateFindingInput!) { createFinding(activityId: $activityId, input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Findings($first: Int, $after: String, $filter: FindingFilter, $sort: FindingSort) {\n    findings(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id title status deadline overdue activityTitle version suggestionId activity { id organizerGroup { id } } responsibleOrganization { id name }\n        suggestion { id title registrationNumber }\n      }\n    }\n    findingBoard { status count overdue }\n  }\n"): (typeof documents)["\n  query Findings($first: Int, $after: String, $filter: FindingFilter, $sort: FindingSort) {\n    findings(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id title status deadline overdue activityTitle version suggestionId activity { id organizerGroup { id } } responsibleOrganization { id name }\n        suggestion { id title registrationNumber }\n      }\n    }\n    findingBoard { status count overdue }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingDetail($id: ID!) {\n    finding(id: $id) {\n      id title description status deadline overdue closeReason resolvedAt suggestionId version allowedActions activityTitle\n      activity { id title organizerGroup { id } }\n      stop { id sequence organization { name } }\n      responsibleOrganization { id name }\n      raisedByDeputy { id name }\n      suggestion { id title registrationNumber }\n      updates { id kind fromStatus toStatus note createdAt authorName authorOrganization { id name } attachments { id filename url } }\n    }\n  }\n"): (typeof documents)["\n  query FindingDetail($id: ID!) {\n    finding(id: $id) {\n      id title description status deadline overdue closeReason resolvedAt suggestionId version allowedActions activityTitle\n      activity { id title organizerGroup { id } }\n      stop { id sequence organization { name } }\n      responsibleOrganization { id name }\n      raisedByDeputy { id name }\n      suggestion { id title registrationNumber }\n      updates { id kind fromStatus toStatus note createdAt authorName authorOrganization { id name } attachments { id filename url } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFinding($id: ID!, $input: UpdateFindingInput!) {\n    updateFinding(id: $id, input: $input) { id deadline overdue version responsibleOrganization { id name } }\n  }\n"): (typeof documents)["\n  mutation UpdateFinding($id: ID!, $input: UpdateFindingInput!) {\n    updateFinding(id: $id, input: $input) { id deadline overdue version responsibleOrganization { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFindingStatus($id: ID!, $input: FindingTransitionInput!) { changeFindingStatus(id: $id, input: $input) { id status version } }\n"): (typeof documents)["\n  mutation ChangeFindingStatus($id: ID!, $input: FindingTransitionInput!) { changeFindingStatus(id: $id, input: $input) { id status version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportOnFinding($id: ID!, $input: FindingReportInput!) { reportOnFinding(id: $id, input: $input) { id } }\n"): (typeof documents)["\n  mutation ReportOnFinding($id: ID!, $input: FindingReportInput!) { reportOnFinding(id: $id, input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyFinding($id: ID!, $input: FindingVerificationInput!) { verifyFinding(id: $id, input: $input) { id status version } }\n"): (typeof documents)["\n  mutation VerifyFinding($id: ID!, $input: FindingVerificationInput!) { verifyFinding(id: $id, input: $input) { id status version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trainings($first: Int, $after: String, $filter: TrainingFilter) {\n    trainings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id mode hours materials quizTitle quizMaxScore averageScore activity { id title startDate endDate status organizerGroup { id } attendance { invited attended onLeave absent } } }\n    }\n  }\n"): (typeof documents)["\n  query Trainings($first: Int, $after: String, $filter: TrainingFilter) {\n    trainings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id mode hours materials quizTitle quizMaxScore averageScore activity { id title startDate endDate status organizerGroup { id } attendance { invited attended onLeave absent } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTraining($input: CreateTrainingInput!) { createTraining(input: $input) { id activity { id } } }\n"): (typeof documents)["\n  mutation CreateTraining($input: CreateTrainingInput!) { createTraining(input: $input) { id activity { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingScores($activityId: ID!) {\n    activity(id: $activityId) {\n      id title\n      participants { id deputyId status deputy { id name } }\n      training { id quizTitle quizMaxScore averageScore quizResults { id deputyId score } }\n    }\n  }\n"): (typeof documents)["\n  query TrainingScores($activityId: ID!) {\n    activity(id: $activityId) {\n      id title\n      participants { id deputyId status deputy { id name } }\n      training { id quizTitle quizMaxScore averageScore quizResults { id deputyId score } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordQuizResults($trainingId: ID!, $scores: [QuizScoreInput!]!) {\n    recordQuizResults(trainingId: $trainingId, scores: $scores) { id deputyId score }\n  }\n"): (typeof documents)["\n  mutation RecordQuizResults($trainingId: ID!, $scores: [QuizScoreInput!]!) {\n    recordQuizResults(trainingId: $trainingId, scores: $scores) { id deputyId score }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeMeetings($first: Int, $after: String) {\n    committeeMeetings(first: $first, after: $after) {\n      totalCount\n      nodes { id number title meetingDate place agenda attendance { invited attended onLeave } attendances { id status leaveReason deputy { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query CommitteeMeetings($first: Int, $after: String) {\n    committeeMeetings(first: $first, after: $after) {\n      totalCount\n      nodes { id number title meetingDate place agenda attendance { invited attended onLeave } attendances { id status leaveReason deputy { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMeetingAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) { setMeetingAttendance(meetingId: $meetingId, entries: $entries) { id status leaveReason } }\n"): (typeof documents)["\n  mutation SetMeetingAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) { setMeetingAttendance(meetingId: $meetingId, entries: $entries) { id status leaveReason } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommitteeMeeting($input: CreateCommitteeMeetingInput!) { createCommitteeMeeting(input: $input) { id } }\n"): (typeof documents)["\n  mutation CreateCommitteeMeeting($input: CreateCommitteeMeetingInput!) { createCommitteeMeeting(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notices($first: Int, $after: String, $filter: NoticeFilter) {\n    notices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id kind title body sentAt recipientCount readCount myReadAt activity { id title } }\n    }\n  }\n"): (typeof documents)["\n  query Notices($first: Int, $after: String, $filter: NoticeFilter) {\n    notices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id kind title body sentAt recipientCount readCount myReadAt activity { id title } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendInformationNotice($input: SendNoticeInput!) { sendNotice(input: $input) { id recipientCount } }\n"): (typeof documents)["\n  mutation SendInformationNotice($input: SendNoticeInput!) { sendNotice(input: $input) { id recipientCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNoticeRead($id: ID!) { markNoticeRead(id: $id) { id myReadAt readCount } }\n"): (typeof documents)["\n  mutation MarkNoticeRead($id: ID!) { markNoticeRead(id: $id) { id myReadAt readCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeputyActivities($deputyId: ID, $first: Int, $after: String, $year: Int) {\n    deputyActivities(deputyId: $deputyId, first: $first, after: $after, year: $year) {\n      totalCount\n      nodes { id status leaveReason respondedAt signedInAt activity { id title type status startDate endDate place } }\n    }\n    deputyAttendance(deputyId: $deputyId, year: $year) { invited confirmed attended onLeave absent pending rate upcoming }\n  }\n"): (typeof documents)["\n  query DeputyActivities($deputyId: ID, $first: Int, $after: String, $year: Int) {\n    deputyActivities(deputyId: $deputyId, first: $first, after: $after, year: $year) {\n      totalCount\n      nodes { id status leaveReason respondedAt signedInAt activity { id title type status startDate endDate place } }\n    }\n    deputyAttendance(deputyId: $deputyId, year: $year) { invited confirmed attended onLeave absent pending rate upcoming }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityDeputySearch($search: String) { deputies(first: 20, filter: { search: $search }) { nodes { id name workUnit } } }\n"): (typeof documents)["\n  query ActivityDeputySearch($search: String) { deputies(first: 20, filter: { search: $search }) { nodes { id name workUnit } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedQueries {\n    savedQueries(first: 100) {\n      totalCount\n      nodes { id name description query variables shared mine ownerName version updatedAt }\n    }\n  }\n"): (typeof documents)["\n  query SavedQueries {\n    savedQueries(first: 100) {\n      totalCount\n      nodes { id name description query variables shared mine ownerName version updatedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQueryRuns {\n    myQueryRuns(first: 50) { id at operationName query variables cost status errorCode }\n  }\n"): (typeof documents)["\n  query MyQueryRuns {\n    myQueryRuns(first: 50) { id at operationName query variables cost status errorCode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSavedQuery($input: SavedQueryInput!) { createSavedQuery(input: $input) { id name version } }\n"): (typeof documents)["\n  mutation CreateSavedQuery($input: SavedQueryInput!) { createSavedQuery(input: $input) { id name version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedQuery($id: ID!, $input: UpdateSavedQueryInput!) { updateSavedQuery(id: $id, input: $input) { id name version } }\n"): (typeof documents)["\n  mutation UpdateSavedQuery($id: ID!, $input: UpdateSavedQueryInput!) { updateSavedQuery(id: $id, input: $input) { id name version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedQuery($id: ID!) { deleteSavedQuery(id: $id) }\n"): (typeof documents)["\n  mutation DeleteSavedQuery($id: ID!) { deleteSavedQuery(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deputies($first: Int, $after: String, $filter: DeputyFilter, $sort: DeputySort) {\n    deputies(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id name nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status\n        groupMemberships { id role group { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Deputies($first: Int, $after: String, $filter: DeputyFilter, $sort: DeputySort) {\n    deputies(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id name nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status\n        groupMemberships { id role group { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeputyFilterData {\n    sectors { id name }\n  }\n"): (typeof documents)["\n  query DeputyFilterData {\n    sectors { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeputyDetail($id: ID!) {\n    deputy(id: $id) {\n      id name namePinyin nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status version\n      mandates { id startDate endDate endReason version term { id name congress { id name level } } electoralDistrict { id name } }\n      groupHistory { id role startDate endDate group { id name } }\n    }\n  }\n"): (typeof documents)["\n  query DeputyDetail($id: ID!) {\n    deputy(id: $id) {\n      id name namePinyin nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status version\n      mandates { id startDate endDate endReason version term { id name congress { id name level } } electoralDistrict { id name } }\n      groupHistory { id role startDate endDate group { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MandateDistricts($congressId: ID!) { electoralDistricts(congressId: $congressId) { id name } }"): (typeof documents)["query MandateDistricts($congressId: ID!) { electoralDistricts(congressId: $congressId) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddMandate($deputyId: ID!, $input: MandateInput!) { addMandate(deputyId: $deputyId, input: $input) { id } }"): (typeof documents)["mutation AddMandate($deputyId: ID!, $input: MandateInput!) { addMandate(deputyId: $deputyId, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndMandate($id: ID!, $input: EndMandateInput!) { endMandate(id: $id, input: $input) { id endDate } }"): (typeof documents)["mutation EndMandate($id: ID!, $input: EndMandateInput!) { endMandate(id: $id, input: $input) { id endDate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDeputy($input: CreateDeputyInput!) { createDeputy(input: $input) { id } }"): (typeof documents)["mutation CreateDeputy($input: CreateDeputyInput!) { createDeputy(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDeputy($id: ID!, $version: Int!, $input: DeputyInput!) { updateDeputy(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateDeputy($id: ID!, $version: Int!, $input: DeputyInput!) { updateDeputy(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeputyImport($id: ID!) {\n    deputyImport(id: $id) {\n      id filename status progress processedRows totalRows invalidRowCount invalidRows problemCount newCount changedCount unchangedCount\n      insertedCount updatedCount linkedCount excludedRows failure\n      problems(first: 200) { row column reason }\n    }\n  }\n"): (typeof documents)["\n  query DeputyImport($id: ID!) {\n    deputyImport(id: $id) {\n      id filename status progress processedRows totalRows invalidRowCount invalidRows problemCount newCount changedCount unchangedCount\n      insertedCount updatedCount linkedCount excludedRows failure\n      problems(first: 200) { row column reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApplyDeputyImport($id: ID!, $excludeRows: [Int!]) { applyDeputyImport(id: $id, excludeRows: $excludeRows) { id status } }"): (typeof documents)["mutation ApplyDeputyImport($id: ID!, $excludeRows: [Int!]) { applyDeputyImport(id: $id, excludeRows: $excludeRows) { id status } }"];
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
export function graphql(source: "\n  query CommendationFirstTerm { county: terms(level: COUNTY, first: 1) { id } any: terms(first: 1) { id } }\n"): (typeof documents)["\n  query CommendationFirstTerm { county: terms(level: COUNTY, first: 1) { id } any: terms(first: 1) { id } }\n"];
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
export function graphql(source: "\n  query DutyLatestSession {\n    county: sessions(level: COUNTY, latestFirst: true, first: 1) { id termId }\n    any: sessions(latestFirst: true, first: 1) { id termId }\n  }\n"): (typeof documents)["\n  query DutyLatestSession {\n    county: sessions(level: COUNTY, latestFirst: true, first: 1) { id termId }\n    any: sessions(latestFirst: true, first: 1) { id termId }\n  }\n"];
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
export function graphql(source: "\n  query GroupDetail($id: ID!) {\n    group(id: $id) {\n      id name basis termId version memberCount level description\n      term { id name congress { name } }\n      division { id name } sector { id name }\n      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }\n      members { id role version startDate deputy { id name gender party workUnit position } }\n    }\n  }\n"): (typeof documents)["\n  query GroupDetail($id: ID!) {\n    group(id: $id) {\n      id name basis termId version memberCount level description\n      term { id name congress { name } }\n      division { id name } sector { id name }\n      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }\n      members { id role version startDate deputy { id name gender party workUnit position } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SameTermGroups($termId: ID) { groups(filter: { termId: $termId }) { id name } }"): (typeof documents)["query SameTermGroups($termId: ID) { groups(filter: { termId: $termId }) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FindDeputies($filter: DeputyFilter) { deputies(filter: $filter, first: 20) { nodes { id name workUnit groupMemberships { group { name termId } } } } }"): (typeof documents)["query FindDeputies($filter: DeputyFilter) { deputies(filter: $filter, first: 20) { nodes { id name workUnit groupMemberships { group { name termId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddGroupMember($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }"): (typeof documents)["mutation AddGroupMember($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveGroupMember($id: ID!, $input: MoveGroupMemberInput!) { moveGroupMember(id: $id, input: $input) { id } }"): (typeof documents)["mutation MoveGroupMember($id: ID!, $input: MoveGroupMemberInput!) { moveGroupMember(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetGroupMemberRole($id: ID!, $version: Int!, $role: GroupRole!) { setGroupMemberRole(id: $id, version: $version, role: $role) { id role version } }"): (typeof documents)["mutation SetGroupMemberRole($id: ID!, $version: Int!, $role: GroupRole!) { setGroupMemberRole(id: $id, version: $version, role: $role) { id role version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndGroupMember($id: ID!, $input: EndGroupMemberInput!) { endGroupMember(id: $id, input: $input) { id } }"): (typeof documents)["mutation EndGroupMember($id: ID!, $input: EndGroupMemberInput!) { endGroupMember(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups($filter: GroupFilter, $first: Int) {\n    groups(filter: $filter, first: $first) {\n      id name basis termId version memberCount level\n      term { id name congress { name } }\n      division { id name } sector { id name }\n      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }\n      members { id role deputy { id name } }\n    }\n    sectors { id name }\n  }\n"): (typeof documents)["\n  query Groups($filter: GroupFilter, $first: Int) {\n    groups(filter: $filter, first: $first) {\n      id name basis termId version memberCount level\n      term { id name congress { name } }\n      division { id name } sector { id name }\n      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }\n      members { id role deputy { id name } }\n    }\n    sectors { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateGroup($input: GroupInput!) { createGroup(input: $input) { id } }"): (typeof documents)["mutation CreateGroup($input: GroupInput!) { createGroup(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTerms($level: CongressLevel!) {\n    congresses(level: $level) { id name level }\n    terms(level: $level) { id name number congressId startDate }\n    dutyYears\n  }\n"): (typeof documents)["\n  query DashboardTerms($level: CongressLevel!) {\n    congresses(level: $level) { id name level }\n    terms(level: $level) { id name number congressId startDate }\n    dutyYears\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($level: CongressLevel!, $levelCode: String!, $termId: ID, $congressId: ID, $year: Int!, $withTerm: Boolean!) {\n    gender: deputyComposition(groupBy: [GENDER], filter: { congressLevel: $levelCode, termId: $termId }) { rows { gender count share } total { count } }\n    party: deputyComposition(groupBy: [PARTY], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { party count share } }\n    minority: deputyComposition(groupBy: [MINORITY], filter: { congressLevel: $levelCode, termId: $termId }) { rows { minority count share } }\n    ethnicity: deputyComposition(groupBy: [ETHNICITY], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { ethnicity count share } }\n    ageBand: deputyComposition(groupBy: [AGE_BAND], filter: { congressLevel: $levelCode, termId: $termId }) { rows { ageBand count share } }\n    education: deputyComposition(groupBy: [EDUCATION], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { education count share } }\n    occupation: deputyComposition(groupBy: [OCCUPATION], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { occupation count share } }\n    groups(filter: { level: $level, termId: $termId }) @include(if: $withTerm) { id name memberCount health { problems hasLeader size sizeOk } }\n    annualPlans(filter: { year: $year, congressId: $congressId, congressLevel: $level }, first: 20) { nodes { id title congress { level name } execution { planned held inProgress overdue unplanned byMonth { month planned held overdue } } } }\n    byYear: suggestionStats(groupBy: [YEAR], filter: { congressLevel: $level, termId: $termId }) { ...DashboardStats }\n    byStatus: suggestionStats(groupBy: [STATUS], filter: { congressLevel: $level, termId: $termId, year: $year }) { ...DashboardStats }\n    byField: suggestionStats(groupBy: [FIELD], filter: { congressLevel: $level, termId: $termId, year: $year }) { ...DashboardStats }\n    byUnit: suggestionStats(groupBy: [UNIT], filter: { congressLevel: $level, termId: $termId, year: $year }) @include(if: $withTerm) { ...DashboardStats }\n    findingBoard(congressId: $congressId, congressLevel: $level) { status count overdue }\n    ranking: dutyRanking(termId: $termId, year: $year, first: 10) @include(if: $withTerm) { ...DashboardRanking }\n  }\n  fragment DashboardStats on SuggestionStatsRow {\n    dimensions { key label }\n    measures { measure value numerator denominator }\n  }\n"): (typeof documents)["\n  query Dashboard($level: CongressLevel!, $levelCode: String!, $termId: ID, $congressId: ID, $year: Int!, $withTerm: Boolean!) {\n    gender: deputyComposition(groupBy: [GENDER], filter: { congressLevel: $levelCode, termId: $termId }) { rows { gender count share } total { count } }\n    party: deputyComposition(groupBy: [PARTY], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { party count share } }\n    minority: deputyComposition(groupBy: [MINORITY], filter: { congressLevel: $levelCode, termId: $termId }) { rows { minority count share } }\n    ethnicity: deputyComposition(groupBy: [ETHNICITY], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { ethnicity count share } }\n    ageBand: deputyComposition(groupBy: [AGE_BAND], filter: { congressLevel: $levelCode, termId: $termId }) { rows { ageBand count share } }\n    education: deputyComposition(groupBy: [EDUCATION], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { education count share } }\n    occupation: deputyComposition(groupBy: [OCCUPATION], filter: { congressLevel: $levelCode, termId: $termId }, orderBy: count) { rows { occupation count share } }\n    groups(filter: { level: $level, termId: $termId }) @include(if: $withTerm) { id name memberCount health { problems hasLeader size sizeOk } }\n    annualPlans(filter: { year: $year, congressId: $congressId, congressLevel: $level }, first: 20) { nodes { id title congress { level name } execution { planned held inProgress overdue unplanned byMonth { month planned held overdue } } } }\n    byYear: suggestionStats(groupBy: [YEAR], filter: { congressLevel: $level, termId: $termId }) { ...DashboardStats }\n    byStatus: suggestionStats(groupBy: [STATUS], filter: { congressLevel: $level, termId: $termId, year: $year }) { ...DashboardStats }\n    byField: suggestionStats(groupBy: [FIELD], filter: { congressLevel: $level, termId: $termId, year: $year }) { ...DashboardStats }\n    byUnit: suggestionStats(groupBy: [UNIT], filter: { congressLevel: $level, termId: $termId, year: $year }) @include(if: $withTerm) { ...DashboardStats }\n    findingBoard(congressId: $congressId, congressLevel: $level) { status count overdue }\n    ranking: dutyRanking(termId: $termId, year: $year, first: 10) @include(if: $withTerm) { ...DashboardRanking }\n  }\n  fragment DashboardStats on SuggestionStatsRow {\n    dimensions { key label }\n    measures { measure value numerator denominator }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardRanking on DutyRanking {\n    asOf\n    maxAgeSeconds\n    nodes { rank deputyId score grade deputy { id name } }\n  }\n"): (typeof documents)["\n  fragment DashboardRanking on DutyRanking {\n    asOf\n    maxAgeSeconds\n    nodes { rank deputyId score grade deputy { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardRankingRecount($termId: ID!, $year: Int!) {\n    dutyRanking(termId: $termId, year: $year, first: 10, refresh: true) { ...DashboardRanking }\n  }\n"): (typeof documents)["\n  query DashboardRankingRecount($termId: ID!, $year: Int!) {\n    dutyRanking(termId: $termId, year: $year, first: 10, refresh: true) { ...DashboardRanking }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardGroupRanking($termId: ID!, $year: Int!) {\n    groupDutyRanking(termId: $termId, year: $year, limit: 10) { rank groupId groupName members averageScore participationPercent }\n  }\n"): (typeof documents)["\n  query DashboardGroupRanking($termId: ID!, $year: Int!) {\n    groupDutyRanking(termId: $termId, year: $year, limit: 10) { rank groupId groupName members averageScore participationPercent }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeputyTodos {\n    toRate: suggestions(first: 0, filter: { statuses: [REPLIED] }) { totalCount }\n    drafts: suggestions(first: 0, filter: { statuses: [DRAFT] }) { totalCount }\n  }\n"): (typeof documents)["\n  query DeputyTodos {\n    toRate: suggestions(first: 0, filter: { statuses: [REPLIED] }) { totalCount }\n    drafts: suggestions(first: 0, filter: { statuses: [DRAFT] }) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitTodos {\n    open: suggestionAssignments(first: 0) { totalCount }\n    overdue: suggestionAssignments(first: 0, filter: { overdue: true }) { totalCount }\n    findings: findings(first: 0, filter: { overdue: true }) { totalCount }\n  }\n"): (typeof documents)["\n  query UnitTodos {\n    open: suggestionAssignments(first: 0) { totalCount }\n    overdue: suggestionAssignments(first: 0, filter: { overdue: true }) { totalCount }\n    findings: findings(first: 0, filter: { overdue: true }) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Sectors { sectors { id name description version } }"): (typeof documents)["query Sectors { sectors { id name description version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateSector($input: SectorInput!) { createSector(input: $input) { id } }"): (typeof documents)["mutation CreateSector($input: SectorInput!) { createSector(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSector($id: ID!, $version: Int!, $input: SectorInput!) { updateSector(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateSector($id: ID!, $version: Int!, $input: SectorInput!) { updateSector(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteSector($id: ID!, $version: Int!) { deleteSector(id: $id, version: $version) }"): (typeof documents)["mutation DeleteSector($id: ID!, $version: Int!) { deleteSector(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id name kind parentId divisionId handlesSuggestions contactPerson contactPhone version parent { id name } }\n    }\n  }\n"): (typeof documents)["\n  query Organizations($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id name kind parentId divisionId handlesSuggestions contactPerson contactPhone version parent { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id } }"): (typeof documents)["mutation CreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganization($id: ID!, $version: Int!, $input: OrganizationInput!) { updateOrganization(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateOrganization($id: ID!, $version: Int!, $input: OrganizationInput!) { updateOrganization(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteOrganization($id: ID!, $version: Int!) { deleteOrganization(id: $id, version: $version) }"): (typeof documents)["mutation DeleteOrganization($id: ID!, $version: Int!) { deleteOrganization(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Regulations { regulations { id title congressId adoptedOn interim inForce body version } }"): (typeof documents)["query Regulations { regulations { id title congressId adoptedOn interim inForce body version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateRegulation($input: RegulationInput!) { createRegulation(input: $input) { id } }"): (typeof documents)["mutation CreateRegulation($input: RegulationInput!) { createRegulation(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateRegulation($id: ID!, $version: Int!, $input: RegulationInput!) { updateRegulation(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateRegulation($id: ID!, $version: Int!, $input: RegulationInput!) { updateRegulation(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteRegulation($id: ID!, $version: Int!) { deleteRegulation(id: $id, version: $version) }"): (typeof documents)["mutation DeleteRegulation($id: ID!, $version: Int!) { deleteRegulation(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiaisonStations { liaisonStations { id name kind divisionId address openingHours version } divisions { id name kind parentId } }"): (typeof documents)["query LiaisonStations { liaisonStations { id name kind divisionId address openingHours version } divisions { id name kind parentId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateLiaisonStation($input: LiaisonStationInput!) { createLiaisonStation(input: $input) { id } }"): (typeof documents)["mutation CreateLiaisonStation($input: LiaisonStationInput!) { createLiaisonStation(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateLiaisonStation($id: ID!, $version: Int!, $input: LiaisonStationInput!) { updateLiaisonStation(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateLiaisonStation($id: ID!, $version: Int!, $input: LiaisonStationInput!) { updateLiaisonStation(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteLiaisonStation($id: ID!, $version: Int!) { deleteLiaisonStation(id: $id, version: $version) }"): (typeof documents)["mutation DeleteLiaisonStation($id: ID!, $version: Int!) { deleteLiaisonStation(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryCongresses($level: CongressLevel, $search: String, $first: Int!) {\n    congresses(level: $level, search: $search, first: $first) { id name level region divisionId version }\n  }\n"): (typeof documents)["\n  query RegistryCongresses($level: CongressLevel, $search: String, $first: Int!) {\n    congresses(level: $level, search: $search, first: $first) { id name level region divisionId version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryTerms($congressId: ID, $level: CongressLevel, $search: String, $first: Int!) {\n    terms(congressId: $congressId, level: $level, search: $search, first: $first) { id congressId number name startDate endDate version congress { id name } }\n  }\n"): (typeof documents)["\n  query RegistryTerms($congressId: ID, $level: CongressLevel, $search: String, $first: Int!) {\n    terms(congressId: $congressId, level: $level, search: $search, first: $first) { id congressId number name startDate endDate version congress { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrySessions($termId: ID!) { sessions(termId: $termId) { id termId number name startDate endDate version } }\n"): (typeof documents)["\n  query RegistrySessions($termId: ID!) { sessions(termId: $termId) { id termId number name startDate endDate version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryElectoralDistricts($congressId: ID!) { electoralDistricts(congressId: $congressId) { id congressId kind name divisionId version } }\n"): (typeof documents)["\n  query RegistryElectoralDistricts($congressId: ID!) { electoralDistricts(congressId: $congressId) { id congressId kind name divisionId version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CongressSettings {\n    groupRules { level minSize maxSize maxViceLeaders }\n  }\n"): (typeof documents)["\n  query CongressSettings {\n    groupRules { level minSize maxSize maxViceLeaders }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCongress($input: CongressInput!) { createCongress(input: $input) { id } }"): (typeof documents)["mutation CreateCongress($input: CongressInput!) { createCongress(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCongress($id: ID!, $version: Int!, $input: CongressInput!) { updateCongress(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateCongress($id: ID!, $version: Int!, $input: CongressInput!) { updateCongress(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteCongress($id: ID!, $version: Int!) { deleteCongress(id: $id, version: $version) }"): (typeof documents)["mutation DeleteCongress($id: ID!, $version: Int!) { deleteCongress(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTerm($input: TermInput!) { createTerm(input: $input) { id } }"): (typeof documents)["mutation CreateTerm($input: TermInput!) { createTerm(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTerm($id: ID!, $version: Int!, $input: TermInput!) { updateTerm(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateTerm($id: ID!, $version: Int!, $input: TermInput!) { updateTerm(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteTerm($id: ID!, $version: Int!) { deleteTerm(id: $id, version: $version) }"): (typeof documents)["mutation DeleteTerm($id: ID!, $version: Int!) { deleteTerm(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateSession($input: SessionInput!) { createSession(input: $input) { id } }"): (typeof documents)["mutation CreateSession($input: SessionInput!) { createSession(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSession($id: ID!, $version: Int!, $input: SessionInput!) { updateSession(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateSession($id: ID!, $version: Int!, $input: SessionInput!) { updateSession(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteSession($id: ID!, $version: Int!) { deleteSession(id: $id, version: $version) }"): (typeof documents)["mutation DeleteSession($id: ID!, $version: Int!) { deleteSession(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateElectoralDistrict($input: ElectoralDistrictInput!) { createElectoralDistrict(input: $input) { id } }"): (typeof documents)["mutation CreateElectoralDistrict($input: ElectoralDistrictInput!) { createElectoralDistrict(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateElectoralDistrict($id: ID!, $version: Int!, $input: ElectoralDistrictInput!) { updateElectoralDistrict(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateElectoralDistrict($id: ID!, $version: Int!, $input: ElectoralDistrictInput!) { updateElectoralDistrict(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteElectoralDistrict($id: ID!, $version: Int!) { deleteElectoralDistrict(id: $id, version: $version) }"): (typeof documents)["mutation DeleteElectoralDistrict($id: ID!, $version: Int!) { deleteElectoralDistrict(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetGroupRules($input: GroupRulesInput!) { setGroupRules(input: $input) { level minSize maxSize maxViceLeaders } }"): (typeof documents)["mutation SetGroupRules($input: GroupRulesInput!) { setGroupRules(input: $input) { level minSize maxSize maxViceLeaders } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Divisions { divisions { id parentId kind name code version } }"): (typeof documents)["query Divisions { divisions { id parentId kind name code version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDivision($input: DivisionInput!) { createDivision(input: $input) { id } }"): (typeof documents)["mutation CreateDivision($input: DivisionInput!) { createDivision(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDivision($id: ID!, $version: Int!, $input: DivisionInput!) { updateDivision(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateDivision($id: ID!, $version: Int!, $input: DivisionInput!) { updateDivision(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteDivision($id: ID!, $version: Int!) { deleteDivision(id: $id, version: $version) }"): (typeof documents)["mutation DeleteDivision($id: ID!, $version: Int!) { deleteDivision(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionList($first: Int, $after: String, $filter: SuggestionFilter, $sort: SuggestionSort) {\n    suggestions(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id registrationNumber title kind field status keySupervision replyDueDate overdue submittedAt inSession\n        session { id name } leadDeputy { id name } leadUnit { id name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestionList($first: Int, $after: String, $filter: SuggestionFilter, $sort: SuggestionSort) {\n    suggestions(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id registrationNumber title kind field status keySupervision replyDueDate overdue submittedAt inSession\n        session { id name } leadDeputy { id name } leadUnit { id name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionDetail($id: ID!) {\n    suggestion(id: $id) {\n      id version registrationNumber title content kind submittedAsMotion motionConversionReason field status keySupervision\n      submittedAt registeredAt assignedOn replyDueDate currentRound overdue inSession sourceKind sourceId leadDeputyId leadOrganizationId\n      findings { id title status }\n      term { id name } session { id name } leadDeputy { id name } coSigners { id name } leadUnit { id name }\n      assignments {\n        id version role status assignedOn dueDate returnDeadline viewsDueDate returnReason returnDecisionNote extensionStatus extensionReason canRequestReturn\n        organization { id name }\n      }\n      meetings { id stage meetingDate participants notes organization { id name } }\n      coUnitViews { id content createdAt organization { id name } }\n      replies {\n        id round category content repliedOn dueDate onTime organization { id name }\n        commitments { id content dueDate fulfilledOn }\n        attachments { id filename url }\n        feedback { id verdict comment onBehalf givenAt }\n      }\n      progress { id content entryDate solved commitmentId }\n      timeline { id action fromStatus toStatus round actorName note at organization { id name } }\n      possibleDuplicates { id title registrationNumber similarity sessionName leadDeputyName }\n    }\n  }\n"): (typeof documents)["\n  query SuggestionDetail($id: ID!) {\n    suggestion(id: $id) {\n      id version registrationNumber title content kind submittedAsMotion motionConversionReason field status keySupervision\n      submittedAt registeredAt assignedOn replyDueDate currentRound overdue inSession sourceKind sourceId leadDeputyId leadOrganizationId\n      findings { id title status }\n      term { id name } session { id name } leadDeputy { id name } coSigners { id name } leadUnit { id name }\n      assignments {\n        id version role status assignedOn dueDate returnDeadline viewsDueDate returnReason returnDecisionNote extensionStatus extensionReason canRequestReturn\n        organization { id name }\n      }\n      meetings { id stage meetingDate participants notes organization { id name } }\n      coUnitViews { id content createdAt organization { id name } }\n      replies {\n        id round category content repliedOn dueDate onTime organization { id name }\n        commitments { id content dueDate fulfilledOn }\n        attachments { id filename url }\n        feedback { id verdict comment onBehalf givenAt }\n      }\n      progress { id content entryDate solved commitmentId }\n      timeline { id action fromStatus toStatus round actorName note at organization { id name } }\n      possibleDuplicates { id title registrationNumber similarity sessionName leadDeputyName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSuggestion($input: CreateSuggestionInput!) { createSuggestion(input: $input) { id status } }\n"): (typeof documents)["\n  mutation CreateSuggestion($input: CreateSuggestionInput!) { createSuggestion(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionDraftFromFindings($ids: [ID!]!) {\n    suggestionDraftFromFindings(findingIds: $ids) {\n      title content termId sessionId\n      leadDeputy { id name workUnit }\n      coSigners { id name workUnit }\n      findings { id title }\n    }\n  }\n"): (typeof documents)["\n  query SuggestionDraftFromFindings($ids: [ID!]!) {\n    suggestionDraftFromFindings(findingIds: $ids) {\n      title content termId sessionId\n      leadDeputy { id name workUnit }\n      coSigners { id name workUnit }\n      findings { id title }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarSuggestions($title: String!, $content: String, $sessionId: ID, $termId: ID) {\n    similarSuggestions(title: $title, content: $content, sessionId: $sessionId, termId: $termId) { id title registrationNumber similarity sessionName leadDeputyName status }\n  }\n"): (typeof documents)["\n  query SimilarSuggestions($title: String!, $content: String, $sessionId: ID, $termId: ID) {\n    similarSuggestions(title: $title, content: $content, sessionId: $sessionId, termId: $termId) { id title registrationNumber similarity sessionName leadDeputyName status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionDeputyOptions($termId: ID!, $search: String) { suggestionDeputyOptions(termId: $termId, search: $search) { id name workUnit } }\n"): (typeof documents)["\n  query SuggestionDeputyOptions($termId: ID!, $search: String) { suggestionDeputyOptions(termId: $termId, search: $search) { id name workUnit } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionHandlingUnits { organizations(first: 100, filter: { handlesSuggestions: true }) { nodes { id name } } }\n"): (typeof documents)["\n  query SuggestionHandlingUnits { organizations(first: 100, filter: { handlesSuggestions: true }) { nodes { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitSuggestion($id: ID!, $version: Int!) { submitSuggestion(id: $id, version: $version) { id status version } }"): (typeof documents)["mutation SubmitSuggestion($id: ID!, $version: Int!) { submitSuggestion(id: $id, version: $version) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterSuggestion($id: ID!, $version: Int!, $keySupervision: Boolean) { registerSuggestion(id: $id, version: $version, keySupervision: $keySupervision) { id status version } }"): (typeof documents)["mutation RegisterSuggestion($id: ID!, $version: Int!, $keySupervision: Boolean) { registerSuggestion(id: $id, version: $version, keySupervision: $keySupervision) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignSuggestion($id: ID!, $input: AssignSuggestionInput!) { assignSuggestion(id: $id, input: $input) { id status version } }"): (typeof documents)["mutation AssignSuggestion($id: ID!, $input: AssignSuggestionInput!) { assignSuggestion(id: $id, input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReassignSuggestion($id: ID!, $input: AssignSuggestionInput!) { reassignSuggestion(id: $id, input: $input) { id status version } }"): (typeof documents)["mutation ReassignSuggestion($id: ID!, $input: AssignSuggestionInput!) { reassignSuggestion(id: $id, input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartHandlingSuggestion($id: ID!, $version: Int!) { startHandlingSuggestion(id: $id, version: $version) { id status version } }"): (typeof documents)["mutation StartHandlingSuggestion($id: ID!, $version: Int!) { startHandlingSuggestion(id: $id, version: $version) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplySuggestion($id: ID!, $input: ReplyInput!) { replySuggestion(id: $id, input: $input) { id status version } }"): (typeof documents)["mutation ReplySuggestion($id: ID!, $input: ReplyInput!) { replySuggestion(id: $id, input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GiveSuggestionFeedback($id: ID!, $input: FeedbackInput!) { giveSuggestionFeedback(id: $id, input: $input) { id status version } }"): (typeof documents)["mutation GiveSuggestionFeedback($id: ID!, $input: FeedbackInput!) { giveSuggestionFeedback(id: $id, input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowUpSuggestion($id: ID!, $version: Int!, $note: String) { followUpSuggestion(id: $id, version: $version, note: $note) { id status version } }"): (typeof documents)["mutation FollowUpSuggestion($id: ID!, $version: Int!, $note: String) { followUpSuggestion(id: $id, version: $version, note: $note) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseSuggestion($id: ID!, $version: Int!, $note: String) { closeSuggestion(id: $id, version: $version, note: $note) { id status version } }"): (typeof documents)["mutation CloseSuggestion($id: ID!, $version: Int!, $note: String) { closeSuggestion(id: $id, version: $version, note: $note) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetSuggestionKeySupervision($id: ID!, $version: Int!, $on: Boolean!) { setSuggestionKeySupervision(id: $id, version: $version, keySupervision: $on) { id keySupervision version } }"): (typeof documents)["mutation SetSuggestionKeySupervision($id: ID!, $version: Int!, $on: Boolean!) { setSuggestionKeySupervision(id: $id, version: $version, keySupervision: $on) { id keySupervision version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSuggestionMeeting($id: ID!, $input: MeetingInput!) { recordSuggestionMeeting(suggestionId: $id, input: $input) { id } }"): (typeof documents)["mutation RecordSuggestionMeeting($id: ID!, $input: MeetingInput!) { recordSuggestionMeeting(suggestionId: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendCoUnitView($assignmentId: ID!, $content: String!) { sendCoUnitView(assignmentId: $assignmentId, content: $content) { id } }"): (typeof documents)["mutation SendCoUnitView($assignmentId: ID!, $content: String!) { sendCoUnitView(assignmentId: $assignmentId, content: $content) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddSuggestionProgress($id: ID!, $input: ProgressInput!) { addSuggestionProgress(suggestionId: $id, input: $input) { id } }"): (typeof documents)["mutation AddSuggestionProgress($id: ID!, $input: ProgressInput!) { addSuggestionProgress(suggestionId: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestAssignmentReturn($id: ID!, $input: AssignmentRequestInput!) { requestAssignmentReturn(assignmentId: $id, input: $input) { id status version } }"): (typeof documents)["mutation RequestAssignmentReturn($id: ID!, $input: AssignmentRequestInput!) { requestAssignmentReturn(assignmentId: $id, input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideAssignmentReturn($id: ID!, $input: DecideReturnInput!) { decideAssignmentReturn(assignmentId: $id, input: $input) { id status version } }"): (typeof documents)["mutation DecideAssignmentReturn($id: ID!, $input: DecideReturnInput!) { decideAssignmentReturn(assignmentId: $id, input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestAssignmentExtension($id: ID!, $input: AssignmentRequestInput!) { requestAssignmentExtension(assignmentId: $id, input: $input) { id extensionStatus version } }"): (typeof documents)["mutation RequestAssignmentExtension($id: ID!, $input: AssignmentRequestInput!) { requestAssignmentExtension(assignmentId: $id, input: $input) { id extensionStatus version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideAssignmentExtension($id: ID!, $input: DecideExtensionInput!) { decideAssignmentExtension(assignmentId: $id, input: $input) { id extensionStatus dueDate version } }"): (typeof documents)["mutation DecideAssignmentExtension($id: ID!, $input: DecideExtensionInput!) { decideAssignmentExtension(assignmentId: $id, input: $input) { id extensionStatus dueDate version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionInbox($first: Int, $after: String, $filter: AssignmentFilter) {\n    suggestionAssignments(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes {\n        id role status assignedOn dueDate returnDeadline viewsDueDate extensionStatus canRequestReturn organization { id name }\n        suggestion { id registrationNumber title status replyDueDate overdue leadDeputy { id name } }\n      }\n    }\n    commitmentsDue { id content dueDate overdue organization { id name } suggestion { id title registrationNumber } }\n  }\n"): (typeof documents)["\n  query SuggestionInbox($first: Int, $after: String, $filter: AssignmentFilter) {\n    suggestionAssignments(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes {\n        id role status assignedOn dueDate returnDeadline viewsDueDate extensionStatus canRequestReturn organization { id name }\n        suggestion { id registrationNumber title status replyDueDate overdue leadDeputy { id name } }\n      }\n    }\n    commitmentsDue { id content dueDate overdue organization { id name } suggestion { id title registrationNumber } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionStats($groupBy: [SuggestionDimension!]!, $filter: SuggestionStatsFilter) {\n    suggestionStats(groupBy: $groupBy, filter: $filter) {\n      dimensions { dimension key label }\n      measures { measure value numerator denominator }\n    }\n  }\n"): (typeof documents)["\n  query SuggestionStats($groupBy: [SuggestionDimension!]!, $filter: SuggestionStatsFilter) {\n    suggestionStats(groupBy: $groupBy, filter: $filter) {\n      dimensions { dimension key label }\n      measures { measure value numerator denominator }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportSuggestionRegister($filter: SuggestionFilter) { exportSuggestionRegister(filter: $filter) { filename contentType base64 } }"): (typeof documents)["query ExportSuggestionRegister($filter: SuggestionFilter) { exportSuggestionRegister(filter: $filter) { filename contentType base64 } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportSuggestionUnitResults($filter: SuggestionStatsFilter) { exportSuggestionUnitResults(filter: $filter) { filename contentType base64 } }"): (typeof documents)["query ExportSuggestionUnitResults($filter: SuggestionStatsFilter) { exportSuggestionUnitResults(filter: $filter) { filename contentType base64 } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionRulesAndHolidays($year: Int!) {\n    suggestionRules { replyMonths extendedReplyMonths returnWorkingDays coUnitViewMonths rehandleMonths commitmentDueSoonDays similarityThreshold motionMinSigners { level signers } }\n    holidays(year: $year) { id date name kind version }\n  }\n"): (typeof documents)["\n  query SuggestionRulesAndHolidays($year: Int!) {\n    suggestionRules { replyMonths extendedReplyMonths returnWorkingDays coUnitViewMonths rehandleMonths commitmentDueSoonDays similarityThreshold motionMinSigners { level signers } }\n    holidays(year: $year) { id date name kind version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSuggestionRules($input: SuggestionRulesInput!) { updateSuggestionRules(input: $input) { replyMonths } }"): (typeof documents)["mutation UpdateSuggestionRules($input: SuggestionRulesInput!) { updateSuggestionRules(input: $input) { replyMonths } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddHoliday($input: HolidayInput!) { addHoliday(input: $input) { id } }"): (typeof documents)["mutation AddHoliday($input: HolidayInput!) { addHoliday(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveHoliday($id: ID!, $version: Int!) { removeHoliday(id: $id, version: $version) }"): (typeof documents)["mutation RemoveHoliday($id: ID!, $version: Int!) { removeHoliday(id: $id, version: $version) }"];
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