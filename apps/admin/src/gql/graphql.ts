/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 交办 / Assignment to a lead unit and co-units */
export type AssignSuggestionInput = {
  /** 交办日期(默认今天;补录纸质交办时填写)/ Assigned on (default today; for paper records) */
  assignedOn?: string | null | undefined;
  /** 协办单位 / Co-units */
  coUnitIds?: Array<string | number>;
  /** 主办单位 / Lead unit */
  leadUnitId: string | number;
  /** 说明 / Note */
  note?: string | null | undefined;
  /** 建议的版本 / The suggestion's version */
  version: number;
};

/** 交办件筛选(承办单位收件箱)/ Assignment filter (a unit's inbox) */
export type AssignmentFilter = {
  /** 单位(承办单位用户只能看本单位)/ Unit (a unit's user sees only their own) */
  organizationId?: string | number | null | undefined;
  /** 逾期未答复 / Overdue */
  overdue?: boolean | null | undefined;
  /** 主办或协办 / Role */
  role?: AssignmentRole | null | undefined;
  /** 交办件状态(默认办理中和申请退回)/ Statuses (default: active and return requested) */
  statuses?: Array<AssignmentStatus> | null | undefined;
  /** 建议状态 / Suggestion statuses */
  suggestionStatuses?: Array<SuggestionStatus> | null | undefined;
};

/** 申请退回或延期 / A unit's request, with its reason */
export type AssignmentRequestInput = {
  /** 理由 / Reason */
  reason: string;
  /** 交办件的版本 / The assignment's version */
  version: number;
};

/** 主办或协办 / Lead unit or co-unit */
export type AssignmentRole =
  | 'CO'
  | 'LEAD';

/** 交办件状态 / State of an assignment */
export type AssignmentStatus =
  | 'ACTIVE'
  | 'REPLACED'
  | 'RETURNED'
  | 'RETURN_REQUESTED';

/** 承诺事项 / A commitment with its due date */
export type CommitmentInput = {
  /** 承诺内容 / What is promised */
  content: string;
  /** 完成时限 / Due date */
  dueDate: string;
};

/** 人大层级 / Level of a congress */
export type CongressLevel =
  | 'CITY'
  | 'COUNTY'
  | 'NATIONAL'
  | 'PROVINCE'
  | 'TOWNSHIP';

/** 提出建议或议案 / A new suggestion or motion */
export type CreateSuggestionInput = {
  /** 附议代表 / Co-signing deputies */
  coSignerIds?: Array<string | number>;
  /** 内容 / Content */
  content: string;
  /** 领域 / Field */
  field: SuggestionField;
  /** 类别;议案联名人数不足时转为建议 / Kind; a motion without enough signers becomes a suggestion */
  kind: SuggestionKind;
  /** 领衔代表;代表本人提出时省略 / Lead deputy; omitted when a deputy submits their own */
  leadDeputyId?: string | number | null | undefined;
  /** 大会期间:会议 / In session: the session */
  sessionId?: string | number | null | undefined;
  /** 来源记录编号 / Source record id */
  sourceId?: string | number | null | undefined;
  /** 来源类型 / Source kind */
  sourceKind?: SuggestionSourceKind | null | undefined;
  /** 立即提交(否则存为草稿)/ Submit now (otherwise kept as a draft) */
  submit?: boolean;
  /** 闭会期间:届(大会期间可省略)/ In recess: the term (implied by a session) */
  termId?: string | number | null | undefined;
  /** 标题 / Title */
  title: string;
};

/** 新建用户 / A new user */
export type CreateUserInput = {
  displayName: string;
  /** 至少 10 个字符 / At least 10 characters */
  password: string;
  role: Role;
  scopeDeputyId?: string | number | null | undefined;
  scopeGroupId?: string | number | null | undefined;
  scopeOrganizationId?: string | number | null | undefined;
  username: string;
};

/** 对延期申请的处理 / Staff's decision on an extension request */
export type DecideExtensionInput = {
  /** 批准延期 / Approve */
  approve: boolean;
  /** 意见 / Note */
  note?: string | null | undefined;
  /** 交办件的版本 / The assignment's version */
  version: number;
};

/** 对退回申请的处理 / Staff's decision on a return request */
export type DecideReturnInput = {
  /** 同意退回 / Accept the return */
  accept: boolean;
  /** 同意退回主办件时,改交的主办单位 / On accepting a lead unit's return: the new lead unit */
  newLeadUnitId?: string | number | null | undefined;
  /** 意见 / Note */
  note?: string | null | undefined;
  /** 交办件的版本 / The assignment's version */
  version: number;
};

/** 延期申请状态 / State of an extension request */
export type ExtensionStatus =
  | 'APPROVED'
  | 'REFUSED'
  | 'REQUESTED';

/** 代表评价 / The deputy's verdict */
export type FeedbackInput = {
  /** 意见 / Comment */
  comment?: string | null | undefined;
  /** 评价日期(默认今天;工作人员补录时填写)/ Date (default today; for staff entering a paper form) */
  givenOn?: string | null | undefined;
  /** 评价 / Verdict */
  verdict: FeedbackVerdict;
  /** 建议的版本 / The suggestion's version */
  version: number;
};

/** 代表评价 / The deputy's verdict on a reply */
export type FeedbackVerdict =
  | 'BASICALLY_SATISFIED'
  | 'SATISFIED'
  | 'UNSATISFIED';

/** 节假日日历中的一天 / A day of the holiday calendar */
export type HolidayInput = {
  /** 日期 / Date */
  date: string;
  /** 节假日或调休上班日 / Holiday or make-up working day */
  kind?: HolidayKind;
  /** 名称 / Name */
  name: string;
};

/** 节假日或调休上班日 / Holiday, or weekend day worked */
export type HolidayKind =
  | 'HOLIDAY'
  | 'WORKDAY';

/** 见面沟通记录 / A meeting with the deputy */
export type MeetingInput = {
  /** 日期 / Date */
  meetingDate: string;
  /** 沟通情况 / What was discussed */
  notes?: string | null | undefined;
  /** 参加人员 / Who took part */
  participants?: string | null | undefined;
  /** 阶段 / Stage */
  stage: MeetingStage;
};

/** 见面阶段:办前、办中、办后 / Meeting before, during or after handling */
export type MeetingStage =
  | 'AFTER'
  | 'BEFORE'
  | 'DURING';

/** 落实进展 / A progress entry */
export type ProgressInput = {
  /** 对应承诺 / The commitment concerned */
  commitmentId?: string | number | null | undefined;
  /** 进展情况 / What happened */
  content: string;
  /** 日期(默认今天)/ Date (default today) */
  entryDate?: string | null | undefined;
  /** 已解决 / Solved */
  solved?: boolean;
};

/** 答复类别 A/B/C/D / Reply category A/B/C/D */
export type ReplyCategory =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

/** 答复 / A reply */
export type ReplyInput = {
  /** 附件(先 POST /files 上传)/ Attachments, uploaded first with POST /files */
  attachmentIds?: Array<string | number>;
  /** 类别 / Category */
  category: ReplyCategory;
  /** B、C 类的承诺事项 / Commitments of a B or C reply */
  commitments?: Array<CommitmentInput>;
  /** 答复内容 / Text */
  content: string;
  /** 答复日期(默认今天)/ Replied on (default today) */
  repliedOn?: string | null | undefined;
  /** 建议的版本 / The suggestion's version */
  version: number;
};

/** 用户角色 / A user role (DOMAIN.md: who uses it) */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'DEPUTY'
  | 'GROUP_LEADER'
  | 'HANDLING_UNIT'
  | 'STAFF';

/** 统计维度 / A dimension to group suggestion statistics by */
export type SuggestionDimension =
  | 'CATEGORY'
  | 'DEPUTY'
  | 'FIELD'
  | 'GROUP'
  | 'KIND'
  | 'SESSION'
  | 'UNIT'
  | 'YEAR';

/** 领域分类 / Field category */
export type SuggestionField =
  | 'AGRICULTURE'
  | 'ECONOMY_FINANCE'
  | 'EDUCATION_SCIENCE_CULTURE_HEALTH'
  | 'INTERNAL_AFFAIRS_JUSTICE'
  | 'OTHER'
  | 'SOCIAL_DEVELOPMENT'
  | 'URBAN_CONSTRUCTION';

/** 建议筛选 / Suggestion filter */
export type SuggestionFilter = {
  /** 领衔或附议代表 / Lead or co-signing deputy */
  deputyId?: string | number | null | undefined;
  /** 领域 / Field */
  field?: SuggestionField | null | undefined;
  /** 大会期间(是)或闭会期间(否)/ In session (true) or in recess (false) */
  inSession?: boolean | null | undefined;
  /** 重点督办 / Key supervision */
  keySupervision?: boolean | null | undefined;
  /** 类别 / Kind */
  kind?: SuggestionKind | null | undefined;
  /** 主办单位 / Lead unit */
  leadUnitId?: string | number | null | undefined;
  /** 逾期未答复 / Past the reply due date without a reply */
  overdue?: boolean | null | undefined;
  /** 标题、内容或编号包含 / Title, content or number contains */
  search?: string | null | undefined;
  /** 会议 / Session */
  sessionId?: string | number | null | undefined;
  /** 来源记录(与来源类型一起)/ Source record, with the source kind */
  sourceId?: string | number | null | undefined;
  /** 来源类型 / Source kind */
  sourceKind?: SuggestionSourceKind | null | undefined;
  /** 状态 / Statuses */
  statuses?: Array<SuggestionStatus> | null | undefined;
  /** 届 / Term */
  termId?: string | number | null | undefined;
  /** 主办或协办单位 / Lead unit or co-unit */
  unitId?: string | number | null | undefined;
  /** 提出年度 / Year submitted */
  year?: number | null | undefined;
};

/** 建议类别:建议、批评、意见、议案 / Suggestion, criticism, opinion or motion */
export type SuggestionKind =
  | 'CRITICISM'
  | 'MOTION'
  | 'OPINION'
  | 'SUGGESTION';

/** 统计指标(定义见 packages/shared suggestion-measures)/ A measure, defined in packages/shared */
export type SuggestionMeasure =
  | 'assignedCount'
  | 'basicallySatisfiedCount'
  | 'categoryACount'
  | 'categoryBCount'
  | 'categoryCCount'
  | 'categoryDCount'
  | 'faceToFaceRate'
  | 'feedbackCount'
  | 'firstRoundSatisfactionRate'
  | 'keySupervisionCount'
  | 'onTimeRate'
  | 'overdueCount'
  | 'repliedCount'
  | 'replyRate'
  | 'resolutionRate'
  | 'satisfactionRate'
  | 'satisfiedCount'
  | 'satisfiedNotSolvedCount'
  | 'suggestionCount'
  | 'unsatisfiedCount'
  | 'unsatisfiedTurnedSatisfiedCount';

/** 办理规则(未填的保持不变)/ Handling rules; unset fields stay as they are */
export type SuggestionRulesInput = {
  /** 协办意见期限(月)/ Months for co-units' views */
  coUnitViewMonths?: number | null | undefined;
  /** 承诺临期提醒(天)/ Days ahead a commitment shows as coming due */
  commitmentDueSoonDays?: number | null | undefined;
  /** 延期后期限(月)/ Months with an extension */
  extendedReplyMonths?: number | null | undefined;
  /** 市人大议案联名人数 / Signers a city motion needs */
  motionMinSignersCity?: number | null | undefined;
  /** 区县人大议案联名人数 / Signers a county motion needs */
  motionMinSignersCounty?: number | null | undefined;
  /** 全国人大议案联名人数 / Signers a national motion needs */
  motionMinSignersNational?: number | null | undefined;
  /** 省人大议案联名人数 / Signers a provincial motion needs */
  motionMinSignersProvince?: number | null | undefined;
  /** 乡镇人大议案联名人数 / Signers a township motion needs */
  motionMinSignersTownship?: number | null | undefined;
  /** 重新办理期限(月)/ Months to reply again after UNSATISFIED */
  rehandleMonths?: number | null | undefined;
  /** 答复期限(月)/ Months to reply */
  replyMonths?: number | null | undefined;
  /** 申请退回期限(工作日)/ Working days to ask for a return */
  returnWorkingDays?: number | null | undefined;
  /** 重复建议相似度阈值 0–1 / Similarity threshold for possible duplicates */
  similarityThreshold?: number | null | undefined;
};

/** 建议排序 / How to order suggestions */
export type SuggestionSort =
  | 'DUE_DATE_ASC'
  | 'NUMBER_ASC'
  | 'SUBMITTED_ASC'
  | 'SUBMITTED_DESC'
  | 'UPDATED_DESC';

/** 建议来源 / Where a suggestion came from */
export type SuggestionSourceKind =
  | 'INSPECTION_FINDING'
  | 'OTHER'
  | 'SURVEY'
  | 'VOTER_OPINION';

/** 统计范围 / Which suggestions the statistics cover */
export type SuggestionStatsFilter = {
  /** 领衔代表 / Lead deputy */
  deputyId?: string | number | null | undefined;
  /** 领域 / Field */
  field?: SuggestionField | null | undefined;
  /** 代表小组 / Group */
  groupId?: string | number | null | undefined;
  /** 大会期间或闭会期间 / In session or in recess */
  inSession?: boolean | null | undefined;
  /** 重点督办 / Key supervision */
  keySupervision?: boolean | null | undefined;
  /** 类别 / Kind */
  kind?: SuggestionKind | null | undefined;
  /** 会议 / Session */
  sessionId?: string | number | null | undefined;
  /** 届 / Term */
  termId?: string | number | null | undefined;
  /** 主办单位 / Lead unit */
  unitId?: string | number | null | undefined;
  /** 提出年度 / Year */
  year?: number | null | undefined;
};

/** 建议办理状态 / Lifecycle state of a suggestion */
export type SuggestionStatus =
  | 'ASSIGNED'
  | 'CLOSED'
  | 'DRAFT'
  | 'FOLLOWING_UP'
  | 'HANDLING'
  | 'RATED'
  | 'REGISTERED'
  | 'REHANDLING'
  | 'REPLIED'
  | 'SUBMITTED';

/** 修改用户 / Changes to a user; `version` must be the one you read */
export type UpdateUserInput = {
  disabled?: boolean | null | undefined;
  displayName?: string | null | undefined;
  role?: Role | null | undefined;
  scopeDeputyId?: string | number | null | undefined;
  scopeGroupId?: string | number | null | undefined;
  scopeOrganizationId?: string | number | null | undefined;
  version: number;
};

export type UserFilter = {
  disabled?: boolean | null | undefined;
  role?: Role | null | undefined;
  /** 用户名或姓名包含 / Username or name contains */
  search?: string | null | undefined;
};

/** 用户排序 / How to order users */
export type UserSort =
  | 'CREATED_AT_DESC'
  | 'LAST_LOGIN_DESC'
  | 'USERNAME_ASC'
  | 'USERNAME_DESC';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, role: Role, locale: string, scopeOrganizationId: string | null, scopeDeputyId: string | null, scopeGroupId: string | null } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, username: string, displayName: string, role: Role, locale: string, scopeOrganizationId: string | null, scopeDeputyId: string | null, scopeGroupId: string | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type SuggestionListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: SuggestionFilter | null | undefined;
  sort?: SuggestionSort | null | undefined;
}>;


export type SuggestionListQuery = { suggestions: { totalCount: number, nodes: Array<{ id: string, registrationNumber: string | null, title: string, kind: SuggestionKind, field: SuggestionField, status: SuggestionStatus, keySupervision: boolean, replyDueDate: string | null, overdue: boolean, submittedAt: string | null, inSession: boolean, session: { id: string, name: string } | null, leadDeputy: { id: string, name: string }, leadUnit: { id: string, name: string } | null }> } };

export type SuggestionDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type SuggestionDetailQuery = { suggestion: { id: string, version: number, registrationNumber: string | null, title: string, content: string, kind: SuggestionKind, submittedAsMotion: boolean, motionConversionReason: string | null, field: SuggestionField, status: SuggestionStatus, keySupervision: boolean, submittedAt: string | null, registeredAt: string | null, assignedOn: string | null, replyDueDate: string | null, currentRound: number, overdue: boolean, inSession: boolean, sourceKind: SuggestionSourceKind | null, sourceId: string | null, leadDeputyId: string, leadOrganizationId: string | null, term: { id: string, name: string }, session: { id: string, name: string } | null, leadDeputy: { id: string, name: string }, coSigners: Array<{ id: string, name: string }>, leadUnit: { id: string, name: string } | null, assignments: Array<{ id: string, version: number, role: AssignmentRole, status: AssignmentStatus, assignedOn: string, dueDate: string, returnDeadline: string, viewsDueDate: string | null, returnReason: string | null, returnDecisionNote: string | null, extensionStatus: ExtensionStatus | null, extensionReason: string | null, canRequestReturn: boolean, organization: { id: string, name: string } }>, meetings: Array<{ id: string, stage: MeetingStage, meetingDate: string, participants: string | null, notes: string | null, organization: { id: string, name: string } }>, coUnitViews: Array<{ id: string, content: string, createdAt: string, organization: { id: string, name: string } }>, replies: Array<{ id: string, round: number, category: ReplyCategory, content: string, repliedOn: string, dueDate: string, onTime: boolean, organization: { id: string, name: string }, commitments: Array<{ id: string, content: string, dueDate: string, fulfilledOn: string | null }>, attachments: Array<{ id: string, filename: string, url: string }>, feedback: { id: string, verdict: FeedbackVerdict, comment: string | null, onBehalf: boolean, givenAt: string } | null }>, progress: Array<{ id: string, content: string, entryDate: string, solved: boolean, commitmentId: string | null }>, timeline: Array<{ id: string, action: string, fromStatus: SuggestionStatus | null, toStatus: SuggestionStatus | null, round: number, actorName: string, note: string | null, at: string, organization: { id: string, name: string } | null }>, possibleDuplicates: Array<{ id: string, title: string, registrationNumber: string | null, similarity: number, sessionName: string | null, leadDeputyName: string }> } };

export type CreateSuggestionMutationVariables = Exact<{
  input: CreateSuggestionInput;
}>;


export type CreateSuggestionMutation = { createSuggestion: { id: string, status: SuggestionStatus } };

export type SimilarSuggestionsQueryVariables = Exact<{
  title: string;
  content?: string | null | undefined;
  sessionId?: string | number | null | undefined;
  termId?: string | number | null | undefined;
}>;


export type SimilarSuggestionsQuery = { similarSuggestions: Array<{ id: string, title: string, registrationNumber: string | null, similarity: number, sessionName: string | null, leadDeputyName: string, status: SuggestionStatus }> };

export type SuggestionDeputyOptionsQueryVariables = Exact<{
  termId: string | number;
  search?: string | null | undefined;
}>;


export type SuggestionDeputyOptionsQuery = { suggestionDeputyOptions: Array<{ id: string, name: string, workUnit: string | null }> };

export type SuggestionSessionsAndTermsQueryVariables = Exact<{ [key: string]: never; }>;


export type SuggestionSessionsAndTermsQuery = { terms: Array<{ id: string, name: string, congress: { id: string, name: string, level: CongressLevel } }>, sessions: Array<{ id: string, name: string, termId: string, startDate: string }> };

export type SuggestionHandlingUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type SuggestionHandlingUnitsQuery = { organizations: { nodes: Array<{ id: string, name: string }> } };

export type SubmitSuggestionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitSuggestionMutation = { submitSuggestion: { id: string, status: SuggestionStatus, version: number } };

export type RegisterSuggestionMutationVariables = Exact<{
  id: string | number;
  version: number;
  keySupervision?: boolean | null | undefined;
}>;


export type RegisterSuggestionMutation = { registerSuggestion: { id: string, status: SuggestionStatus, version: number } };

export type AssignSuggestionMutationVariables = Exact<{
  id: string | number;
  input: AssignSuggestionInput;
}>;


export type AssignSuggestionMutation = { assignSuggestion: { id: string, status: SuggestionStatus, version: number } };

export type ReassignSuggestionMutationVariables = Exact<{
  id: string | number;
  input: AssignSuggestionInput;
}>;


export type ReassignSuggestionMutation = { reassignSuggestion: { id: string, status: SuggestionStatus, version: number } };

export type StartHandlingSuggestionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type StartHandlingSuggestionMutation = { startHandlingSuggestion: { id: string, status: SuggestionStatus, version: number } };

export type ReplySuggestionMutationVariables = Exact<{
  id: string | number;
  input: ReplyInput;
}>;


export type ReplySuggestionMutation = { replySuggestion: { id: string, status: SuggestionStatus, version: number } };

export type GiveSuggestionFeedbackMutationVariables = Exact<{
  id: string | number;
  input: FeedbackInput;
}>;


export type GiveSuggestionFeedbackMutation = { giveSuggestionFeedback: { id: string, status: SuggestionStatus, version: number } };

export type FollowUpSuggestionMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type FollowUpSuggestionMutation = { followUpSuggestion: { id: string, status: SuggestionStatus, version: number } };

export type CloseSuggestionMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type CloseSuggestionMutation = { closeSuggestion: { id: string, status: SuggestionStatus, version: number } };

export type SetSuggestionKeySupervisionMutationVariables = Exact<{
  id: string | number;
  version: number;
  on: boolean;
}>;


export type SetSuggestionKeySupervisionMutation = { setSuggestionKeySupervision: { id: string, keySupervision: boolean, version: number } };

export type RecordSuggestionMeetingMutationVariables = Exact<{
  id: string | number;
  input: MeetingInput;
}>;


export type RecordSuggestionMeetingMutation = { recordSuggestionMeeting: { id: string } };

export type SendCoUnitViewMutationVariables = Exact<{
  assignmentId: string | number;
  content: string;
}>;


export type SendCoUnitViewMutation = { sendCoUnitView: { id: string } };

export type AddSuggestionProgressMutationVariables = Exact<{
  id: string | number;
  input: ProgressInput;
}>;


export type AddSuggestionProgressMutation = { addSuggestionProgress: { id: string } };

export type RequestAssignmentReturnMutationVariables = Exact<{
  id: string | number;
  input: AssignmentRequestInput;
}>;


export type RequestAssignmentReturnMutation = { requestAssignmentReturn: { id: string, status: AssignmentStatus, version: number } };

export type DecideAssignmentReturnMutationVariables = Exact<{
  id: string | number;
  input: DecideReturnInput;
}>;


export type DecideAssignmentReturnMutation = { decideAssignmentReturn: { id: string, status: SuggestionStatus, version: number } };

export type RequestAssignmentExtensionMutationVariables = Exact<{
  id: string | number;
  input: AssignmentRequestInput;
}>;


export type RequestAssignmentExtensionMutation = { requestAssignmentExtension: { id: string, extensionStatus: ExtensionStatus | null, version: number } };

export type DecideAssignmentExtensionMutationVariables = Exact<{
  id: string | number;
  input: DecideExtensionInput;
}>;


export type DecideAssignmentExtensionMutation = { decideAssignmentExtension: { id: string, extensionStatus: ExtensionStatus | null, dueDate: string, version: number } };

export type SuggestionInboxQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AssignmentFilter | null | undefined;
}>;


export type SuggestionInboxQuery = { suggestionAssignments: { totalCount: number, nodes: Array<{ id: string, role: AssignmentRole, status: AssignmentStatus, assignedOn: string, dueDate: string, returnDeadline: string, viewsDueDate: string | null, extensionStatus: ExtensionStatus | null, canRequestReturn: boolean, organization: { id: string, name: string }, suggestion: { id: string, registrationNumber: string | null, title: string, status: SuggestionStatus, replyDueDate: string | null, overdue: boolean, leadDeputy: { id: string, name: string } } }> }, commitmentsDue: Array<{ id: string, content: string, dueDate: string, overdue: boolean, organization: { id: string, name: string }, suggestion: { id: string, title: string, registrationNumber: string | null } }> };

export type SuggestionStatsQueryVariables = Exact<{
  groupBy: Array<SuggestionDimension> | SuggestionDimension;
  filter?: SuggestionStatsFilter | null | undefined;
}>;


export type SuggestionStatsQuery = { suggestionStats: Array<{ dimensions: Array<{ dimension: SuggestionDimension, key: string | null, label: string }>, measures: Array<{ measure: SuggestionMeasure, value: number | null, numerator: number, denominator: number | null }> }> };

export type ExportSuggestionRegisterQueryVariables = Exact<{
  filter?: SuggestionFilter | null | undefined;
}>;


export type ExportSuggestionRegisterQuery = { exportSuggestionRegister: { filename: string, contentType: string, base64: string } };

export type ExportSuggestionUnitResultsQueryVariables = Exact<{
  filter?: SuggestionStatsFilter | null | undefined;
}>;


export type ExportSuggestionUnitResultsQuery = { exportSuggestionUnitResults: { filename: string, contentType: string, base64: string } };

export type SuggestionRulesAndHolidaysQueryVariables = Exact<{
  year: number;
}>;


export type SuggestionRulesAndHolidaysQuery = { suggestionRules: { replyMonths: number, extendedReplyMonths: number, returnWorkingDays: number, coUnitViewMonths: number, rehandleMonths: number, commitmentDueSoonDays: number, similarityThreshold: number, motionMinSigners: Array<{ level: CongressLevel, signers: number }> }, holidays: Array<{ id: string, date: string, name: string, kind: HolidayKind, version: number }> };

export type UpdateSuggestionRulesMutationVariables = Exact<{
  input: SuggestionRulesInput;
}>;


export type UpdateSuggestionRulesMutation = { updateSuggestionRules: { replyMonths: number } };

export type AddHolidayMutationVariables = Exact<{
  input: HolidayInput;
}>;


export type AddHolidayMutation = { addHoliday: { id: string } };

export type RemoveHolidayMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type RemoveHolidayMutation = { removeHoliday: boolean };

export type UsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
  sort?: UserSort | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, nodes: Array<{ id: string, username: string, displayName: string, role: Role, disabled: boolean, scopeOrganizationId: string | null, scopeDeputyId: string | null, scopeGroupId: string | null, lastLoginAt: string | null, version: number }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, displayName: string, role: Role, disabled: boolean, version: number, scopeOrganizationId: string | null, scopeDeputyId: string | null, scopeGroupId: string | null } };

export type ResetPasswordMutationVariables = Exact<{
  id: string | number;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type EndUserSessionsMutationVariables = Exact<{
  id: string | number;
}>;


export type EndUserSessionsMutation = { endUserSessions: number };


export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"scopeOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeDeputyId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeGroupId"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"scopeOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeDeputyId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeGroupId"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SuggestionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keySupervision"}},{"kind":"Field","name":{"kind":"Name","value":"replyDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inSession"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDeputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionListQuery, SuggestionListQueryVariables>;
export const SuggestionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAsMotion"}},{"kind":"Field","name":{"kind":"Name","value":"motionConversionReason"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keySupervision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"replyDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"currentRound"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"inSession"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"leadDeputyId"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDeputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coSigners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"returnDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"viewsDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnDecisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"extensionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestReturn"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coUnitViews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"entryDate"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"sessionName"}},{"kind":"Field","name":{"kind":"Name","value":"leadDeputyName"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionDetailQuery, SuggestionDetailQueryVariables>;
export const CreateSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateSuggestionMutation, CreateSuggestionMutationVariables>;
export const SimilarSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"sessionName"}},{"kind":"Field","name":{"kind":"Name","value":"leadDeputyName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SimilarSuggestionsQuery, SimilarSuggestionsQueryVariables>;
export const SuggestionDeputyOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionDeputyOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionDeputyOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}}]}}]}}]} as unknown as DocumentNode<SuggestionDeputyOptionsQuery, SuggestionDeputyOptionsQueryVariables>;
export const SuggestionSessionsAndTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionSessionsAndTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]} as unknown as DocumentNode<SuggestionSessionsAndTermsQuery, SuggestionSessionsAndTermsQueryVariables>;
export const SuggestionHandlingUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionHandlingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"handlesSuggestions"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionHandlingUnitsQuery, SuggestionHandlingUnitsQueryVariables>;
export const SubmitSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SubmitSuggestionMutation, SubmitSuggestionMutationVariables>;
export const RegisterSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keySupervision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"keySupervision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keySupervision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RegisterSuggestionMutation, RegisterSuggestionMutationVariables>;
export const AssignSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssignSuggestionMutation, AssignSuggestionMutationVariables>;
export const ReassignSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReassignSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReassignSuggestionMutation, ReassignSuggestionMutationVariables>;
export const StartHandlingSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartHandlingSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startHandlingSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StartHandlingSuggestionMutation, StartHandlingSuggestionMutationVariables>;
export const ReplySuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplySuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replySuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReplySuggestionMutation, ReplySuggestionMutationVariables>;
export const GiveSuggestionFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GiveSuggestionFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveSuggestionFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<GiveSuggestionFeedbackMutation, GiveSuggestionFeedbackMutationVariables>;
export const FollowUpSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowUpSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<FollowUpSuggestionMutation, FollowUpSuggestionMutationVariables>;
export const CloseSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CloseSuggestionMutation, CloseSuggestionMutationVariables>;
export const SetSuggestionKeySupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSuggestionKeySupervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSuggestionKeySupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"keySupervision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"keySupervision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetSuggestionKeySupervisionMutation, SetSuggestionKeySupervisionMutationVariables>;
export const RecordSuggestionMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSuggestionMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSuggestionMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"suggestionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordSuggestionMeetingMutation, RecordSuggestionMeetingMutationVariables>;
export const SendCoUnitViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendCoUnitView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendCoUnitView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SendCoUnitViewMutation, SendCoUnitViewMutationVariables>;
export const AddSuggestionProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSuggestionProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSuggestionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"suggestionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddSuggestionProgressMutation, AddSuggestionProgressMutationVariables>;
export const RequestAssignmentReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAssignmentReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAssignmentReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RequestAssignmentReturnMutation, RequestAssignmentReturnMutationVariables>;
export const DecideAssignmentReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAssignmentReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAssignmentReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DecideAssignmentReturnMutation, DecideAssignmentReturnMutationVariables>;
export const RequestAssignmentExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAssignmentExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAssignmentExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extensionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RequestAssignmentExtensionMutation, RequestAssignmentExtensionMutationVariables>;
export const DecideAssignmentExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAssignmentExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAssignmentExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extensionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DecideAssignmentExtensionMutation, DecideAssignmentExtensionMutationVariables>;
export const SuggestionInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"returnDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"viewsDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"extensionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestReturn"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"replyDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"leadDeputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitmentsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionInboxQuery, SuggestionInboxQueryVariables>;
export const SuggestionStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionStatsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionStatsQuery, SuggestionStatsQueryVariables>;
export const ExportSuggestionRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportSuggestionRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportSuggestionRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<ExportSuggestionRegisterQuery, ExportSuggestionRegisterQueryVariables>;
export const ExportSuggestionUnitResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportSuggestionUnitResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionStatsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportSuggestionUnitResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<ExportSuggestionUnitResultsQuery, ExportSuggestionUnitResultsQueryVariables>;
export const SuggestionRulesAndHolidaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionRulesAndHolidays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyMonths"}},{"kind":"Field","name":{"kind":"Name","value":"extendedReplyMonths"}},{"kind":"Field","name":{"kind":"Name","value":"returnWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"coUnitViewMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rehandleMonths"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentDueSoonDays"}},{"kind":"Field","name":{"kind":"Name","value":"similarityThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"motionMinSigners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"signers"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SuggestionRulesAndHolidaysQuery, SuggestionRulesAndHolidaysQueryVariables>;
export const UpdateSuggestionRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSuggestionRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSuggestionRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyMonths"}}]}}]}}]} as unknown as DocumentNode<UpdateSuggestionRulesMutation, UpdateSuggestionRulesMutationVariables>;
export const AddHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddHolidayMutation, AddHolidayMutationVariables>;
export const RemoveHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<RemoveHolidayMutation, RemoveHolidayMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"scopeOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeDeputyId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scopeOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeDeputyId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeGroupId"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const EndUserSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndUserSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endUserSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<EndUserSessionsMutation, EndUserSessionsMutationVariables>;