/**
 * Deputies' suggestions and motions (DOMAIN.md "The suggestion lifecycle"): the enumerations with
 * their labels, the one state machine the server enforces and the admin draws its buttons from,
 * the configurable rules with their defaults, and the date arithmetic of the deadlines.
 */
import { PERMISSIONS, type Permission } from './permissions';
import type { CongressLevel } from './registry';

type Labels<T extends string> = Record<T, { zh: string; en: string }>;

/** 议案 (MOTION) and 建议、批评和意见 (SUGGESTION, CRITICISM, OPINION). */
export const SUGGESTION_KINDS = ['SUGGESTION', 'CRITICISM', 'OPINION', 'MOTION'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];
export const SUGGESTION_KIND_LABELS: Labels<SuggestionKind> = {
  SUGGESTION: { zh: '建议', en: 'Suggestion' },
  CRITICISM: { zh: '批评', en: 'Criticism' },
  OPINION: { zh: '意见', en: 'Opinion' },
  MOTION: { zh: '议案', en: 'Motion' },
};

/** 领域分类, the field categories of DOMAIN.md. */
export const SUGGESTION_FIELDS = [
  'ECONOMY_FINANCE', 'AGRICULTURE', 'URBAN_CONSTRUCTION', 'EDUCATION_SCIENCE_CULTURE_HEALTH',
  'INTERNAL_AFFAIRS_JUSTICE', 'SOCIAL_DEVELOPMENT', 'OTHER',
] as const;
export type SuggestionField = (typeof SUGGESTION_FIELDS)[number];
export const SUGGESTION_FIELD_LABELS: Labels<SuggestionField> = {
  ECONOMY_FINANCE: { zh: '经济财政', en: 'Economy and finance' },
  AGRICULTURE: { zh: '农业农村', en: 'Agriculture' },
  URBAN_CONSTRUCTION: { zh: '城乡建设', en: 'Urban construction' },
  EDUCATION_SCIENCE_CULTURE_HEALTH: { zh: '教科文卫', en: 'Education, science, culture, health' },
  INTERNAL_AFFAIRS_JUSTICE: { zh: '内务司法', en: 'Internal affairs and justice' },
  SOCIAL_DEVELOPMENT: { zh: '社会建设', en: 'Social development' },
  OTHER: { zh: '其他', en: 'Other' },
};

/** Where a suggestion came from; the source record lives in another module (no foreign key). */
export const SUGGESTION_SOURCE_KINDS = ['INSPECTION_FINDING', 'VOTER_OPINION', 'SURVEY', 'OTHER'] as const;
export type SuggestionSourceKind = (typeof SUGGESTION_SOURCE_KINDS)[number];
export const SUGGESTION_SOURCE_KIND_LABELS: Labels<SuggestionSourceKind> = {
  INSPECTION_FINDING: { zh: '视察发现的问题', en: 'Inspection finding' },
  VOTER_OPINION: { zh: '选民意见', en: 'Voter opinion' },
  SURVEY: { zh: '调研', en: 'Survey' },
  OTHER: { zh: '其他', en: 'Other' },
};

export const SUGGESTION_STATUSES = [
  'DRAFT', 'SUBMITTED', 'REGISTERED', 'ASSIGNED', 'HANDLING', 'REPLIED', 'RATED', 'REHANDLING', 'FOLLOWING_UP', 'CLOSED',
] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];
export const SUGGESTION_STATUS_LABELS: Labels<SuggestionStatus> = {
  DRAFT: { zh: '草稿', en: 'Draft' },
  SUBMITTED: { zh: '已提出', en: 'Submitted' },
  REGISTERED: { zh: '已登记', en: 'Registered' },
  ASSIGNED: { zh: '已交办', en: 'Assigned' },
  HANDLING: { zh: '办理中', en: 'Being handled' },
  REPLIED: { zh: '已答复', en: 'Replied' },
  RATED: { zh: '已评价', en: 'Rated' },
  REHANDLING: { zh: '重新办理', en: 'Re-handling' },
  FOLLOWING_UP: { zh: '跟踪落实', en: 'Following up' },
  CLOSED: { zh: '已办结', en: 'Closed' },
};
/** States in which a unit owes a reply: the clock of the current round runs. */
export const SUGGESTION_OPEN_HANDLING_STATUSES: readonly SuggestionStatus[] = ['ASSIGNED', 'HANDLING', 'REHANDLING'];

export const SUGGESTION_ACTIONS = [
  'SUBMIT', 'REGISTER', 'ASSIGN', 'REASSIGN', 'ACCEPT_RETURN', 'START_HANDLING', 'REPLY', 'RATE', 'RATE_UNSATISFIED', 'FOLLOW_UP', 'CLOSE',
] as const;
export type SuggestionAction = (typeof SUGGESTION_ACTIONS)[number];
export const SUGGESTION_ACTION_LABELS: Labels<SuggestionAction> = {
  SUBMIT: { zh: '提交', en: 'Submit' },
  REGISTER: { zh: '登记', en: 'Register' },
  ASSIGN: { zh: '交办', en: 'Assign' },
  REASSIGN: { zh: '重新交办', en: 'Re-assign' },
  ACCEPT_RETURN: { zh: '同意退回', en: 'Accept the return' },
  START_HANDLING: { zh: '开始办理', en: 'Start handling' },
  REPLY: { zh: '答复', en: 'Reply' },
  RATE: { zh: '评价(满意/基本满意)', en: 'Rate (satisfied)' },
  RATE_UNSATISFIED: { zh: '评价不满意', en: 'Rate unsatisfied' },
  FOLLOW_UP: { zh: '转入跟踪落实', en: 'Follow up' },
  CLOSE: { zh: '办结', en: 'Close' },
};

export interface SuggestionTransition {
  action: SuggestionAction;
  from: readonly SuggestionStatus[];
  to: SuggestionStatus;
  /** Needed to take the action; row-level scope (own unit, own suggestion) is checked on the server. */
  permission: Permission;
}

const P = PERMISSIONS;

/**
 * The lifecycle, as one table. A transition not listed here is refused with INVALID_TRANSITION,
 * naming the actions that are allowed from the current state. REASSIGN keeps the state (a new
 * lead unit, the clock restarts); ACCEPT_RETURN without a new unit sends it back to be assigned.
 */
export const SUGGESTION_TRANSITIONS: readonly SuggestionTransition[] = [
  { action: 'SUBMIT', from: ['DRAFT'], to: 'SUBMITTED', permission: P.SUGGESTION_SUBMIT },
  { action: 'REGISTER', from: ['SUBMITTED'], to: 'REGISTERED', permission: P.SUGGESTION_MANAGE },
  { action: 'ASSIGN', from: ['REGISTERED'], to: 'ASSIGNED', permission: P.SUGGESTION_MANAGE },
  { action: 'REASSIGN', from: ['ASSIGNED', 'HANDLING'], to: 'ASSIGNED', permission: P.SUGGESTION_MANAGE },
  { action: 'ACCEPT_RETURN', from: ['ASSIGNED', 'HANDLING'], to: 'REGISTERED', permission: P.SUGGESTION_MANAGE },
  { action: 'START_HANDLING', from: ['ASSIGNED'], to: 'HANDLING', permission: P.SUGGESTION_HANDLE },
  { action: 'REPLY', from: ['ASSIGNED', 'HANDLING', 'REHANDLING'], to: 'REPLIED', permission: P.SUGGESTION_REPLY },
  { action: 'RATE', from: ['REPLIED'], to: 'RATED', permission: P.SUGGESTION_FEEDBACK },
  { action: 'RATE_UNSATISFIED', from: ['REPLIED'], to: 'REHANDLING', permission: P.SUGGESTION_FEEDBACK },
  { action: 'FOLLOW_UP', from: ['RATED'], to: 'FOLLOWING_UP', permission: P.SUGGESTION_MANAGE },
  { action: 'CLOSE', from: ['RATED', 'FOLLOWING_UP'], to: 'CLOSED', permission: P.SUGGESTION_MANAGE },
];

export function findTransition(from: SuggestionStatus, action: SuggestionAction): SuggestionTransition | undefined {
  return SUGGESTION_TRANSITIONS.find((t) => t.action === action && t.from.includes(from));
}

/** Every action the state allows, whoever takes it. */
export function actionsFrom(from: SuggestionStatus): SuggestionAction[] {
  return SUGGESTION_TRANSITIONS.filter((t) => t.from.includes(from)).map((t) => t.action);
}

/** The actions a holder of these permissions may take from this state (the admin's buttons). */
export function actionsFor(from: SuggestionStatus, has: (p: Permission) => boolean): SuggestionAction[] {
  return SUGGESTION_TRANSITIONS.filter((t) => t.from.includes(from) && has(t.permission)).map((t) => t.action);
}

export const ASSIGNMENT_ROLES = ['LEAD', 'CO'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];
export const ASSIGNMENT_ROLE_LABELS: Labels<AssignmentRole> = {
  LEAD: { zh: '主办', en: 'Lead unit' },
  CO: { zh: '协办', en: 'Co-unit' },
};

export const ASSIGNMENT_STATUSES = ['ACTIVE', 'RETURN_REQUESTED', 'RETURNED', 'REPLACED'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export const ASSIGNMENT_STATUS_LABELS: Labels<AssignmentStatus> = {
  ACTIVE: { zh: '办理中', en: 'Active' },
  RETURN_REQUESTED: { zh: '申请退回', en: 'Return requested' },
  RETURNED: { zh: '已退回', en: 'Returned' },
  REPLACED: { zh: '已改由他单位办理', en: 'Replaced' },
};

export const EXTENSION_STATUSES = ['REQUESTED', 'APPROVED', 'REFUSED'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];
export const EXTENSION_STATUS_LABELS: Labels<ExtensionStatus> = {
  REQUESTED: { zh: '申请延期', en: 'Extension requested' },
  APPROVED: { zh: '已批准延期', en: 'Extension approved' },
  REFUSED: { zh: '不同意延期', en: 'Extension refused' },
};

/** 见面: before, during, after handling. */
export const MEETING_STAGES = ['BEFORE', 'DURING', 'AFTER'] as const;
export type MeetingStage = (typeof MEETING_STAGES)[number];
export const MEETING_STAGE_LABELS: Labels<MeetingStage> = {
  BEFORE: { zh: '办前见面', en: 'Before handling' },
  DURING: { zh: '办中见面', en: 'During handling' },
  AFTER: { zh: '办后见面', en: 'After handling' },
};

export const REPLY_CATEGORIES = ['A', 'B', 'C', 'D'] as const;
export type ReplyCategory = (typeof REPLY_CATEGORIES)[number];
export const REPLY_CATEGORY_LABELS: Labels<ReplyCategory> = {
  A: { zh: 'A 类:已解决或基本解决', en: 'A: solved or mostly solved' },
  B: { zh: 'B 类:正在解决或列入计划解决', en: 'B: being solved or planned' },
  C: { zh: 'C 类:因条件限制需以后解决', en: 'C: to be solved when conditions allow' },
  D: { zh: 'D 类:留作参考', en: 'D: kept for reference' },
};
/** Replies in these categories carry commitments with due dates and are followed until solved. */
export const CATEGORIES_WITH_COMMITMENTS: readonly ReplyCategory[] = ['B', 'C'];

export const FEEDBACK_VERDICTS = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'] as const;
export type FeedbackVerdict = (typeof FEEDBACK_VERDICTS)[number];
export const FEEDBACK_VERDICT_LABELS: Labels<FeedbackVerdict> = {
  SATISFIED: { zh: '满意', en: 'Satisfied' },
  BASICALLY_SATISFIED: { zh: '基本满意', en: 'Basically satisfied' },
  UNSATISFIED: { zh: '不满意', en: 'Unsatisfied' },
};

export const HOLIDAY_KINDS = ['HOLIDAY', 'WORKDAY'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];
export const HOLIDAY_KIND_LABELS: Labels<HolidayKind> = {
  HOLIDAY: { zh: '节假日(不上班)', en: 'Holiday (no work)' },
  WORKDAY: { zh: '调休上班日', en: 'Make-up working day' },
};

/** The configurable rules (app_setting `suggestions.rules`); every number is a default. */
export interface SuggestionRules {
  /** Months from assignment to the reply (3). */
  replyMonths: number;
  /** Months for hard cases, with the committee's approval (6). */
  extendedReplyMonths: number;
  /** Working days in which a unit may ask to return an assignment (7). */
  returnWorkingDays: number;
  /** Months in which co-units send their views to the lead unit (1). */
  coUnitViewMonths: number;
  /** Months for the new reply after an UNSATISFIED verdict (1). */
  rehandleMonths: number;
  /** Deputies who must sign a motion jointly, the lead counted (联名), per congress level. */
  motionMinSigners: Record<CongressLevel, number>;
  /** Commitments due within this many days show as "coming due". */
  commitmentDueSoonDays: number;
  /** pg_trgm similarity from which another suggestion is shown as a possible duplicate. */
  similarityThreshold: number;
}

export const DEFAULT_SUGGESTION_RULES: SuggestionRules = {
  replyMonths: 3,
  extendedReplyMonths: 6,
  returnWorkingDays: 7,
  coUnitViewMonths: 1,
  rehandleMonths: 1,
  // The Organic Law of Local Congresses: ten deputies jointly at county level and above, five at township level.
  motionMinSigners: { TOWNSHIP: 5, COUNTY: 10, CITY: 10, PROVINCE: 10, NATIONAL: 30 },
  commitmentDueSoonDays: 30,
  similarityThreshold: 0.3,
};

// ---- Dates (LocalDate strings, YYYY-MM-DD, no time zone) ----

const parse = (d: string) => {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return { y, m, day };
};
const fmt = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Calendar months later; the 31st becomes the month's last day (2006-01-31 + 1 month = 2006-02-28). */
export function addMonths(date: string, months: number): string {
  const { y, m, day } = parse(date);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return fmt(ny, nm, Math.min(day, daysInMonth(ny, nm)));
}

export function addDays(date: string, days: number): string {
  const { y, m, day } = parse(date);
  return new Date(Date.UTC(y, m - 1, day + days)).toISOString().slice(0, 10);
}

/** The holiday calendar: official holidays, and weekend days that are working days (调休). */
export interface WorkCalendar {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const { y, m, day } = parse(date);
  const weekday = new Date(Date.UTC(y, m - 1, day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The n-th working day after `date` (the day itself not counted). */
export function addWorkingDays(date: string, n: number, calendar: WorkCalendar): string {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d, calendar)) left--;
  }
  return d;
}

/** Today where the committee works (China Standard Time), as a LocalDate. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Messages of the suggestions domain (registered by the API with `registerMessages`). */
export const SUGGESTION_MESSAGES = {
  'suggestion.notEditable': { zh: '建议已登记,不能再修改内容', en: 'The suggestion is registered: its content can no longer change' },
  'suggestion.notLeadDeputy': { zh: '只有领衔代表(或工作人员代为)可以执行此操作', en: 'Only the lead deputy (or staff on their behalf) may do this' },
  'suggestion.notLeadUnit': { zh: '只有主办单位可以执行此操作', en: 'Only the lead unit may do this' },
  'suggestion.notYourAssignment': { zh: '这不是本单位的交办件', en: 'This assignment is not your unit\'s' },
  'suggestion.coSignerIsLead': { zh: '领衔代表不能同时是附议代表', en: 'The lead deputy cannot also be a co-signer' },
  'suggestion.sessionOutsideTerm': { zh: '所选会议不属于所选的届', en: 'The session does not belong to the term' },
  'suggestion.termRequired': { zh: '请选择会议(大会期间)或届(闭会期间)', en: 'Choose a session (in session) or a term (in recess)' },
  'suggestion.leadUnitRequired': { zh: '请指定一个主办单位', en: 'Choose one lead unit' },
  'suggestion.unitNotHandling': { zh: '单位“{name}”不承办建议', en: 'The unit "{name}" does not handle suggestions' },
  'suggestion.duplicateUnit': { zh: '同一单位不能重复交办', en: 'A unit can be assigned only once' },
  'suggestion.returnWindowClosed': {
    zh: '申请退回须在交办后 {days} 个工作日内(截至 {deadline})',
    en: 'A return must be asked within {days} working days of assignment (by {deadline})',
  },
  'suggestion.assignmentNotActive': { zh: '该交办件当前状态不能执行此操作', en: 'The assignment is not in a state that allows this' },
  'suggestion.noPendingRequest': { zh: '没有待处理的申请', en: 'There is no pending request' },
  'suggestion.commitmentsRequired': {
    zh: '{category} 类答复须列明承诺事项及完成时限',
    en: 'A category {category} reply must list its commitments with due dates',
  },
  'suggestion.commitmentsNotAllowed': { zh: '只有 B、C 类答复列承诺事项', en: 'Only B and C replies carry commitments' },
  'suggestion.followUpNeedsBC': { zh: '只有 B、C 类答复需要跟踪落实', en: 'Only B and C replies are followed up' },
  'suggestion.progressNeedsBC': { zh: '只有 B、C 类答复需要记录落实进展', en: 'Progress is recorded for B and C replies only' },
  'suggestion.notCoUnit': { zh: '只有协办单位向主办单位提出协办意见', en: 'Only a co-unit sends views to the lead unit' },
  'suggestion.datesStaffOnly': {
    zh: '答复和评价的日期由系统记录;只有工作人员补录纸质材料时可以填写',
    en: 'Reply and feedback dates are recorded by the system; only staff entering a paper record may set them',
  },
  'suggestion.dateInFuture': { zh: '日期不能晚于今天', en: 'The date cannot be later than today' },
  'suggestion.invalidDate': { zh: '日期格式应为 YYYY-MM-DD:{value}', en: 'Dates are YYYY-MM-DD: {value}' },
  'suggestion.holidayExists': { zh: '{date} 已在节假日日历中', en: '{date} is already in the holiday calendar' },
  'suggestion.motionConverted': {
    zh: '联名代表 {signers} 人,少于{level}人大议案所需的 {required} 人,作为建议处理',
    en: '{signers} deputies signed, fewer than the {required} a motion to a {level} congress needs: handled as a suggestion',
  },
  'suggestion.findingLinked': {
    zh: '问题“{finding}”已转为建议 {number}“{title}”,不能再转为另一件建议',
    en: 'The finding "{finding}" already became suggestion {number} "{title}": it cannot become another one',
  },
  'suggestion.findingsMakeDraft': {
    zh: '由问题生成的建议先存为草稿,由领衔代表或工作人员修改后再提交',
    en: 'A suggestion made from findings is saved as a draft first, to be edited and then submitted',
  },
  'suggestion.motionInRecess': {
    zh: '议案只能在大会期间提出,闭会期间提出的作为建议处理',
    en: 'Motions are made during a session; one made in recess is handled as a suggestion',
  },
  /** A timeline note, not an error: where a draft came from (`source` a SUGGESTION_SOURCE_KIND_LABELS label, `items` what it was). */
  'suggestion.event.source': { zh: '来源:{source}({items})', en: 'Source: {source} ({items})' },
} as const;
