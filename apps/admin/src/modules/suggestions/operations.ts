import { graphql } from '../../gql';

export const SUGGESTION_LIST = graphql(`
  query SuggestionList($first: Int, $after: String, $filter: SuggestionFilter, $sort: SuggestionSort) {
    suggestions(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      nodes {
        id registrationNumber title kind field status keySupervision replyDueDate overdue submittedAt inSession
        session { id name } leadDeputy { id name } leadUnit { id name }
      }
    }
  }
`);

export const SUGGESTION_DETAIL = graphql(`
  query SuggestionDetail($id: ID!) {
    suggestion(id: $id) {
      id version registrationNumber title content kind submittedAsMotion motionConversionReason field status keySupervision
      submittedAt registeredAt assignedOn replyDueDate currentRound overdue inSession sourceKind sourceId leadDeputyId leadOrganizationId
      findings { id title status }
      term { id name } session { id name } leadDeputy { id name } coSigners { id name } leadUnit { id name }
      assignments {
        id version role status assignedOn dueDate returnDeadline viewsDueDate returnReason returnDecisionNote extensionStatus extensionReason canRequestReturn
        organization { id name }
      }
      meetings { id stage meetingDate participants notes organization { id name } }
      coUnitViews { id content createdAt organization { id name } }
      replies {
        id round category content repliedOn dueDate onTime organization { id name }
        commitments { id content dueDate fulfilledOn }
        attachments { id filename url }
        feedback { id verdict comment onBehalf givenAt }
      }
      progress { id content entryDate solved commitmentId }
      timeline { id action fromStatus toStatus round actorName note at organization { id name } }
      possibleDuplicates { id title registrationNumber similarity sessionName leadDeputyName }
    }
  }
`);

export const CREATE_SUGGESTION = graphql(`
  mutation CreateSuggestion($input: CreateSuggestionInput!) { createSuggestion(input: $input) { id status } }
`);

export const DRAFT_FROM_FINDINGS = graphql(`
  query SuggestionDraftFromFindings($ids: [ID!]!) {
    suggestionDraftFromFindings(findingIds: $ids) {
      title content termId sessionId
      leadDeputy { id name workUnit }
      coSigners { id name workUnit }
      findings { id title }
    }
  }
`);

export const SIMILAR = graphql(`
  query SimilarSuggestions($title: String!, $content: String, $sessionId: ID, $termId: ID) {
    similarSuggestions(title: $title, content: $content, sessionId: $sessionId, termId: $termId) { id title registrationNumber similarity sessionName leadDeputyName status }
  }
`);

export const DEPUTY_OPTIONS = graphql(`
  query SuggestionDeputyOptions($termId: ID!, $search: String) { suggestionDeputyOptions(termId: $termId, search: $search) { id name workUnit } }
`);

export const HANDLING_UNITS = graphql(`
  query SuggestionHandlingUnits { organizations(first: 100, filter: { handlesSuggestions: true }) { nodes { id name } } }
`);

export const SUBMIT = graphql(`mutation SubmitSuggestion($id: ID!, $version: Int!) { submitSuggestion(id: $id, version: $version) { id status version } }`);
export const REGISTER = graphql(`mutation RegisterSuggestion($id: ID!, $version: Int!, $keySupervision: Boolean) { registerSuggestion(id: $id, version: $version, keySupervision: $keySupervision) { id status version } }`);
export const ASSIGN = graphql(`mutation AssignSuggestion($id: ID!, $input: AssignSuggestionInput!) { assignSuggestion(id: $id, input: $input) { id status version } }`);
export const REASSIGN = graphql(`mutation ReassignSuggestion($id: ID!, $input: AssignSuggestionInput!) { reassignSuggestion(id: $id, input: $input) { id status version } }`);
export const START = graphql(`mutation StartHandlingSuggestion($id: ID!, $version: Int!) { startHandlingSuggestion(id: $id, version: $version) { id status version } }`);
export const REPLY = graphql(`mutation ReplySuggestion($id: ID!, $input: ReplyInput!) { replySuggestion(id: $id, input: $input) { id status version } }`);
export const FEEDBACK = graphql(`mutation GiveSuggestionFeedback($id: ID!, $input: FeedbackInput!) { giveSuggestionFeedback(id: $id, input: $input) { id status version } }`);
export const FOLLOW_UP = graphql(`mutation FollowUpSuggestion($id: ID!, $version: Int!, $note: String) { followUpSuggestion(id: $id, version: $version, note: $note) { id status version } }`);
export const CLOSE = graphql(`mutation CloseSuggestion($id: ID!, $version: Int!, $note: String) { closeSuggestion(id: $id, version: $version, note: $note) { id status version } }`);
export const KEY_SUPERVISION = graphql(`mutation SetSuggestionKeySupervision($id: ID!, $version: Int!, $on: Boolean!) { setSuggestionKeySupervision(id: $id, version: $version, keySupervision: $on) { id keySupervision version } }`);
export const MEETING = graphql(`mutation RecordSuggestionMeeting($id: ID!, $input: MeetingInput!) { recordSuggestionMeeting(suggestionId: $id, input: $input) { id } }`);
export const CO_VIEW = graphql(`mutation SendCoUnitView($assignmentId: ID!, $content: String!) { sendCoUnitView(assignmentId: $assignmentId, content: $content) { id } }`);
export const PROGRESS = graphql(`mutation AddSuggestionProgress($id: ID!, $input: ProgressInput!) { addSuggestionProgress(suggestionId: $id, input: $input) { id } }`);
export const REQUEST_RETURN = graphql(`mutation RequestAssignmentReturn($id: ID!, $input: AssignmentRequestInput!) { requestAssignmentReturn(assignmentId: $id, input: $input) { id status version } }`);
export const DECIDE_RETURN = graphql(`mutation DecideAssignmentReturn($id: ID!, $input: DecideReturnInput!) { decideAssignmentReturn(assignmentId: $id, input: $input) { id status version } }`);
export const REQUEST_EXTENSION = graphql(`mutation RequestAssignmentExtension($id: ID!, $input: AssignmentRequestInput!) { requestAssignmentExtension(assignmentId: $id, input: $input) { id extensionStatus version } }`);
export const DECIDE_EXTENSION = graphql(`mutation DecideAssignmentExtension($id: ID!, $input: DecideExtensionInput!) { decideAssignmentExtension(assignmentId: $id, input: $input) { id extensionStatus dueDate version } }`);

export const INBOX = graphql(`
  query SuggestionInbox($first: Int, $after: String, $filter: AssignmentFilter) {
    suggestionAssignments(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes {
        id role status assignedOn dueDate returnDeadline viewsDueDate extensionStatus canRequestReturn organization { id name }
        suggestion { id registrationNumber title status replyDueDate overdue leadDeputy { id name } }
      }
    }
    commitmentsDue { id content dueDate overdue organization { id name } suggestion { id title registrationNumber } }
  }
`);

export const STATS = graphql(`
  query SuggestionStats($groupBy: [SuggestionDimension!]!, $filter: SuggestionStatsFilter) {
    suggestionStats(groupBy: $groupBy, filter: $filter) {
      dimensions { dimension key label }
      measures { measure value numerator denominator }
    }
  }
`);

export const EXPORT_REGISTER = graphql(`query ExportSuggestionRegister($filter: SuggestionFilter) { exportSuggestionRegister(filter: $filter) { filename contentType base64 } }`);
export const EXPORT_UNIT_RESULTS = graphql(`query ExportSuggestionUnitResults($filter: SuggestionStatsFilter) { exportSuggestionUnitResults(filter: $filter) { filename contentType base64 } }`);

export const RULES = graphql(`
  query SuggestionRulesAndHolidays($year: Int!) {
    suggestionRules { replyMonths extendedReplyMonths returnWorkingDays coUnitViewMonths rehandleMonths commitmentDueSoonDays similarityThreshold motionMinSigners { level signers } }
    holidays(year: $year) { id date name kind version }
  }
`);
export const UPDATE_RULES = graphql(`mutation UpdateSuggestionRules($input: SuggestionRulesInput!) { updateSuggestionRules(input: $input) { replyMonths } }`);
export const ADD_HOLIDAY = graphql(`mutation AddHoliday($input: HolidayInput!) { addHoliday(input: $input) { id } }`);
export const REMOVE_HOLIDAY = graphql(`mutation RemoveHoliday($id: ID!, $version: Int!) { removeHoliday(id: $id, version: $version) }`);
