import type { DataSource } from 'typeorm';
import type { Logger } from './logger';

/**
 * The SQL functions that fold a rollup's pending deltas into it, one per rollup: each takes an
 * advisory lock (another process compacting makes it return 0 at once) and returns how many rows
 * it folded. Readers add rollup and deltas, so folding changes no answer, only how much they read.
 * Their migrations: 1764300600000-suggestion-fact.ts, 1764300620000-deputy-composition-rollup.ts.
 */
export const ROLLUP_COMPACTIONS = ['suggestion_rollup_compact', 'deputy_composition_compact'] as const;

/**
 * Compacts every rollup every `everyMs`, one after the other, each in its own transaction (one
 * failing does not hold the others back). Returns a stop function for shutdown.
 */
export function startRollupCompaction(db: DataSource, log: Logger, everyMs = 60_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    (async () => {
      for (const fn of ROLLUP_COMPACTIONS) {
        try {
          const rows: { folded: number }[] = await db.query(`SELECT ${fn}() AS folded`);
          if (rows[0]?.folded) log.debug({ folded: rows[0].folded, fn }, 'rollup compacted');
        } catch (err) {
          log.warn({ err, fn }, 'rollup compaction failed; will retry');
        }
      }
    })().finally(() => {
      running = false;
    });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
