import { registerEnumType } from 'type-graphql';
import {
  ASSIGNMENT_ROLES, ASSIGNMENT_STATUSES, EXTENSION_STATUSES, FEEDBACK_VERDICTS, HOLIDAY_KINDS, MEETING_STAGES, REPLY_CATEGORIES,
  SUGGESTION_ACTIONS, SUGGESTION_DIMENSIONS, SUGGESTION_FIELDS, SUGGESTION_KINDS, SUGGESTION_MEASURE_NAMES, SUGGESTION_SOURCE_KINDS,
  SUGGESTION_STATUSES,
  type AssignmentRole, type AssignmentStatus, type ExtensionStatus, type FeedbackVerdict, type HolidayKind, type MeetingStage,
  type ReplyCategory, type SuggestionAction, type SuggestionDimension, type SuggestionField, type SuggestionKind, type SuggestionMeasure,
  type SuggestionSourceKind, type SuggestionStatus,
} from '@luzhi/shared';
import { enumFrom } from '../../common/enums';

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

registerEnumType(SuggestionKindEnum, { name: 'SuggestionKind', description: '建议类别:建议、批评、意见、议案 / Suggestion, criticism, opinion or motion' });
registerEnumType(SuggestionFieldEnum, { name: 'SuggestionField', description: '领域分类 / Field category' });
registerEnumType(SuggestionSourceKindEnum, { name: 'SuggestionSourceKind', description: '建议来源 / Where a suggestion came from' });
registerEnumType(SuggestionStatusEnum, { name: 'SuggestionStatus', description: '建议办理状态 / Lifecycle state of a suggestion' });
registerEnumType(SuggestionActionEnum, { name: 'SuggestionAction', description: '建议办理操作(状态机的转换)/ A lifecycle action (a transition of the state machine)' });
registerEnumType(AssignmentRoleEnum, { name: 'AssignmentRole', description: '主办或协办 / Lead unit or co-unit' });
registerEnumType(AssignmentStatusEnum, { name: 'AssignmentStatus', description: '交办件状态 / State of an assignment' });
registerEnumType(ExtensionStatusEnum, { name: 'ExtensionStatus', description: '延期申请状态 / State of an extension request' });
registerEnumType(MeetingStageEnum, { name: 'MeetingStage', description: '见面阶段:办前、办中、办后 / Meeting before, during or after handling' });
registerEnumType(ReplyCategoryEnum, { name: 'ReplyCategory', description: '答复类别 A/B/C/D / Reply category A/B/C/D' });
registerEnumType(FeedbackVerdictEnum, { name: 'FeedbackVerdict', description: '代表评价 / The deputy\'s verdict on a reply' });
registerEnumType(HolidayKindEnum, { name: 'HolidayKind', description: '节假日或调休上班日 / Holiday, or weekend day worked' });
registerEnumType(SuggestionDimensionEnum, { name: 'SuggestionDimension', description: '统计维度 / A dimension to group suggestion statistics by' });
registerEnumType(SuggestionMeasureEnum, { name: 'SuggestionMeasure', description: '统计指标(定义见 packages/shared suggestion-measures)/ A measure, defined in packages/shared' });
