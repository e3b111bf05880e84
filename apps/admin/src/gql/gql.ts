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
    "\n  query SuggestionList($first: Int, $after: String, $filter: SuggestionFilter, $sort: SuggestionSort) {\n    suggestions(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id registrationNumber title kind field status keySupervision replyDueDate overdue submittedAt inSession\n        session { id name } leadDeputy { id name } leadUnit { id name }\n      }\n    }\n  }\n": typeof types.SuggestionListDocument,
    "\n  query SuggestionDetail($id: ID!) {\n    suggestion(id: $id) {\n      id version registrationNumber title content kind submittedAsMotion motionConversionReason field status keySupervision\n      submittedAt registeredAt assignedOn replyDueDate currentRound overdue inSession sourceKind sourceId leadDeputyId leadOrganizationId\n      term { id name } session { id name } leadDeputy { id name } coSigners { id name } leadUnit { id name }\n      assignments {\n        id version role status assignedOn dueDate returnDeadline viewsDueDate returnReason returnDecisionNote extensionStatus extensionReason canRequestReturn\n        organization { id name }\n      }\n      meetings { id stage meetingDate participants notes organization { id name } }\n      coUnitViews { id content createdAt organization { id name } }\n      replies {\n        id round category content repliedOn dueDate onTime organization { id name }\n        commitments { id content dueDate fulfilledOn }\n        attachments { id filename url }\n        feedback { id verdict comment onBehalf givenAt }\n      }\n      progress { id content entryDate solved commitmentId }\n      timeline { id action fromStatus toStatus round actorName note at organization { id name } }\n      possibleDuplicates { id title registrationNumber similarity sessionName leadDeputyName }\n    }\n  }\n": typeof types.SuggestionDetailDocument,
    "\n  mutation CreateSuggestion($input: CreateSuggestionInput!) { createSuggestion(input: $input) { id status } }\n": typeof types.CreateSuggestionDocument,
    "\n  query SimilarSuggestions($title: String!, $content: String, $sessionId: ID, $termId: ID) {\n    similarSuggestions(title: $title, content: $content, sessionId: $sessionId, termId: $termId) { id title registrationNumber similarity sessionName leadDeputyName status }\n  }\n": typeof types.SimilarSuggestionsDocument,
    "\n  query SuggestionDeputyOptions($termId: ID!, $search: String) { suggestionDeputyOptions(termId: $termId, search: $search) { id name workUnit } }\n": typeof types.SuggestionDeputyOptionsDocument,
    "\n  query SuggestionSessionsAndTerms { terms { id name congress { id name level } } sessions { id name termId startDate } }\n": typeof types.SuggestionSessionsAndTermsDocument,
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
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query SuggestionList($first: Int, $after: String, $filter: SuggestionFilter, $sort: SuggestionSort) {\n    suggestions(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id registrationNumber title kind field status keySupervision replyDueDate overdue submittedAt inSession\n        session { id name } leadDeputy { id name } leadUnit { id name }\n      }\n    }\n  }\n": types.SuggestionListDocument,
    "\n  query SuggestionDetail($id: ID!) {\n    suggestion(id: $id) {\n      id version registrationNumber title content kind submittedAsMotion motionConversionReason field status keySupervision\n      submittedAt registeredAt assignedOn replyDueDate currentRound overdue inSession sourceKind sourceId leadDeputyId leadOrganizationId\n      term { id name } session { id name } leadDeputy { id name } coSigners { id name } leadUnit { id name }\n      assignments {\n        id version role status assignedOn dueDate returnDeadline viewsDueDate returnReason returnDecisionNote extensionStatus extensionReason canRequestReturn\n        organization { id name }\n      }\n      meetings { id stage meetingDate participants notes organization { id name } }\n      coUnitViews { id content createdAt organization { id name } }\n      replies {\n        id round category content repliedOn dueDate onTime organization { id name }\n        commitments { id content dueDate fulfilledOn }\n        attachments { id filename url }\n        feedback { id verdict comment onBehalf givenAt }\n      }\n      progress { id content entryDate solved commitmentId }\n      timeline { id action fromStatus toStatus round actorName note at organization { id name } }\n      possibleDuplicates { id title registrationNumber similarity sessionName leadDeputyName }\n    }\n  }\n": types.SuggestionDetailDocument,
    "\n  mutation CreateSuggestion($input: CreateSuggestionInput!) { createSuggestion(input: $input) { id status } }\n": types.CreateSuggestionDocument,
    "\n  query SimilarSuggestions($title: String!, $content: String, $sessionId: ID, $termId: ID) {\n    similarSuggestions(title: $title, content: $content, sessionId: $sessionId, termId: $termId) { id title registrationNumber similarity sessionName leadDeputyName status }\n  }\n": types.SimilarSuggestionsDocument,
    "\n  query SuggestionDeputyOptions($termId: ID!, $search: String) { suggestionDeputyOptions(termId: $termId, search: $search) { id name workUnit } }\n": types.SuggestionDeputyOptionsDocument,
    "\n  query SuggestionSessionsAndTerms { terms { id name congress { id name level } } sessions { id name termId startDate } }\n": types.SuggestionSessionsAndTermsDocument,
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
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionList($first: Int, $after: String, $filter: SuggestionFilter, $sort: SuggestionSort) {\n    suggestions(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id registrationNumber title kind field status keySupervision replyDueDate overdue submittedAt inSession\n        session { id name } leadDeputy { id name } leadUnit { id name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestionList($first: Int, $after: String, $filter: SuggestionFilter, $sort: SuggestionSort) {\n    suggestions(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id registrationNumber title kind field status keySupervision replyDueDate overdue submittedAt inSession\n        session { id name } leadDeputy { id name } leadUnit { id name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionDetail($id: ID!) {\n    suggestion(id: $id) {\n      id version registrationNumber title content kind submittedAsMotion motionConversionReason field status keySupervision\n      submittedAt registeredAt assignedOn replyDueDate currentRound overdue inSession sourceKind sourceId leadDeputyId leadOrganizationId\n      term { id name } session { id name } leadDeputy { id name } coSigners { id name } leadUnit { id name }\n      assignments {\n        id version role status assignedOn dueDate returnDeadline viewsDueDate returnReason returnDecisionNote extensionStatus extensionReason canRequestReturn\n        organization { id name }\n      }\n      meetings { id stage meetingDate participants notes organization { id name } }\n      coUnitViews { id content createdAt organization { id name } }\n      replies {\n        id round category content repliedOn dueDate onTime organization { id name }\n        commitments { id content dueDate fulfilledOn }\n        attachments { id filename url }\n        feedback { id verdict comment onBehalf givenAt }\n      }\n      progress { id content entryDate solved commitmentId }\n      timeline { id action fromStatus toStatus round actorName note at organization { id name } }\n      possibleDuplicates { id title registrationNumber similarity sessionName leadDeputyName }\n    }\n  }\n"): (typeof documents)["\n  query SuggestionDetail($id: ID!) {\n    suggestion(id: $id) {\n      id version registrationNumber title content kind submittedAsMotion motionConversionReason field status keySupervision\n      submittedAt registeredAt assignedOn replyDueDate currentRound overdue inSession sourceKind sourceId leadDeputyId leadOrganizationId\n      term { id name } session { id name } leadDeputy { id name } coSigners { id name } leadUnit { id name }\n      assignments {\n        id version role status assignedOn dueDate returnDeadline viewsDueDate returnReason returnDecisionNote extensionStatus extensionReason canRequestReturn\n        organization { id name }\n      }\n      meetings { id stage meetingDate participants notes organization { id name } }\n      coUnitViews { id content createdAt organization { id name } }\n      replies {\n        id round category content repliedOn dueDate onTime organization { id name }\n        commitments { id content dueDate fulfilledOn }\n        attachments { id filename url }\n        feedback { id verdict comment onBehalf givenAt }\n      }\n      progress { id content entryDate solved commitmentId }\n      timeline { id action fromStatus toStatus round actorName note at organization { id name } }\n      possibleDuplicates { id title registrationNumber similarity sessionName leadDeputyName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSuggestion($input: CreateSuggestionInput!) { createSuggestion(input: $input) { id status } }\n"): (typeof documents)["\n  mutation CreateSuggestion($input: CreateSuggestionInput!) { createSuggestion(input: $input) { id status } }\n"];
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
export function graphql(source: "\n  query SuggestionSessionsAndTerms { terms { id name congress { id name level } } sessions { id name termId startDate } }\n"): (typeof documents)["\n  query SuggestionSessionsAndTerms { terms { id name congress { id name level } } sessions { id name termId startDate } }\n"];
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