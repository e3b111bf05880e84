import './activity.errors';
import { Activity, ActivityParticipant, ActivityReport, ActivityStop, ImplementationPlan } from './activity.entity';
import { AnnualPlan, PlanItem } from './annual-plan.entity';
import { Finding, FindingUpdate } from './finding.entity';
import { Notice, NoticeRecipient } from './notice.entity';
import { CommitteeMeeting, MeetingAttendance, QuizResult, Training } from './training.entity';
import {
  ActivityParticipantFieldsResolver, ActivityReportFieldsResolver, ActivityResolver, ActivityStopFieldsResolver, ImplementationPlanFieldsResolver,
} from './activity.resolver';
import { PlanItemFieldsResolver, PlanResolver } from './plan.resolver';
import { FindingResolver, FindingUpdateFieldsResolver, SuggestionDraftFieldsResolver } from './finding.resolver';
import { FindingSuggestionFieldResolver, SuggestionFindingsFieldResolver } from './finding-suggestion.resolver';
import { NoticeRecipientFieldsResolver, NoticeResolver } from './notice.resolver';
import { CommitteeMeetingResolver, DeputyActivitiesResolver, MeetingAttendanceFieldsResolver, QuizResultFieldsResolver, TrainingResolver } from './training.resolver';
import { registerActivityAttachmentAccess } from './activity.attachments';

registerActivityAttachmentAccess();

/** The activities domain's entities and resolvers, registered in modules/index.ts as one line each. */
export const activityEntities = [
  AnnualPlan, PlanItem, Activity, ImplementationPlan, ActivityParticipant, ActivityStop, ActivityReport,
  Finding, FindingUpdate, Notice, NoticeRecipient, Training, QuizResult, CommitteeMeeting, MeetingAttendance,
];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const activityResolvers: Function[] = [
  ActivityResolver, ImplementationPlanFieldsResolver, ActivityParticipantFieldsResolver, ActivityStopFieldsResolver, ActivityReportFieldsResolver,
  PlanResolver, PlanItemFieldsResolver,
  FindingResolver, FindingUpdateFieldsResolver, SuggestionDraftFieldsResolver, SuggestionFindingsFieldResolver, FindingSuggestionFieldResolver,
  NoticeResolver, NoticeRecipientFieldsResolver,
  TrainingResolver, QuizResultFieldsResolver, CommitteeMeetingResolver, MeetingAttendanceFieldsResolver, DeputyActivitiesResolver,
];
