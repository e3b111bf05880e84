/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 活动状态操作(见共享状态表)/ A step of the activity state machine */
export type ActivityAction =
  /** 取消活动 / Cancel */
  | 'CANCEL'
  /** 结束活动 / Complete */
  | 'COMPLETE'
  /** 发送通知 / Send the notice */
  | 'NOTIFY'
  /** 开始活动 / Start */
  | 'START';

/** 活动筛选 / Activity filter */
export type ActivityFilter = {
  /** 只看常委会组织的 / Only the committee's own */
  committeeOnly?: boolean | null | undefined;
  /** 人大 / Congress */
  congressId?: string | number | null | undefined;
  /** 开始日期不早于 / Starts on or after */
  from?: string | null | undefined;
  /** 组织小组 / Organising group */
  organizerGroupId?: string | number | null | undefined;
  /** 计划项目 / Plan item */
  planItemId?: string | number | null | undefined;
  /** 综合或单项 / Scope */
  scope?: ActivityScope | null | undefined;
  /** 名称包含 / Title contains */
  search?: string | null | undefined;
  /** 状态 / Status */
  status?: ActivityStatus | null | undefined;
  /** 开始日期不晚于 / Starts on or before */
  to?: string | null | undefined;
  /** 类型 / Type */
  type?: ActivityType | null | undefined;
  /** 年度 / Year of the first day */
  year?: number | null | undefined;
};

/** 活动通知内容;不填则按实施方案生成 / The advance notice; generated from the implementation plan when empty */
export type ActivityNoticeInput = {
  /** 正文 / Text */
  body?: string | null | undefined;
  /** 标题 / Title */
  title?: string | null | undefined;
  /** 活动版本号 / The activity's version */
  version: number;
};

/** 视察报告 / The report */
export type ActivityReportInput = {
  /** 新上传的附件(POST /files 返回的编号)/ New uploads to attach (ids from POST /files) */
  attachmentIds?: Array<string | number> | null | undefined;
  /** 正文 / Text */
  content: string;
  /** 标题 / Title */
  title: string;
};

/** 综合或单项 / Comprehensive or single-topic */
export type ActivityScope =
  /** 综合 / Comprehensive */
  | 'COMPREHENSIVE'
  /** 单项 / Single topic */
  | 'SINGLE_TOPIC';

/** 活动排序 / Activity order */
export type ActivitySort =
  /** 最近新建的在前 / Most recently created first */
  | 'CREATED_AT_DESC'
  /** 开始日期,早的在前 / Earliest first */
  | 'START_DATE_ASC'
  /** 开始日期,新的在前 / Latest first */
  | 'START_DATE_DESC'
  /** 名称 / By title */
  | 'TITLE_ASC';

/** 活动状态 / Where an activity stands */
export type ActivityStatus =
  /** 已取消 / Cancelled */
  | 'CANCELLED'
  /** 已完成 / Completed */
  | 'COMPLETED'
  /** 进行中 / In progress */
  | 'IN_PROGRESS'
  /** 已通知 / Notified */
  | 'NOTIFIED'
  /** 已计划 / Planned */
  | 'PLANNED';

/** 活动状态操作 / A step of the activity state machine */
export type ActivityTransitionInput = {
  /** 操作 / Action */
  action: ActivityAction;
  /** 原因(取消时必填)/ Reason (cancelling needs one) */
  reason?: string | null | undefined;
  /** 版本号 / Version */
  version: number;
};

/** 代表活动类型 / Kind of deputies' activity */
export type ActivityType =
  /** 述职会 / Duty-report meeting */
  | 'DUTY_REPORT_MEETING'
  /** 座谈会 / Forum */
  | 'FORUM'
  /** 视察 / Inspection */
  | 'INSPECTION'
  /** 执法检查 / Law-enforcement check */
  | 'LAW_ENFORCEMENT_CHECK'
  /** 评议国家机关 / Organ evaluation */
  | 'ORGAN_EVALUATION'
  /** 其他 / Other */
  | 'OTHER'
  /** 列席会议 / Sitting in */
  | 'SITTING_IN'
  /** 调研 / Survey */
  | 'SURVEY'
  /** 培训 / Training */
  | 'TRAINING'
  /** 选民接待 / Voter reception */
  | 'VOTER_RECEPTION';

/** 加入小组 / Adding a deputy to a group */
export type AddGroupMemberInput = {
  /** 代表 / Deputy */
  deputyId: string | number;
  /** 小组 / Group */
  groupId: string | number;
  /** 职务(默认组员)/ Role (default member) */
  role?: GroupRole | null | undefined;
  /** 加入日期(默认今天)/ From (default today) */
  startDate?: string | null | undefined;
};

/** 年度计划筛选 / Annual plan filter */
export type AnnualPlanFilter = {
  /** 人大 / Congress */
  congressId?: string | number | null | undefined;
  /** 人大层级 / Congress level */
  congressLevel?: CongressLevel | null | undefined;
  /** 年度 / Year */
  year?: number | null | undefined;
};

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
  /** 协办 / Co-unit */
  | 'CO'
  /** 主办 / Lead unit */
  | 'LEAD';

/** 交办件状态 / State of an assignment */
export type AssignmentStatus =
  /** 办理中 / Active */
  | 'ACTIVE'
  /** 已改由他单位办理 / Replaced */
  | 'REPLACED'
  /** 已退回 / Returned */
  | 'RETURNED'
  /** 申请退回 / Return requested */
  | 'RETURN_REQUESTED';

/** 登记出席情况 / Record a deputy's attendance */
export type AttendanceInput = {
  /** 代表 / Deputy */
  deputyId: string | number;
  /** 请假事由 / Reason for leave */
  leaveReason?: string | null | undefined;
  /** 出席情况 / Attendance */
  status: AttendanceStatus;
};

/** 出席情况 / A deputy's attendance */
export type AttendanceStatus =
  /** 缺席 / Absent */
  | 'ABSENT'
  /** 已出席 / Attended */
  | 'ATTENDED'
  /** 已确认 / Confirmed */
  | 'CONFIRMED'
  /** 已邀请 / Invited */
  | 'INVITED'
  /** 请假 / On leave */
  | 'ON_LEAVE';

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
  /** 先进代表小组 / Advanced group */
  | 'ADVANCED_GROUP'
  /** 优秀人大代表 / Excellent deputy */
  | 'EXCELLENT_DEPUTY';

/** 承诺事项 / A commitment with its due date */
export type CommitmentInput = {
  /** 承诺内容 / What is promised */
  content: string;
  /** 完成时限 / Due date */
  dueDate: string;
};

/** 人民代表大会 / A congress */
export type CongressInput = {
  /** 所辖区域 / The division it represents */
  divisionId?: string | number | null | undefined;
  /** 层级 / Level */
  level: CongressLevel;
  /** 名称 / Name */
  name: string;
  /** 地区 / Region, as written */
  region?: string | null | undefined;
};

/** 人大层级 / Level of a congress */
export type CongressLevel =
  /** 市 / City */
  | 'CITY'
  /** 区县 / County / district */
  | 'COUNTY'
  /** 全国 / National */
  | 'NATIONAL'
  /** 省 / Province */
  | 'PROVINCE'
  /** 乡镇 / Township */
  | 'TOWNSHIP';

/** 新建活动 / A new activity */
export type CreateActivityInput = {
  /** 哪一级人大的代表参加 / Whose deputies take part */
  congressId: string | number;
  /** 简介 / Summary */
  description?: string | null | undefined;
  /** 结束日期,默认同开始 / Last day; default the first */
  endDate?: string | null | undefined;
  /** 组织小组;空为常委会 / Organising group; empty: the committee */
  organizerGroupId?: string | number | null | undefined;
  /** 地点 / Place */
  place?: string | null | undefined;
  /** 年度计划项目 / Plan item */
  planItemId?: string | number | null | undefined;
  /** 综合或单项(默认单项)/ Scope (default single-topic) */
  scope?: ActivityScope | null | undefined;
  /** 开始日期 YYYY-MM-DD / First day */
  startDate: string;
  /** 名称 / Title */
  title: string;
  /** 类型 / Type */
  type: ActivityType;
};

/** 新建年度计划 / A new annual plan */
export type CreateAnnualPlanInput = {
  /** 哪一级人大 / Congress */
  congressId: string | number;
  /** 说明 / Notes */
  description?: string | null | undefined;
  /** 标题 / Title */
  title: string;
  /** 年度 / Year */
  year: number;
};

/** 新建常委会会议 / A new committee meeting */
export type CreateCommitteeMeetingInput = {
  /** 议程 / Agenda */
  agenda?: string | null | undefined;
  /** 日期 / Date */
  meetingDate: string;
  /** 第几次会议 / Ordinal */
  number?: number | null | undefined;
  /** 地点 / Place */
  place?: string | null | undefined;
  /** 邀请列席的代表 / Deputies invited to sit in */
  sittingInDeputyIds?: Array<string | number> | null | undefined;
  /** 届 / Term */
  termId: string | number;
  /** 名称 / Title */
  title: string;
};

/** 新建代表,可同时建立一届的代表资格 / A new deputy, optionally with a mandate */
export type CreateDeputyInput = {
  /** 通讯地址 / Address */
  address?: string | null | undefined;
  /** 出生日期 YYYY-MM-DD(空则按身份证号)/ Birth date (empty: from the ID number) */
  birthDate?: string | null | undefined;
  /** 学历 / Education */
  education?: Education | null | undefined;
  /** 民族(默认汉族)/ Ethnicity (default 汉族) */
  ethnicity?: string | null | undefined;
  /** 性别(空则按身份证号)/ Gender (empty: from the ID number) */
  gender?: Gender | null | undefined;
  /** 公民身份号码(18 位,校验位按 GB 11643)/ Citizen ID number (18 characters, GB 11643 check digit) */
  idNumber: string;
  /** 代表资格 / Mandate to create with the deputy */
  mandate?: MandateInput | null | undefined;
  /** 姓名 / Name */
  name: string;
  /** 代表构成类别 / Occupation category */
  occupationCategory: OccupationCategory;
  /** 政治面貌 / Party */
  party: Party;
  /** 电话 / Phone */
  phone?: string | null | undefined;
  /** 职务 / Position */
  position?: string | null | undefined;
  /** 状态(默认在任)/ Status (default serving) */
  status?: DeputyStatus | null | undefined;
  /** 工作单位 / Work unit */
  workUnit?: string | null | undefined;
};

/** 登记问题 / Record a finding */
export type CreateFindingInput = {
  /** 整改期限 / Deadline */
  deadline?: string | null | undefined;
  /** 情况说明 / Description */
  description?: string | null | undefined;
  /** 提出问题的代表 / Deputy who raised it */
  raisedByDeputyId?: string | number | null | undefined;
  /** 责任单位 / Responsible organization */
  responsibleOrganizationId?: string | number | null | undefined;
  /** 被视察单位;空为整体问题 / Stop; empty: overall */
  stopId?: string | number | null | undefined;
  /** 问题 / The problem, in one line */
  title: string;
};

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

/** 提出建议或议案 / A new suggestion or motion */
export type CreateSuggestionInput = {
  /** 附议代表 / Co-signing deputies */
  coSignerIds?: Array<string | number>;
  /** 内容 / Content */
  content: string;
  /** 领域 / Field */
  field: SuggestionField;
  /** 由这些视察问题转成:与建议在同一事务中双向关联,来源记为视察问题,须存为草稿 / Made from these findings: linked both ways in the same transaction, the source set to them; saved as a draft */
  findingIds?: Array<string | number> | null | undefined;
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

/** 新建培训(同时建立类型为培训的活动)/ A new training, with its activity */
export type CreateTrainingInput = {
  /** 哪一级人大的代表参加 / Whose deputies take part */
  congressId: string | number;
  /** 简介 / Summary */
  description?: string | null | undefined;
  /** 结束日期,默认同开始 / Last day; default the first */
  endDate?: string | null | undefined;
  /** 学时 / Hours */
  hours: number;
  /** 学习材料 / Materials */
  materials?: string | null | undefined;
  /** 培训方式 / Mode */
  mode: TrainingMode;
  /** 组织小组;空为常委会 / Organising group; empty: the committee */
  organizerGroupId?: string | number | null | undefined;
  /** 地点 / Place */
  place?: string | null | undefined;
  /** 年度计划项目 / Plan item */
  planItemId?: string | number | null | undefined;
  /** 答卷满分 / Maximum score */
  quizMaxScore?: number | null | undefined;
  /** 知识答卷名称 / Quiz title */
  quizTitle?: string | null | undefined;
  /** 综合或单项(默认单项)/ Scope (default single-topic) */
  scope?: ActivityScope | null | undefined;
  /** 开始日期 YYYY-MM-DD / First day */
  startDate: string;
  /** 名称 / Title */
  title: string;
  /** 类型 / Type */
  type: ActivityType;
};

/** 新建用户 / A new user */
export type CreateUserInput = {
  /** 姓名 / Display name */
  displayName: string;
  /** 至少 10 个字符 / At least 10 characters */
  password: string;
  /** 角色 / Role */
  role: Role;
  /** 对应的代表(DEPUTY 必填)/ The deputy (required for DEPUTY) */
  scopeDeputyId?: string | number | null | undefined;
  /** 所属代表小组(GROUP_LEADER 必填)/ The group (required for GROUP_LEADER) */
  scopeGroupId?: string | number | null | undefined;
  /** 承办单位(HANDLING_UNIT 必填)/ The handling unit (required for HANDLING_UNIT) */
  scopeOrganizationId?: string | number | null | undefined;
  /** 登录名:3–40 位字母、数字、点、下划线或连字符 / Sign-in name: 3–40 letters, digits, dots, underscores or hyphens */
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

/** 代表筛选(条件同时满足)/ Deputy filter: every given condition must hold */
export type DeputyFilter = {
  /** 年龄不大于 / Age at most */
  ageMax?: number | null | undefined;
  /** 年龄不小于 / Age at least */
  ageMin?: number | null | undefined;
  /** 所在小组或选区属于该区划(含下级)/ Their current group or electoral district lies in this division or below */
  divisionId?: string | number | null | undefined;
  /** 学历 / Education */
  education?: Education | null | undefined;
  /** 性别 / Gender */
  gender?: Gender | null | undefined;
  /** 当前在该小组 / Currently in this group */
  groupId?: string | number | null | undefined;
  /** 在该层级人大有现任代表资格 / Holds a current mandate at this level */
  level?: CongressLevel | null | undefined;
  /** 代表构成类别 / Occupation category */
  occupationCategory?: OccupationCategory | null | undefined;
  /** 政治面貌 / Party */
  party?: Party | null | undefined;
  /** 姓名(三字及以上为包含,更短为开头)、全拼或拼音首字母(“zs”可找到张三)/ Name (three characters or more: contains; fewer: starts with), pinyin, or pinyin initials ("zs" finds 张三) */
  search?: string | null | undefined;
  /** 当前在该系统的小组 / Currently in a group of this sector */
  sectorId?: string | number | null | undefined;
  /** 状态 / Status */
  status?: DeputyStatus | null | undefined;
  /** 在该届有代表资格 / Holds a mandate in this term */
  termId?: string | number | null | undefined;
};

/** 名册导入状态 / Status of a roster import */
export type DeputyImportStatus =
  /** 已导入 / Applied */
  | 'APPLIED'
  /** 正在导入 / Being applied */
  | 'APPLYING'
  /** 失败 / Failed */
  | 'FAILED'
  /** 有错误行 / Some rows have problems */
  | 'INVALID'
  /** 校验通过,可导入 / Checked, ready to apply */
  | 'VALID'
  /** 正在校验 / Being checked */
  | 'VALIDATING';

/** 代表的个人信息(新建和修改共用)/ A deputy's personal record, for creating and changing */
export type DeputyInput = {
  /** 通讯地址 / Address */
  address?: string | null | undefined;
  /** 出生日期 YYYY-MM-DD(空则按身份证号)/ Birth date (empty: from the ID number) */
  birthDate?: string | null | undefined;
  /** 学历 / Education */
  education?: Education | null | undefined;
  /** 民族(默认汉族)/ Ethnicity (default 汉族) */
  ethnicity?: string | null | undefined;
  /** 性别(空则按身份证号)/ Gender (empty: from the ID number) */
  gender?: Gender | null | undefined;
  /** 公民身份号码(18 位,校验位按 GB 11643)/ Citizen ID number (18 characters, GB 11643 check digit) */
  idNumber: string;
  /** 姓名 / Name */
  name: string;
  /** 代表构成类别 / Occupation category */
  occupationCategory: OccupationCategory;
  /** 政治面貌 / Party */
  party: Party;
  /** 电话 / Phone */
  phone?: string | null | undefined;
  /** 职务 / Position */
  position?: string | null | undefined;
  /** 状态(默认在任)/ Status (default serving) */
  status?: DeputyStatus | null | undefined;
  /** 工作单位 / Work unit */
  workUnit?: string | null | undefined;
};

/** 代表排序(姓名按拼音)/ Deputy order (names by pinyin) */
export type DeputySort =
  /** 年长者在前 / Oldest first */
  | 'BIRTH_DATE_ASC'
  /** 年轻者在前 / Youngest first */
  | 'BIRTH_DATE_DESC'
  /** 最近登记在前 / Most recently recorded first */
  | 'CREATED_AT_DESC'
  /** 姓名拼音升序 / Name by pinyin, A to Z */
  | 'NAME_ASC'
  /** 姓名拼音降序 / Name by pinyin, Z to A */
  | 'NAME_DESC';

/** 代表状态 / Status of a deputy */
export type DeputyStatus =
  /** 在任 / Serving */
  | 'ACTIVE'
  /** 资格终止 / Mandate ended */
  | 'ENDED'
  /** 暂停执行职务 / Suspended */
  | 'SUSPENDED';

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

/** 行政区划 / A division */
export type DivisionInput = {
  /** 区划代码 / Official code */
  code?: string | null | undefined;
  /** 类型 / Kind */
  kind: DivisionKind;
  /** 名称 / Name */
  name: string;
  /** 上级区划 / Parent division */
  parentId?: string | number | null | undefined;
};

/** 行政区划类型 / Kind of administrative division */
export type DivisionKind =
  /** 市 / City */
  | 'CITY'
  /** 社区 / Community */
  | 'COMMUNITY'
  /** 区/县 / District */
  | 'DISTRICT'
  /** 省 / Province */
  | 'PROVINCE'
  /** 街道 / Subdistrict */
  | 'SUBDISTRICT'
  /** 镇 / Town */
  | 'TOWN'
  /** 乡 / Township */
  | 'TOWNSHIP'
  /** 村 / Village */
  | 'VILLAGE';

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
  /** 按姓名拼音 / By name (pinyin) */
  | 'NAME_ASC'
  /** 得分从低到高 / Lowest score first */
  | 'SCORE_ASC'
  /** 得分从高到低 / Highest score first */
  | 'SCORE_DESC';

/** 述职操作 / What can be done to a duty report */
export type DutyReportAction =
  /** 取消 / Cancel */
  | 'CANCEL'
  /** 评议 / Evaluate */
  | 'EVALUATE'
  /** 登记述职 / Record the report */
  | 'REPORT';

/** 述职对象 / Whom a deputy reports to */
export type DutyReportAudience =
  /** 向选举单位述职 / To the electoral unit */
  | 'ELECTORAL_UNIT'
  /** 向常委会述职 / To the standing committee */
  | 'STANDING_COMMITTEE'
  /** 向选民述职 / To the voters */
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
  /** 口头述职 / Oral */
  | 'ORAL'
  /** 书面述职 / Written */
  | 'WRITTEN';

/** 述职评议等次 / The grade of a duty report */
export type DutyReportGrade =
  /** 基本称职 / Basically competent */
  | 'BASICALLY_COMPETENT'
  /** 称职 / Competent */
  | 'COMPETENT'
  /** 不称职 / Not competent */
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
  /** 已取消 / Cancelled */
  | 'CANCELLED'
  /** 已评议 / Evaluated */
  | 'EVALUATED'
  /** 已列入计划 / Planned */
  | 'PLANNED'
  /** 已述职 / Reported */
  | 'REPORTED';

/** 学历 / Education */
export type Education =
  /** 大学专科 / Junior college */
  | 'JUNIOR_COLLEGE'
  /** 研究生 / Postgraduate */
  | 'POSTGRADUATE'
  /** 初中及以下 / Junior secondary or below */
  | 'PRIMARY_OR_BELOW'
  /** 中专/高中 / Secondary */
  | 'SECONDARY'
  /** 大学本科 / Undergraduate */
  | 'UNDERGRADUATE';

/** 选区或选举单位 / An electoral district */
export type ElectoralDistrictInput = {
  /** 所属人大 / Congress it elects to */
  congressId: string | number;
  /** 所在区划 / Division */
  divisionId?: string | number | null | undefined;
  /** 类型 / Kind */
  kind: ElectoralDistrictKind;
  /** 名称 / Name */
  name: string;
};

/** 选区或选举单位 / Constituency or electoral unit */
export type ElectoralDistrictKind =
  /** 选区 / Constituency */
  | 'CONSTITUENCY'
  /** 选举单位 / Electoral unit */
  | 'ELECTORAL_UNIT';

/** 离开小组 / Ending a membership */
export type EndGroupMemberInput = {
  /** 离开日期(默认今天)/ To (default today) */
  endDate?: string | null | undefined;
  /** 读取时的版本号 / The version you read */
  version: number;
};

/** 终止代表资格 / Ending a mandate */
export type EndMandateInput = {
  /** 终止日期 / End date */
  endDate: string;
  /** 终止原因 / Why it ends */
  endReason: MandateEndReason;
  /** 读取时的版本号 / The version you read */
  version: number;
};

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

/** 延期申请状态 / State of an extension request */
export type ExtensionStatus =
  /** 已批准延期 / Extension approved */
  | 'APPROVED'
  /** 不同意延期 / Extension refused */
  | 'REFUSED'
  /** 申请延期 / Extension requested */
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
  /** 基本满意 / Basically satisfied */
  | 'BASICALLY_SATISFIED'
  /** 满意 / Satisfied */
  | 'SATISFIED'
  /** 不满意 / Unsatisfied */
  | 'UNSATISFIED';

/** 问题状态操作(见共享状态表)/ A step of the finding state machine */
export type FindingAction =
  /** 未解决关闭 / Close unresolved */
  | 'CLOSE_UNRESOLVED'
  /** 开始调查 / Investigate */
  | 'INVESTIGATE'
  /** 核实已解决 / Verify as resolved */
  | 'RESOLVE'
  /** 开始整改 / Start rectification */
  | 'START_RECTIFICATION';

/** 问题筛选 / Finding filter */
export type FindingFilter = {
  /** 活动 / Activity */
  activityId?: string | number | null | undefined;
  /** 是否已转为建议 / Became a suggestion or not */
  linkedToSuggestion?: boolean | null | undefined;
  /** 只看逾期未办结 / Only overdue ones */
  overdue?: boolean | null | undefined;
  /** 责任单位 / Responsible organization */
  responsibleOrganizationId?: string | number | null | undefined;
  /** 问题包含 / Title contains */
  search?: string | null | undefined;
  /** 状态 / Statuses */
  statuses?: Array<FindingStatus> | null | undefined;
};

/** 填报整改进展或整改完成 / Report progress or claim the rectification done */
export type FindingReportInput = {
  /** 证据附件 / Evidence uploads */
  attachmentIds?: Array<string | number> | null | undefined;
  /** 类型 / Kind */
  kind: FindingReportKind;
  /** 说明 / Note */
  note: string;
};

/** 可手工填报的动态 / Entries a unit or staff adds by hand */
export type FindingReportKind =
  /** 进展 / Progress */
  | 'PROGRESS'
  /** 责任单位报告整改完成 / Unit's claim: rectified */
  | 'RECTIFICATION_CLAIM';

/** 问题排序 / Finding order */
export type FindingSort =
  /** 最近登记的在前 / Most recently recorded first */
  | 'CREATED_AT_DESC'
  /** 期限最近的在前(无期限的在后)/ Nearest deadline first, none last */
  | 'DEADLINE_ASC'
  /** 最近有动态的在前 / Most recently updated first */
  | 'UPDATED_AT_DESC';

/** 问题整改状态 / Where a finding stands */
export type FindingStatus =
  /** 未解决关闭 / Closed unresolved */
  | 'CLOSED_UNRESOLVED'
  /** 调查中 / Investigating */
  | 'INVESTIGATING'
  /** 待调查 / Open */
  | 'OPEN'
  /** 整改中 / Rectifying */
  | 'RECTIFYING'
  /** 已解决 / Resolved */
  | 'RESOLVED';

/** 问题状态操作 / A step of the finding state machine */
export type FindingTransitionInput = {
  /** 操作 / Action */
  action: FindingAction;
  /** 证据附件 / Evidence uploads */
  attachmentIds?: Array<string | number> | null | undefined;
  /** 说明(核实、关闭时必填)/ Note (verifying or closing needs one) */
  note?: string | null | undefined;
  /** 版本号 / Version */
  version: number;
};

/** 问题动态类型 / Kind of timeline entry */
export type FindingUpdateKind =
  /** 登记问题 / Recorded */
  | 'CREATED'
  /** 进展 / Progress */
  | 'PROGRESS'
  /** 责任单位报告整改完成 / Unit's claim: rectified */
  | 'RECTIFICATION_CLAIM'
  /** 状态变更 / Status change */
  | 'STATUS_CHANGE'
  /** 常委会核实未通过 / Committee's check: not passed */
  | 'VERIFICATION_FAILED'
  /** 常委会核实通过 / Committee's check: passed */
  | 'VERIFICATION_PASSED';

/** 常委会核实 / The committee's check of a claimed rectification */
export type FindingVerificationInput = {
  /** 证据附件 / Evidence uploads */
  attachmentIds?: Array<string | number> | null | undefined;
  /** 核实情况 / What was checked */
  note: string;
  /** 核实通过 / Passed */
  passed: boolean;
  /** 版本号 / Version */
  version: number;
};

/** 性别 / Gender */
export type Gender =
  /** 女 / Female */
  | 'FEMALE'
  /** 男 / Male */
  | 'MALE';

/** 小组划分方式 / How a group is formed */
export type GroupBasis =
  /** 按行政区划 / By division */
  | 'DIVISION'
  /** 按系统 / By sector */
  | 'SECTOR';

/** 小组筛选 / Group filter */
export type GroupFilter = {
  /** 只看该人大各届的小组 / Only groups of this congress's terms */
  congressId?: string | number | null | undefined;
  /** 人大层级 / Congress level */
  level?: CongressLevel | null | undefined;
  /** 搜索:以空格或“·”分开的每个词都须出现在小组名称、届名或所属人大的名称或地区中(不区分大小写),如“第一小组 · 柳河” / Search: every word (split at spaces or "·") must occur in the group's name, its term's name or its congress's name or region, ignoring case, e.g. "第一小组 · 柳河" */
  search?: string | null | undefined;
  /** 届 / Term */
  termId?: string | number | null | undefined;
};

/** 代表小组(新建和修改共用)/ An activity group, for creating and changing */
export type GroupInput = {
  /** 划分方式 / Basis */
  basis: GroupBasis;
  /** 说明 / Description */
  description?: string | null | undefined;
  /** 区划(按区划划分时)/ Division, for groups by division */
  divisionId?: string | number | null | undefined;
  /** 名称 / Name */
  name: string;
  /** 系统(按系统划分时)/ Sector, for groups by sector */
  sectorId?: string | number | null | undefined;
  /** 届 / Term */
  termId: string | number;
};

/** 小组职务 / Role in a group */
export type GroupRole =
  /** 组长 / Leader */
  | 'LEADER'
  /** 组员 / Member */
  | 'MEMBER'
  /** 副组长 / Vice leader */
  | 'VICE_LEADER';

/** 修改一个层级的小组规则 / New group rules for one level */
export type GroupRulesInput = {
  /** 层级 / Level */
  level: CongressLevel;
  /** 最多人数 / Most members */
  maxSize: number;
  /** 副组长上限 / Most vice leaders */
  maxViceLeaders: number;
  /** 最少人数 / Fewest members */
  minSize: number;
};

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
  /** 节假日(不上班) / Holiday (no work) */
  | 'HOLIDAY'
  /** 调休上班日 / Make-up working day */
  | 'WORKDAY';

/** 实施方案 / The implementation plan */
export type ImplementationPlanInput = {
  /** 目的和要求 / Aims */
  aims: string;
  /** 行程安排 / Itinerary */
  itinerary: string;
  /** 参加的常委会领导 / Committee leaders taking part */
  leaders: Array<string>;
  /** 准备材料与会前调研 / Preparation */
  preparation: string;
};

/** 代表答复邀请 / A deputy answers an invitation */
export type InvitationAnswerInput = {
  /** 代替哪位代表答复(工作人员)/ On behalf of which deputy (staff) */
  deputyId?: string | number | null | undefined;
  /** 请假事由 / Reason for leave */
  reason?: string | null | undefined;
  /** 确认参加或请假 / Confirm or ask for leave */
  response: InvitationResponse;
};

/** 代表对邀请的答复 / A deputy's answer to an invitation */
export type InvitationResponse =
  /** 请假 / Ask for leave */
  | 'ASK_LEAVE'
  /** 确认参加 / Confirm */
  | 'CONFIRM';

/** 邀请方式 / How a deputy was invited */
export type InvitationSource =
  /** 按人大层级 / By congress level */
  | 'CONGRESS_LEVEL'
  /** 按小组 / By group */
  | 'GROUP'
  /** 单独邀请 / One by one */
  | 'INDIVIDUAL';

/** 邀请代表:按小组、按人大层级或逐一 / Invite deputies by group, by congress level or one by one */
export type InviteInput = {
  /** 该层级人大在活动开始时有效资格的全部代表 / Every deputy holding a mandate of this level on the first day */
  congressLevel?: CongressLevel | null | undefined;
  /** 逐一邀请的代表 / Deputies one by one */
  deputyIds?: Array<string | number> | null | undefined;
  /** 小组的当前成员 / Current members of these groups */
  groupIds?: Array<string | number> | null | undefined;
};

/** 代表联络站 / A liaison station */
export type LiaisonStationInput = {
  /** 地址 / Address */
  address?: string | null | undefined;
  /** 所在区划 / Division */
  divisionId?: string | number | null | undefined;
  /** 类型 / Kind */
  kind: LiaisonStationKind;
  /** 名称 / Name */
  name: string;
  /** 接待时间说明 / When it receives voters */
  openingHours?: string | null | undefined;
};

/** 联络站类型 / Kind of liaison station */
export type LiaisonStationKind =
  /** 代表之家 / Deputies' home */
  | 'HOME'
  /** 代表联络站 / Liaison station */
  | 'STATION';

/** 代表资格终止原因 / Why a mandate ended */
export type MandateEndReason =
  /** 去世 / Deceased */
  | 'DECEASED'
  /** 迁出或调离 / Moved away */
  | 'MOVED_AWAY'
  /** 其他 / Other */
  | 'OTHER'
  /** 罢免 / Recalled */
  | 'RECALLED'
  /** 辞职 / Resigned */
  | 'RESIGNED'
  /** 任期届满 / Term ended */
  | 'TERM_ENDED';

/** 代表资格 / A mandate: term, electoral district and start */
export type MandateInput = {
  /** 选区或选举单位 / Electoral district */
  electoralDistrictId?: string | number | null | undefined;
  /** 开始日期(默认届的开始日期)/ Start (default: the term's start) */
  startDate?: string | null | undefined;
  /** 届 / Term */
  termId: string | number;
};

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
  /** 办后见面 / After handling */
  | 'AFTER'
  /** 办前见面 / Before handling */
  | 'BEFORE'
  /** 办中见面 / During handling */
  | 'DURING';

/** 调整到另一小组 / Moving a member to another group of the same term */
export type MoveGroupMemberInput = {
  /** 调整日期(默认今天)/ Date of the move (default today) */
  date?: string | null | undefined;
  /** 在新小组的职务(默认组员)/ Role in the new group (default member) */
  role?: GroupRole | null | undefined;
  /** 目标小组 / Target group */
  toGroupId: string | number;
  /** 读取时的版本号 / The version you read */
  version: number;
};

/** 通知筛选 / Notice filter */
export type NoticeFilter = {
  /** 活动 / Activity */
  activityId?: string | number | null | undefined;
  /** 只看未读(代表本人)/ Unread only (a deputy's own) */
  unreadOnly?: boolean | null | undefined;
};

/** 通知类型 / Kind of notice */
export type NoticeKind =
  /** 活动通知 / Activity notice */
  | 'ACTIVITY'
  /** 知情知政 / Information */
  | 'INFORMATION';

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
  /** 已采纳(记录已更正) / Accepted (records corrected) */
  | 'ACCEPTED'
  /** 待处理 / Open */
  | 'OPEN'
  /** 未采纳 / Rejected */
  | 'REJECTED';

/** 代表构成类别 / Occupation category of the composition report */
export type OccupationCategory =
  /** 党政领导干部 / Party and government cadre */
  | 'CADRE'
  /** 企业负责人 / Enterprise manager */
  | 'ENTERPRISE'
  /** 农民 / Farmer */
  | 'FARMER'
  /** 解放军 / Military */
  | 'MILITARY'
  /** 其他 / Other */
  | 'OTHER'
  /** 专业技术人员 / Professional */
  | 'PROFESSIONAL'
  /** 工人 / Worker */
  | 'WORKER';

/** 评议阶段操作 / Moves between phases */
export type OrganEvaluationAction =
  /** 完成评议 / Finish */
  | 'FINISH'
  /** 开始评议 / Start evaluating */
  | 'START_EVALUATION'
  /** 转入整改 / Start rectification */
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
  /** 完成 / Done */
  | 'DONE'
  /** 评议 / Evaluating */
  | 'EVALUATING'
  /** 准备 / Preparing */
  | 'PREPARING'
  /** 整改 / Rectifying */
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

/** 单位筛选 / Organization filter */
export type OrganizationFilter = {
  /** 只看承办单位 / Only units that handle suggestions */
  handlesSuggestions?: boolean | null | undefined;
  /** 类型 / Kind */
  kind?: OrganizationKind | null | undefined;
  /** 名称包含 / Name contains */
  search?: string | null | undefined;
};

/** 单位 / An organization */
export type OrganizationInput = {
  /** 联系人 / Contact person */
  contactPerson?: string | null | undefined;
  /** 联系电话 / Contact phone */
  contactPhone?: string | null | undefined;
  /** 所在区划 / Division */
  divisionId?: string | number | null | undefined;
  /** 是否承办建议 / Handles suggestions */
  handlesSuggestions?: boolean | null | undefined;
  /** 类型 / Kind */
  kind: OrganizationKind;
  /** 名称 / Name */
  name: string;
  /** 上级单位 / Parent organization */
  parentId?: string | number | null | undefined;
};

/** 单位类型 / Kind of organization */
export type OrganizationKind =
  /** 社区 / Community */
  | 'COMMUNITY'
  /** 企业 / Enterprise */
  | 'ENTERPRISE'
  /** 其他 / Other */
  | 'OTHER'
  /** 事业单位 / Public institution */
  | 'PUBLIC_INSTITUTION'
  /** 学校 / School */
  | 'SCHOOL'
  /** 国家机关 / State organ */
  | 'STATE_ORGAN';

/** 政治面貌 / Party affiliation */
export type Party =
  /** 民进 / China Association for Promoting Democracy */
  | 'CAPD'
  /** 民盟 / China Democratic League */
  | 'CDL'
  /** 民建 / China National Democratic Construction Association */
  | 'CNDCA'
  /** 中共党员 / Communist Party of China */
  | 'CPC'
  /** 农工党 / Chinese Peasants' and Workers' Democratic Party */
  | 'CPWDP'
  /** 九三学社 / Jiusan Society */
  | 'JS'
  /** 无党派 / No party */
  | 'NON_PARTY'
  /** 民革 / Revolutionary Committee of the KMT */
  | 'RCCK'
  /** 台盟 / Taiwan Democratic Self-Government League */
  | 'TDSGL'
  /** 致公党 / China Zhi Gong Party */
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

/** 计划项目 / A plan item */
export type PlanItemInput = {
  /** 内容 / What it is about */
  description?: string | null | undefined;
  /** 月份 1–12 / Month */
  month: number;
  /** 组织小组;空为常委会 / Organising group; empty: the committee */
  organizerGroupId?: string | number | null | undefined;
  /** 综合或单项 / Scope */
  scope?: ActivityScope | null | undefined;
  /** 活动名称 / Title */
  title: string;
  /** 类型 / Type */
  type: ActivityType;
};

/** 计划项目执行情况 / Where a plan item stands */
export type PlanItemProgress =
  /** 已开展 / Held */
  | 'HELD'
  /** 进行中 / In progress */
  | 'IN_PROGRESS'
  /** 未安排 / Not scheduled */
  | 'NOT_SCHEDULED'
  /** 逾期未开展 / Overdue */
  | 'OVERDUE'
  /** 已安排 / Scheduled */
  | 'SCHEDULED';

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

/** 一位代表的答卷成绩 / One deputy's score */
export type QuizScoreInput = {
  /** 代表 / Deputy */
  deputyId: string | number;
  /** 得分 / Score */
  score: number;
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
  /** 退回继续整改 / Send back */
  | 'REJECT'
  /** 报告已整改 / Report resolved */
  | 'RESOLVE'
  /** 开始整改 / Start */
  | 'START'
  /** 验收通过 / Verify */
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
  /** 整改中 / In progress */
  | 'IN_PROGRESS'
  /** 待整改 / Open */
  | 'OPEN'
  /** 已整改 / Resolved */
  | 'RESOLVED'
  /** 已验收 / Verified */
  | 'VERIFIED';

/** 规章制度 / A regulation */
export type RegulationInput = {
  /** 通过日期 / Adopted on */
  adoptedOn?: string | null | undefined;
  /** 正文 / Text */
  body?: string | null | undefined;
  /** 制定机关所属人大 / Congress whose committee adopted it */
  congressId?: string | number | null | undefined;
  /** 是否有效 / In force */
  inForce?: boolean | null | undefined;
  /** 是否为暂行办法 / Interim measures */
  interim?: boolean | null | undefined;
  /** 标题 / Title */
  title: string;
};

/** 答复类别 A/B/C/D / Reply category A/B/C/D */
export type ReplyCategory =
  /** A 类:已解决或基本解决 / A: solved or mostly solved */
  | 'A'
  /** B 类:正在解决或列入计划解决 / B: being solved or planned */
  | 'B'
  /** C 类:因条件限制需以后解决 / C: to be solved when conditions allow */
  | 'C'
  /** D 类:留作参考 / D: kept for reference */
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
  /** 系统管理员 / Administrator */
  | 'ADMIN'
  /** 数据分析员 / Analyst */
  | 'ANALYST'
  /** 人大代表 / Deputy */
  | 'DEPUTY'
  /** 代表小组组长 / Group leader */
  | 'GROUP_LEADER'
  /** 承办单位 / Handling unit */
  | 'HANDLING_UNIT'
  /** 代表工作人员 / Deputy-work staff */
  | 'STAFF';

/** 保存一个查询 / A query to save */
export type SavedQueryInput = {
  /** 说明 / What question it answers */
  description?: string | null | undefined;
  /** 名称(同一创建者下唯一)/ Name, unique per owner */
  name: string;
  /** GraphQL 查询文本 / The GraphQL document */
  query: string;
  /** 与其他分析员共享(默认否)/ Share with the other analysts (default: no) */
  shared?: boolean | null | undefined;
  /** 查询变量(JSON 对象)/ The variables, a JSON object */
  variables?: unknown;
};

/** 履职等次 / Grade of a year's score */
export type ScoreGrade =
  /** 较好 / Fair */
  | 'FAIR'
  /** 好 / Good */
  | 'GOOD'
  /** 一般 / Poor */
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

/** 系统 / A sector */
export type SectorInput = {
  /** 说明 / Description */
  description?: string | null | undefined;
  /** 名称 / Name */
  name: string;
};

/** 知情知政通知 / An information notice to deputies */
export type SendNoticeInput = {
  /** 正文 / Text */
  body: string;
  /** 代表 / Deputies */
  deputyIds?: Array<string | number> | null | undefined;
  /** 小组的当前成员 / Current members of these groups */
  groupIds?: Array<string | number> | null | undefined;
  /** 标题 / Title */
  title: string;
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
  /** 缺席 / Absent */
  | 'ABSENT'
  /** 出席 / Attended */
  | 'ATTENDED'
  /** 请假 / On leave */
  | 'ON_LEAVE';

/** 次会议 / A plenary session */
export type SessionInput = {
  /** 闭幕日期 / Closing date */
  endDate?: string | null | undefined;
  /** 名称 / Name */
  name: string;
  /** 会次 / Ordinal, e.g. 3 */
  number: number;
  /** 开幕日期 / Opening date */
  startDate: string;
  /** 所属届 / Term */
  termId: string | number;
};

/** 一个被视察单位;带编号为修改,不带为新增 / One stop: with an id it changes that stop, without one it adds a stop */
export type StopInput = {
  /** 已有的被视察单位 / An existing stop */
  id?: string | number | null | undefined;
  /** 说明 / Notes */
  note?: string | null | undefined;
  /** 单位 / Organization */
  organizationId: string | number;
  /** 日期 / Date */
  visitDate: string;
};

/** 统计维度 / A dimension to group suggestion statistics by */
export type SuggestionDimension =
  /** 答复类别 / Reply category */
  | 'CATEGORY'
  /** 领衔代表 / Lead deputy */
  | 'DEPUTY'
  /** 领域 / Field */
  | 'FIELD'
  /** 代表小组 / Group */
  | 'GROUP'
  /** 类别 / Kind */
  | 'KIND'
  /** 会议 / Session */
  | 'SESSION'
  /** 办理状态 / Status */
  | 'STATUS'
  /** 主办单位 / Lead unit */
  | 'UNIT'
  /** 年度 / Year */
  | 'YEAR';

/** 领域分类 / Field category */
export type SuggestionField =
  /** 农业农村 / Agriculture */
  | 'AGRICULTURE'
  /** 经济财政 / Economy and finance */
  | 'ECONOMY_FINANCE'
  /** 教科文卫 / Education, science, culture, health */
  | 'EDUCATION_SCIENCE_CULTURE_HEALTH'
  /** 内务司法 / Internal affairs and justice */
  | 'INTERNAL_AFFAIRS_JUSTICE'
  /** 其他 / Other */
  | 'OTHER'
  /** 社会建设 / Social development */
  | 'SOCIAL_DEVELOPMENT'
  /** 城乡建设 / Urban construction */
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
  /** 批评 / Criticism */
  | 'CRITICISM'
  /** 议案 / Motion */
  | 'MOTION'
  /** 意见 / Opinion */
  | 'OPINION'
  /** 建议 / Suggestion */
  | 'SUGGESTION';

/** 统计指标(定义见 packages/shared suggestion-measures)/ A measure, defined in packages/shared */
export type SuggestionMeasure =
  /** 交办数 / Assigned */
  | 'assignedCount'
  /** 基本满意 / Basically satisfied */
  | 'basicallySatisfiedCount'
  /** A 类 / Category A */
  | 'categoryACount'
  /** B 类 / Category B */
  | 'categoryBCount'
  /** C 类 / Category C */
  | 'categoryCCount'
  /** D 类 / Category D */
  | 'categoryDCount'
  /** 见面率 / Face-to-face rate */
  | 'faceToFaceRate'
  /** 已评价数 / Rated */
  | 'feedbackCount'
  /** 首次答复满意率 / First-round satisfaction rate */
  | 'firstRoundSatisfactionRate'
  /** 重点督办 / Key supervision */
  | 'keySupervisionCount'
  /** 按期答复率 / On-time reply rate */
  | 'onTimeRate'
  /** 逾期未答复 / Overdue */
  | 'overdueCount'
  /** 答复数 / Replied */
  | 'repliedCount'
  /** 答复率 / Reply rate */
  | 'replyRate'
  /** 解决问题率 / Resolution rate */
  | 'resolutionRate'
  /** 满意率 / Satisfaction rate */
  | 'satisfactionRate'
  /** 满意 / Satisfied */
  | 'satisfiedCount'
  /** 满意但未解决 / Satisfied but not solved */
  | 'satisfiedNotSolvedCount'
  /** 建议数 / Suggestions */
  | 'suggestionCount'
  /** 不满意 / Unsatisfied */
  | 'unsatisfiedCount'
  /** 不满意转满意 / Unsatisfied turned satisfied */
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
  /** 答复期限最近在前 / Nearest reply due date first */
  | 'DUE_DATE_ASC'
  /** 按编号 / By registration number */
  | 'NUMBER_ASC'
  /** 最早提出在前 / Oldest first */
  | 'SUBMITTED_ASC'
  /** 最近提出在前 / Newest first */
  | 'SUBMITTED_DESC'
  /** 最近变动在前 / Most recently changed first */
  | 'UPDATED_DESC';

/** 建议来源 / Where a suggestion came from */
export type SuggestionSourceKind =
  /** 视察发现的问题 / Inspection finding */
  | 'INSPECTION_FINDING'
  /** 其他 / Other */
  | 'OTHER'
  /** 调研 / Survey */
  | 'SURVEY'
  /** 选民意见 / Voter opinion */
  | 'VOTER_OPINION';

/** 统计范围 / Which suggestions the statistics cover */
export type SuggestionStatsFilter = {
  /** 人大层级(其各届的建议)/ Congress level: the suggestions of its terms */
  congressLevel?: CongressLevel | null | undefined;
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
  /** 已交办 / Assigned */
  | 'ASSIGNED'
  /** 已办结 / Closed */
  | 'CLOSED'
  /** 草稿 / Draft */
  | 'DRAFT'
  /** 跟踪落实 / Following up */
  | 'FOLLOWING_UP'
  /** 办理中 / Being handled */
  | 'HANDLING'
  /** 已评价 / Rated */
  | 'RATED'
  /** 已登记 / Registered */
  | 'REGISTERED'
  /** 重新办理 / Re-handling */
  | 'REHANDLING'
  /** 已答复 / Replied */
  | 'REPLIED'
  /** 已提出 / Submitted */
  | 'SUBMITTED';

/** 届 / A term */
export type TermInput = {
  /** 所属人大 / Congress */
  congressId: string | number;
  /** 结束日期 / End date */
  endDate?: string | null | undefined;
  /** 名称,如“第十二届” / Name */
  name: string;
  /** 届次 / Ordinal, e.g. 12 */
  number: number;
  /** 开始日期 / Start date */
  startDate: string;
};

/** 培训筛选 / Training filter */
export type TrainingFilter = {
  /** 方式 / Mode */
  mode?: TrainingMode | null | undefined;
  /** 年度 / Year */
  year?: number | null | undefined;
};

/** 培训方式 / How a training is given */
export type TrainingMode =
  /** 集中培训 / Concentrated */
  | 'CONCENTRATED'
  /** 以会带训 / Meeting-based */
  | 'MEETING_BASED'
  /** 网络培训 / Online */
  | 'ONLINE';

/** 修改问题,须带版本号 / Changes to a finding, with the version you read */
export type UpdateFindingInput = {
  /** 整改期限 / Deadline */
  deadline?: string | null | undefined;
  /** 情况说明 / Description */
  description?: string | null | undefined;
  /** 责任单位 / Responsible organization */
  responsibleOrganizationId?: string | number | null | undefined;
  /** 被视察单位 / Stop */
  stopId?: string | number | null | undefined;
  /** 问题 / Title */
  title?: string | null | undefined;
  /** 版本号 / Version */
  version: number;
};

/** 修改计划项目,须带版本号 / Changes to a plan item, with the version you read */
export type UpdatePlanItemInput = {
  /** 内容 / What it is about */
  description?: string | null | undefined;
  /** 月份 1–12 / Month */
  month: number;
  /** 组织小组;空为常委会 / Organising group; empty: the committee */
  organizerGroupId?: string | number | null | undefined;
  /** 综合或单项 / Scope */
  scope?: ActivityScope | null | undefined;
  /** 活动名称 / Title */
  title: string;
  /** 类型 / Type */
  type: ActivityType;
  /** 版本号 / Version */
  version: number;
};

/** 修改保存的查询;version 必须是读到的版本 / Changes to a saved query; `version` must be the one you read */
export type UpdateSavedQueryInput = {
  /** 说明 / Description */
  description?: string | null | undefined;
  /** 名称 / Name */
  name?: string | null | undefined;
  /** GraphQL 查询文本 / The GraphQL document */
  query?: string | null | undefined;
  /** 是否共享 / Shared with the other analysts */
  shared?: boolean | null | undefined;
  /** 查询变量 / The variables */
  variables?: unknown;
  /** 读到的版本号 / The version you read */
  version: number;
};

/** 修改用户 / Changes to a user; `version` must be the one you read */
export type UpdateUserInput = {
  /** 停用(并结束其会话)/ Disabled (ends the user's sessions) */
  disabled?: boolean | null | undefined;
  /** 姓名 / Display name */
  displayName?: string | null | undefined;
  /** 角色 / Role */
  role?: Role | null | undefined;
  /** 对应的代表;空值清除 / The deputy; null clears it */
  scopeDeputyId?: string | number | null | undefined;
  /** 所属代表小组;空值清除 / The group; null clears it */
  scopeGroupId?: string | number | null | undefined;
  /** 承办单位;空值清除 / The handling unit; null clears it */
  scopeOrganizationId?: string | number | null | undefined;
  /** 读到的版本号 / The version you read */
  version: number;
};

/** 用户筛选 / Which users to list */
export type UserFilter = {
  /** 是否停用 / Disabled or not */
  disabled?: boolean | null | undefined;
  /** 角色 / Role */
  role?: Role | null | undefined;
  /** 用户名或姓名包含 / Username or name contains */
  search?: string | null | undefined;
};

/** 用户排序 / How to order users */
export type UserSort =
  /** 最新创建在前 / Newest first */
  | 'CREATED_AT_DESC'
  /** 最近登录在前 / Most recent sign-in first */
  | 'LAST_LOGIN_DESC'
  /** 按用户名升序 / By username, A to Z */
  | 'USERNAME_ASC'
  /** 按用户名降序 / By username, Z to A */
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
  /** 来信 / Letter */
  | 'LETTER'
  /** 网络联系 / Online */
  | 'ONLINE'
  /** 选民接待日 / Reception day */
  | 'RECEPTION_DAY'
  /** 走访选民 / Visit */
  | 'VISIT';

/** 民意处理方式 / Ways to dispose of an opinion */
export type VoterOpinionAction =
  /** 答复 / Answer */
  | 'ANSWER'
  /** 转交单位 / Refer */
  | 'REFER'
  /** 转为建议 / Turn into a suggestion */
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
  /** 已答复 / Answered */
  | 'ANSWERED'
  /** 待处理 / Open */
  | 'OPEN'
  /** 已转交 / Referred */
  | 'REFERRED'
  /** 已转为建议 / Turned into a suggestion */
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

export type PickOrganizationsQueryVariables = Exact<{
  search?: string | null | undefined;
  handles?: boolean | null | undefined;
}>;


export type PickOrganizationsQuery = { organizations: { nodes: Array<{ id: string, name: string }> } };

export type PickDeputiesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PickDeputiesQuery = { deputies: { nodes: Array<{ id: string, name: string, workUnit: string | null, position: string | null }> } };

export type PickTermsQueryVariables = Exact<{
  search?: string | null | undefined;
  level?: CongressLevel | null | undefined;
  congressId?: string | number | null | undefined;
  first: number;
}>;


export type PickTermsQuery = { terms: Array<{ id: string, name: string, congressId: string, congress: { id: string, name: string, level: CongressLevel } }> };

export type PickedTermsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type PickedTermsQuery = { terms: Array<{ id: string, name: string, congressId: string, congress: { id: string, name: string, level: CongressLevel } }> };

export type PickCongressesQueryVariables = Exact<{
  search?: string | null | undefined;
  level?: CongressLevel | null | undefined;
  first: number;
}>;


export type PickCongressesQuery = { congresses: Array<{ id: string, name: string, level: CongressLevel }> };

export type PickedCongressesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type PickedCongressesQuery = { congresses: Array<{ id: string, name: string, level: CongressLevel }> };

export type PickSessionsQueryVariables = Exact<{
  termId: string | number;
}>;


export type PickSessionsQuery = { sessions: Array<{ id: string, name: string, startDate: string }> };

export type PickGroupsQueryVariables = Exact<{
  search?: string | null | undefined;
  termId?: string | number | null | undefined;
  congressId?: string | number | null | undefined;
  level?: CongressLevel | null | undefined;
  ids?: Array<string | number> | string | number | null | undefined;
  first: number;
}>;


export type PickGroupsQuery = { groups: Array<{ id: string, name: string, termId: string, term: { id: string, name: string, congress: { id: string, name: string } } }> };

export type PickedGroupsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type PickedGroupsQuery = { groups: Array<{ id: string, name: string, termId: string, term: { id: string, name: string, congress: { id: string, name: string } } }> };

export type PickDivisionsQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;


export type PickDivisionsQuery = { divisions: Array<{ id: string, name: string, parent: { id: string, name: string } | null }> };

export type PickedDivisionsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type PickedDivisionsQuery = { divisions: Array<{ id: string, name: string, parent: { id: string, name: string } | null }> };

export type ActivityReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityReferenceQuery = { organizations: { nodes: Array<{ id: string, name: string, kind: OrganizationKind }> } };

export type AnnualPlansQueryVariables = Exact<{
  filter?: AnnualPlanFilter | null | undefined;
}>;


export type AnnualPlansQuery = { annualPlans: { nodes: Array<{ id: string, year: number, title: string, congress: { id: string, name: string, level: CongressLevel } }> } };

export type AnnualPlanQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type AnnualPlanQuery = { annualPlan: { id: string, year: number, title: string, version: number, congress: { id: string, name: string }, items: Array<{ id: string, title: string, type: ActivityType, scope: ActivityScope | null, month: number, version: number, organizerGroupId: string | null, description: string | null, progress: PlanItemProgress, organizerGroup: { id: string, name: string } | null, activities: Array<{ id: string, title: string, status: ActivityStatus, startDate: string }> }>, execution: { asOf: string, planned: number, held: number, inProgress: number, overdue: number, unplanned: number, byMonth: Array<{ month: number, planned: number, held: number, overdue: number }>, byOrganizer: Array<{ organizerGroupId: string | null, organizerName: string, planned: number, held: number, overdue: number }>, overdueItems: Array<{ id: string, title: string, month: number }> } } };

export type CreateAnnualPlanMutationVariables = Exact<{
  input: CreateAnnualPlanInput;
}>;


export type CreateAnnualPlanMutation = { createAnnualPlan: { id: string } };

export type AddPlanItemMutationVariables = Exact<{
  planId: string | number;
  input: PlanItemInput;
}>;


export type AddPlanItemMutation = { addPlanItem: { id: string } };

export type UpdatePlanItemMutationVariables = Exact<{
  id: string | number;
  input: UpdatePlanItemInput;
}>;


export type UpdatePlanItemMutation = { updatePlanItem: { id: string, title: string, type: ActivityType, scope: ActivityScope | null, month: number, version: number, organizerGroupId: string | null, description: string | null, organizerGroup: { id: string, name: string } | null } };

export type RemovePlanItemMutationVariables = Exact<{
  id: string | number;
}>;


export type RemovePlanItemMutation = { removePlanItem: boolean };

export type ActivitiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ActivityFilter | null | undefined;
  sort?: ActivitySort | null | undefined;
}>;


export type ActivitiesQuery = { activities: { totalCount: number, nodes: Array<{ id: string, title: string, type: ActivityType, scope: ActivityScope, status: ActivityStatus, startDate: string, endDate: string, place: string | null, congress: { id: string, name: string, level: CongressLevel }, organizerGroup: { id: string, name: string } | null, attendance: { invited: number, attended: number, onLeave: number, absent: number } }> } };

export type CreateActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type CreateActivityMutation = { createActivity: { id: string } };

export type ActivityDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityDetailQuery = { activity: { id: string, title: string, type: ActivityType, scope: ActivityScope, status: ActivityStatus, startDate: string, endDate: string, place: string | null, description: string | null, version: number, notifiedAt: string | null, cancelReason: string | null, allowedActions: Array<ActivityAction>, congress: { id: string, name: string, level: CongressLevel }, organizerGroup: { id: string, name: string } | null, planItem: { id: string, title: string, month: number } | null, implementationPlan: { id: string, aims: string, itinerary: string, preparation: string, leaders: Array<string>, attachments: Array<{ id: string, filename: string, url: string, size: number }> } | null, attendance: { invited: number, confirmed: number, attended: number, onLeave: number, absent: number, pending: number, rate: number | null }, participants: Array<{ id: string, deputyId: string, status: AttendanceStatus, invitedVia: InvitationSource, leaveReason: string | null, respondedAt: string | null, signedInAt: string | null, deputy: { id: string, name: string } }>, stops: Array<{ id: string, sequence: number, visitDate: string, note: string | null, organization: { id: string, name: string } }>, report: { id: string, title: string, content: string, attachments: Array<{ id: string, filename: string, url: string, size: number, contentType: string }> } | null, training: { id: string, mode: TrainingMode, hours: number, materials: string, quizTitle: string | null } | null } };

export type ActivityNoticesQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityNoticesQuery = { activity: { id: string, notices: Array<{ id: string, title: string, body: string, sentAt: string, recipientCount: number, readCount: number }>, implementationPlan: { id: string, noticeReceipts: Array<{ id: string, readAt: string | null, deputy: { id: string, name: string } }> } | null } };

export type ActivityFindingsQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityFindingsQuery = { activity: { id: string, findings: Array<{ id: string, title: string, status: FindingStatus, deadline: string | null, overdue: boolean, suggestionId: string | null, version: number, responsibleOrganization: { id: string, name: string } | null, stop: { id: string, sequence: number, organization: { name: string } } | null, raisedByDeputy: { id: string, name: string } | null, suggestion: { id: string, title: string, registrationNumber: string | null } | null }> } };

export type ChangeActivityStatusMutationVariables = Exact<{
  id: string | number;
  input: ActivityTransitionInput;
}>;


export type ChangeActivityStatusMutation = { changeActivityStatus: { id: string, status: ActivityStatus, version: number, allowedActions: Array<ActivityAction> } };

export type SendActivityNoticeMutationVariables = Exact<{
  activityId: string | number;
  input: ActivityNoticeInput;
}>;


export type SendActivityNoticeMutation = { sendActivityNotice: { id: string, status: ActivityStatus, version: number, allowedActions: Array<ActivityAction> } };

export type SaveImplementationPlanMutationVariables = Exact<{
  activityId: string | number;
  input: ImplementationPlanInput;
  attachmentIds?: Array<string | number> | string | number | null | undefined;
}>;


export type SaveImplementationPlanMutation = { saveImplementationPlan: { id: string } };

export type InviteParticipantsMutationVariables = Exact<{
  activityId: string | number;
  input: InviteInput;
}>;


export type InviteParticipantsMutation = { inviteParticipants: number };

export type RecordAttendanceMutationVariables = Exact<{
  activityId: string | number;
  entries: Array<AttendanceInput> | AttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: Array<{ id: string, status: AttendanceStatus }> };

export type SignInToActivityMutationVariables = Exact<{
  activityId: string | number;
  deputyIds?: Array<string | number> | string | number | null | undefined;
}>;


export type SignInToActivityMutation = { signInToActivity: Array<{ id: string, status: AttendanceStatus, signedInAt: string | null }> };

export type AnswerInvitationMutationVariables = Exact<{
  activityId: string | number;
  input: InvitationAnswerInput;
}>;


export type AnswerInvitationMutation = { answerInvitation: { id: string, status: AttendanceStatus, leaveReason: string | null } };

export type SaveActivityStopsMutationVariables = Exact<{
  activityId: string | number;
  stops: Array<StopInput> | StopInput;
}>;


export type SaveActivityStopsMutation = { saveActivityStops: Array<{ id: string }> };

export type SaveActivityReportMutationVariables = Exact<{
  activityId: string | number;
  input: ActivityReportInput;
}>;


export type SaveActivityReportMutation = { saveActivityReport: { id: string } };

export type CreateFindingMutationVariables = Exact<{
  activityId: string | number;
  input: CreateFindingInput;
}>;


export type CreateFindingMutation = { createFinding: { id: string } };

export type FindingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: FindingFilter | null | undefined;
  sort?: FindingSort | null | undefined;
}>;


export type FindingsQuery = { findings: { totalCount: number, nodes: Array<{ id: string, title: string, status: FindingStatus, deadline: string | null, overdue: boolean, activityTitle: string, version: number, suggestionId: string | null, activity: { id: string, organizerGroup: { id: string } | null } | null, responsibleOrganization: { id: string, name: string } | null, suggestion: { id: string, title: string, registrationNumber: string | null } | null }> }, findingBoard: Array<{ status: FindingStatus, count: number, overdue: number }> };

export type FindingDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type FindingDetailQuery = { finding: { id: string, title: string, description: string, status: FindingStatus, deadline: string | null, overdue: boolean, closeReason: string | null, resolvedAt: string | null, suggestionId: string | null, version: number, allowedActions: Array<FindingAction>, activityTitle: string, activity: { id: string, title: string, organizerGroup: { id: string } | null } | null, stop: { id: string, sequence: number, organization: { name: string } } | null, responsibleOrganization: { id: string, name: string } | null, raisedByDeputy: { id: string, name: string } | null, suggestion: { id: string, title: string, registrationNumber: string | null } | null, updates: Array<{ id: string, kind: FindingUpdateKind, fromStatus: FindingStatus | null, toStatus: FindingStatus | null, note: string, createdAt: string, authorName: string | null, authorOrganization: { id: string, name: string } | null, attachments: Array<{ id: string, filename: string, url: string }> }> } };

export type UpdateFindingMutationVariables = Exact<{
  id: string | number;
  input: UpdateFindingInput;
}>;


export type UpdateFindingMutation = { updateFinding: { id: string, deadline: string | null, overdue: boolean, version: number, responsibleOrganization: { id: string, name: string } | null } };

export type ChangeFindingStatusMutationVariables = Exact<{
  id: string | number;
  input: FindingTransitionInput;
}>;


export type ChangeFindingStatusMutation = { changeFindingStatus: { id: string, status: FindingStatus, version: number } };

export type ReportOnFindingMutationVariables = Exact<{
  id: string | number;
  input: FindingReportInput;
}>;


export type ReportOnFindingMutation = { reportOnFinding: { id: string } };

export type VerifyFindingMutationVariables = Exact<{
  id: string | number;
  input: FindingVerificationInput;
}>;


export type VerifyFindingMutation = { verifyFinding: { id: string, status: FindingStatus, version: number } };

export type TrainingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TrainingFilter | null | undefined;
}>;


export type TrainingsQuery = { trainings: { totalCount: number, nodes: Array<{ id: string, mode: TrainingMode, hours: number, materials: string, quizTitle: string | null, quizMaxScore: number | null, averageScore: number | null, activity: { id: string, title: string, startDate: string, endDate: string, status: ActivityStatus, organizerGroup: { id: string } | null, attendance: { invited: number, attended: number, onLeave: number, absent: number } } }> } };

export type CreateTrainingMutationVariables = Exact<{
  input: CreateTrainingInput;
}>;


export type CreateTrainingMutation = { createTraining: { id: string, activity: { id: string } } };

export type TrainingScoresQueryVariables = Exact<{
  activityId: string | number;
}>;


export type TrainingScoresQuery = { activity: { id: string, title: string, participants: Array<{ id: string, deputyId: string, status: AttendanceStatus, deputy: { id: string, name: string } }>, training: { id: string, quizTitle: string | null, quizMaxScore: number | null, averageScore: number | null, quizResults: Array<{ id: string, deputyId: string, score: number }> } | null } };

export type RecordQuizResultsMutationVariables = Exact<{
  trainingId: string | number;
  scores: Array<QuizScoreInput> | QuizScoreInput;
}>;


export type RecordQuizResultsMutation = { recordQuizResults: Array<{ id: string, deputyId: string, score: number }> };

export type CommitteeMeetingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CommitteeMeetingsQuery = { committeeMeetings: { totalCount: number, nodes: Array<{ id: string, number: number | null, title: string, meetingDate: string, place: string | null, agenda: string, attendance: { invited: number, attended: number, onLeave: number }, attendances: Array<{ id: string, status: AttendanceStatus, leaveReason: string | null, deputy: { id: string, name: string } }> }> } };

export type SetMeetingAttendanceMutationVariables = Exact<{
  meetingId: string | number;
  entries: Array<AttendanceInput> | AttendanceInput;
}>;


export type SetMeetingAttendanceMutation = { setMeetingAttendance: Array<{ id: string, status: AttendanceStatus, leaveReason: string | null }> };

export type CreateCommitteeMeetingMutationVariables = Exact<{
  input: CreateCommitteeMeetingInput;
}>;


export type CreateCommitteeMeetingMutation = { createCommitteeMeeting: { id: string } };

export type NoticesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: NoticeFilter | null | undefined;
}>;


export type NoticesQuery = { notices: { totalCount: number, nodes: Array<{ id: string, kind: NoticeKind, title: string, body: string, sentAt: string, recipientCount: number, readCount: number, myReadAt: string | null, activity: { id: string, title: string } | null }> } };

export type SendInformationNoticeMutationVariables = Exact<{
  input: SendNoticeInput;
}>;


export type SendInformationNoticeMutation = { sendNotice: { id: string, recipientCount: number } };

export type MarkNoticeReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNoticeReadMutation = { markNoticeRead: { id: string, myReadAt: string | null, readCount: number } };

export type DeputyActivitiesQueryVariables = Exact<{
  deputyId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  year?: number | null | undefined;
}>;


export type DeputyActivitiesQuery = { deputyActivities: { totalCount: number, nodes: Array<{ id: string, status: AttendanceStatus, leaveReason: string | null, respondedAt: string | null, signedInAt: string | null, activity: { id: string, title: string, type: ActivityType, status: ActivityStatus, startDate: string, endDate: string, place: string | null } | null }> }, deputyAttendance: { invited: number, confirmed: number, attended: number, onLeave: number, absent: number, pending: number, rate: number | null, upcoming: number } };

export type ActivityDeputySearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ActivityDeputySearchQuery = { deputies: { nodes: Array<{ id: string, name: string, workUnit: string | null }> } };

export type SavedQueriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedQueriesQuery = { savedQueries: { totalCount: number, nodes: Array<{ id: string, name: string, description: string, query: string, variables: unknown, shared: boolean, mine: boolean, ownerName: string | null, version: number, updatedAt: string }> } };

export type MyQueryRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyQueryRunsQuery = { myQueryRuns: Array<{ id: string, at: string, operationName: string | null, query: string, variables: unknown, cost: number | null, status: string, errorCode: string | null }> };

export type CreateSavedQueryMutationVariables = Exact<{
  input: SavedQueryInput;
}>;


export type CreateSavedQueryMutation = { createSavedQuery: { id: string, name: string, version: number } };

export type UpdateSavedQueryMutationVariables = Exact<{
  id: string | number;
  input: UpdateSavedQueryInput;
}>;


export type UpdateSavedQueryMutation = { updateSavedQuery: { id: string, name: string, version: number } };

export type DeleteSavedQueryMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSavedQueryMutation = { deleteSavedQuery: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type DeputiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: DeputyFilter | null | undefined;
  sort?: DeputySort | null | undefined;
}>;


export type DeputiesQuery = { deputies: { totalCount: number, nodes: Array<{ id: string, name: string, nameInitials: string, gender: Gender, ethnicity: string, birthDate: string | null, age: number | null, party: Party, education: Education | null, occupationCategory: OccupationCategory, workUnit: string | null, position: string | null, phone: string | null, idNumber: string, address: string | null, status: DeputyStatus, groupMemberships: Array<{ id: string, role: GroupRole, group: { id: string, name: string } }> }> } };

export type DeputyFilterDataQueryVariables = Exact<{ [key: string]: never; }>;


export type DeputyFilterDataQuery = { sectors: Array<{ id: string, name: string }> };

export type DeputyDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type DeputyDetailQuery = { deputy: { id: string, name: string, namePinyin: string, nameInitials: string, gender: Gender, ethnicity: string, birthDate: string | null, age: number | null, party: Party, education: Education | null, occupationCategory: OccupationCategory, workUnit: string | null, position: string | null, phone: string | null, idNumber: string, address: string | null, status: DeputyStatus, version: number, mandates: Array<{ id: string, startDate: string, endDate: string | null, endReason: MandateEndReason | null, version: number, term: { id: string, name: string, congress: { id: string, name: string, level: CongressLevel } }, electoralDistrict: { id: string, name: string } | null }>, groupHistory: Array<{ id: string, role: GroupRole, startDate: string, endDate: string | null, group: { id: string, name: string } }> } };

export type MandateDistrictsQueryVariables = Exact<{
  congressId: string | number;
}>;


export type MandateDistrictsQuery = { electoralDistricts: Array<{ id: string, name: string }> };

export type AddMandateMutationVariables = Exact<{
  deputyId: string | number;
  input: MandateInput;
}>;


export type AddMandateMutation = { addMandate: { id: string } };

export type EndMandateMutationVariables = Exact<{
  id: string | number;
  input: EndMandateInput;
}>;


export type EndMandateMutation = { endMandate: { id: string, endDate: string | null } };

export type CreateDeputyMutationVariables = Exact<{
  input: CreateDeputyInput;
}>;


export type CreateDeputyMutation = { createDeputy: { id: string } };

export type UpdateDeputyMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: DeputyInput;
}>;


export type UpdateDeputyMutation = { updateDeputy: { id: string, version: number } };

export type DeputyImportQueryVariables = Exact<{
  id: string | number;
}>;


export type DeputyImportQuery = { deputyImport: { id: string, filename: string, status: DeputyImportStatus, progress: number, processedRows: number, totalRows: number, invalidRowCount: number, invalidRows: Array<number>, problemCount: number, newCount: number, changedCount: number, unchangedCount: number, insertedCount: number | null, updatedCount: number | null, linkedCount: number | null, excludedRows: Array<number>, failure: string | null, problems: Array<{ row: number, column: string, reason: string }> } };

export type ApplyDeputyImportMutationVariables = Exact<{
  id: string | number;
  excludeRows?: Array<number> | number | null | undefined;
}>;


export type ApplyDeputyImportMutation = { applyDeputyImport: { id: string, status: DeputyImportStatus } };

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

export type CommendationFirstTermQueryVariables = Exact<{ [key: string]: never; }>;


export type CommendationFirstTermQuery = { county: Array<{ id: string }>, any: Array<{ id: string }> };

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

export type DutyLatestSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type DutyLatestSessionQuery = { county: Array<{ id: string, termId: string }>, any: Array<{ id: string, termId: string }> };

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

export type GroupDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type GroupDetailQuery = { group: { id: string, name: string, basis: GroupBasis, termId: string, version: number, memberCount: number, level: CongressLevel, description: string | null, term: { id: string, name: string, congress: { name: string } }, division: { id: string, name: string } | null, sector: { id: string, name: string } | null, health: { size: number, minSize: number, maxSize: number, sizeOk: boolean, hasLeader: boolean, viceLeaders: number, maxViceLeaders: number, problems: Array<string> }, members: Array<{ id: string, role: GroupRole, version: number, startDate: string, deputy: { id: string, name: string, gender: Gender, party: Party, workUnit: string | null, position: string | null } }> } };

export type SameTermGroupsQueryVariables = Exact<{
  termId?: string | number | null | undefined;
}>;


export type SameTermGroupsQuery = { groups: Array<{ id: string, name: string }> };

export type FindDeputiesQueryVariables = Exact<{
  filter?: DeputyFilter | null | undefined;
}>;


export type FindDeputiesQuery = { deputies: { nodes: Array<{ id: string, name: string, workUnit: string | null, groupMemberships: Array<{ group: { name: string, termId: string } }> }> } };

export type AddGroupMemberMutationVariables = Exact<{
  input: AddGroupMemberInput;
}>;


export type AddGroupMemberMutation = { addGroupMember: { id: string } };

export type MoveGroupMemberMutationVariables = Exact<{
  id: string | number;
  input: MoveGroupMemberInput;
}>;


export type MoveGroupMemberMutation = { moveGroupMember: { id: string } };

export type SetGroupMemberRoleMutationVariables = Exact<{
  id: string | number;
  version: number;
  role: GroupRole;
}>;


export type SetGroupMemberRoleMutation = { setGroupMemberRole: { id: string, role: GroupRole, version: number } };

export type EndGroupMemberMutationVariables = Exact<{
  id: string | number;
  input: EndGroupMemberInput;
}>;


export type EndGroupMemberMutation = { endGroupMember: { id: string } };

export type GroupsQueryVariables = Exact<{
  filter?: GroupFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type GroupsQuery = { groups: Array<{ id: string, name: string, basis: GroupBasis, termId: string, version: number, memberCount: number, level: CongressLevel, term: { id: string, name: string, congress: { name: string } }, division: { id: string, name: string } | null, sector: { id: string, name: string } | null, health: { size: number, minSize: number, maxSize: number, sizeOk: boolean, hasLeader: boolean, viceLeaders: number, maxViceLeaders: number, problems: Array<string> }, members: Array<{ id: string, role: GroupRole, deputy: { id: string, name: string } }> }>, sectors: Array<{ id: string, name: string }> };

export type CreateGroupMutationVariables = Exact<{
  input: GroupInput;
}>;


export type CreateGroupMutation = { createGroup: { id: string } };

export type DashboardTermsQueryVariables = Exact<{
  level: CongressLevel;
}>;


export type DashboardTermsQuery = { dutyYears: Array<number>, congresses: Array<{ id: string, name: string, level: CongressLevel }>, terms: Array<{ id: string, name: string, number: number, congressId: string, startDate: string }> };

export type DashboardQueryVariables = Exact<{
  level: CongressLevel;
  levelCode: string;
  termId?: string | number | null | undefined;
  congressId?: string | number | null | undefined;
  year: number;
  withTerm: boolean;
}>;


export type DashboardQuery = { gender: { rows: Array<{ gender: string | null, count: number | null, share: number | null }>, total: { count: number | null } }, party: { rows: Array<{ party: string | null, count: number | null, share: number | null }> }, minority: { rows: Array<{ minority: string | null, count: number | null, share: number | null }> }, ethnicity: { rows: Array<{ ethnicity: string | null, count: number | null, share: number | null }> }, ageBand: { rows: Array<{ ageBand: string | null, count: number | null, share: number | null }> }, education: { rows: Array<{ education: string | null, count: number | null, share: number | null }> }, occupation: { rows: Array<{ occupation: string | null, count: number | null, share: number | null }> }, groups?: Array<{ id: string, name: string, memberCount: number, health: { problems: Array<string>, hasLeader: boolean, size: number, sizeOk: boolean } }>, annualPlans: { nodes: Array<{ id: string, title: string, congress: { level: CongressLevel, name: string }, execution: { planned: number, held: number, inProgress: number, overdue: number, unplanned: number, byMonth: Array<{ month: number, planned: number, held: number, overdue: number }> } }> }, byYear: Array<{ dimensions: Array<{ key: string | null, label: string }>, measures: Array<{ measure: SuggestionMeasure, value: number | null, numerator: number, denominator: number | null }> }>, byStatus: Array<{ dimensions: Array<{ key: string | null, label: string }>, measures: Array<{ measure: SuggestionMeasure, value: number | null, numerator: number, denominator: number | null }> }>, byField: Array<{ dimensions: Array<{ key: string | null, label: string }>, measures: Array<{ measure: SuggestionMeasure, value: number | null, numerator: number, denominator: number | null }> }>, byUnit?: Array<{ dimensions: Array<{ key: string | null, label: string }>, measures: Array<{ measure: SuggestionMeasure, value: number | null, numerator: number, denominator: number | null }> }>, findingBoard: Array<{ status: FindingStatus, count: number, overdue: number }>, ranking?: { asOf: string, maxAgeSeconds: number, nodes: Array<{ rank: number, deputyId: string, score: number, grade: ScoreGrade, deputy: { id: string, name: string } }> } };

export type DashboardStatsFragment = { dimensions: Array<{ key: string | null, label: string }>, measures: Array<{ measure: SuggestionMeasure, value: number | null, numerator: number, denominator: number | null }> };

export type DashboardRankingFragment = { asOf: string, maxAgeSeconds: number, nodes: Array<{ rank: number, deputyId: string, score: number, grade: ScoreGrade, deputy: { id: string, name: string } }> };

export type DashboardRankingRecountQueryVariables = Exact<{
  termId: string | number;
  year: number;
}>;


export type DashboardRankingRecountQuery = { dutyRanking: { asOf: string, maxAgeSeconds: number, nodes: Array<{ rank: number, deputyId: string, score: number, grade: ScoreGrade, deputy: { id: string, name: string } }> } };

export type DashboardGroupRankingQueryVariables = Exact<{
  termId: string | number;
  year: number;
}>;


export type DashboardGroupRankingQuery = { groupDutyRanking: Array<{ rank: number, groupId: string, groupName: string, members: number, averageScore: number, participationPercent: number | null }> };

export type DeputyTodosQueryVariables = Exact<{ [key: string]: never; }>;


export type DeputyTodosQuery = { toRate: { totalCount: number }, drafts: { totalCount: number } };

export type UnitTodosQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitTodosQuery = { open: { totalCount: number }, overdue: { totalCount: number }, findings: { totalCount: number } };

export type SectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type SectorsQuery = { sectors: Array<{ id: string, name: string, description: string | null, version: number }> };

export type CreateSectorMutationVariables = Exact<{
  input: SectorInput;
}>;


export type CreateSectorMutation = { createSector: { id: string } };

export type UpdateSectorMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SectorInput;
}>;


export type UpdateSectorMutation = { updateSector: { id: string, version: number } };

export type DeleteSectorMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteSectorMutation = { deleteSector: boolean };

export type OrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrganizationFilter | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, nodes: Array<{ id: string, name: string, kind: OrganizationKind, parentId: string | null, divisionId: string | null, handlesSuggestions: boolean, contactPerson: string | null, contactPhone: string | null, version: number, parent: { id: string, name: string } | null }> } };

export type CreateOrganizationMutationVariables = Exact<{
  input: OrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: OrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { id: string, version: number } };

export type DeleteOrganizationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteOrganizationMutation = { deleteOrganization: boolean };

export type RegulationsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegulationsQuery = { regulations: Array<{ id: string, title: string, congressId: string | null, adoptedOn: string | null, interim: boolean, inForce: boolean, body: string, version: number }> };

export type CreateRegulationMutationVariables = Exact<{
  input: RegulationInput;
}>;


export type CreateRegulationMutation = { createRegulation: { id: string } };

export type UpdateRegulationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: RegulationInput;
}>;


export type UpdateRegulationMutation = { updateRegulation: { id: string, version: number } };

export type DeleteRegulationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteRegulationMutation = { deleteRegulation: boolean };

export type LiaisonStationsQueryVariables = Exact<{ [key: string]: never; }>;


export type LiaisonStationsQuery = { liaisonStations: Array<{ id: string, name: string, kind: LiaisonStationKind, divisionId: string | null, address: string | null, openingHours: string | null, version: number }>, divisions: Array<{ id: string, name: string, kind: DivisionKind, parentId: string | null }> };

export type CreateLiaisonStationMutationVariables = Exact<{
  input: LiaisonStationInput;
}>;


export type CreateLiaisonStationMutation = { createLiaisonStation: { id: string } };

export type UpdateLiaisonStationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: LiaisonStationInput;
}>;


export type UpdateLiaisonStationMutation = { updateLiaisonStation: { id: string, version: number } };

export type DeleteLiaisonStationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteLiaisonStationMutation = { deleteLiaisonStation: boolean };

export type RegistryCongressesQueryVariables = Exact<{
  level?: CongressLevel | null | undefined;
  search?: string | null | undefined;
  first: number;
}>;


export type RegistryCongressesQuery = { congresses: Array<{ id: string, name: string, level: CongressLevel, region: string | null, divisionId: string | null, version: number }> };

export type RegistryTermsQueryVariables = Exact<{
  congressId?: string | number | null | undefined;
  level?: CongressLevel | null | undefined;
  search?: string | null | undefined;
  first: number;
}>;


export type RegistryTermsQuery = { terms: Array<{ id: string, congressId: string, number: number, name: string, startDate: string, endDate: string | null, version: number, congress: { id: string, name: string } }> };

export type RegistrySessionsQueryVariables = Exact<{
  termId: string | number;
}>;


export type RegistrySessionsQuery = { sessions: Array<{ id: string, termId: string, number: number, name: string, startDate: string, endDate: string | null, version: number }> };

export type RegistryElectoralDistrictsQueryVariables = Exact<{
  congressId: string | number;
}>;


export type RegistryElectoralDistrictsQuery = { electoralDistricts: Array<{ id: string, congressId: string, kind: ElectoralDistrictKind, name: string, divisionId: string | null, version: number }> };

export type CongressSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type CongressSettingsQuery = { groupRules: Array<{ level: CongressLevel, minSize: number, maxSize: number, maxViceLeaders: number }> };

export type CreateCongressMutationVariables = Exact<{
  input: CongressInput;
}>;


export type CreateCongressMutation = { createCongress: { id: string } };

export type UpdateCongressMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CongressInput;
}>;


export type UpdateCongressMutation = { updateCongress: { id: string, version: number } };

export type DeleteCongressMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteCongressMutation = { deleteCongress: boolean };

export type CreateTermMutationVariables = Exact<{
  input: TermInput;
}>;


export type CreateTermMutation = { createTerm: { id: string } };

export type UpdateTermMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: TermInput;
}>;


export type UpdateTermMutation = { updateTerm: { id: string, version: number } };

export type DeleteTermMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteTermMutation = { deleteTerm: boolean };

export type CreateSessionMutationVariables = Exact<{
  input: SessionInput;
}>;


export type CreateSessionMutation = { createSession: { id: string } };

export type UpdateSessionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SessionInput;
}>;


export type UpdateSessionMutation = { updateSession: { id: string, version: number } };

export type DeleteSessionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteSessionMutation = { deleteSession: boolean };

export type CreateElectoralDistrictMutationVariables = Exact<{
  input: ElectoralDistrictInput;
}>;


export type CreateElectoralDistrictMutation = { createElectoralDistrict: { id: string } };

export type UpdateElectoralDistrictMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ElectoralDistrictInput;
}>;


export type UpdateElectoralDistrictMutation = { updateElectoralDistrict: { id: string, version: number } };

export type DeleteElectoralDistrictMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteElectoralDistrictMutation = { deleteElectoralDistrict: boolean };

export type SetGroupRulesMutationVariables = Exact<{
  input: GroupRulesInput;
}>;


export type SetGroupRulesMutation = { setGroupRules: Array<{ level: CongressLevel, minSize: number, maxSize: number, maxViceLeaders: number }> };

export type DivisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DivisionsQuery = { divisions: Array<{ id: string, parentId: string | null, kind: DivisionKind, name: string, code: string | null, version: number }> };

export type CreateDivisionMutationVariables = Exact<{
  input: DivisionInput;
}>;


export type CreateDivisionMutation = { createDivision: { id: string } };

export type UpdateDivisionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: DivisionInput;
}>;


export type UpdateDivisionMutation = { updateDivision: { id: string, version: number } };

export type DeleteDivisionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteDivisionMutation = { deleteDivision: boolean };

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


export type SuggestionDetailQuery = { suggestion: { id: string, version: number, registrationNumber: string | null, title: string, content: string, kind: SuggestionKind, submittedAsMotion: boolean, motionConversionReason: string | null, field: SuggestionField, status: SuggestionStatus, keySupervision: boolean, submittedAt: string | null, registeredAt: string | null, assignedOn: string | null, replyDueDate: string | null, currentRound: number, overdue: boolean, inSession: boolean, sourceKind: SuggestionSourceKind | null, sourceId: string | null, leadDeputyId: string, leadOrganizationId: string | null, findings: Array<{ id: string, title: string, status: FindingStatus }>, term: { id: string, name: string }, session: { id: string, name: string } | null, leadDeputy: { id: string, name: string }, coSigners: Array<{ id: string, name: string }>, leadUnit: { id: string, name: string } | null, assignments: Array<{ id: string, version: number, role: AssignmentRole, status: AssignmentStatus, assignedOn: string, dueDate: string, returnDeadline: string, viewsDueDate: string | null, returnReason: string | null, returnDecisionNote: string | null, extensionStatus: ExtensionStatus | null, extensionReason: string | null, canRequestReturn: boolean, organization: { id: string, name: string } }>, meetings: Array<{ id: string, stage: MeetingStage, meetingDate: string, participants: string | null, notes: string | null, organization: { id: string, name: string } }>, coUnitViews: Array<{ id: string, content: string, createdAt: string, organization: { id: string, name: string } }>, replies: Array<{ id: string, round: number, category: ReplyCategory, content: string, repliedOn: string, dueDate: string, onTime: boolean, organization: { id: string, name: string }, commitments: Array<{ id: string, content: string, dueDate: string, fulfilledOn: string | null }>, attachments: Array<{ id: string, filename: string, url: string }>, feedback: { id: string, verdict: FeedbackVerdict, comment: string | null, onBehalf: boolean, givenAt: string } | null }>, progress: Array<{ id: string, content: string, entryDate: string, solved: boolean, commitmentId: string | null }>, timeline: Array<{ id: string, action: string, fromStatus: SuggestionStatus | null, toStatus: SuggestionStatus | null, round: number, actorName: string, note: string | null, at: string, organization: { id: string, name: string } | null }>, possibleDuplicates: Array<{ id: string, title: string, registrationNumber: string | null, similarity: number, sessionName: string | null, leadDeputyName: string }> } };

export type CreateSuggestionMutationVariables = Exact<{
  input: CreateSuggestionInput;
}>;


export type CreateSuggestionMutation = { createSuggestion: { id: string, status: SuggestionStatus } };

export type SuggestionDraftFromFindingsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type SuggestionDraftFromFindingsQuery = { suggestionDraftFromFindings: { title: string, content: string, termId: string | null, sessionId: string | null, leadDeputy: { id: string, name: string, workUnit: string | null } | null, coSigners: Array<{ id: string, name: string, workUnit: string | null }>, findings: Array<{ id: string, title: string }> } };

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

export const DashboardStatsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardStats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionStatsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]} as unknown as DocumentNode<DashboardStatsFragment, unknown>;
export const DashboardRankingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardRanking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyRanking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"maxAgeSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRankingFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"scopeOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeDeputyId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeGroupId"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"scopeOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeDeputyId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeGroupId"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const PickOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handles"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"handlesSuggestions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handles"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PickOrganizationsQuery, PickOrganizationsQueryVariables>;
export const PickDeputiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickDeputies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<PickDeputiesQuery, PickDeputiesQueryVariables>;
export const PickTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CongressLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"congressId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"congressId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"congressId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"congressId"}},{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<PickTermsQuery, PickTermsQueryVariables>;
export const PickedTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickedTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"congressId"}},{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<PickedTermsQuery, PickedTermsQueryVariables>;
export const PickCongressesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickCongresses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CongressLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"congresses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<PickCongressesQuery, PickCongressesQueryVariables>;
export const PickedCongressesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickedCongresses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"congresses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<PickedCongressesQuery, PickedCongressesQueryVariables>;
export const PickSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]} as unknown as DocumentNode<PickSessionsQuery, PickSessionsQueryVariables>;
export const PickGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"congressId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CongressLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"congressId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"congressId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PickGroupsQuery, PickGroupsQueryVariables>;
export const PickedGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickedGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PickedGroupsQuery, PickedGroupsQueryVariables>;
export const PickDivisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickDivisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PickDivisionsQuery, PickDivisionsQueryVariables>;
export const PickedDivisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickedDivisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PickedDivisionsQuery, PickedDivisionsQueryVariables>;
export const ActivityReferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityReference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityReferenceQuery, ActivityReferenceQueryVariables>;
export const AnnualPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualPlanFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnnualPlansQuery, AnnualPlansQueryVariables>;
export const AnnualPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organizerGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"organizerGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"execution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unplanned"}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOrganizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizerGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"organizerName"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"month"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnnualPlanQuery, AnnualPlanQueryVariables>;
export const CreateAnnualPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAnnualPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAnnualPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAnnualPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAnnualPlanMutation, CreateAnnualPlanMutationVariables>;
export const AddPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddPlanItemMutation, AddPlanItemMutationVariables>;
export const UpdatePlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organizerGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"organizerGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<UpdatePlanItemMutation, UpdatePlanItemMutationVariables>;
export const RemovePlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemovePlanItemMutation, RemovePlanItemMutationVariables>;
export const ActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Activities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivitySort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizerGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivitiesQuery, ActivitiesQueryVariables>;
export const CreateActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateActivityMutation, CreateActivityMutationVariables>;
export const ActivityDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizerGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"month"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implementationPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"itinerary"}},{"kind":"Field","name":{"kind":"Name","value":"preparation"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedVia"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"visitDate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"quizTitle"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityDetailQuery, ActivityDetailQueryVariables>;
export const ActivityNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implementationPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeReceipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityNoticesQuery, ActivityNoticesQueryVariables>;
export const ActivityFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedByDeputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityFindingsQuery, ActivityFindingsQueryVariables>;
export const ChangeActivityStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeActivityStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeActivityStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ChangeActivityStatusMutation, ChangeActivityStatusMutationVariables>;
export const SendActivityNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendActivityNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendActivityNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<SendActivityNoticeMutation, SendActivityNoticeMutationVariables>;
export const SaveImplementationPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveImplementationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImplementationPlanInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveImplementationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"attachmentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveImplementationPlanMutation, SaveImplementationPlanMutationVariables>;
export const InviteParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<InviteParticipantsMutation, InviteParticipantsMutationVariables>;
export const RecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const SignInToActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInToActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deputyIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInToActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"deputyIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deputyIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}}]}}]}}]} as unknown as DocumentNode<SignInToActivityMutation, SignInToActivityMutationVariables>;
export const AnswerInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}}]}}]}}]} as unknown as DocumentNode<AnswerInvitationMutation, AnswerInvitationMutationVariables>;
export const SaveActivityStopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveActivityStops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stops"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StopInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveActivityStops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveActivityStopsMutation, SaveActivityStopsMutationVariables>;
export const SaveActivityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveActivityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveActivityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveActivityReportMutation, SaveActivityReportMutationVariables>;
export const CreateFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateFindingMutation, CreateFindingMutationVariables>;
export const FindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Findings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activityTitle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionId"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizerGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findingBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<FindingsQuery, FindingsQueryVariables>;
export const FindingDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindingDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"activityTitle"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organizerGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedByDeputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindingDetailQuery, FindingDetailQueryVariables>;
export const UpdateFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFindingMutation, UpdateFindingMutationVariables>;
export const ChangeFindingStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeFindingStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeFindingStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChangeFindingStatusMutation, ChangeFindingStatusMutationVariables>;
export const ReportOnFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportOnFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportOnFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportOnFindingMutation, ReportOnFindingMutationVariables>;
export const VerifyFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingVerificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<VerifyFindingMutation, VerifyFindingMutationVariables>;
export const TrainingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trainings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"quizTitle"}},{"kind":"Field","name":{"kind":"Name","value":"quizMaxScore"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizerGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingsQuery, TrainingsQueryVariables>;
export const CreateTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTrainingMutation, CreateTrainingMutationVariables>;
export const TrainingScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quizTitle"}},{"kind":"Field","name":{"kind":"Name","value":"quizMaxScore"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"quizResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingScoresQuery, TrainingScoresQueryVariables>;
export const RecordQuizResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordQuizResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trainingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scores"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuizScoreInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordQuizResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trainingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scores"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scores"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<RecordQuizResultsMutation, RecordQuizResultsMutationVariables>;
export const CommitteeMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeMeetingsQuery, CommitteeMeetingsQueryVariables>;
export const SetMeetingAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMeetingAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMeetingAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}}]}}]}}]} as unknown as DocumentNode<SetMeetingAttendanceMutation, SetMeetingAttendanceMutationVariables>;
export const CreateCommitteeMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCommitteeMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommitteeMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommitteeMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCommitteeMeetingMutation, CreateCommitteeMeetingMutationVariables>;
export const NoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"myReadAt"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NoticesQuery, NoticesQueryVariables>;
export const SendInformationNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendInformationNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}}]}}]} as unknown as DocumentNode<SendInformationNoticeMutation, SendInformationNoticeMutationVariables>;
export const MarkNoticeReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNoticeRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNoticeRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myReadAt"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}}]}}]}}]} as unknown as DocumentNode<MarkNoticeReadMutation, MarkNoticeReadMutationVariables>;
export const DeputyActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeputyActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deputyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputyActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deputyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deputyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputyAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deputyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deputyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"}}]}}]}}]} as unknown as DocumentNode<DeputyActivitiesQuery, DeputyActivitiesQueryVariables>;
export const ActivityDeputySearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityDeputySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityDeputySearchQuery, ActivityDeputySearchQueryVariables>;
export const SavedQueriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SavedQueriesQuery, SavedQueriesQueryVariables>;
export const MyQueryRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyQueryRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myQueryRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]} as unknown as DocumentNode<MyQueryRunsQuery, MyQueryRunsQueryVariables>;
export const CreateSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateSavedQueryMutation, CreateSavedQueryMutationVariables>;
export const UpdateSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSavedQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateSavedQueryMutation, UpdateSavedQueryMutationVariables>;
export const DeleteSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSavedQueryMutation, DeleteSavedQueryMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const DeputiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deputies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeputySort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameInitials"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"groupMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeputiesQuery, DeputiesQueryVariables>;
export const DeputyFilterDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeputyFilterData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeputyFilterDataQuery, DeputyFilterDataQueryVariables>;
export const DeputyDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeputyDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"nameInitials"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"electoralDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeputyDetailQuery, DeputyDetailQueryVariables>;
export const MandateDistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MandateDistricts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"congressId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"electoralDistricts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"congressId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"congressId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MandateDistrictsQuery, MandateDistrictsQueryVariables>;
export const AddMandateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMandate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deputyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MandateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMandate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deputyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deputyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddMandateMutation, AddMandateMutationVariables>;
export const EndMandateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndMandate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndMandateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endMandate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<EndMandateMutation, EndMandateMutationVariables>;
export const CreateDeputyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDeputy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDeputyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeputy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateDeputyMutation, CreateDeputyMutationVariables>;
export const UpdateDeputyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDeputy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDeputy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateDeputyMutation, UpdateDeputyMutationVariables>;
export const DeputyImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeputyImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputyImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"invalidRowCount"}},{"kind":"Field","name":{"kind":"Name","value":"invalidRows"}},{"kind":"Field","name":{"kind":"Name","value":"problemCount"}},{"kind":"Field","name":{"kind":"Name","value":"newCount"}},{"kind":"Field","name":{"kind":"Name","value":"changedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"insertedCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCount"}},{"kind":"Field","name":{"kind":"Name","value":"excludedRows"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<DeputyImportQuery, DeputyImportQueryVariables>;
export const ApplyDeputyImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyDeputyImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"excludeRows"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyDeputyImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"excludeRows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"excludeRows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApplyDeputyImportMutation, ApplyDeputyImportMutationVariables>;
export const DutyCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommendationKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commendationCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"commended"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyCandidatesQuery, DutyCandidatesQueryVariables>;
export const DutyCommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyCommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommendationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"awardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyCommendationsQuery, DutyCommendationsQueryVariables>;
export const CommendationFirstTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommendationFirstTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"county"},"name":{"kind":"Name","value":"terms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"COUNTY"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"any"},"name":{"kind":"Name","value":"terms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommendationFirstTermQuery, CommendationFirstTermQueryVariables>;
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
export const DutyLatestSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyLatestSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"county"},"name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"COUNTY"}},{"kind":"Argument","name":{"kind":"Name","value":"latestFirst"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"any"},"name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"latestFirst"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}}]}}]}}]} as unknown as DocumentNode<DutyLatestSessionQuery, DutyLatestSessionQueryVariables>;
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
export const GroupDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"minSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxSize"}},{"kind":"Field","name":{"kind":"Name","value":"sizeOk"}},{"kind":"Field","name":{"kind":"Name","value":"hasLeader"}},{"kind":"Field","name":{"kind":"Name","value":"viceLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"maxViceLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupDetailQuery, GroupDetailQueryVariables>;
export const SameTermGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SameTermGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SameTermGroupsQuery, SameTermGroupsQueryVariables>;
export const FindDeputiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindDeputies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeputyFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}},{"kind":"Field","name":{"kind":"Name","value":"groupMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindDeputiesQuery, FindDeputiesQueryVariables>;
export const AddGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddGroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddGroupMemberMutation, AddGroupMemberMutationVariables>;
export const MoveGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveGroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveGroupMemberMutation, MoveGroupMemberMutationVariables>;
export const SetGroupMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetGroupMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGroupMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetGroupMemberRoleMutation, SetGroupMemberRoleMutationVariables>;
export const EndGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndGroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EndGroupMemberMutation, EndGroupMemberMutationVariables>;
export const GroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Groups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"minSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxSize"}},{"kind":"Field","name":{"kind":"Name","value":"sizeOk"}},{"kind":"Field","name":{"kind":"Name","value":"hasLeader"}},{"kind":"Field","name":{"kind":"Name","value":"viceLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"maxViceLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GroupsQuery, GroupsQueryVariables>;
export const CreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateGroupMutation, CreateGroupMutationVariables>;
export const DashboardTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CongressLevel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"congresses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"congressId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyYears"}}]}}]} as unknown as DocumentNode<DashboardTermsQuery, DashboardTermsQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CongressLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"levelCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"congressId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTerm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"gender"},"name":{"kind":"Name","value":"deputyComposition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"GENDER"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"congressLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"levelCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"party"},"name":{"kind":"Name","value":"deputyComposition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PARTY"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"congressLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"levelCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"count"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"minority"},"name":{"kind":"Name","value":"deputyComposition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MINORITY"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"congressLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"levelCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minority"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ethnicity"},"name":{"kind":"Name","value":"deputyComposition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ETHNICITY"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"congressLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"levelCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"count"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ageBand"},"name":{"kind":"Name","value":"deputyComposition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"AGE_BAND"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"congressLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"levelCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"education"},"name":{"kind":"Name","value":"deputyComposition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EDUCATION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"congressLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"levelCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"count"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"occupation"},"name":{"kind":"Name","value":"deputyComposition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OCCUPATION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"congressLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"levelCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"count"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTerm"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"hasLeader"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sizeOk"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"congressId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"congressId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"congressLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"execution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unplanned"}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byYear"},"name":{"kind":"Name","value":"suggestionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"congressLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardStats"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byStatus"},"name":{"kind":"Name","value":"suggestionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STATUS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"congressLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardStats"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byField"},"name":{"kind":"Name","value":"suggestionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FIELD"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"congressLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardStats"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byUnit"},"name":{"kind":"Name","value":"suggestionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"UNIT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"congressLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTerm"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardStats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findingBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"congressId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"congressId"}}},{"kind":"Argument","name":{"kind":"Name","value":"congressLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ranking"},"name":{"kind":"Name","value":"dutyRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTerm"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardRanking"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardStats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionStatsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardRanking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyRanking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"maxAgeSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const DashboardRankingRecountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRankingRecount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"refresh"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardRanking"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardRanking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyRanking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"maxAgeSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRankingRecountQuery, DashboardRankingRecountQueryVariables>;
export const DashboardGroupRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardGroupRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupDutyRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"participationPercent"}}]}}]}}]} as unknown as DocumentNode<DashboardGroupRankingQuery, DashboardGroupRankingQueryVariables>;
export const DeputyTodosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeputyTodos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"toRate"},"name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REPLIED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"drafts"},"name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DeputyTodosQuery, DeputyTodosQueryVariables>;
export const UnitTodosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitTodos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"suggestionAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"suggestionAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"findings"},"name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<UnitTodosQuery, UnitTodosQueryVariables>;
export const SectorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SectorsQuery, SectorsQueryVariables>;
export const CreateSectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateSectorMutation, CreateSectorMutationVariables>;
export const UpdateSectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateSectorMutation, UpdateSectorMutationVariables>;
export const DeleteSectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteSectorMutation, DeleteSectorMutationVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"handlesSuggestions"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const DeleteOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteOrganizationMutation, DeleteOrganizationMutationVariables>;
export const RegulationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regulations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regulations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"congressId"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"interim"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RegulationsQuery, RegulationsQueryVariables>;
export const CreateRegulationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRegulation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegulationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRegulation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateRegulationMutation, CreateRegulationMutationVariables>;
export const UpdateRegulationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRegulation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegulationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRegulation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateRegulationMutation, UpdateRegulationMutationVariables>;
export const DeleteRegulationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRegulation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRegulation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteRegulationMutation, DeleteRegulationMutationVariables>;
export const LiaisonStationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiaisonStations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisonStations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"divisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<LiaisonStationsQuery, LiaisonStationsQueryVariables>;
export const CreateLiaisonStationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLiaisonStation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiaisonStationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLiaisonStation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateLiaisonStationMutation, CreateLiaisonStationMutationVariables>;
export const UpdateLiaisonStationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLiaisonStation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiaisonStationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLiaisonStation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateLiaisonStationMutation, UpdateLiaisonStationMutationVariables>;
export const DeleteLiaisonStationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLiaisonStation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLiaisonStation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteLiaisonStationMutation, DeleteLiaisonStationMutationVariables>;
export const RegistryCongressesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryCongresses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CongressLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"congresses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RegistryCongressesQuery, RegistryCongressesQueryVariables>;
export const RegistryTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"congressId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CongressLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"congressId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"congressId"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"congressId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RegistryTermsQuery, RegistryTermsQueryVariables>;
export const RegistrySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrySessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RegistrySessionsQuery, RegistrySessionsQueryVariables>;
export const RegistryElectoralDistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryElectoralDistricts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"congressId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"electoralDistricts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"congressId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"congressId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"congressId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RegistryElectoralDistrictsQuery, RegistryElectoralDistrictsQueryVariables>;
export const CongressSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CongressSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"minSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxViceLeaders"}}]}}]}}]} as unknown as DocumentNode<CongressSettingsQuery, CongressSettingsQueryVariables>;
export const CreateCongressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCongress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CongressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCongress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCongressMutation, CreateCongressMutationVariables>;
export const UpdateCongressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCongress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CongressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCongress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateCongressMutation, UpdateCongressMutationVariables>;
export const DeleteCongressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCongress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCongress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteCongressMutation, DeleteCongressMutationVariables>;
export const CreateTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateTermMutation, CreateTermMutationVariables>;
export const UpdateTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateTermMutation, UpdateTermMutationVariables>;
export const DeleteTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteTermMutation, DeleteTermMutationVariables>;
export const CreateSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateSessionMutation, CreateSessionMutationVariables>;
export const UpdateSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateSessionMutation, UpdateSessionMutationVariables>;
export const DeleteSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteSessionMutation, DeleteSessionMutationVariables>;
export const CreateElectoralDistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateElectoralDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ElectoralDistrictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createElectoralDistrict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateElectoralDistrictMutation, CreateElectoralDistrictMutationVariables>;
export const UpdateElectoralDistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateElectoralDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ElectoralDistrictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateElectoralDistrict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateElectoralDistrictMutation, UpdateElectoralDistrictMutationVariables>;
export const DeleteElectoralDistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteElectoralDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteElectoralDistrict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteElectoralDistrictMutation, DeleteElectoralDistrictMutationVariables>;
export const SetGroupRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetGroupRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGroupRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"minSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxViceLeaders"}}]}}]}}]} as unknown as DocumentNode<SetGroupRulesMutation, SetGroupRulesMutationVariables>;
export const DivisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Divisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DivisionsQuery, DivisionsQueryVariables>;
export const CreateDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateDivisionMutation, CreateDivisionMutationVariables>;
export const UpdateDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateDivisionMutation, UpdateDivisionMutationVariables>;
export const DeleteDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteDivisionMutation, DeleteDivisionMutationVariables>;
export const SuggestionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keySupervision"}},{"kind":"Field","name":{"kind":"Name","value":"replyDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inSession"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDeputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionListQuery, SuggestionListQueryVariables>;
export const SuggestionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAsMotion"}},{"kind":"Field","name":{"kind":"Name","value":"motionConversionReason"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keySupervision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"replyDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"currentRound"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"inSession"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"leadDeputyId"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDeputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coSigners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"returnDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"viewsDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnDecisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"extensionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestReturn"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coUnitViews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"entryDate"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"sessionName"}},{"kind":"Field","name":{"kind":"Name","value":"leadDeputyName"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionDetailQuery, SuggestionDetailQueryVariables>;
export const CreateSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateSuggestionMutation, CreateSuggestionMutationVariables>;
export const SuggestionDraftFromFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionDraftFromFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionDraftFromFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"findingIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"leadDeputy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coSigners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionDraftFromFindingsQuery, SuggestionDraftFromFindingsQueryVariables>;
export const SimilarSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"sessionName"}},{"kind":"Field","name":{"kind":"Name","value":"leadDeputyName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SimilarSuggestionsQuery, SimilarSuggestionsQueryVariables>;
export const SuggestionDeputyOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionDeputyOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionDeputyOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}}]}}]}}]} as unknown as DocumentNode<SuggestionDeputyOptionsQuery, SuggestionDeputyOptionsQueryVariables>;
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