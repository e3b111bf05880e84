import { Assignment, CoUnitView, HandlingMeeting } from './assignment.entity';
import { DeputySuggestionsResolver } from './deputy-suggestions.resolver';
import { Holiday } from './holidays/holiday.entity';
import { Commitment, Feedback, ProgressEntry, Reply } from './reply.entity';
import { Suggestion, SuggestionCoSigner, SuggestionEvent } from './suggestion.entity';
import {
  AssignmentFieldsResolver, CoUnitViewFieldsResolver, CommitmentFieldsResolver, MeetingFieldsResolver, ReplyFieldsResolver, SuggestionEventFieldsResolver,
  SuggestionFieldsResolver, SuggestionResolver,
} from './suggestion.resolver';

/** The suggestions module, registered in modules/index.ts with one line each. */
export const SUGGESTION_ENTITIES = [
  Suggestion, SuggestionCoSigner, SuggestionEvent, Assignment, CoUnitView, HandlingMeeting, Reply, Commitment, Feedback, ProgressEntry, Holiday,
];

export const SUGGESTION_RESOLVERS = [
  SuggestionResolver, SuggestionFieldsResolver, AssignmentFieldsResolver, ReplyFieldsResolver, CommitmentFieldsResolver, SuggestionEventFieldsResolver,
  MeetingFieldsResolver, CoUnitViewFieldsResolver, DeputySuggestionsResolver,
] as const;

export { createSuggestionDrafts, type SuggestionDraft } from './suggestion.service';
