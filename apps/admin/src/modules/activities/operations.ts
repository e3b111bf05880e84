import { graphql } from '../../gql';

/** The activities module's operations, typed by graphql-codegen from the committed schema. */

export const REFERENCE = graphql(`
  query ActivityReference {
    organizations(first: 100) { nodes { id name kind } }
  }
`);

export const ANNUAL_PLANS = graphql(`
  query AnnualPlans($filter: AnnualPlanFilter) {
    annualPlans(filter: $filter, first: 50) { nodes { id year title congress { id name level } } }
  }
`);

export const ANNUAL_PLAN = graphql(`
  query AnnualPlan($id: ID!, $asOf: String) {
    annualPlan(id: $id) {
      id year title version congress { id name }
      items { id title type scope month version organizerGroupId organizerGroup { id name } description progress activities { id title status startDate } }
      execution(asOf: $asOf) {
        asOf planned held inProgress overdue unplanned
        byMonth { month planned held overdue }
        byOrganizer { organizerGroupId organizerName planned held overdue }
        overdueItems { id title month }
      }
    }
  }
`);

export const CREATE_PLAN = graphql(`
  mutation CreateAnnualPlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { id } }
`);

export const ADD_PLAN_ITEM = graphql(`
  mutation AddPlanItem($planId: ID!, $input: PlanItemInput!) { addPlanItem(planId: $planId, input: $input) { id } }
`);

export const UPDATE_PLAN_ITEM = graphql(`
  mutation UpdatePlanItem($id: ID!, $input: UpdatePlanItemInput!) {
    updatePlanItem(id: $id, input: $input) { id title type scope month version organizerGroupId organizerGroup { id name } description }
  }
`);

export const REMOVE_PLAN_ITEM = graphql(`
  mutation RemovePlanItem($id: ID!) { removePlanItem(id: $id) }
`);

export const ACTIVITIES = graphql(`
  query Activities($first: Int, $after: String, $filter: ActivityFilter, $sort: ActivitySort) {
    activities(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      nodes {
        id title type scope status startDate endDate place
        congress { id name level }
        organizerGroup { id name }
        attendance { invited attended onLeave absent }
      }
    }
  }
`);

export const CREATE_ACTIVITY = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) { createActivity(input: $input) { id } }
`);

export const ACTIVITY = graphql(`
  query ActivityDetail($id: ID!) {
    activity(id: $id) {
      id title type scope status startDate endDate place description version notifiedAt cancelReason allowedActions
      congress { id name level }
      organizerGroup { id name }
      planItem { id title month }
      implementationPlan { id aims itinerary preparation leaders attachments { id filename url size } }
      attendance { invited confirmed attended onLeave absent pending rate }
      participants { id deputyId status invitedVia leaveReason respondedAt signedInAt deputy { id name } }
      stops { id sequence visitDate note organization { id name } }
      report { id title content attachments { id filename url size contentType } }
      training { id mode hours materials quizTitle }
    }
  }
`);

export const ACTIVITY_NOTICES = graphql(`
  query ActivityNotices($id: ID!) {
    activity(id: $id) {
      id
      notices { id title body sentAt recipientCount readCount }
      implementationPlan { id noticeReceipts { id readAt deputy { id name } } }
    }
  }
`);

export const ACTIVITY_FINDINGS = graphql(`
  query ActivityFindings($id: ID!) {
    activity(id: $id) {
      id
      findings {
        id title status deadline overdue suggestionId version responsibleOrganization { id name } stop { id sequence organization { name } } raisedByDeputy { id name }
        suggestion { id title registrationNumber }
      }
    }
  }
`);

export const CHANGE_ACTIVITY_STATUS = graphql(`
  mutation ChangeActivityStatus($id: ID!, $input: ActivityTransitionInput!) { changeActivityStatus(id: $id, input: $input) { id status version allowedActions } }
`);

export const SEND_ACTIVITY_NOTICE = graphql(`
  mutation SendActivityNotice($activityId: ID!, $input: ActivityNoticeInput!) { sendActivityNotice(activityId: $activityId, input: $input) { id status version allowedActions } }
`);

export const SAVE_PLAN = graphql(`
  mutation SaveImplementationPlan($activityId: ID!, $input: ImplementationPlanInput!, $attachmentIds: [ID!]) {
    saveImplementationPlan(activityId: $activityId, input: $input, attachmentIds: $attachmentIds) { id }
  }
`);

export const INVITE = graphql(`
  mutation InviteParticipants($activityId: ID!, $input: InviteInput!) { inviteParticipants(activityId: $activityId, input: $input) }
`);

export const RECORD_ATTENDANCE = graphql(`
  mutation RecordAttendance($activityId: ID!, $entries: [AttendanceInput!]!) { recordAttendance(activityId: $activityId, entries: $entries) { id status } }
`);

export const SIGN_IN = graphql(`
  mutation SignInToActivity($activityId: ID!, $deputyIds: [ID!]) { signInToActivity(activityId: $activityId, deputyIds: $deputyIds) { id status signedInAt } }
`);

export const ANSWER = graphql(`
  mutation AnswerInvitation($activityId: ID!, $input: InvitationAnswerInput!) { answerInvitation(activityId: $activityId, input: $input) { id status leaveReason } }
`);

export const SAVE_STOPS = graphql(`
  mutation SaveActivityStops($activityId: ID!, $stops: [StopInput!]!) { saveActivityStops(activityId: $activityId, stops: $stops) { id } }
`);

export const SAVE_REPORT = graphql(`
  mutation SaveActivityReport($activityId: ID!, $input: ActivityReportInput!) { saveActivityReport(activityId: $activityId, input: $input) { id } }
`);

export const CREATE_FINDING = graphql(`
  mutation CreateFinding($activityId: ID!, $input: CreateFindingInput!) { createFinding(activityId: $activityId, input: $input) { id } }
`);

export const FINDINGS = graphql(`
  query Findings($first: Int, $after: String, $filter: FindingFilter, $sort: FindingSort) {
    findings(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      nodes {
        id title status deadline overdue activityTitle version suggestionId activity { id organizerGroup { id } } responsibleOrganization { id name }
        suggestion { id title registrationNumber }
      }
    }
    findingBoard { status count overdue }
  }
`);

export const FINDING = graphql(`
  query FindingDetail($id: ID!) {
    finding(id: $id) {
      id title description status deadline overdue closeReason resolvedAt suggestionId version allowedActions activityTitle
      activity { id title organizerGroup { id } }
      stop { id sequence organization { name } }
      responsibleOrganization { id name }
      raisedByDeputy { id name }
      suggestion { id title registrationNumber }
      updates { id kind fromStatus toStatus note createdAt authorName authorOrganization { id name } attachments { id filename url } }
    }
  }
`);

export const UPDATE_FINDING = graphql(`
  mutation UpdateFinding($id: ID!, $input: UpdateFindingInput!) {
    updateFinding(id: $id, input: $input) { id deadline overdue version responsibleOrganization { id name } }
  }
`);

export const CHANGE_FINDING_STATUS = graphql(`
  mutation ChangeFindingStatus($id: ID!, $input: FindingTransitionInput!) { changeFindingStatus(id: $id, input: $input) { id status version } }
`);

export const REPORT_ON_FINDING = graphql(`
  mutation ReportOnFinding($id: ID!, $input: FindingReportInput!) { reportOnFinding(id: $id, input: $input) { id } }
`);

export const VERIFY_FINDING = graphql(`
  mutation VerifyFinding($id: ID!, $input: FindingVerificationInput!) { verifyFinding(id: $id, input: $input) { id status version } }
`);

export const TRAININGS = graphql(`
  query Trainings($first: Int, $after: String, $filter: TrainingFilter) {
    trainings(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes { id mode hours materials quizTitle quizMaxScore averageScore activity { id title startDate endDate status organizerGroup { id } attendance { invited attended onLeave absent } } }
    }
  }
`);

export const CREATE_TRAINING = graphql(`
  mutation CreateTraining($input: CreateTrainingInput!) { createTraining(input: $input) { id activity { id } } }
`);

/** Who may get a score: the training's participants, with the scores recorded so far. */
export const TRAINING_SCORES = graphql(`
  query TrainingScores($activityId: ID!) {
    activity(id: $activityId) {
      id title
      participants { id deputyId status deputy { id name } }
      training { id quizTitle quizMaxScore averageScore quizResults { id deputyId score } }
    }
  }
`);

export const RECORD_QUIZ_RESULTS = graphql(`
  mutation RecordQuizResults($trainingId: ID!, $scores: [QuizScoreInput!]!) {
    recordQuizResults(trainingId: $trainingId, scores: $scores) { id deputyId score }
  }
`);

export const MEETINGS = graphql(`
  query CommitteeMeetings($first: Int, $after: String) {
    committeeMeetings(first: $first, after: $after) {
      totalCount
      nodes { id number title meetingDate place agenda attendance { invited attended onLeave } attendances { id status leaveReason deputy { id name } } }
    }
  }
`);

export const SET_MEETING_ATTENDANCE = graphql(`
  mutation SetMeetingAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) { setMeetingAttendance(meetingId: $meetingId, entries: $entries) { id status leaveReason } }
`);

export const CREATE_MEETING = graphql(`
  mutation CreateCommitteeMeeting($input: CreateCommitteeMeetingInput!) { createCommitteeMeeting(input: $input) { id } }
`);

export const NOTICES = graphql(`
  query Notices($first: Int, $after: String, $filter: NoticeFilter) {
    notices(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes { id kind title body sentAt recipientCount readCount myReadAt activity { id title } }
    }
  }
`);

export const SEND_NOTICE = graphql(`
  mutation SendInformationNotice($input: SendNoticeInput!) { sendNotice(input: $input) { id recipientCount } }
`);

export const MARK_READ = graphql(`
  mutation MarkNoticeRead($id: ID!) { markNoticeRead(id: $id) { id myReadAt readCount } }
`);

export const DEPUTY_ACTIVITIES = graphql(`
  query DeputyActivities($deputyId: ID, $first: Int, $after: String, $year: Int) {
    deputyActivities(deputyId: $deputyId, first: $first, after: $after, year: $year) {
      totalCount
      nodes { id status leaveReason respondedAt signedInAt activity { id title type status startDate endDate place } }
    }
    deputyAttendance(deputyId: $deputyId, year: $year) { invited confirmed attended onLeave absent pending rate upcoming }
  }
`);

/** Deputies by name or pinyin, for choosing them one by one. */
export const DEPUTY_SEARCH = graphql(`
  query ActivityDeputySearch($search: String) { deputies(first: 20, filter: { search: $search }) { nodes { id name workUnit } } }
`);
