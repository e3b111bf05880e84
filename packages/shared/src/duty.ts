import type { StateMachine } from './state-machine';
/**
 * A deputy's duties (DOMAIN.md: 述职, 评议国家机关, 联系选民, 民情日记, 履职档案, 表彰): the
 * enumerations with their labels, the state machines, and the grading rules, shared by the API
 * (which enforces them) and the admin (which derives its buttons and hints from them).
 */

type Labels<T extends string> = Record<T, { zh: string; en: string }>;

// ---------------------------------------------------------------------------------------------
// State machines: one table of allowed transitions each.

// ---------------------------------------------------------------------------------------------
// 述职 Duty reports

export const DUTY_REPORT_AUDIENCES = ['STANDING_COMMITTEE', 'VOTERS', 'ELECTORAL_UNIT'] as const;
export type DutyReportAudience = (typeof DUTY_REPORT_AUDIENCES)[number];
export const DUTY_REPORT_AUDIENCE_LABELS: Labels<DutyReportAudience> = {
  STANDING_COMMITTEE: { zh: '向常委会述职', en: 'To the standing committee' },
  VOTERS: { zh: '向选民述职', en: 'To the voters' },
  ELECTORAL_UNIT: { zh: '向选举单位述职', en: 'To the electoral unit' },
};

export const DUTY_REPORT_FORMS = ['ORAL', 'WRITTEN'] as const;
export type DutyReportForm = (typeof DUTY_REPORT_FORMS)[number];
export const DUTY_REPORT_FORM_LABELS: Labels<DutyReportForm> = {
  ORAL: { zh: '口头述职', en: 'Oral' },
  WRITTEN: { zh: '书面述职', en: 'Written' },
};

export const DUTY_REPORT_STATUSES = ['PLANNED', 'REPORTED', 'EVALUATED', 'CANCELLED'] as const;
export type DutyReportStatus = (typeof DUTY_REPORT_STATUSES)[number];
export const DUTY_REPORT_STATUS_LABELS: Labels<DutyReportStatus> = {
  PLANNED: { zh: '已列入计划', en: 'Planned' },
  REPORTED: { zh: '已述职', en: 'Reported' },
  EVALUATED: { zh: '已评议', en: 'Evaluated' },
  CANCELLED: { zh: '已取消', en: 'Cancelled' },
};
export const DUTY_REPORT_ACTIONS = ['REPORT', 'EVALUATE', 'CANCEL'] as const;
export type DutyReportAction = (typeof DUTY_REPORT_ACTIONS)[number];
export const DUTY_REPORT_MACHINE: StateMachine<DutyReportStatus, DutyReportAction> = {
  REPORT: { from: ['PLANNED'], to: 'REPORTED', label: { zh: '登记述职', en: 'Record the report' } },
  // Evaluating again (a corrected tally) keeps the report evaluated.
  EVALUATE: { from: ['REPORTED', 'EVALUATED'], to: 'EVALUATED', label: { zh: '评议', en: 'Evaluate' } },
  CANCEL: { from: ['PLANNED'], to: 'CANCELLED', label: { zh: '取消', en: 'Cancel' } },
};

export const DUTY_REPORT_GRADES = ['COMPETENT', 'BASICALLY_COMPETENT', 'NOT_COMPETENT'] as const;
export type DutyReportGrade = (typeof DUTY_REPORT_GRADES)[number];
export const DUTY_REPORT_GRADE_LABELS: Labels<DutyReportGrade> = {
  COMPETENT: { zh: '称职', en: 'Competent' },
  BASICALLY_COMPETENT: { zh: '基本称职', en: 'Basically competent' },
  NOT_COMPETENT: { zh: '不称职', en: 'Not competent' },
};

export interface VoteTally {
  competent: number;
  basicallyCompetent: number;
  notCompetent: number;
}

/** Percent of all votes needed: "competent" votes for COMPETENT, competent + basically for BASICALLY_COMPETENT. */
export interface VoteThresholds {
  competentPercent: number;
  basicallyCompetentPercent: number;
}
export const DEFAULT_VOTE_THRESHOLDS: VoteThresholds = { competentPercent: 80, basicallyCompetentPercent: 50 };
export const VOTE_THRESHOLDS_SETTING = 'duty.voteThresholds';

/**
 * 称职票达到 80% 为称职;称职与基本称职票合计达到 50% 为基本称职;否则不称职. Thresholds are
 * inclusive and compared in integers (votes × 100 against percent × total), so 4 of 5 is exactly
 * 80% and competent. No votes: no grade.
 */
export function gradeVotes(t: VoteTally, th: VoteThresholds = DEFAULT_VOTE_THRESHOLDS): DutyReportGrade | null {
  const total = t.competent + t.basicallyCompetent + t.notCompetent;
  if (total <= 0) return null;
  if (t.competent * 100 >= th.competentPercent * total) return 'COMPETENT';
  if ((t.competent + t.basicallyCompetent) * 100 >= th.basicallyCompetentPercent * total) return 'BASICALLY_COMPETENT';
  return 'NOT_COMPETENT';
}

export function isValidVoteThresholds(th: VoteThresholds): boolean {
  const ok = (n: number) => Number.isInteger(n) && n >= 1 && n <= 100;
  return ok(th.competentPercent) && ok(th.basicallyCompetentPercent) && th.basicallyCompetentPercent <= th.competentPercent;
}

// ---------------------------------------------------------------------------------------------
// 评议国家机关 Evaluations of state organs, and their rectification items

export const ORGAN_EVALUATION_PHASES = ['PREPARING', 'EVALUATING', 'RECTIFYING', 'DONE'] as const;
export type OrganEvaluationPhase = (typeof ORGAN_EVALUATION_PHASES)[number];
export const ORGAN_EVALUATION_PHASE_LABELS: Labels<OrganEvaluationPhase> = {
  PREPARING: { zh: '准备', en: 'Preparing' },
  EVALUATING: { zh: '评议', en: 'Evaluating' },
  RECTIFYING: { zh: '整改', en: 'Rectifying' },
  DONE: { zh: '完成', en: 'Done' },
};
export const ORGAN_EVALUATION_ACTIONS = ['START_EVALUATION', 'START_RECTIFICATION', 'FINISH'] as const;
export type OrganEvaluationAction = (typeof ORGAN_EVALUATION_ACTIONS)[number];
export const ORGAN_EVALUATION_MACHINE: StateMachine<OrganEvaluationPhase, OrganEvaluationAction> = {
  START_EVALUATION: { from: ['PREPARING'], to: 'EVALUATING', label: { zh: '开始评议', en: 'Start evaluating' } },
  START_RECTIFICATION: { from: ['EVALUATING'], to: 'RECTIFYING', label: { zh: '转入整改', en: 'Start rectification' } },
  FINISH: { from: ['RECTIFYING'], to: 'DONE', label: { zh: '完成评议', en: 'Finish' } },
};

export const RECTIFICATION_STATUSES = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'VERIFIED'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const RECTIFICATION_STATUS_LABELS: Labels<RectificationStatus> = {
  OPEN: { zh: '待整改', en: 'Open' },
  IN_PROGRESS: { zh: '整改中', en: 'In progress' },
  RESOLVED: { zh: '已整改', en: 'Resolved' },
  VERIFIED: { zh: '已验收', en: 'Verified' },
};
export const RECTIFICATION_ACTIONS = ['START', 'RESOLVE', 'VERIFY', 'REJECT'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];
export const RECTIFICATION_MACHINE: StateMachine<RectificationStatus, RectificationAction> = {
  START: { from: ['OPEN'], to: 'IN_PROGRESS', label: { zh: '开始整改', en: 'Start' } },
  RESOLVE: { from: ['IN_PROGRESS'], to: 'RESOLVED', label: { zh: '报告已整改', en: 'Report resolved' } },
  VERIFY: { from: ['RESOLVED'], to: 'VERIFIED', label: { zh: '验收通过', en: 'Verify' } },
  REJECT: { from: ['RESOLVED'], to: 'IN_PROGRESS', label: { zh: '退回继续整改', en: 'Send back' } },
};

// ---------------------------------------------------------------------------------------------
// 联系选民 Voter contact

export const VOTER_CONTACT_KINDS = ['VISIT', 'RECEPTION_DAY', 'LETTER', 'ONLINE'] as const;
export type VoterContactKind = (typeof VOTER_CONTACT_KINDS)[number];
export const VOTER_CONTACT_KIND_LABELS: Labels<VoterContactKind> = {
  VISIT: { zh: '走访选民', en: 'Visit' },
  RECEPTION_DAY: { zh: '选民接待日', en: 'Reception day' },
  LETTER: { zh: '来信', en: 'Letter' },
  ONLINE: { zh: '网络联系', en: 'Online' },
};

export const VOTER_OPINION_STATUSES = ['OPEN', 'ANSWERED', 'REFERRED', 'SUGGESTION'] as const;
export type VoterOpinionStatus = (typeof VOTER_OPINION_STATUSES)[number];
export const VOTER_OPINION_STATUS_LABELS: Labels<VoterOpinionStatus> = {
  OPEN: { zh: '待处理', en: 'Open' },
  ANSWERED: { zh: '已答复', en: 'Answered' },
  REFERRED: { zh: '已转交', en: 'Referred' },
  SUGGESTION: { zh: '已转为建议', en: 'Turned into a suggestion' },
};
export const VOTER_OPINION_ACTIONS = ['ANSWER', 'REFER', 'TO_SUGGESTION'] as const;
export type VoterOpinionAction = (typeof VOTER_OPINION_ACTIONS)[number];
export const VOTER_OPINION_MACHINE: StateMachine<VoterOpinionStatus, VoterOpinionAction> = {
  // A referred opinion is answered once the organization's answer comes back.
  ANSWER: { from: ['OPEN', 'REFERRED'], to: 'ANSWERED', label: { zh: '答复', en: 'Answer' } },
  REFER: { from: ['OPEN'], to: 'REFERRED', label: { zh: '转交单位', en: 'Refer' } },
  TO_SUGGESTION: { from: ['OPEN', 'REFERRED'], to: 'SUGGESTION', label: { zh: '转为建议', en: 'Turn into a suggestion' } },
};

// ---------------------------------------------------------------------------------------------
// 会议出席 Plenary-session attendance

export const SESSION_ATTENDANCE_STATUSES = ['ATTENDED', 'ON_LEAVE', 'ABSENT'] as const;
export type SessionAttendanceStatus = (typeof SESSION_ATTENDANCE_STATUSES)[number];
export const SESSION_ATTENDANCE_STATUS_LABELS: Labels<SessionAttendanceStatus> = {
  ATTENDED: { zh: '出席', en: 'Attended' },
  ON_LEAVE: { zh: '请假', en: 'On leave' },
  ABSENT: { zh: '缺席', en: 'Absent' },
};

// ---------------------------------------------------------------------------------------------
// 履职档案 The duty record, its score, and objections

/** How a number of the record counts towards attendance (DOMAIN.md: leave counts as absent, shown apart). */
export const DUTY_ATTENDANCE_ROLES = ['ATTENDED', 'ON_LEAVE', 'ABSENT'] as const;
export type DutyAttendanceRole = (typeof DUTY_ATTENDANCE_ROLES)[number];

export const SCORE_GRADES = ['GOOD', 'FAIR', 'POOR'] as const;
export type ScoreGrade = (typeof SCORE_GRADES)[number];
export const SCORE_GRADE_LABELS: Labels<ScoreGrade> = {
  GOOD: { zh: '好', en: 'Good' },
  FAIR: { zh: '较好', en: 'Fair' },
  POOR: { zh: '一般', en: 'Poor' },
};
export interface ScoreThresholds {
  goodFrom: number;
  fairFrom: number;
}
export const DEFAULT_SCORE_THRESHOLDS: ScoreThresholds = { goodFrom: 80, fairFrom: 60 };

/** 80 and above good, 60–79 fair, below 60 poor (defaults; each points table sets its own). */
export function gradeScore(score: number, th: ScoreThresholds = DEFAULT_SCORE_THRESHOLDS): ScoreGrade {
  if (score >= th.goodFrom) return 'GOOD';
  if (score >= th.fairFrom) return 'FAIR';
  return 'POOR';
}

/** Points one item earns: value × points, held within ±maxPoints when a cap is set. */
export function itemPoints(value: number, points: number, maxPoints: number | null): number {
  const raw = value * points;
  if (maxPoints === null) return raw;
  return raw >= 0 ? Math.min(raw, maxPoints) : Math.max(raw, -maxPoints);
}

export const OBJECTION_STATUSES = ['OPEN', 'ACCEPTED', 'REJECTED'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];
export const OBJECTION_STATUS_LABELS: Labels<ObjectionStatus> = {
  OPEN: { zh: '待处理', en: 'Open' },
  ACCEPTED: { zh: '已采纳(记录已更正)', en: 'Accepted (records corrected)' },
  REJECTED: { zh: '未采纳', en: 'Rejected' },
};

// ---------------------------------------------------------------------------------------------
// 表彰 Commendations

export const COMMENDATION_KINDS = ['EXCELLENT_DEPUTY', 'ADVANCED_GROUP'] as const;
export type CommendationKind = (typeof COMMENDATION_KINDS)[number];
export const COMMENDATION_KIND_LABELS: Labels<CommendationKind> = {
  EXCELLENT_DEPUTY: { zh: '优秀人大代表', en: 'Excellent deputy' },
  ADVANCED_GROUP: { zh: '先进代表小组', en: 'Advanced group' },
};

/**
 * Who may be proposed (defaults; setting `duty.commendationRules`): a deputy with a score of at
 * least 80 and an attendance rate of at least 80%; a group whose members average at least 60
 * points and attend at least 80% of what they are expected at.
 */
export interface CommendationRules {
  deputyMinScore: number;
  deputyMinAttendancePercent: number;
  groupMinAverageScore: number;
  groupMinParticipationPercent: number;
}
export const DEFAULT_COMMENDATION_RULES: CommendationRules = {
  deputyMinScore: 80,
  deputyMinAttendancePercent: 80,
  groupMinAverageScore: 60,
  groupMinParticipationPercent: 80,
};
export const COMMENDATION_RULES_SETTING = 'duty.commendationRules';

export function meetsDeputyRules(score: number, attendancePercent: number | null, rules: CommendationRules = DEFAULT_COMMENDATION_RULES): boolean {
  return score >= rules.deputyMinScore && attendancePercent !== null && attendancePercent >= rules.deputyMinAttendancePercent;
}

export function meetsGroupRules(averageScore: number, participationPercent: number | null, rules: CommendationRules = DEFAULT_COMMENDATION_RULES): boolean {
  return averageScore >= rules.groupMinAverageScore && participationPercent !== null && participationPercent >= rules.groupMinParticipationPercent;
}

// ---------------------------------------------------------------------------------------------

export const DIARY_TAG_SUGGESTIONS = ['民生', '交通', '教育', '医疗', '环境', '治安', '就业', '住房', '养老', '农业'] as const;

export const DUTY_MESSAGES = {
  'duty.notOwnRecord': { zh: '只能查看或处理本人的履职记录', en: 'You may only see or act on your own duty record' },
  'duty.outsideGroup': { zh: '该代表不在您所在的代表小组', en: 'This deputy is not in your group' },
  'duty.rankingNeedsTerm': { zh: '积分排名需要选择届次(termId)', en: 'A duty ranking needs a term: give termId' },
  'duty.invalidDate': { zh: '日期“{value}”无效,应为 YYYY-MM-DD', en: 'The date "{value}" is not valid (YYYY-MM-DD)' },
  'duty.invalidYear': { zh: '年份 {year} 无效', en: 'The year {year} is not valid' },
  'duty.votesRequired': { zh: '向选民述职需填写票数', en: 'A report to voters needs the vote tally' },
  'duty.ratingsOrVotes': { zh: '请填写评议票数或评议意见', en: 'Give the vote tally or the evaluators\' ratings' },
  'duty.invalidThresholds': {
    zh: '等次标准无效:应为 1–100 的整数,且“基本称职”不高于“称职”',
    en: 'Invalid thresholds: whole percents 1–100, "basically competent" not above "competent"',
  },
  'duty.unknownSource': { zh: '未知的履职项目“{key}”', en: 'Unknown duty-record item "{key}"' },
  'duty.invalidScoreThresholds': { zh: '“好”的分数线应不低于“较好”', en: 'The "good" line must not be below the "fair" line' },
  'duty.alreadyRecorded': { zh: '{what}已存在', en: '{what} already exists' },
  'duty.alreadyConverted': { zh: '该条目已转为{what}', en: 'This entry was already turned into a {what}' },
  'duty.commendationTarget': {
    zh: '优秀代表须指定代表,先进小组须指定小组',
    en: 'An excellent-deputy award names a deputy; an advanced-group award names a group',
  },
  'duty.objectionResolved': { zh: '该异议已处理', en: 'This objection has been resolved already' },
  'duty.referralNeedsOrganization': { zh: '转交须指定单位', en: 'A referral needs an organization' },
  'duty.phaseClosed': { zh: '评议处于“{phase}”阶段,不能{action}', en: 'The evaluation is at "{phase}": it cannot {action} now' },
} as const;
