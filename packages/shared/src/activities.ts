import type { GuardedStateMachine } from './state-machine';
/**
 * Activities (DOMAIN.md glossary): the annual plan, activities and their implementation plans,
 * attendance, findings followed to rectification, training, committee meetings, notices. The two
 * state machines live here so the API enforces them and the admin derives its buttons from them.
 */
import { PERMISSIONS } from './permissions';

type Labels<T extends string> = Record<T, { zh: string; en: string }>;

export const ACTIVITY_TYPES = [
  'INSPECTION', 'SURVEY', 'FORUM', 'TRAINING', 'DUTY_REPORT_MEETING', 'SITTING_IN', 'ORGAN_EVALUATION', 'VOTER_RECEPTION',
  'LAW_ENFORCEMENT_CHECK', 'OTHER',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export const ACTIVITY_TYPE_LABELS: Labels<ActivityType> = {
  INSPECTION: { zh: '视察', en: 'Inspection' },
  SURVEY: { zh: '调研', en: 'Survey' },
  FORUM: { zh: '座谈会', en: 'Forum' },
  TRAINING: { zh: '培训', en: 'Training' },
  DUTY_REPORT_MEETING: { zh: '述职会', en: 'Duty-report meeting' },
  SITTING_IN: { zh: '列席会议', en: 'Sitting in' },
  ORGAN_EVALUATION: { zh: '评议国家机关', en: 'Organ evaluation' },
  VOTER_RECEPTION: { zh: '选民接待', en: 'Voter reception' },
  LAW_ENFORCEMENT_CHECK: { zh: '执法检查', en: 'Law-enforcement check' },
  OTHER: { zh: '其他', en: 'Other' },
};

export const ACTIVITY_SCOPES = ['COMPREHENSIVE', 'SINGLE_TOPIC'] as const;
export type ActivityScope = (typeof ACTIVITY_SCOPES)[number];
export const ACTIVITY_SCOPE_LABELS: Labels<ActivityScope> = {
  COMPREHENSIVE: { zh: '综合', en: 'Comprehensive' },
  SINGLE_TOPIC: { zh: '单项', en: 'Single topic' },
};

/** Who organises an activity or plan item that no deputy group organises. */
export const COMMITTEE_ORGANIZER = { zh: '常委会', en: 'Standing committee' };

export const ACTIVITY_STATUSES = ['PLANNED', 'NOTIFIED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const ACTIVITY_STATUS_LABELS: Labels<ActivityStatus> = {
  PLANNED: { zh: '已计划', en: 'Planned' },
  NOTIFIED: { zh: '已通知', en: 'Notified' },
  IN_PROGRESS: { zh: '进行中', en: 'In progress' },
  COMPLETED: { zh: '已完成', en: 'Completed' },
  CANCELLED: { zh: '已取消', en: 'Cancelled' },
};

export const ACTIVITY_ACTIONS = ['NOTIFY', 'START', 'COMPLETE', 'CANCEL'] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

/**
 * An activity cannot start before its deputies were told in advance (有准备视察): PLANNED leads
 * only to NOTIFIED, and NOTIFY is the sending of the advance notice.
 */
export const ACTIVITY_MACHINE: GuardedStateMachine<ActivityStatus, ActivityAction> = {
  NOTIFY: { from: ['PLANNED'], to: 'NOTIFIED', permission: PERMISSIONS.NOTICE_SEND, label: { zh: '发送通知', en: 'Send the notice' } },
  START: { from: ['NOTIFIED'], to: 'IN_PROGRESS', permission: PERMISSIONS.ACTIVITY_WRITE, label: { zh: '开始活动', en: 'Start' } },
  COMPLETE: { from: ['IN_PROGRESS'], to: 'COMPLETED', permission: PERMISSIONS.ACTIVITY_WRITE, label: { zh: '结束活动', en: 'Complete' } },
  CANCEL: { from: ['PLANNED', 'NOTIFIED', 'IN_PROGRESS'], to: 'CANCELLED', permission: PERMISSIONS.ACTIVITY_WRITE, needsNote: true, label: { zh: '取消活动', en: 'Cancel' } },
};

export const ATTENDANCE_STATUSES = ['INVITED', 'CONFIRMED', 'ATTENDED', 'ON_LEAVE', 'ABSENT'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_STATUS_LABELS: Labels<AttendanceStatus> = {
  INVITED: { zh: '已邀请', en: 'Invited' },
  CONFIRMED: { zh: '已确认', en: 'Confirmed' },
  ATTENDED: { zh: '已出席', en: 'Attended' },
  ON_LEAVE: { zh: '请假', en: 'On leave' },
  ABSENT: { zh: '缺席', en: 'Absent' },
};

/** How a deputy came to be invited. */
export const INVITATION_SOURCES = ['GROUP', 'CONGRESS_LEVEL', 'INDIVIDUAL'] as const;
export type InvitationSource = (typeof INVITATION_SOURCES)[number];
export const INVITATION_SOURCE_LABELS: Labels<InvitationSource> = {
  GROUP: { zh: '按小组', en: 'By group' },
  CONGRESS_LEVEL: { zh: '按人大层级', en: 'By congress level' },
  INDIVIDUAL: { zh: '单独邀请', en: 'One by one' },
};

/** A deputy's own answer to an invitation. */
export const INVITATION_RESPONSES = ['CONFIRM', 'ASK_LEAVE'] as const;
export type InvitationResponse = (typeof INVITATION_RESPONSES)[number];

/**
 * Activities that have been held (or are being held): the ones that count towards a deputy's
 * attendance rate and whose trainings take quiz scores. Planned and notified ones are still to come.
 */
export const HELD_ACTIVITY_STATUSES: readonly ActivityStatus[] = ['IN_PROGRESS', 'COMPLETED'];

/** Attendance a deputy can still change themselves: before the activity is over. */
export const RESPONDABLE_ACTIVITY_STATUSES: readonly ActivityStatus[] = ['PLANNED', 'NOTIFIED', 'IN_PROGRESS'];

export const FINDING_STATUSES = ['OPEN', 'INVESTIGATING', 'RECTIFYING', 'RESOLVED', 'CLOSED_UNRESOLVED'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];
export const FINDING_STATUS_LABELS: Labels<FindingStatus> = {
  OPEN: { zh: '待调查', en: 'Open' },
  INVESTIGATING: { zh: '调查中', en: 'Investigating' },
  RECTIFYING: { zh: '整改中', en: 'Rectifying' },
  RESOLVED: { zh: '已解决', en: 'Resolved' },
  CLOSED_UNRESOLVED: { zh: '未解决关闭', en: 'Closed unresolved' },
};
/** States a finding is still being followed in: these can be overdue. */
export const FINDING_OPEN_STATUSES: readonly FindingStatus[] = ['OPEN', 'INVESTIGATING', 'RECTIFYING'];

export const FINDING_ACTIONS = ['INVESTIGATE', 'START_RECTIFICATION', 'RESOLVE', 'CLOSE_UNRESOLVED'] as const;
export type FindingAction = (typeof FINDING_ACTIONS)[number];

/**
 * A finding is investigated (responsibility made clear), then rectified under supervision; only
 * the committee's check (FINDING_VERIFY, which handling units do not hold) resolves or closes it.
 */
export const FINDING_MACHINE: GuardedStateMachine<FindingStatus, FindingAction> = {
  INVESTIGATE: { from: ['OPEN'], to: 'INVESTIGATING', permission: PERMISSIONS.FINDING_UPDATE, label: { zh: '开始调查', en: 'Investigate' } },
  START_RECTIFICATION: { from: ['INVESTIGATING'], to: 'RECTIFYING', permission: PERMISSIONS.FINDING_UPDATE, label: { zh: '开始整改', en: 'Start rectification' } },
  RESOLVE: { from: ['RECTIFYING'], to: 'RESOLVED', permission: PERMISSIONS.FINDING_VERIFY, needsNote: true, label: { zh: '核实已解决', en: 'Verify as resolved' } },
  CLOSE_UNRESOLVED: { from: ['OPEN', 'INVESTIGATING', 'RECTIFYING'], to: 'CLOSED_UNRESOLVED', permission: PERMISSIONS.FINDING_VERIFY, needsNote: true, label: { zh: '未解决关闭', en: 'Close unresolved' } },
};

/** The entries of a finding's timeline. */
export const FINDING_UPDATE_KINDS = ['CREATED', 'STATUS_CHANGE', 'PROGRESS', 'RECTIFICATION_CLAIM', 'VERIFICATION_PASSED', 'VERIFICATION_FAILED'] as const;
export type FindingUpdateKind = (typeof FINDING_UPDATE_KINDS)[number];
export const FINDING_UPDATE_KIND_LABELS: Labels<FindingUpdateKind> = {
  CREATED: { zh: '登记问题', en: 'Recorded' },
  STATUS_CHANGE: { zh: '状态变更', en: 'Status change' },
  PROGRESS: { zh: '进展', en: 'Progress' },
  RECTIFICATION_CLAIM: { zh: '责任单位报告整改完成', en: "Unit's claim: rectified" },
  VERIFICATION_PASSED: { zh: '常委会核实通过', en: "Committee's check: passed" },
  VERIFICATION_FAILED: { zh: '常委会核实未通过', en: "Committee's check: not passed" },
};
/** What a unit or staff may add to the timeline by hand (the rest is written by actions). */
export const FINDING_REPORT_KINDS = ['PROGRESS', 'RECTIFICATION_CLAIM'] as const;
export type FindingReportKind = (typeof FINDING_REPORT_KINDS)[number];

export const TRAINING_MODES = ['CONCENTRATED', 'MEETING_BASED', 'ONLINE'] as const;
export type TrainingMode = (typeof TRAINING_MODES)[number];
export const TRAINING_MODE_LABELS: Labels<TrainingMode> = {
  CONCENTRATED: { zh: '集中培训', en: 'Concentrated' },
  MEETING_BASED: { zh: '以会带训', en: 'Meeting-based' },
  ONLINE: { zh: '网络培训', en: 'Online' },
};

export const MEETING_ATTENDANCE_ROLES = ['SITTING_IN'] as const;
export type MeetingAttendanceRole = (typeof MEETING_ATTENDANCE_ROLES)[number];
export const MEETING_ATTENDANCE_ROLE_LABELS: Labels<MeetingAttendanceRole> = {
  SITTING_IN: { zh: '列席', en: 'Sitting in' },
};

export const NOTICE_KINDS = ['ACTIVITY', 'INFORMATION'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_KIND_LABELS: Labels<NoticeKind> = {
  ACTIVITY: { zh: '活动通知', en: 'Activity notice' },
  INFORMATION: { zh: '知情知政', en: 'Information' },
};

/** Where a plan item stands, derived from the activities that carry it out. */
export const PLAN_ITEM_PROGRESSES = ['NOT_SCHEDULED', 'SCHEDULED', 'IN_PROGRESS', 'HELD', 'OVERDUE'] as const;
export type PlanItemProgress = (typeof PLAN_ITEM_PROGRESSES)[number];
export const PLAN_ITEM_PROGRESS_LABELS: Labels<PlanItemProgress> = {
  NOT_SCHEDULED: { zh: '未安排', en: 'Not scheduled' },
  SCHEDULED: { zh: '已安排', en: 'Scheduled' },
  IN_PROGRESS: { zh: '进行中', en: 'In progress' },
  HELD: { zh: '已开展', en: 'Held' },
  OVERDUE: { zh: '逾期未开展', en: 'Overdue' },
};

export function planMonthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/**
 * A plan item is held once one of its activities is completed; it is overdue once its month is
 * over (as of `asOf`) and nothing was held or is under way. Cancelled activities do not count.
 */
export function planItemProgress(year: number, month: number, activityStatuses: readonly ActivityStatus[], asOf: string): PlanItemProgress {
  if (activityStatuses.includes('COMPLETED')) return 'HELD';
  if (activityStatuses.includes('IN_PROGRESS')) return 'IN_PROGRESS';
  if (planMonthEnd(year, month) < asOf) return 'OVERDUE';
  return activityStatuses.some((s) => s === 'PLANNED' || s === 'NOTIFIED') ? 'SCHEDULED' : 'NOT_SCHEDULED';
}

/**
 * DOMAIN.md: attendance rate = activities attended / activities invited to; leave counts as
 * absent here and is shown separately. Null when the deputy was invited to nothing.
 */
export function attendanceRate(counts: { invited: number; attended: number }): number | null {
  return counts.invited > 0 ? counts.attended / counts.invited : null;
}

export const ACTIVITY_MESSAGES = {
  'activity.dateOrder': { zh: '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
  'activity.badDate': { zh: '日期格式应为 YYYY-MM-DD:{value}', en: 'A date is written YYYY-MM-DD: {value}' },
  'activity.notOwnGroup': {
    zh: '小组组长只能管理本小组的活动',
    en: "A group leader manages only their own group's activities",
  },
  'activity.closed': { zh: '已是“{status}”,{what}不能再修改', en: 'Already "{status}": {what} can no longer be changed' },
  'activity.notStarted': { zh: '活动尚未开始,不能登记{what}', en: 'The activity has not started: {what} cannot be recorded yet' },
  'activity.meetingNotHeld': {
    zh: '会议“{title}”定于 {date} 召开,尚未举行,不能登记{what}',
    en: 'The meeting "{title}" is on {date} and has not been held yet: {what} cannot be recorded',
  },
  'activity.planItemInUse': { zh: '该计划项目已有活动,不能删除', en: 'Activities carry out this plan item: it cannot be removed' },
  'activity.stopInUse': { zh: '被视察单位“{name}”已登记了问题,不能删除', en: 'Findings were recorded at the stop "{name}": it cannot be removed' },
  'activity.notInvited': { zh: '该代表未被邀请参加此活动', en: 'This deputy is not invited to this activity' },
  'activity.noDeputy': { zh: '当前账户未关联代表', en: 'This account is not linked to a deputy' },
  'activity.leaveReasonRequired': { zh: '请假需填写事由', en: 'Asking for leave needs a reason' },
  'activity.noteRequired': { zh: '“{action}”需要填写说明', en: '"{action}" needs a note' },
  'activity.nobodyInvited': { zh: '尚未邀请任何代表,不能发送通知', en: 'Nobody is invited yet: there is nobody to notify' },
  'activity.planExists': { zh: '{year} 年该人大的年度计划已存在', en: 'The {year} plan of this congress exists already' },
  'activity.badMonth': { zh: '月份应为 1–12', en: 'The month must be 1–12' },
  'activity.planItemMismatch': { zh: '计划项目不属于该人大的计划', en: "The plan item is not in this congress's plan" },
  'activity.planYearMismatch': {
    zh: '活动开始于 {date}({year} 年),计划项目“{item}”属于 {planYear} 年的计划',
    en: 'The activity starts on {date}, in {year}, but the plan item "{item}" is in the {planYear} plan',
  },
  'activity.stopOutsideDates': {
    zh: '视察“{name}”的日期 {date} 不在活动日期({start} 至 {end})之内',
    en: 'The visit to "{name}" on {date} is outside the activity\'s dates ({start} to {end})',
  },
  'activity.stopNotInActivity': { zh: '被视察单位不属于该活动', en: 'The stop is not part of this activity' },
  'activity.notTraining': { zh: '该活动不是培训', en: 'This activity is not a training' },
  'activity.scoreRange': { zh: '{name} 的得分 {score} 不在 0 到满分 {max} 之间', en: "{name}'s score {score} is not between 0 and the maximum {max}" },
  'activity.quizNotAttended': { zh: '{names} 未出席该培训,不能登记答卷成绩', en: '{names} did not attend this training: no quiz score can be recorded' },
  'finding.unitCannotVerify': {
    zh: '责任单位不能核实自己的整改,须由常委会核实',
    en: 'The responsible unit cannot verify its own rectification: the committee checks it',
  },
  'finding.needsResponsible': {
    zh: '开始整改前须明确责任单位和整改期限',
    en: 'Name the responsible unit and a deadline before rectification starts',
  },
  'finding.noneSelected': { zh: '请至少选择一个问题', en: 'Choose at least one finding' },
  'finding.alreadyLinked': { zh: '问题“{title}”已转为建议', en: 'The finding "{title}" already became a suggestion' },
  'notice.notRecipient': { zh: '该通知不是发给你的', en: 'This notice was not sent to you' },
} as const;
