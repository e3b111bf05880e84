import type { DataSource } from 'typeorm';
import type { Logger } from '../../common/logger';

/**
 * Folds the pending changes of suggestion_rollup_delta into suggestion_rollup, every `everyMs`
 * (one process at a time across all API processes: the function takes an advisory lock and skips
 * when another holds it). Readers add both tables, so this changes no answer, only how much they
 * read. Returns a stop function for shutdown.
 */
export function startRollupCompaction(db: DataSource, log: Logger, everyMs = 60_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    db.query(`SELECT suggestion_rollup_compact() AS folded`)
      .then((rows: { folded: number }[]) => {
        if (rows[0]?.folded) log.debug({ folded: rows[0].folded }, 'suggestion rollup compacted');
      })
      .catch((err: unknown) => log.warn({ err }, 'suggestion rollup compaction failed; will retry'))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
