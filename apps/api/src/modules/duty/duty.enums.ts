import { registerEnumType } from 'type-graphql';
import {
  COMMENDATION_KINDS, DUTY_ATTENDANCE_ROLES, DUTY_REPORT_ACTIONS, DUTY_REPORT_AUDIENCES, DUTY_REPORT_FORMS, DUTY_REPORT_GRADES,
  DUTY_REPORT_STATUSES, OBJECTION_STATUSES, ORGAN_EVALUATION_ACTIONS, ORGAN_EVALUATION_PHASES, RECTIFICATION_ACTIONS,
  RECTIFICATION_STATUSES, SCORE_GRADES, SESSION_ATTENDANCE_STATUSES, VOTER_CONTACT_KINDS, VOTER_OPINION_ACTIONS, VOTER_OPINION_STATUSES,
  type CommendationKind, type DutyAttendanceRole, type DutyReportAction, type DutyReportAudience, type DutyReportForm, type DutyReportGrade,
  type DutyReportStatus, type ObjectionStatus, type OrganEvaluationAction, type OrganEvaluationPhase, type RectificationAction,
  type RectificationStatus, type ScoreGrade, type SessionAttendanceStatus, type VoterContactKind, type VoterOpinionAction, type VoterOpinionStatus,
  DUTY_REPORT_AUDIENCE_LABELS, DUTY_REPORT_FORM_LABELS, DUTY_REPORT_STATUS_LABELS, DUTY_REPORT_GRADE_LABELS, ORGAN_EVALUATION_PHASE_LABELS,
  RECTIFICATION_STATUS_LABELS, VOTER_CONTACT_KIND_LABELS, VOTER_OPINION_STATUS_LABELS, SESSION_ATTENDANCE_STATUS_LABELS, SCORE_GRADE_LABELS,
  OBJECTION_STATUS_LABELS, COMMENDATION_KIND_LABELS, DUTY_REPORT_MACHINE, ORGAN_EVALUATION_MACHINE, RECTIFICATION_MACHINE, VOTER_OPINION_MACHINE,
} from '@luzhi/shared';
import { describeActions, describeValues, enumFrom } from '../../common/enums';

export const DutyReportAudienceEnum = enumFrom<DutyReportAudience>(DUTY_REPORT_AUDIENCES);
export const DutyReportFormEnum = enumFrom<DutyReportForm>(DUTY_REPORT_FORMS);
export const DutyReportStatusEnum = enumFrom<DutyReportStatus>(DUTY_REPORT_STATUSES);
export const DutyReportActionEnum = enumFrom<DutyReportAction>(DUTY_REPORT_ACTIONS);
export const DutyReportGradeEnum = enumFrom<DutyReportGrade>(DUTY_REPORT_GRADES);
export const OrganEvaluationPhaseEnum = enumFrom<OrganEvaluationPhase>(ORGAN_EVALUATION_PHASES);
export const OrganEvaluationActionEnum = enumFrom<OrganEvaluationAction>(ORGAN_EVALUATION_ACTIONS);
export const RectificationStatusEnum = enumFrom<RectificationStatus>(RECTIFICATION_STATUSES);
export const RectificationActionEnum = enumFrom<RectificationAction>(RECTIFICATION_ACTIONS);
export const VoterContactKindEnum = enumFrom<VoterContactKind>(VOTER_CONTACT_KINDS);
export const VoterOpinionStatusEnum = enumFrom<VoterOpinionStatus>(VOTER_OPINION_STATUSES);
export const VoterOpinionActionEnum = enumFrom<VoterOpinionAction>(VOTER_OPINION_ACTIONS);
export const SessionAttendanceStatusEnum = enumFrom<SessionAttendanceStatus>(SESSION_ATTENDANCE_STATUSES);
export const DutyAttendanceRoleEnum = enumFrom<DutyAttendanceRole>(DUTY_ATTENDANCE_ROLES);
export const ScoreGradeEnum = enumFrom<ScoreGrade>(SCORE_GRADES);
export const ObjectionStatusEnum = enumFrom<ObjectionStatus>(OBJECTION_STATUSES);
export const CommendationKindEnum = enumFrom<CommendationKind>(COMMENDATION_KINDS);

registerEnumType(DutyReportAudienceEnum, { name: 'DutyReportAudience', description: '述职对象 / Whom a deputy reports to', valuesConfig: describeValues(DUTY_REPORT_AUDIENCE_LABELS) });
registerEnumType(DutyReportFormEnum, { name: 'DutyReportForm', description: '述职方式 / Oral or written', valuesConfig: describeValues(DUTY_REPORT_FORM_LABELS) });
registerEnumType(DutyReportStatusEnum, { name: 'DutyReportStatus', description: '述职状态 / Where a duty report stands', valuesConfig: describeValues(DUTY_REPORT_STATUS_LABELS) });
registerEnumType(DutyReportActionEnum, { name: 'DutyReportAction', description: '述职操作 / What can be done to a duty report', valuesConfig: describeActions(DUTY_REPORT_MACHINE) });
registerEnumType(DutyReportGradeEnum, { name: 'DutyReportGrade', description: '述职评议等次 / The grade of a duty report', valuesConfig: describeValues(DUTY_REPORT_GRADE_LABELS) });
registerEnumType(OrganEvaluationPhaseEnum, { name: 'OrganEvaluationPhase', description: '评议阶段 / Phase of an organ evaluation', valuesConfig: describeValues(ORGAN_EVALUATION_PHASE_LABELS) });
registerEnumType(OrganEvaluationActionEnum, { name: 'OrganEvaluationAction', description: '评议阶段操作 / Moves between phases', valuesConfig: describeActions(ORGAN_EVALUATION_MACHINE) });
registerEnumType(RectificationStatusEnum, { name: 'RectificationStatus', description: '整改状态 / Status of a rectification item', valuesConfig: describeValues(RECTIFICATION_STATUS_LABELS) });
registerEnumType(RectificationActionEnum, { name: 'RectificationAction', description: '整改操作 / Moves of a rectification item', valuesConfig: describeActions(RECTIFICATION_MACHINE) });
registerEnumType(VoterContactKindEnum, { name: 'VoterContactKind', description: '联系选民方式 / How a deputy met voters', valuesConfig: describeValues(VOTER_CONTACT_KIND_LABELS) });
registerEnumType(VoterOpinionStatusEnum, { name: 'VoterOpinionStatus', description: '民意处理状态 / What became of a voter\'s opinion', valuesConfig: describeValues(VOTER_OPINION_STATUS_LABELS) });
registerEnumType(VoterOpinionActionEnum, { name: 'VoterOpinionAction', description: '民意处理方式 / Ways to dispose of an opinion', valuesConfig: describeActions(VOTER_OPINION_MACHINE) });
registerEnumType(SessionAttendanceStatusEnum, { name: 'SessionAttendanceStatus', description: '出席情况 / Attendance at a plenary session', valuesConfig: describeValues(SESSION_ATTENDANCE_STATUS_LABELS) });
registerEnumType(DutyAttendanceRoleEnum, { name: 'DutyAttendanceRole', description: '计入出勤的方式 / How an item counts towards attendance', valuesConfig: describeValues(SESSION_ATTENDANCE_STATUS_LABELS as Record<DutyAttendanceRole, { zh: string; en: string }>) });
registerEnumType(ScoreGradeEnum, { name: 'ScoreGrade', description: '履职等次 / Grade of a year\'s score', valuesConfig: describeValues(SCORE_GRADE_LABELS) });
registerEnumType(ObjectionStatusEnum, { name: 'ObjectionStatus', description: '异议处理状态 / Status of an objection', valuesConfig: describeValues(OBJECTION_STATUS_LABELS) });
registerEnumType(CommendationKindEnum, { name: 'CommendationKind', description: '表彰类别 / Kind of commendation', valuesConfig: describeValues(COMMENDATION_KIND_LABELS) });
