import type DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { byColumn } from '../../common/loaders';
import { Attachment } from '../files/attachment.entity';
import { Assignment, CoUnitView, HandlingMeeting } from './assignment.entity';
import { Commitment, Feedback, ProgressEntry, Reply } from './reply.entity';
import { SuggestionCoSigner, SuggestionEvent } from './suggestion.entity';
import { REPLY_ATTACHMENT } from './suggestion.service';

/** Per-request loaders for the suggestion's nested lists: one statement per list per page, whatever its size. */
export const suggestionLoaders = {
  coSigners: (ctx: Context): DataLoader<number, SuggestionCoSigner[]> => byColumn(ctx, SuggestionCoSigner, 'suggestionId'),
  assignments: (ctx: Context): DataLoader<number, Assignment[]> => byColumn(ctx, Assignment, 'suggestionId', { orderBy: { id: 'ASC' } }),
  events: (ctx: Context): DataLoader<number, SuggestionEvent[]> => byColumn(ctx, SuggestionEvent, 'suggestionId', { orderBy: { at: 'ASC', id: 'ASC' } }),
  meetings: (ctx: Context): DataLoader<number, HandlingMeeting[]> => byColumn(ctx, HandlingMeeting, 'suggestionId', { orderBy: { meetingDate: 'ASC', id: 'ASC' } }),
  views: (ctx: Context): DataLoader<number, CoUnitView[]> => byColumn(ctx, CoUnitView, 'suggestionId', { orderBy: { id: 'ASC' } }),
  viewsByAssignment: (ctx: Context): DataLoader<number, CoUnitView[]> => byColumn(ctx, CoUnitView, 'assignmentId', { orderBy: { id: 'ASC' } }),
  replies: (ctx: Context): DataLoader<number, Reply[]> => byColumn(ctx, Reply, 'suggestionId', { orderBy: { round: 'ASC' } }),
  feedbacks: (ctx: Context): DataLoader<number, Feedback[]> => byColumn(ctx, Feedback, 'suggestionId', { orderBy: { round: 'ASC' } }),
  feedbackByReply: (ctx: Context): DataLoader<number, Feedback[]> => byColumn(ctx, Feedback, 'replyId'),
  progress: (ctx: Context): DataLoader<number, ProgressEntry[]> => byColumn(ctx, ProgressEntry, 'suggestionId', { orderBy: { entryDate: 'ASC', id: 'ASC' } }),
  progressByCommitment: (ctx: Context): DataLoader<number, ProgressEntry[]> => byColumn(ctx, ProgressEntry, 'commitmentId', { orderBy: { entryDate: 'ASC', id: 'ASC' } }),
  commitments: (ctx: Context): DataLoader<number, Commitment[]> => byColumn(ctx, Commitment, 'suggestionId', { orderBy: { dueDate: 'ASC', id: 'ASC' } }),
  commitmentsByReply: (ctx: Context): DataLoader<number, Commitment[]> => byColumn(ctx, Commitment, 'replyId', { orderBy: { dueDate: 'ASC', id: 'ASC' } }),
  replyAttachments: (ctx: Context): DataLoader<number, Attachment[]> => byColumn(ctx, Attachment, 'ownerId', { where: `x.owner_type = '${REPLY_ATTACHMENT}'` }),
};
