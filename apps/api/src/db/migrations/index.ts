import { Platform1764300000000 } from './1764300000000-platform';
import { Registry1764300100000 } from './1764300100000-registry';
import { Files1764300150000 } from './1764300150000-files';
import { DeputyImport1764300110000 } from './1764300110000-deputy-import';
import { ReadReplicas1764300160000 } from './1764300160000-read-replicas';
import { Activities1764300200000 } from './1764300200000-activities';
import { Suggestions1764300300000 } from './1764300300000-suggestions';
import { FindingSuggestion1764300310000 } from './1764300310000-finding-suggestion';
import { Duty1764300400000 } from './1764300400000-duty';
import { Analytics1764300500000 } from './1764300500000-analytics';
import { SuggestionFact1764300600000 } from './1764300600000-suggestion-fact';
import { RateLimitUnlogged1764300610000 } from './1764300610000-rate-limit-unlogged';
import { DeputyCompositionRollup1764300620000 } from './1764300620000-deputy-composition-rollup';
import { DutyRankingSnapshot1764300630000 } from './1764300630000-duty-ranking-snapshot';
import { SuggestionEventMessage1764300640000 } from './1764300640000-suggestion-event-message';
import { DeputyRosterOrder1764300650000 } from './1764300650000-deputy-roster-order';

/** In order, one per line. Each domain appends its own; never edit one that has shipped. */
export const migrations = [
  Platform1764300000000,
  Registry1764300100000,
  DeputyImport1764300110000,
  Files1764300150000,
  ReadReplicas1764300160000,
  Activities1764300200000,
  Suggestions1764300300000,
  FindingSuggestion1764300310000,
  Duty1764300400000,
  Analytics1764300500000,
  SuggestionFact1764300600000,
  RateLimitUnlogged1764300610000,
  DeputyCompositionRollup1764300620000,
  DutyRankingSnapshot1764300630000,
  SuggestionEventMessage1764300640000,
  DeputyRosterOrder1764300650000,
];
