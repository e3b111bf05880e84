/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 表彰对象 / One commended deputy or group */
export type CommendationEntryInput = {
  /** 表彰依据(默认按积分生成)/ Basis (made from the score when empty) */
  basis?: string | null | undefined;
  /** 代表(优秀代表)/ Deputy */
  deputyId?: string | number | null | undefined;
  /** 小组(先进小组)/ Group */
  groupId?: string | number | null | undefined;
};

/** 表彰筛选 / Commendation filter */
export type CommendationFilter = {
  /** 类别 / Kind */
  kind?: CommendationKind | null | undefined;
  /** 年度 / Year */
  year?: number | null | undefined;
};

/** 表彰类别 / Kind of commendation */
export type CommendationKind =
  | 'ADVANCED_GROUP'
  | 'EXCELLENT_DEPUTY';

/** 人大层级 / Level of a congress */
export type CongressLevel =
  | 'CITY'
  | 'COUNTY'
  | 'NATIONAL'
  | 'PROVINCE'
  | 'TOWNSHIP';

/** 新建评议国家机关 / A new state-organ evaluation */
export type CreateOrganEvaluationInput = {
  /** 被评议机关 / The organ */
  organizationId: string | number;
  /** 评议方案 / Plan */
  plan?: string | null | undefined;
  /** 标题 / Title */
  title: string;
  /** 年度 / Year */
  year: number;
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

/** 日记转为民意时的补充 / What to add when turning an entry into a voter's opinion */
export type DiaryToOpinionInput = {
  /** 意见内容(默认为日记内容)/ Opinion text (the entry by default) */
  content?: string | null | undefined;
  /** 日记版本号 / Diary version */
  version: number;
  /** 选民姓名 / Voter's name */
  voterName?: string | null | undefined;
  /** 选民电话 / Voter's phone */
  voterPhone?: string | null | undefined;
};

/** 处理民意:答复、转交或转为建议 / Dispose of an opinion: answer, refer, or link to a suggestion */
export type DisposeVoterOpinionInput = {
  /** 处理方式 / Action */
  action: VoterOpinionAction;
  /** 答复内容(答复时)/ The answer (ANSWER) */
  answer?: string | null | undefined;
  /** 处理日期(默认今天)/ Date (today by default) */
  handledOn?: string | null | undefined;
  /** 转交单位(转交时)/ Organization (REFER) */
  organizationId?: string | number | null | undefined;
  /** 建议编号(转为建议时,由建议模块创建)/ Suggestion id (TO_SUGGESTION; created by the suggestions module) */
  suggestionId?: string | number | null | undefined;
  /** 版本号 / Version */
  version: number;
};

/** 履职档案列表筛选 / Duty record list filter */
export type DutyRecordFilter = {
  /** 小组(当前成员)/ Group: its current members */
  groupId?: string | number | null | undefined;
  /** 姓名或拼音 / Name or pinyin */
  search?: string | null | undefined;
  /** 届(该年在任的代表)/ Term: its deputies serving that year */
  termId?: string | number | null | undefined;
};

/** 履职档案排序 / Duty record order */
export type DutyRecordSort =
  | 'NAME_ASC'
  | 'SCORE_ASC'
  | 'SCORE_DESC';

/** 述职操作 / What can be done to a duty report */
export type DutyReportAction =
  | 'CANCEL'
  | 'EVALUATE'
  | 'REPORT';

/** 述职对象 / Whom a deputy reports to */
export type DutyReportAudience =
  | 'ELECTORAL_UNIT'
  | 'STANDING_COMMITTEE'
  | 'VOTERS';

/** 述职筛选 / Duty report filter */
export type DutyReportFilter = {
  /** 述职对象 / Reported to */
  audience?: DutyReportAudience | null | undefined;
  /** 代表 / Deputy */
  deputyId?: string | number | null | undefined;
  /** 状态 / Status */
  status?: DutyReportStatus | null | undefined;
  /** 年度 / Year */
  year?: number | null | undefined;
};

/** 述职方式 / Oral or written */
export type DutyReportForm =
  | 'ORAL'
  | 'WRITTEN';

/** 述职评议等次 / The grade of a duty report */
export type DutyReportGrade =
  | 'BASICALLY_COMPETENT'
  | 'COMPETENT'
  | 'NOT_COMPETENT';

/** 一位评议人的意见 / One evaluator's rating */
export type DutyReportRatingInput = {
  /** 意见 / Comment */
  comment?: string | null | undefined;
  /** 评议人 / Evaluator */
  evaluatorName: string;
  /** 等次 / Grade */
  grade: DutyReportGrade;
};

/** 述职状态 / Where a duty report stands */
export type DutyReportStatus =
  | 'CANCELLED'
  | 'EVALUATED'
  | 'PLANNED'
  | 'REPORTED';

/** 述职评议:选民述职填票数;其他述职填票数或评议人意见(替换原有意见)/ An evaluation: votes for reports to voters; votes or ratings otherwise (ratings replace earlier ones) */
export type EvaluateDutyReportInput = {
  /** 评议日期 / Date */
  evaluatedOn: string;
  /** 评议意见综述 / Summary */
  note?: string | null | undefined;
  /** 评议人意见 / Ratings */
  ratings?: Array<DutyReportRatingInput> | null | undefined;
  /** 版本号 / Version */
  version: number;
  /** 票数 / Vote tally */
  votes?: VoteTallyInput | null | undefined;
};

/** 性别 / Gender */
export type Gender =
  | 'FEMALE'
  | 'MALE';

/** 异议筛选 / Objection filter */
export type ObjectionFilter = {
  /** 代表 / Deputy */
  deputyId?: string | number | null | undefined;
  /** 状态 / Status */
  status?: ObjectionStatus | null | undefined;
  /** 年度 / Year */
  year?: number | null | undefined;
};

/** 异议处理状态 / Status of an objection */
export type ObjectionStatus =
  | 'ACCEPTED'
  | 'OPEN'
  | 'REJECTED';

/** 评议阶段操作 / Moves between phases */
export type OrganEvaluationAction =
  | 'FINISH'
  | 'START_EVALUATION'
  | 'START_RECTIFICATION';

/** 评议筛选 / Evaluation filter */
export type OrganEvaluationFilter = {
  /** 被评议机关 / Organ */
  organizationId?: string | number | null | undefined;
  /** 阶段 / Phase */
  phase?: OrganEvaluationPhase | null | undefined;
  /** 年度 / Year */
  year?: number | null | undefined;
};

/** 评议阶段 / Phase of an organ evaluation */
export type OrganEvaluationPhase =
  | 'DONE'
  | 'EVALUATING'
  | 'PREPARING'
  | 'RECTIFYING';

/** 一位代表的测评 / One deputy's rating */
export type OrganRatingInput = {
  /** 代表 / Deputy */
  deputyId: string | number;
  /** 意见 / Opinion */
  opinion?: string | null | undefined;
  /** 测评分 0–100 / Score 0–100 */
  score: number;
};

/** 政治面貌 / Party affiliation */
export type Party =
  | 'CAPD'
  | 'CDL'
  | 'CNDCA'
  | 'CPC'
  | 'CPWDP'
  | 'JS'
  | 'NON_PARTY'
  | 'RCCK'
  | 'TDSGL'
  | 'ZGD';

/** 年度述职计划的一项:谁、何时、向谁述职 / One line of a year's plan: who reports, when, to whom */
export type PlanDutyReportInput = {
  /** 述职对象 / Reported to */
  audience: DutyReportAudience;
  /** 代表 / Deputy */
  deputyId: string | number;
  /** 口头或书面 / Oral or written */
  form: DutyReportForm;
  /** 计划日期 / Planned date */
  plannedOn?: string | null | undefined;
  /** 标题(默认按代表和年度生成)/ Title (made from the deputy and year when empty) */
  title?: string | null | undefined;
  /** 地点或会议 / Venue */
  venue?: string | null | undefined;
};

/** 对履职档案某项提出异议 / An objection to an item of a duty record */
export type RaiseObjectionInput = {
  /** 代表 / Deputy */
  deputyId: string | number;
  /** 项目键 / Item key */
  itemKey: string;
  /** 理由 / Reason */
  reason: string;
  /** 年度 / Year */
  year: number;
};

/** 接待日筛选 / Reception day filter */
export type ReceptionDayFilter = {
  /** 值班代表 / Deputy on duty */
  deputyId?: string | number | null | undefined;
  /** 联络站 / Liaison station */
  stationId?: string | number | null | undefined;
  /** 年度 / Year */
  year?: number | null | undefined;
};

/** 选民接待日 / A reception day */
export type ReceptionDayInput = {
  /** 日期 / Date */
  date: string;
  /** 值班代表 / Deputies on duty */
  deputyIds: Array<string | number>;
  /** 情况记录 / Notes */
  note?: string | null | undefined;
  /** 联络站 / Liaison station */
  stationId: string | number;
  /** 主题 / Topic */
  topic?: string | null | undefined;
};

/** 记录一批表彰(一个事务)/ Record commendations, in one transaction */
export type RecordCommendationsInput = {
  /** 表彰日期 / Awarded on */
  awardedOn?: string | null | undefined;
  /** 表彰对象 / Who is commended */
  entries: Array<CommendationEntryInput>;
  /** 类别 / Kind */
  kind: CommendationKind;
  /** 称号(默认“某年度优秀人大代表”)/ Title */
  title?: string | null | undefined;
  /** 年度 / Year */
  year: number;
};

/** 登记述职:日期与内容 / Record a report: its date and text */
export type RecordDutyReportInput = {
  /** 述职内容 / The text */
  content: string;
  /** 口头或书面 / Oral or written */
  form?: DutyReportForm | null | undefined;
  /** 述职日期 / Date reported */
  reportedOn: string;
  /** 地点或会议 / Venue */
  venue?: string | null | undefined;
  /** 版本号 / Version */
  version: number;
};

/** 整改操作 / Moves of a rectification item */
export type RectificationAction =
  | 'REJECT'
  | 'RESOLVE'
  | 'START'
  | 'VERIFY';

/** 新的整改事项 / A new rectification item */
export type RectificationItemInput = {
  /** 问题与整改要求 / Problem and what must change */
  description: string;
  /** 整改期限 / Due date */
  dueOn?: string | null | undefined;
  /** 提出的代表 / Deputy who raised it */
  raisedByDeputyId?: string | number | null | undefined;
  /** 责任单位(默认为被评议机关)/ Responsible organization (the organ by default) */
  responsibleOrganizationId?: string | number | null | undefined;
};

/** 整改状态 / Status of a rectification item */
export type RectificationStatus =
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'RESOLVED'
  | 'VERIFIED';

/** 处理异议 / Resolve an objection */
export type ResolveObjectionInput = {
  /** 是否采纳(采纳前应先更正记录)/ Accepted (correct the records first) */
  accepted: boolean;
  /** 处理意见 / Resolution */
  resolution: string;
  /** 版本号 / Version */
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

/** 履职等次 / Grade of a year's score */
export type ScoreGrade =
  | 'FAIR'
  | 'GOOD'
  | 'POOR';

/** 一项积分规则 / One points rule */
export type ScoringRuleInput = {
  /** 项目键 / Item key */
  itemKey: string;
  /** 得分上限(空为不设上限)/ Cap (empty: none) */
  maxPoints?: number | null | undefined;
  /** 每单位分值(可为负)/ Points per unit (may be negative) */
  points: number;
};

/** 保存积分表(自某年起生效;整体替换该年的规则)/ Save the points table of a year; its rules are replaced */
export type ScoringRuleSetInput = {
  /** 生效年度 / First year it applies to */
  effectiveYear: number;
  /** “较好”的分数线 / Fair from */
  fairFrom: number;
  /** “好”的分数线 / Good from */
  goodFrom: number;
  /** 说明 / Note */
  note?: string | null | undefined;
  /** 规则(未列出的项目用默认分值)/ Rules; items not listed use their defaults */
  rules: Array<ScoringRuleInput>;
  /** 修改已有积分表时的版本号 / Version, when changing an existing table */
  version?: number | null | undefined;
};

/** 民情日记筛选 / Diary filter */
export type SentimentDiaryFilter = {
  /** 代表 / Deputy */
  deputyId?: string | number | null | undefined;
  /** 标题或内容包含 / Title or text contains */
  search?: string | null | undefined;
  /** 含此标签 / Has this tag */
  tag?: string | null | undefined;
  /** 年度 / Year */
  year?: number | null | undefined;
};

/** 写民情日记(代表本人写时不填代表)/ A diary entry; a deputy writing their own leaves deputyId empty */
export type SentimentDiaryInput = {
  /** 内容 / Text */
  content: string;
  /** 代表(工作人员代录时必填)/ Deputy (required when staff enter it) */
  deputyId?: string | number | null | undefined;
  /** 日期 / Date */
  entryDate: string;
  /** 标签 / Tags */
  tags: Array<string>;
  /** 标题 / Title */
  title: string;
};

/** 一位代表的出席情况 / One deputy's attendance */
export type SessionAttendanceEntryInput = {
  /** 代表 / Deputy */
  deputyId: string | number;
  /** 备注 / Note */
  note?: string | null | undefined;
  /** 出席情况 / Attendance */
  status: SessionAttendanceStatus;
  /** 已有记录的版本号(修改时)/ Version of the existing record, when changing it */
  version?: number | null | undefined;
};

/** 出席登记表筛选 / Attendance sheet filter */
export type SessionAttendanceFilter = {
  /** 代表姓名包含 / Name contains */
  search?: string | null | undefined;
  /** 出席情况 / Attendance */
  status?: SessionAttendanceStatus | null | undefined;
  /** 只看未登记的 / Only deputies not recorded yet */
  unrecorded?: boolean | null | undefined;
};

/** 出席情况 / Attendance at a plenary session */
export type SessionAttendanceStatus =
  | 'ABSENT'
  | 'ATTENDED'
  | 'ON_LEAVE';

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

/** 评议票数 / The vote tally */
export type VoteTallyInput = {
  /** 基本称职票 / Basically competent */
  basicallyCompetent: number;
  /** 称职票 / Competent */
  competent: number;
  /** 不称职票 / Not competent */
  notCompetent: number;
};

/** 述职等次标准(百分比)/ Grading thresholds, in percent */
export type VoteThresholdsInput = {
  /** 称职与基本称职票合计达到此百分比为基本称职 / Competent + basically competent votes needed for BASICALLY_COMPETENT, percent */
  basicallyCompetentPercent: number;
  /** 称职票达到此百分比为称职 / Competent votes needed for COMPETENT, percent */
  competentPercent: number;
};

/** 联系选民筛选 / Voter contact filter */
export type VoterContactFilter = {
  /** 代表 / Deputy */
  deputyId?: string | number | null | undefined;
  /** 方式 / Kind */
  kind?: VoterContactKind | null | undefined;
  /** 联络站 / Liaison station */
  stationId?: string | number | null | undefined;
  /** 年度 / Year */
  year?: number | null | undefined;
};

/** 登记一次联系选民及收集的意见 / A contact with voters and the opinions taken */
export type VoterContactInput = {
  /** 日期 / Date */
  contactedOn: string;
  /** 代表 / Deputy */
  deputyId: string | number;
  /** 方式 / Kind */
  kind: VoterContactKind;
  /** 收集的意见 / Opinions taken */
  opinions?: Array<VoterOpinionInput> | null | undefined;
  /** 接待日(方式为接待日时必填)/ Reception day (required for RECEPTION_DAY) */
  receptionDayId?: string | number | null | undefined;
  /** 联络站 / Liaison station */
  stationId?: string | number | null | undefined;
  /** 情况概要 / Summary */
  summary: string;
  /** 选民姓名 / Voter's name */
  voterName?: string | null | undefined;
  /** 选民电话 / Voter's phone */
  voterPhone?: string | null | undefined;
};

/** 联系选民方式 / How a deputy met voters */
export type VoterContactKind =
  | 'LETTER'
  | 'ONLINE'
  | 'RECEPTION_DAY'
  | 'VISIT';

/** 民意处理方式 / Ways to dispose of an opinion */
export type VoterOpinionAction =
  | 'ANSWER'
  | 'REFER'
  | 'TO_SUGGESTION';

/** 民意筛选 / Opinion filter */
export type VoterOpinionFilter = {
  /** 代表 / Deputy */
  deputyId?: string | number | null | undefined;
  /** 处理状态 / Status */
  status?: VoterOpinionStatus | null | undefined;
  /** 年度(按联系或日记日期)/ Year, by the date of the contact or diary entry */
  year?: number | null | undefined;
};

/** 选民的一条意见 / One opinion of a voter */
export type VoterOpinionInput = {
  /** 意见内容 / What the voter said */
  content: string;
  /** 选民姓名 / Voter's name */
  voterName?: string | null | undefined;
  /** 选民电话 / Voter's phone */
  voterPhone?: string | null | undefined;
};

/** 民意处理状态 / What became of a voter's opinion */
export type VoterOpinionStatus =
  | 'ANSWERED'
  | 'OPEN'
  | 'REFERRED'
  | 'SUGGESTION';

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

export type DutyCandidatesQueryVariables = Exact<{
  year: number;
  kind: CommendationKind;
  termId: string | number;
  first?: number | null | undefined;
}>;


export type DutyCandidatesQuery = { commendationCandidates: { totalCount: number, nodes: Array<{ rank: number, deputyId: string | null, groupId: string | null, score: number, grade: ScoreGrade | null, attendancePercent: number | null, members: number | null, eligible: boolean, commended: boolean, deputy: { id: string, name: string } | null, group: { id: string, name: string } | null }> } };

export type DutyCommendationsQueryVariables = Exact<{
  filter?: CommendationFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type DutyCommendationsQuery = { commendations: { totalCount: number, nodes: Array<{ id: string, version: number, year: number, kind: CommendationKind, title: string, basis: string, score: number | null, attendancePercent: number | null, awardedOn: string | null, deputy: { id: string, name: string } | null, group: { id: string, name: string } | null }> } };

export type DutyRecordCommendationsMutationVariables = Exact<{
  input: RecordCommendationsInput;
}>;


export type DutyRecordCommendationsMutation = { recordCommendations: Array<{ id: string }> };

export type DutyDeleteCommendationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DutyDeleteCommendationMutation = { deleteCommendation: boolean };

export type DutyDiariesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: SentimentDiaryFilter | null | undefined;
}>;


export type DutyDiariesQuery = { sentimentDiaries: { totalCount: number, nodes: Array<{ id: string, version: number, entryDate: string, title: string, content: string, tags: Array<string>, suggestionId: string | null, deputy: { id: string, name: string }, opinions: Array<{ id: string, status: VoterOpinionStatus }> }> } };

export type DutyWriteDiaryMutationVariables = Exact<{
  input: SentimentDiaryInput;
}>;


export type DutyWriteDiaryMutation = { writeSentimentDiary: { id: string } };

export type DutyDiaryToOpinionMutationVariables = Exact<{
  id: string | number;
  input: DiaryToOpinionInput;
}>;


export type DutyDiaryToOpinionMutation = { sentimentDiaryToOpinion: { id: string } };

export type DutyDiaryDraftQueryVariables = Exact<{
  id: string | number;
}>;


export type DutyDiaryDraftQuery = { sentimentDiarySuggestionDraft: { title: string, content: string, leadDeputyId: string, source: string } };

export type DutyRecordViewQueryVariables = Exact<{
  deputyId: string | number;
  year: number;
}>;


export type DutyRecordViewQuery = { dutyRecord: { deputyId: string, year: number, score: number, grade: ScoreGrade, attended: number, onLeave: number, absent: number, attendancePercent: number | null, ruleSetYear: number | null, deputy: { id: string, name: string, gender: Gender, party: Party, position: string | null, workUnit: string | null }, items: Array<{ key: string, labelZh: string, labelEn: string, unitZh: string, unitEn: string, value: number, points: number, pointsPerUnit: number, maxPoints: number | null, adminPath: string | null }>, objections: Array<{ id: string, itemKey: string, itemLabel: string, reason: string, status: ObjectionStatus, resolution: string | null, createdAt: string }> } };

export type DutyRecordEntriesQueryVariables = Exact<{
  deputyId: string | number;
  year: number;
  key: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DutyRecordEntriesQuery = { dutyRecordEntries: { totalCount: number, nodes: Array<{ recordId: string, recordType: string, occurredOn: string | null, title: string, detail: string | null, value: number, adminPath: string | null }> } };

export type DutyRaiseObjectionMutationVariables = Exact<{
  input: RaiseObjectionInput;
}>;


export type DutyRaiseObjectionMutation = { raiseDutyRecordObjection: { id: string, status: ObjectionStatus } };

export type DutyRecordListQueryVariables = Exact<{
  year: number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: DutyRecordFilter | null | undefined;
  sort?: DutyRecordSort | null | undefined;
}>;


export type DutyRecordListQuery = { dutyRecords: { totalCount: number, nodes: Array<{ deputyId: string, score: number, grade: ScoreGrade, attendancePercent: number | null, deputy: { id: string, name: string, position: string | null } }> } };

export type DutyTermsQueryVariables = Exact<{ [key: string]: never; }>;


export type DutyTermsQuery = { terms: Array<{ id: string, name: string, congress: { name: string, level: CongressLevel } }> };

export type DutyReportListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: DutyReportFilter | null | undefined;
}>;


export type DutyReportListQuery = { dutyReports: { totalCount: number, nodes: Array<{ id: string, version: number, year: number, audience: DutyReportAudience, form: DutyReportForm, status: DutyReportStatus, title: string, plannedOn: string | null, reportedOn: string | null, venue: string | null, content: string, grade: DutyReportGrade | null, competentPercent: number | null, allowedActions: Array<DutyReportAction>, votesCompetent: number | null, votesBasicallyCompetent: number | null, votesNotCompetent: number | null, deputy: { id: string, name: string }, ratings: Array<{ id: string, evaluatorName: string, grade: DutyReportGrade, comment: string | null }> }> }, dutyReportThresholds: { competentPercent: number, basicallyCompetentPercent: number } };

export type DutyPlanReportsMutationVariables = Exact<{
  year: number;
  entries: Array<PlanDutyReportInput> | PlanDutyReportInput;
}>;


export type DutyPlanReportsMutation = { planDutyReports: Array<{ id: string }> };

export type DutyRecordReportMutationVariables = Exact<{
  id: string | number;
  input: RecordDutyReportInput;
}>;


export type DutyRecordReportMutation = { recordDutyReport: { id: string, status: DutyReportStatus, version: number } };

export type DutyEvaluateReportMutationVariables = Exact<{
  id: string | number;
  input: EvaluateDutyReportInput;
}>;


export type DutyEvaluateReportMutation = { evaluateDutyReport: { id: string, status: DutyReportStatus, grade: DutyReportGrade | null, version: number } };

export type DutyCancelReportMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DutyCancelReportMutation = { cancelDutyReport: { id: string, status: DutyReportStatus, version: number } };

export type DutyObjectionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ObjectionFilter | null | undefined;
}>;


export type DutyObjectionsQuery = { dutyRecordObjections: { totalCount: number, nodes: Array<{ id: string, version: number, year: number, itemKey: string, itemLabel: string, reason: string, status: ObjectionStatus, resolution: string | null, createdAt: string, deputy: { id: string, name: string } }> } };

export type DutyResolveObjectionMutationVariables = Exact<{
  id: string | number;
  input: ResolveObjectionInput;
}>;


export type DutyResolveObjectionMutation = { resolveDutyRecordObjection: { id: string, status: ObjectionStatus } };

export type DutyOrganEvaluationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrganEvaluationFilter | null | undefined;
}>;


export type DutyOrganEvaluationsQuery = { organEvaluations: { totalCount: number, nodes: Array<{ id: string, year: number, title: string, phase: OrganEvaluationPhase, averageScore: number | null, organization: { id: string, name: string }, ratings: Array<{ id: string }>, rectificationItems: Array<{ id: string, status: RectificationStatus }> }> } };

export type DutyOrgansQueryVariables = Exact<{ [key: string]: never; }>;


export type DutyOrgansQuery = { organizations: { nodes: Array<{ id: string, name: string }> } };

export type DutyCreateOrganEvaluationMutationVariables = Exact<{
  input: CreateOrganEvaluationInput;
}>;


export type DutyCreateOrganEvaluationMutation = { createOrganEvaluation: { id: string } };

export type DutyOrganEvaluationQueryVariables = Exact<{
  id: string | number;
}>;


export type DutyOrganEvaluationQuery = { organEvaluation: { id: string, version: number, year: number, title: string, phase: OrganEvaluationPhase, plan: string, conclusion: string | null, averageScore: number | null, allowedActions: Array<OrganEvaluationAction>, organization: { id: string, name: string }, ratings: Array<{ id: string, score: number, opinion: string | null, deputy: { id: string, name: string } }>, rectificationItems: Array<{ id: string, version: number, description: string, status: RectificationStatus, dueOn: string | null, allowedActions: Array<RectificationAction>, responsibleOrganization: { name: string } | null, raisedByDeputy: { name: string } | null, updates: Array<{ id: string, note: string, fromStatus: RectificationStatus | null, toStatus: RectificationStatus | null, createdAt: string }> }> } };

export type DutyMoveOrganEvaluationMutationVariables = Exact<{
  id: string | number;
  version: number;
  action: OrganEvaluationAction;
}>;


export type DutyMoveOrganEvaluationMutation = { moveOrganEvaluation: { id: string, phase: OrganEvaluationPhase, version: number } };

export type DutyRateOrganMutationVariables = Exact<{
  id: string | number;
  input: OrganRatingInput;
}>;


export type DutyRateOrganMutation = { rateOrgan: { id: string } };

export type DutyAddRectificationMutationVariables = Exact<{
  id: string | number;
  input: RectificationItemInput;
}>;


export type DutyAddRectificationMutation = { addRectificationItem: { id: string } };

export type DutyMoveRectificationMutationVariables = Exact<{
  id: string | number;
  version: number;
  action: RectificationAction;
  note: string;
}>;


export type DutyMoveRectificationMutation = { moveRectificationItem: { id: string, status: RectificationStatus, version: number } };

export type DutyScoringRulesQueryVariables = Exact<{
  year: number;
}>;


export type DutyScoringRulesQuery = { scoringRules: { year: number, ruleSetId: string | null, effectiveYear: number | null, version: number | null, goodFrom: number, fairFrom: number, note: string | null, rules: Array<{ itemKey: string, labelZh: string, labelEn: string, unitZh: string, unitEn: string, points: number, maxPoints: number | null, fromTable: boolean }> }, scoringRuleSets: Array<{ id: string, effectiveYear: number }>, dutyReportThresholds: { competentPercent: number, basicallyCompetentPercent: number } };

export type DutySaveScoringRulesMutationVariables = Exact<{
  input: ScoringRuleSetInput;
}>;


export type DutySaveScoringRulesMutation = { saveScoringRuleSet: { id: string, effectiveYear: number, version: number } };

export type DutySaveThresholdsMutationVariables = Exact<{
  input: VoteThresholdsInput;
}>;


export type DutySaveThresholdsMutation = { setDutyReportThresholds: { competentPercent: number, basicallyCompetentPercent: number } };

export type DutySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DutySessionsQuery = { sessions: Array<{ id: string, name: string, startDate: string, term: { name: string, congress: { name: string } } }> };

export type DutySessionSheetQueryVariables = Exact<{
  sessionId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: SessionAttendanceFilter | null | undefined;
}>;


export type DutySessionSheetQuery = { sessionAttendance: { totalCount: number, nodes: Array<{ deputyId: string, status: SessionAttendanceStatus | null, note: string | null, attendanceId: string | null, version: number | null, deputy: { id: string, name: string, position: string | null } }> } };

export type DutyRecordSessionAttendanceMutationVariables = Exact<{
  sessionId: string | number;
  entries: Array<SessionAttendanceEntryInput> | SessionAttendanceEntryInput;
}>;


export type DutyRecordSessionAttendanceMutation = { recordSessionAttendance: number };

export type DutyStationsQueryVariables = Exact<{ [key: string]: never; }>;


export type DutyStationsQuery = { liaisonStations: Array<{ id: string, name: string }> };

export type DutyReceptionDaysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ReceptionDayFilter | null | undefined;
}>;


export type DutyReceptionDaysQuery = { receptionDays: { totalCount: number, nodes: Array<{ id: string, date: string, topic: string | null, station: { name: string }, duties: Array<{ id: string, deputy: { name: string } }>, contacts: Array<{ id: string }> }> } };

export type DutyCreateReceptionDayMutationVariables = Exact<{
  input: ReceptionDayInput;
}>;


export type DutyCreateReceptionDayMutation = { createReceptionDay: { id: string } };

export type DutyVoterContactsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: VoterContactFilter | null | undefined;
}>;


export type DutyVoterContactsQuery = { voterContacts: { totalCount: number, nodes: Array<{ id: string, kind: VoterContactKind, contactedOn: string, voterName: string | null, voterPhone: string | null, summary: string, deputy: { id: string, name: string }, station: { name: string } | null, opinions: Array<{ id: string, content: string, status: VoterOpinionStatus }> }> } };

export type DutyCreateVoterContactMutationVariables = Exact<{
  input: VoterContactInput;
}>;


export type DutyCreateVoterContactMutation = { createVoterContact: { id: string } };

export type DutyVoterOpinionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: VoterOpinionFilter | null | undefined;
}>;


export type DutyVoterOpinionsQuery = { voterOpinions: { totalCount: number, nodes: Array<{ id: string, version: number, content: string, status: VoterOpinionStatus, voterName: string | null, voterPhone: string | null, answer: string | null, suggestionId: string | null, handledOn: string | null, allowedActions: Array<VoterOpinionAction>, deputy: { name: string }, referredOrganization: { name: string } | null }> } };

export type DutyVoterOpinionsCsvQueryVariables = Exact<{
  filter?: VoterOpinionFilter | null | undefined;
}>;


export type DutyVoterOpinionsCsvQuery = { voterOpinionsCsv: string };

export type DutyDisposeOpinionMutationVariables = Exact<{
  id: string | number;
  input: DisposeVoterOpinionInput;
}>;


export type DutyDisposeOpinionMutation = { disposeVoterOpinion: { id: string, status: VoterOpinionStatus, version: number } };

export type DutyHandlingOrgsQueryVariables = Exact<{ [key: string]: never; }>;


export type DutyHandlingOrgsQuery = { organizations: { nodes: Array<{ id: string, name: string }> } };

export type DutyYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type DutyYearsQuery = { dutyYears: Array<number> };

export type DutyDeputySearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type DutyDeputySearchQuery = { deputies: { nodes: Array<{ id: string, name: string, position: string | null }> } };

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
export const DutyCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommendationKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commendationCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"commended"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyCandidatesQuery, DutyCandidatesQueryVariables>;
export const DutyCommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyCommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommendationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"awardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyCommendationsQuery, DutyCommendationsQueryVariables>;
export const DutyRecordCommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyRecordCommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCommendationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DutyRecordCommendationsMutation, DutyRecordCommendationsMutationVariables>;
export const DutyDeleteCommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyDeleteCommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DutyDeleteCommendationMutation, DutyDeleteCommendationMutationVariables>;
export const DutyDiariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyDiaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SentimentDiaryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentimentDiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entryDate"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionId"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyDiariesQuery, DutyDiariesQueryVariables>;
export const DutyWriteDiaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyWriteDiary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SentimentDiaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeSentimentDiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DutyWriteDiaryMutation, DutyWriteDiaryMutationVariables>;
export const DutyDiaryToOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyDiaryToOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiaryToOpinionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentimentDiaryToOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DutyDiaryToOpinionMutation, DutyDiaryToOpinionMutationVariables>;
export const DutyDiaryDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyDiaryDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentimentDiarySuggestionDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"leadDeputyId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<DutyDiaryDraftQuery, DutyDiaryDraftQueryVariables>;
export const DutyRecordViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyRecordView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deputyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deputyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deputyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSetYear"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"unitZh"}},{"kind":"Field","name":{"kind":"Name","value":"unitEn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerUnit"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"adminPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemKey"}},{"kind":"Field","name":{"kind":"Name","value":"itemLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<DutyRecordViewQuery, DutyRecordViewQueryVariables>;
export const DutyRecordEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyRecordEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deputyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRecordEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deputyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deputyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"adminPath"}}]}}]}}]}}]} as unknown as DocumentNode<DutyRecordEntriesQuery, DutyRecordEntriesQueryVariables>;
export const DutyRaiseObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyRaiseObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseDutyRecordObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DutyRaiseObjectionMutation, DutyRaiseObjectionMutationVariables>;
export const DutyRecordListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyRecordList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DutyRecordFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DutyRecordSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyRecordListQuery, DutyRecordListQueryVariables>;
export const DutyTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<DutyTermsQuery, DutyTermsQueryVariables>;
export const DutyReportListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyReportList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DutyReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"competentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"votesCompetent"}},{"kind":"Field","name":{"kind":"Name","value":"votesBasicallyCompetent"}},{"kind":"Field","name":{"kind":"Name","value":"votesNotCompetent"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatorName"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyReportThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"basicallyCompetentPercent"}}]}}]}}]} as unknown as DocumentNode<DutyReportListQuery, DutyReportListQueryVariables>;
export const DutyPlanReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyPlanReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanDutyReportInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planDutyReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DutyPlanReportsMutation, DutyPlanReportsMutationVariables>;
export const DutyRecordReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyRecordReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDutyReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDutyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyRecordReportMutation, DutyRecordReportMutationVariables>;
export const DutyEvaluateReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyEvaluateReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluateDutyReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateDutyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyEvaluateReportMutation, DutyEvaluateReportMutationVariables>;
export const DutyCancelReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyCancelReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelDutyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyCancelReportMutation, DutyCancelReportMutationVariables>;
export const DutyObjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyObjections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRecordObjections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"itemKey"}},{"kind":"Field","name":{"kind":"Name","value":"itemLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyObjectionsQuery, DutyObjectionsQueryVariables>;
export const DutyResolveObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyResolveObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveDutyRecordObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DutyResolveObjectionMutation, DutyResolveObjectionMutationVariables>;
export const DutyOrganEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyOrganEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganEvaluationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectificationItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyOrganEvaluationsQuery, DutyOrganEvaluationsQueryVariables>;
export const DutyOrgansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyOrgans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"STATE_ORGAN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DutyOrgansQuery, DutyOrgansQueryVariables>;
export const DutyCreateOrganEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyCreateOrganEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DutyCreateOrganEvaluationMutation, DutyCreateOrganEvaluationMutationVariables>;
export const DutyOrganEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyOrganEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectificationItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedByDeputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyOrganEvaluationQuery, DutyOrganEvaluationQueryVariables>;
export const DutyMoveOrganEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyMoveOrganEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganEvaluationAction"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrganEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyMoveOrganEvaluationMutation, DutyMoveOrganEvaluationMutationVariables>;
export const DutyRateOrganDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyRateOrgan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganRatingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateOrgan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"evaluationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DutyRateOrganMutation, DutyRateOrganMutationVariables>;
export const DutyAddRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyAddRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRectificationItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"evaluationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DutyAddRectificationMutation, DutyAddRectificationMutationVariables>;
export const DutyMoveRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyMoveRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveRectificationItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyMoveRectificationMutation, DutyMoveRectificationMutationVariables>;
export const DutyScoringRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyScoringRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSetId"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveYear"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"fairFrom"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"unitZh"}},{"kind":"Field","name":{"kind":"Name","value":"unitEn"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"fromTable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRuleSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyReportThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"basicallyCompetentPercent"}}]}}]}}]} as unknown as DocumentNode<DutyScoringRulesQuery, DutyScoringRulesQueryVariables>;
export const DutySaveScoringRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutySaveScoringRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringRuleSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveScoringRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveYear"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutySaveScoringRulesMutation, DutySaveScoringRulesMutationVariables>;
export const DutySaveThresholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutySaveThresholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoteThresholdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDutyReportThresholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"basicallyCompetentPercent"}}]}}]}}]} as unknown as DocumentNode<DutySaveThresholdsMutation, DutySaveThresholdsMutationVariables>;
export const DutySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutySessionsQuery, DutySessionsQueryVariables>;
export const DutySessionSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutySessionSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionAttendanceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutySessionSheetQuery, DutySessionSheetQueryVariables>;
export const DutyRecordSessionAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyRecordSessionAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionAttendanceEntryInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSessionAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}]}]}}]} as unknown as DocumentNode<DutyRecordSessionAttendanceMutation, DutyRecordSessionAttendanceMutationVariables>;
export const DutyStationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyStations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisonStations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DutyStationsQuery, DutyStationsQueryVariables>;
export const DutyReceptionDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyReceptionDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionDayFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptionDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyReceptionDaysQuery, DutyReceptionDaysQueryVariables>;
export const DutyCreateReceptionDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyCreateReceptionDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReceptionDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DutyCreateReceptionDayMutation, DutyCreateReceptionDayMutationVariables>;
export const DutyVoterContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyVoterContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VoterContactFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voterContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactedOn"}},{"kind":"Field","name":{"kind":"Name","value":"voterName"}},{"kind":"Field","name":{"kind":"Name","value":"voterPhone"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyVoterContactsQuery, DutyVoterContactsQueryVariables>;
export const DutyCreateVoterContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyCreateVoterContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoterContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVoterContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DutyCreateVoterContactMutation, DutyCreateVoterContactMutationVariables>;
export const DutyVoterOpinionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyVoterOpinions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VoterOpinionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voterOpinions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voterName"}},{"kind":"Field","name":{"kind":"Name","value":"voterPhone"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionId"}},{"kind":"Field","name":{"kind":"Name","value":"handledOn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referredOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyVoterOpinionsQuery, DutyVoterOpinionsQueryVariables>;
export const DutyVoterOpinionsCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyVoterOpinionsCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VoterOpinionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voterOpinionsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<DutyVoterOpinionsCsvQuery, DutyVoterOpinionsCsvQueryVariables>;
export const DutyDisposeOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyDisposeOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisposeVoterOpinionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disposeVoterOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyDisposeOpinionMutation, DutyDisposeOpinionMutationVariables>;
export const DutyHandlingOrgsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyHandlingOrgs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"handlesSuggestions"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DutyHandlingOrgsQuery, DutyHandlingOrgsQueryVariables>;
export const DutyYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyYears"}}]}}]} as unknown as DocumentNode<DutyYearsQuery, DutyYearsQueryVariables>;
export const DutyDeputySearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyDeputySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<DutyDeputySearchQuery, DutyDeputySearchQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"scopeOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeDeputyId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scopeOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeDeputyId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeGroupId"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const EndUserSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndUserSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endUserSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<EndUserSessionsMutation, EndUserSessionsMutationVariables>;