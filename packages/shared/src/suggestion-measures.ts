/**
 * The measures the committee is judged by (DOMAIN.md "Measures"), defined once. Every measure is
 * a count of suggestions, or a rate = one count / another count. The API computes the counts in
 * SQL (one statement per request, `suggestionStats`); the admin shows the labels and definitions.
 *
 * Conventions, so that every number means one thing:
 * - Drafts are never counted. "Latest reply" and "latest feedback" are those of the last round.
 * - A suggestion belongs to its current lead unit (主办单位), its submission year (China time),
 *   its session (none in recess), its field, its lead deputy, and the lead deputy's group in the
 *   suggestion's term.
 */

type Text = { zh: string; en: string };

export const SUGGESTION_COUNTS = [
  'suggestions', 'assigned', 'replied', 'repliesDue', 'repliesOnTime', 'overdue', 'faceToFace',
  'withFeedback', 'satisfied', 'fullySatisfied', 'basicallySatisfied', 'unsatisfied',
  'firstRoundWithFeedback', 'firstRoundSatisfied', 'categoryA', 'categoryB', 'categoryC', 'categoryD',
  'unsatisfiedTurnedSatisfied', 'satisfiedNotSolved', 'keySupervision',
] as const;
export type SuggestionCount = (typeof SUGGESTION_COUNTS)[number];

/** What each count counts: the definition the SQL implements. */
export const SUGGESTION_COUNT_DEFINITIONS: Record<SuggestionCount, Text> = {
  suggestions: { zh: '提出的建议(不含草稿)', en: 'Suggestions submitted (drafts excluded)' },
  assigned: { zh: '已交办的建议', en: 'Suggestions assigned to a unit' },
  replied: { zh: '已答复的建议', en: 'Suggestions with at least one reply' },
  repliesDue: {
    zh: '应答复次数:已作出的答复,加上已过期限仍未答复的当前轮次',
    en: 'Replies due: replies made, plus current rounds past their due date without a reply',
  },
  repliesOnTime: { zh: '按期答复次数:答复日期不晚于该轮期限', en: 'Replies made on or before their round\'s due date' },
  overdue: { zh: '逾期未答复的建议', en: 'Suggestions whose current round is past due without a reply' },
  faceToFace: { zh: '已答复且与代表见过面的建议', en: 'Replied suggestions whose unit met the deputy at least once' },
  withFeedback: { zh: '代表已评价的建议', en: 'Suggestions the deputy has rated' },
  satisfied: { zh: '最新评价为满意或基本满意', en: 'Latest verdict SATISFIED or BASICALLY_SATISFIED' },
  fullySatisfied: { zh: '最新评价为满意', en: 'Latest verdict SATISFIED' },
  basicallySatisfied: { zh: '最新评价为基本满意', en: 'Latest verdict BASICALLY_SATISFIED' },
  unsatisfied: { zh: '最新评价为不满意', en: 'Latest verdict UNSATISFIED' },
  firstRoundWithFeedback: { zh: '第一轮答复已评价', en: 'Suggestions whose first reply was rated' },
  firstRoundSatisfied: { zh: '第一轮答复即满意或基本满意', en: 'First reply rated SATISFIED or BASICALLY_SATISFIED' },
  categoryA: { zh: '最新答复为 A 类', en: 'Latest reply in category A' },
  categoryB: { zh: '最新答复为 B 类', en: 'Latest reply in category B' },
  categoryC: { zh: '最新答复为 C 类', en: 'Latest reply in category C' },
  categoryD: { zh: '最新答复为 D 类', en: 'Latest reply in category D' },
  unsatisfiedTurnedSatisfied: {
    zh: '曾评价不满意、重新办理后评价为满意或基本满意',
    en: 'Once rated UNSATISFIED, then SATISFIED or BASICALLY_SATISFIED after re-handling',
  },
  satisfiedNotSolved: {
    zh: '满意但未解决:最新评价满意或基本满意,而所评答复为 C 或 D 类',
    en: 'Satisfied but not solved: latest verdict satisfied or basically satisfied on a C or D reply',
  },
  keySupervision: { zh: '重点督办的建议', en: 'Suggestions under key supervision' },
};

export interface SuggestionMeasureDefinition {
  label: Text;
  /** A count of suggestions, or a rate (0..1) of two counts. */
  kind: 'count' | 'rate';
  numerator: SuggestionCount;
  /** Rates only. */
  denominator?: SuggestionCount;
}

export const SUGGESTION_MEASURES = {
  suggestionCount: { label: { zh: '建议数', en: 'Suggestions' }, kind: 'count', numerator: 'suggestions' },
  assignedCount: { label: { zh: '交办数', en: 'Assigned' }, kind: 'count', numerator: 'assigned' },
  repliedCount: { label: { zh: '答复数', en: 'Replied' }, kind: 'count', numerator: 'replied' },
  replyRate: { label: { zh: '答复率', en: 'Reply rate' }, kind: 'rate', numerator: 'replied', denominator: 'assigned' },
  onTimeRate: { label: { zh: '按期答复率', en: 'On-time reply rate' }, kind: 'rate', numerator: 'repliesOnTime', denominator: 'repliesDue' },
  overdueCount: { label: { zh: '逾期未答复', en: 'Overdue' }, kind: 'count', numerator: 'overdue' },
  faceToFaceRate: { label: { zh: '见面率', en: 'Face-to-face rate' }, kind: 'rate', numerator: 'faceToFace', denominator: 'replied' },
  feedbackCount: { label: { zh: '已评价数', en: 'Rated' }, kind: 'count', numerator: 'withFeedback' },
  satisfactionRate: { label: { zh: '满意率', en: 'Satisfaction rate' }, kind: 'rate', numerator: 'satisfied', denominator: 'withFeedback' },
  firstRoundSatisfactionRate: {
    label: { zh: '首次答复满意率', en: 'First-round satisfaction rate' }, kind: 'rate', numerator: 'firstRoundSatisfied', denominator: 'firstRoundWithFeedback',
  },
  resolutionRate: { label: { zh: '解决问题率', en: 'Resolution rate' }, kind: 'rate', numerator: 'categoryA', denominator: 'replied' },
  satisfiedCount: { label: { zh: '满意', en: 'Satisfied' }, kind: 'count', numerator: 'fullySatisfied' },
  basicallySatisfiedCount: { label: { zh: '基本满意', en: 'Basically satisfied' }, kind: 'count', numerator: 'basicallySatisfied' },
  unsatisfiedCount: { label: { zh: '不满意', en: 'Unsatisfied' }, kind: 'count', numerator: 'unsatisfied' },
  categoryACount: { label: { zh: 'A 类', en: 'Category A' }, kind: 'count', numerator: 'categoryA' },
  categoryBCount: { label: { zh: 'B 类', en: 'Category B' }, kind: 'count', numerator: 'categoryB' },
  categoryCCount: { label: { zh: 'C 类', en: 'Category C' }, kind: 'count', numerator: 'categoryC' },
  categoryDCount: { label: { zh: 'D 类', en: 'Category D' }, kind: 'count', numerator: 'categoryD' },
  unsatisfiedTurnedSatisfiedCount: {
    label: { zh: '不满意转满意', en: 'Unsatisfied turned satisfied' }, kind: 'count', numerator: 'unsatisfiedTurnedSatisfied',
  },
  satisfiedNotSolvedCount: { label: { zh: '满意但未解决', en: 'Satisfied but not solved' }, kind: 'count', numerator: 'satisfiedNotSolved' },
  keySupervisionCount: { label: { zh: '重点督办', en: 'Key supervision' }, kind: 'count', numerator: 'keySupervision' },
} as const satisfies Record<string, SuggestionMeasureDefinition>;

export type SuggestionMeasure = keyof typeof SUGGESTION_MEASURES;
export const SUGGESTION_MEASURE_NAMES = Object.keys(SUGGESTION_MEASURES) as SuggestionMeasure[];

/** A measure's value from the counts; a rate with nothing to divide by is null, never 0 or 100%. */
export function measureValue(measure: SuggestionMeasure, counts: Record<SuggestionCount, number>): number | null {
  const def: SuggestionMeasureDefinition = SUGGESTION_MEASURES[measure];
  const n = counts[def.numerator];
  if (def.kind === 'count') return n;
  const d = counts[def.denominator!];
  return d ? n / d : null;
}

/** The dimensions a statistic can be grouped by. */
export const SUGGESTION_DIMENSIONS = ['UNIT', 'SESSION', 'YEAR', 'FIELD', 'DEPUTY', 'GROUP', 'KIND', 'CATEGORY', 'STATUS'] as const;
export type SuggestionDimension = (typeof SUGGESTION_DIMENSIONS)[number];
export const SUGGESTION_DIMENSION_LABELS: Record<SuggestionDimension, Text> = {
  UNIT: { zh: '主办单位', en: 'Lead unit' },
  SESSION: { zh: '会议', en: 'Session' },
  YEAR: { zh: '年度', en: 'Year' },
  FIELD: { zh: '领域', en: 'Field' },
  DEPUTY: { zh: '领衔代表', en: 'Lead deputy' },
  GROUP: { zh: '代表小组', en: 'Group' },
  KIND: { zh: '类别', en: 'Kind' },
  CATEGORY: { zh: '答复类别', en: 'Reply category' },
  STATUS: { zh: '办理状态', en: 'Status' },
};

/** Shows a rate as a percentage with one decimal, or a dash when undefined. */
export function formatRate(value: number | null | undefined): string {
  return value == null ? '—' : `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}
