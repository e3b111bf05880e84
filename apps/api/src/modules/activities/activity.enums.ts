import { registerEnumType } from 'type-graphql';
import {
  ACTIVITY_MACHINE, ACTIVITY_SCOPE_LABELS, ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, ATTENDANCE_STATUS_LABELS, FINDING_MACHINE, FINDING_STATUS_LABELS,
  FINDING_UPDATE_KIND_LABELS, INVITATION_SOURCE_LABELS, MEETING_ATTENDANCE_ROLE_LABELS, NOTICE_KIND_LABELS, TRAINING_MODE_LABELS,
  ACTIVITY_ACTIONS, ACTIVITY_SCOPES, ACTIVITY_STATUSES, ACTIVITY_TYPES, ATTENDANCE_STATUSES, FINDING_ACTIONS, FINDING_REPORT_KINDS,
  FINDING_STATUSES, FINDING_UPDATE_KINDS, INVITATION_RESPONSES, INVITATION_SOURCES, MEETING_ATTENDANCE_ROLES, NOTICE_KINDS, TRAINING_MODES,
  type ActivityAction, type ActivityScope, type ActivityStatus, type ActivityType, type AttendanceStatus, type FindingAction,
  type FindingReportKind, type FindingStatus, type FindingUpdateKind, type InvitationResponse, type InvitationSource,
  type MeetingAttendanceRole, type NoticeKind, type TrainingMode,
} from '@luzhi/shared';
import { describeActions, describeValues, enumFrom } from '../../common/enums';


export const ActivityTypeEnum = enumFrom<ActivityType>(ACTIVITY_TYPES);
export const ActivityScopeEnum = enumFrom<ActivityScope>(ACTIVITY_SCOPES);
export const ActivityStatusEnum = enumFrom<ActivityStatus>(ACTIVITY_STATUSES);
export const ActivityActionEnum = enumFrom<ActivityAction>(ACTIVITY_ACTIONS);
export const AttendanceStatusEnum = enumFrom<AttendanceStatus>(ATTENDANCE_STATUSES);
export const InvitationSourceEnum = enumFrom<InvitationSource>(INVITATION_SOURCES);
export const InvitationResponseEnum = enumFrom<InvitationResponse>(INVITATION_RESPONSES);
export const FindingStatusEnum = enumFrom<FindingStatus>(FINDING_STATUSES);
export const FindingActionEnum = enumFrom<FindingAction>(FINDING_ACTIONS);
export const FindingUpdateKindEnum = enumFrom<FindingUpdateKind>(FINDING_UPDATE_KINDS);
export const FindingReportKindEnum = enumFrom<FindingReportKind>(FINDING_REPORT_KINDS);
export const TrainingModeEnum = enumFrom<TrainingMode>(TRAINING_MODES);
export const MeetingAttendanceRoleEnum = enumFrom<MeetingAttendanceRole>(MEETING_ATTENDANCE_ROLES);
export const NoticeKindEnum = enumFrom<NoticeKind>(NOTICE_KINDS);

registerEnumType(ActivityTypeEnum, { name: 'ActivityType', description: '代表活动类型 / Kind of deputies\' activity' , valuesConfig: describeValues(ACTIVITY_TYPE_LABELS) });
registerEnumType(ActivityScopeEnum, { name: 'ActivityScope', description: '综合或单项 / Comprehensive or single-topic' , valuesConfig: describeValues(ACTIVITY_SCOPE_LABELS) });
registerEnumType(ActivityStatusEnum, { name: 'ActivityStatus', description: '活动状态 / Where an activity stands' , valuesConfig: describeValues(ACTIVITY_STATUS_LABELS) });
registerEnumType(ActivityActionEnum, { name: 'ActivityAction', description: '活动状态操作(见共享状态表)/ A step of the activity state machine' , valuesConfig: describeActions(ACTIVITY_MACHINE) });
registerEnumType(AttendanceStatusEnum, { name: 'AttendanceStatus', description: '出席情况 / A deputy\'s attendance' , valuesConfig: describeValues(ATTENDANCE_STATUS_LABELS) });
registerEnumType(InvitationSourceEnum, { name: 'InvitationSource', description: '邀请方式 / How a deputy was invited' , valuesConfig: describeValues(INVITATION_SOURCE_LABELS) });
registerEnumType(InvitationResponseEnum, { name: 'InvitationResponse', description: '代表对邀请的答复 / A deputy\'s answer to an invitation' , valuesConfig: describeValues({ CONFIRM: { zh: '确认参加', en: 'Confirm' }, ASK_LEAVE: { zh: '请假', en: 'Ask for leave' } }) });
registerEnumType(FindingStatusEnum, { name: 'FindingStatus', description: '问题整改状态 / Where a finding stands' , valuesConfig: describeValues(FINDING_STATUS_LABELS) });
registerEnumType(FindingActionEnum, { name: 'FindingAction', description: '问题状态操作(见共享状态表)/ A step of the finding state machine' , valuesConfig: describeActions(FINDING_MACHINE) });
registerEnumType(FindingUpdateKindEnum, { name: 'FindingUpdateKind', description: '问题动态类型 / Kind of timeline entry' , valuesConfig: describeValues(FINDING_UPDATE_KIND_LABELS) });
registerEnumType(FindingReportKindEnum, { name: 'FindingReportKind', description: '可手工填报的动态 / Entries a unit or staff adds by hand' , valuesConfig: describeValues({ PROGRESS: FINDING_UPDATE_KIND_LABELS.PROGRESS, RECTIFICATION_CLAIM: FINDING_UPDATE_KIND_LABELS.RECTIFICATION_CLAIM }) });
registerEnumType(TrainingModeEnum, { name: 'TrainingMode', description: '培训方式 / How a training is given' , valuesConfig: describeValues(TRAINING_MODE_LABELS) });
registerEnumType(MeetingAttendanceRoleEnum, { name: 'MeetingAttendanceRole', description: '会议出席身份 / Capacity in a committee meeting' , valuesConfig: describeValues(MEETING_ATTENDANCE_ROLE_LABELS) });
registerEnumType(NoticeKindEnum, { name: 'NoticeKind', description: '通知类型 / Kind of notice' , valuesConfig: describeValues(NOTICE_KIND_LABELS) });
