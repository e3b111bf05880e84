import { SessionAttendance } from './sessions/session-attendance.entity';
import { DutyReport, DutyReportRating } from './reports/duty-report.entity';
import { OrganEvaluation, OrganEvaluationRating, RectificationItem, RectificationUpdate } from './evaluations/organ-evaluation.entity';
import { ReceptionDay, ReceptionDuty, VoterContact, VoterOpinion } from './voters/voter.entity';
import { SentimentDiary } from './diaries/sentiment-diary.entity';
import { ScoringRule, ScoringRuleSet } from './record/scoring-rule.entity';
import { DutyRecordObjection } from './record/objection.entity';
import { Commendation } from './commendations/commendation.entity';
import { SessionAttendanceResolver } from './sessions/session-attendance.resolver';
import { DutyReportResolver } from './reports/duty-report.resolver';
import { OrganEvaluationRatingFieldsResolver, OrganEvaluationResolver, RectificationItemFieldsResolver } from './evaluations/organ-evaluation.resolver';
import { ReceptionDayResolver, ReceptionDutyFieldsResolver, VoterContactResolver, VoterOpinionResolver } from './voters/voter.resolver';
import { SentimentDiaryResolver } from './diaries/sentiment-diary.resolver';
import { DutyRankingEntryFieldsResolver, DutyRecordObjectionFieldsResolver, DutyRecordResolver, ScoringRuleSetFieldsResolver } from './record/record.resolver';
import { CommendationCandidateFieldsResolver, CommendationResolver } from './commendations/commendation.resolver';
import { GroupDutyRankingResolver } from './record/group-ranking.resolver';

/** The duty domain's entities and resolvers, registered in modules/index.ts with one line each. */
export const dutyEntities = [
  SessionAttendance, DutyReport, DutyReportRating, OrganEvaluation, OrganEvaluationRating, RectificationItem, RectificationUpdate,
  ReceptionDay, ReceptionDuty, VoterContact, VoterOpinion, SentimentDiary, ScoringRuleSet, ScoringRule, DutyRecordObjection, Commendation,
];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const dutyResolvers: Function[] = [
  SessionAttendanceResolver, DutyReportResolver,
  OrganEvaluationResolver, OrganEvaluationRatingFieldsResolver, RectificationItemFieldsResolver,
  ReceptionDayResolver, ReceptionDutyFieldsResolver, VoterContactResolver, VoterOpinionResolver,
  SentimentDiaryResolver,
  DutyRecordResolver, DutyRankingEntryFieldsResolver, ScoringRuleSetFieldsResolver, DutyRecordObjectionFieldsResolver, GroupDutyRankingResolver,
  CommendationResolver, CommendationCandidateFieldsResolver,
];
