import { registerEnumType } from 'type-graphql';
import {
  ASSIGNMENT_ROLES, ASSIGNMENT_STATUSES, EXTENSION_STATUSES, FEEDBACK_VERDICTS, HOLIDAY_KINDS, MEETING_STAGES, REPLY_CATEGORIES,
  SUGGESTION_ACTIONS, SUGGESTION_DIMENSIONS, SUGGESTION_FIELDS, SUGGESTION_KINDS, SUGGESTION_MEASURE_NAMES, SUGGESTION_SOURCE_KINDS,
  SUGGESTION_STATUSES, SUGGESTION_KIND_LABELS, SUGGESTION_FIELD_LABELS, SUGGESTION_SOURCE_KIND_LABELS, SUGGESTION_STATUS_LABELS,
  SUGGESTION_ACTION_LABELS, ASSIGNMENT_ROLE_LABELS, ASSIGNMENT_STATUS_LABELS, EXTENSION_STATUS_LABELS, MEETING_STAGE_LABELS,
  REPLY_CATEGORY_LABELS, FEEDBACK_VERDICT_LABELS, HOLIDAY_KIND_LABELS, SUGGESTION_DIMENSION_LABELS, SUGGESTION_MEASURES,
  type AssignmentRole, type AssignmentStatus, type ExtensionStatus, type FeedbackVerdict, type HolidayKind, type MeetingStage,
  type ReplyCategory, type SuggestionAction, type SuggestionDimension, type SuggestionField, type SuggestionKind, type SuggestionMeasure,
  type SuggestionSourceKind, type SuggestionStatus,
} from '@luzhi/shared';
import { describeValues, enumFrom } from '../../common/enums';

const MEASURE_LABELS = Object.fromEntries(Object.entries(SUGGESTION_MEASURES).map(([k, v]) => [k, v.label])) as Record<SuggestionMeasure, { zh: string; en: string }>;

export const SuggestionKindEnum = enumFrom<SuggestionKind>(SUGGESTION_KINDS);
export const SuggestionFieldEnum = enumFrom<SuggestionField>(SUGGESTION_FIELDS);
export const SuggestionSourceKindEnum = enumFrom<SuggestionSourceKind>(SUGGESTION_SOURCE_KINDS);
export const SuggestionStatusEnum = enumFrom<SuggestionStatus>(SUGGESTION_STATUSES);
export const SuggestionActionEnum = enumFrom<SuggestionAction>(SUGGESTION_ACTIONS);
export const AssignmentRoleEnum = enumFrom<AssignmentRole>(ASSIGNMENT_ROLES);
export const AssignmentStatusEnum = enumFrom<AssignmentStatus>(ASSIGNMENT_STATUSES);
export const ExtensionStatusEnum = enumFrom<ExtensionStatus>(EXTENSION_STATUSES);
export const MeetingStageEnum = enumFrom<MeetingStage>(MEETING_STAGES);
export const ReplyCategoryEnum = enumFrom<ReplyCategory>(REPLY_CATEGORIES);
export const FeedbackVerdictEnum = enumFrom<FeedbackVerdict>(FEEDBACK_VERDICTS);
export const HolidayKindEnum = enumFrom<HolidayKind>(HOLIDAY_KINDS);
export const SuggestionDimensionEnum = enumFrom<SuggestionDimension>(SUGGESTION_DIMENSIONS);
export const SuggestionMeasureEnum = enumFrom<SuggestionMeasure>(SUGGESTION_MEASURE_NAMES);

registerEnumType(SuggestionKindEnum, { name: 'SuggestionKind', description: '建议类别:建议、批评、意见、议案 / Suggestion, criticism, opinion or motion', valuesConfig: describeValues(SUGGESTION_KIND_LABELS) });
registerEnumType(SuggestionFieldEnum, { name: 'SuggestionField', description: '领域分类 / Field category', valuesConfig: describeValues(SUGGESTION_FIELD_LABELS) });
registerEnumType(SuggestionSourceKindEnum, { name: 'SuggestionSourceKind', description: '建议来源 / Where a suggestion came from', valuesConfig: describeValues(SUGGESTION_SOURCE_KIND_LABELS) });
registerEnumType(SuggestionStatusEnum, { name: 'SuggestionStatus', description: '建议办理状态 / Lifecycle state of a suggestion', valuesConfig: describeValues(SUGGESTION_STATUS_LABELS) });
registerEnumType(SuggestionActionEnum, { name: 'SuggestionAction', description: '建议办理操作(状态机的转换)/ A lifecycle action (a transition of the state machine)', valuesConfig: describeValues(SUGGESTION_ACTION_LABELS) });
registerEnumType(AssignmentRoleEnum, { name: 'AssignmentRole', description: '主办或协办 / Lead unit or co-unit', valuesConfig: describeValues(ASSIGNMENT_ROLE_LABELS) });
registerEnumType(AssignmentStatusEnum, { name: 'AssignmentStatus', description: '交办件状态 / State of an assignment', valuesConfig: describeValues(ASSIGNMENT_STATUS_LABELS) });
registerEnumType(ExtensionStatusEnum, { name: 'ExtensionStatus', description: '延期申请状态 / State of an extension request', valuesConfig: describeValues(EXTENSION_STATUS_LABELS) });
registerEnumType(MeetingStageEnum, { name: 'MeetingStage', description: '见面阶段:办前、办中、办后 / Meeting before, during or after handling', valuesConfig: describeValues(MEETING_STAGE_LABELS) });
registerEnumType(ReplyCategoryEnum, { name: 'ReplyCategory', description: '答复类别 A/B/C/D / Reply category A/B/C/D', valuesConfig: describeValues(REPLY_CATEGORY_LABELS) });
registerEnumType(FeedbackVerdictEnum, { name: 'FeedbackVerdict', description: '代表评价 / The deputy\'s verdict on a reply', valuesConfig: describeValues(FEEDBACK_VERDICT_LABELS) });
registerEnumType(HolidayKindEnum, { name: 'HolidayKind', description: '节假日或调休上班日 / Holiday, or weekend day worked', valuesConfig: describeValues(HOLIDAY_KIND_LABELS) });
registerEnumType(SuggestionDimensionEnum, { name: 'SuggestionDimension', description: '统计维度 / A dimension to group suggestion statistics by', valuesConfig: describeValues(SUGGESTION_DIMENSION_LABELS) });
registerEnumType(SuggestionMeasureEnum, { name: 'SuggestionMeasure', description: '统计指标(定义见 packages/shared suggestion-measures)/ A measure, defined in packages/shared', valuesConfig: describeValues(MEASURE_LABELS) });
