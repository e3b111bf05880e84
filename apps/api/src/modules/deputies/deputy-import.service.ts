import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../../common/context';
import { AppError, badInput, notFound } from '../../common/errors';
import type { Logger } from '../../common/logger';
import { runAsSystem, requestScope, currentScope } from '../../common/request-context';
import { recordAudit } from '../audit/audit.subscriber';
import { Term } from '../registry/congress.entity';
import { DeputyImport } from './deputy-import.entity';
import { detectFormat } from './deputy-import.reader';
import {
  checkFile, COLUMNS, COMPARED, FILL_BIT, SQL_COLUMNS, type CheckedBatch, type CheckedRow, type ImportValues, type StoredProblem, type TermLookups,
} from './deputy-import.check';

export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
/** Rows checked against the database at a time: small batches keep little alive between them. */
const BATCH = 500;
/** Enough problems to fix a file; the count and the row list are always complete. */
const STORED_PROBLEMS = 1000;

async function termLookups(em: EntityManager, termId: number | null): Promise<TermLookups | null> {
  if (!termId) return null;
  const term = await em.getRepository(Term).findOneBy({ id: termId });
  if (!term) throw notFound({ zh: '届', en: 'term' }, termId);
  const districts: { id: number; name: string }[] = await em.query(`SELECT id, name FROM electoral_district WHERE congress_id = $1`, [term.congressId]);
  const groups: { id: number; name: string }[] = await em.query(`SELECT id, name FROM deputy_group WHERE term_id = $1`, [termId]);
  return { termId, startDate: term.startDate, districts: new Map(districts.map((d) => [d.name, d.id])), groups: new Map(groups.map((g) => [g.name, g.id])) };
}

type ExistingDeputy = ImportValues & { id: number };

/** What a batch of checked rows means against the database: new, changed or unchanged. */
interface BatchPlan {
  /** Complete rows to write (new ones and changed ones), with existing values kept where a cell was empty. */
  writes: ImportValues[];
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  /** Deputy ids by ID number, for rows already recorded. */
  existing: Map<string, ExistingDeputy>;
  problems: StoredProblem[];
}

async function planBatch(em: EntityManager, rows: CheckedRow[], lookups: TermLookups | null, lock: boolean): Promise<BatchPlan> {
  const plan: BatchPlan = { writes: [], newCount: 0, changedCount: 0, unchangedCount: 0, existing: new Map(), problems: [] };
  const good = rows.filter((r) => r.values);
  if (!good.length) return plan;
  const ids = good.map((r) => r.values!.idNumber);
  const found: ExistingDeputy[] = await em.query(
    `SELECT id, ${SQL_COLUMNS.map((c, i) => `${c} AS "${COLUMNS[i]}"`).join(', ')} FROM deputy WHERE id_number = ANY($1) ORDER BY id${lock ? ' FOR UPDATE' : ''}`,
    [ids],
  );
  for (const d of found) plan.existing.set(d.idNumber, d);
  // Group rule: one group per deputy and term. A roster may name the group a deputy is in, not another.
  const memberships = new Map<number, { groupId: number; name: string }>();
  if (lookups && found.length) {
    const rowsInGroups: { deputy_id: number; group_id: number; name: string }[] = await em.query(
      `SELECT gm.deputy_id, gm.group_id, g.name FROM group_membership gm JOIN deputy_group g ON g.id = gm.group_id WHERE gm.term_id = $1 AND gm.end_date IS NULL AND gm.deputy_id = ANY($2)`,
      [lookups.termId, found.map((d) => d.id)],
    );
    for (const m of rowsInGroups) memberships.set(m.deputy_id, { groupId: m.group_id, name: m.name });
  }
  for (const r of good) {
    const v = r.values!;
    const old = plan.existing.get(v.idNumber);
    if (!old) {
      plan.writes.push(v);
      plan.newCount++;
      continue;
    }
    const current = memberships.get(old.id);
    if (r.groupId && current && current.groupId !== r.groupId) {
      plan.problems.push({ row: r.row, column: '', field: 'group', key: 'group.alreadyInGroup', params: { name: v.name, group: current.name } });
      continue;
    }
    const merged = { ...v } as ImportValues;
    for (const c of COMPARED) if (!r.filled.has(c)) (merged as unknown as Record<string, unknown>)[c] = old[c];
    const changed = COMPARED.some((c) => (merged[c] ?? null) !== (old[c] ?? null));
    if (changed) {
      plan.writes.push(merged);
      plan.changedCount++;
    } else plan.unchangedCount++;
  }
  return plan;
}

/**
 * Stages a batch of checked rows (one statement, arrays unnested): the values as they would be
 * inserted, and which columns the file gave.
 */
async function stage(em: EntityManager, importId: number, rows: CheckedRow[]): Promise<void> {
  const good = rows.filter((r) => r.values);
  if (!good.length) return;
  const col = (key: keyof ImportValues) => good.map((r) => r.values![key]);
  await em.query(
    `INSERT INTO deputy_import_row (import_id, row, filled, ${SQL_COLUMNS.join(', ')}, electoral_district_id, group_id)
     SELECT $1, * FROM unnest($2::int[], $3::int[], ${COLUMNS.map((c, i) => `$${i + 4}::${c === 'birthDate' ? 'date' : 'text'}[]`).join(', ')}, $${COLUMNS.length + 4}::int[], $${COLUMNS.length + 5}::int[])`,
    [
      importId,
      good.map((r) => r.row),
      good.map((r) => COLUMNS.reduce((mask, c) => (r.filled.has(c) ? mask | FILL_BIT[c] : mask), 0)),
      ...COLUMNS.map(col),
      good.map((r) => r.districtId),
      good.map((r) => r.groupId),
    ],
  );
}

const IN_PROCESS_BYTES = 256 * 1024;
/** The reading thread's heap limit: enough for 100,000 rows' shared strings, far below the API's. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 32 };

/**
 * Runs the file through the checking worker and hands each batch to `onBatch`, one at a time and
 * in order; the worker reads ahead by at most two batches.
 */
function runChecker(
  imp: { data: Buffer; format: 'xlsx' | 'csv' },
  lookups: TermLookups | null,
  onBatch: (batch: CheckedBatch) => Promise<void>,
): Promise<number> {
  // A small file is read here: starting a thread would cost more than it saves.
  if (imp.data.length <= IN_PROCESS_BYTES) return checkFile(imp.data, imp.format, lookups, BATCH, onBatch).then((r) => r.total);
  const worker = new Worker(new URL('./deputy-import.worker.mjs', import.meta.url), {
    workerData: { data: imp.data, format: imp.format, lookups, batchSize: BATCH },
    resourceLimits: WORKER_LIMITS,
  });
  return new Promise<number>((resolve, reject) => {
    let chain = Promise.resolve();
    let settled = false;
    const failWith = (err: unknown) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(err);
    };
    worker.on('message', (message: { type: 'batch'; batch: CheckedBatch } | { type: 'done'; total: number }) => {
      chain = chain.then(async () => {
        if (settled) return;
        if (message.type === 'done') {
          settled = true;
          void worker.terminate();
          resolve(message.total);
          return;
        }
        await onBatch(message.batch);
        worker.postMessage('next');
      }).catch(failWith);
    });
    worker.on('error', (err) => failWith((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? badInput('import.tooBigToCheck') : err));
    worker.on('exit', (code) => {
      if (code !== 0) failWith(new Error(`import worker exited with ${code}`));
    });
  });
}

/** Checks every row (in the worker) and plans each batch against the database (here). */
async function walk(
  em: EntityManager,
  imp: { id: number; data: Buffer; format: 'xlsx' | 'csv'; termId: number | null },
  onProgress: (rows: number, fraction: number) => Promise<void>,
  onBatch: (rows: CheckedRow[], plan: BatchPlan) => Promise<void>,
): Promise<{ total: number; problems: StoredProblem[]; problemCount: number; invalidRows: number[] }> {
  const lookups = await termLookups(em, imp.termId);
  const problems: StoredProblem[] = [];
  let problemCount = 0;
  const invalid = new Set<number>();
  const note = (p: StoredProblem) => {
    problemCount++;
    invalid.add(p.row);
    if (problems.length < STORED_PROBLEMS) problems.push(p);
  };
  let lastReport = 0;
  const total = await runChecker(imp, lookups, async (batch) => {
    for (const p of batch.problems) note(p);
    if (batch.rows.length) {
      const plan = await planBatch(em, batch.rows, lookups, false);
      for (const p of plan.problems) {
        note(p);
        const row = batch.rows.find((r) => r.row === p.row);
        if (row) delete row.values;
      }
      await onBatch(batch.rows, plan);
    }
    if (Date.now() - lastReport > 250) {
      lastReport = Date.now();
      await onProgress(batch.total, batch.fraction);
    }
  });
  return { total, problems, problemCount, invalidRows: [...invalid].sort((x, y) => x - y) };
}

async function loadFile(db: DataSource | EntityManager, id: number) {
  const [row] = await db.query(`SELECT data, format, term_id FROM deputy_import WHERE id = $1`, [id]);
  if (!row) throw notFound({ zh: '导入', en: 'import' }, id);
  return { id, data: row.data as Buffer, format: row.format as 'xlsx' | 'csv', termId: row.term_id as number | null };
}

const progress = (db: DataSource, id: number) => async (rows: number, fraction: number) => {
  await db.query(`UPDATE deputy_import SET processed_rows = $2, progress = $3 WHERE id = $1`, [id, rows, Math.min(1, fraction)]);
};

/** Checks every row in the background; the import's status and progress tell how far it is. */
export async function validateImport(db: DataSource, log: Logger, id: number): Promise<void> {
  try {
    const file = await loadFile(db, id);
    let newCount = 0;
    let changedCount = 0;
    let unchangedCount = 0;
    await db.query(`DELETE FROM deputy_import_row WHERE import_id = $1`, [id]);
    const result = await walk(db.manager, file, progress(db, id), async (rows, plan) => {
      newCount += plan.newCount;
      changedCount += plan.changedCount;
      unchangedCount += plan.unchangedCount;
      await stage(db.manager, id, rows);
    });
    if (result.problemCount && result.invalidRows.length === result.total) await db.query(`DELETE FROM deputy_import_row WHERE import_id = $1`, [id]);
    await db.query(
      `UPDATE deputy_import SET status = $2, progress = 1, processed_rows = $3, total_rows = $3, invalid_row_count = $4, invalid_rows = $5,
         problem_count = $6, problem_list = $7, new_count = $8, changed_count = $9, unchanged_count = $10, updated_at = now() WHERE id = $1`,
      [id, result.problemCount ? 'INVALID' : 'VALID', result.total, result.invalidRows.length, result.invalidRows, result.problemCount, JSON.stringify(result.problems), newCount, changedCount, unchangedCount],
    );
  } catch (err) {
    log.error({ err, importId: id }, 'roster check failed');
    await fail(db, id, err);
  }
}

async function fail(db: DataSource, id: number, err: unknown) {
  let message = err instanceof AppError ? err.localized('zh-CN') + ' / ' + err.localized('en') : '内部错误,请查看日志 / Internal error: see the log';
  // Outside production (development and tests, whose log is silent) the cause is shown too.
  if (!(err instanceof AppError) && process.env.NODE_ENV !== 'production') message += ` (${err instanceof Error ? err.message : String(err)})`;
  await db.query(`UPDATE deputy_import SET status = 'FAILED', failure = $2, updated_at = now() WHERE id = $1`, [id, message]).catch(() => undefined);
}

/** Stores an upload and starts its check; the caller polls the import for progress. */
export async function createImport(ctx: Context, filename: string, data: Buffer, termId: number | null): Promise<DeputyImport> {
  if (!data.length) throw badInput('files.empty');
  if (data.length > MAX_IMPORT_BYTES) throw badInput('import.tooLarge', { max: `${MAX_IMPORT_BYTES / 1024 / 1024} MB` });
  const format = detectFormat(data);
  if (!format) throw badInput('import.unreadable');
  if (termId && !(await ctx.db.getRepository(Term).existsBy({ id: termId }))) throw notFound({ zh: '届', en: 'term' }, termId);
  const safeName = filename.replace(/[\\/\x00-\x1f]/g, '_').slice(0, 200) || 'roster';
  const [row] = await ctx.db.query(
    `INSERT INTO deputy_import (filename, format, size, sha256, data, term_id, status, created_by, version) VALUES ($1, $2, $3, $4, $5, $6, 'VALIDATING', $7, 1) RETURNING id`,
    [safeName, format, data.length, createHash('sha256').update(data).digest('hex'), data, termId, ctx.viewer!.id],
  );
  const id = row.id as number;
  const scope = currentScope();
  // Runs after the response; the request's scope stays with it for the log.
  setImmediate(() => void (scope ? requestScope.run(scope, () => validateImport(ctx.db, ctx.log, id)) : validateImport(ctx.db, ctx.log, id)));
  return getImport(ctx, id);
}

export async function getImport(ctx: Context, id: number): Promise<DeputyImport> {
  const imp = await ctx.db.getRepository(DeputyImport).findOneBy({ id });
  // Someone else's import is as invisible as one that does not exist.
  if (!imp || (imp.createdBy !== ctx.viewer?.id && ctx.viewer?.role !== 'ADMIN' && ctx.viewer?.role !== 'STAFF')) throw notFound({ zh: '导入', en: 'import' }, id);
  return imp;
}

/**
 * Applies a checked import in one transaction: batched multi-row INSERT … ON CONFLICT (id_number)
 * statements for the deputies (a row identical to the record writes nothing, so a second import of
 * the same file changes nothing), their mandates and groups in the chosen term, and one audit row
 * that sums it up.
 */
export async function applyImport(ctx: Context, id: number, excludeRows: number[]): Promise<DeputyImport> {
  const imp = await getImport(ctx, id);
  const exclude = new Set(excludeRows);
  const unexcluded = imp.invalidRows.filter((r) => !exclude.has(r));
  if (imp.status === 'INVALID' && unexcluded.length) throw badInput('import.invalidRows', { count: unexcluded.length });
  const [claimed] = await ctx.db.query(
    `UPDATE deputy_import SET status = 'APPLYING', progress = 0, processed_rows = 0, excluded_rows = $2, updated_at = now() WHERE id = $1 AND status IN ('VALID', 'INVALID') RETURNING id`,
    [id, [...exclude].sort((a, b) => a - b)],
  );
  if (!claimed) throw new AppError('CONFLICT', 'import.notReady', { status: imp.status });
  const scope = currentScope();
  const run = () => runApply(ctx.db, ctx.log, id, exclude, imp);
  setImmediate(() => void (scope ? requestScope.run({ ...scope, operation: 'applyDeputyImport' }, run) : runAsSystem('applyDeputyImport', run)));
  return getImport(ctx, id);
}

/** Rows per statement when applying: the values come from the staged rows, not parameters. */
const APPLY_BATCH = 5000;

/** A staged column, or the recorded one where the file left the cell empty. */
const merged = (c: keyof ImportValues) => {
  const col = SQL_COLUMNS[COLUMNS.indexOf(c)]!;
  return c === 'idNumber' ? `s.${col}` : `CASE WHEN d.id IS NULL OR s.filled & ${FILL_BIT[c]} <> 0 THEN s.${col} ELSE d.${col} END`;
};

async function runApply(db: DataSource, log: Logger, id: number, exclude: Set<number>, imp: DeputyImport): Promise<void> {
  try {
    const excluded = [...exclude];
    await db.transaction(async (em) => {
      const where = `s.import_id = $1 AND NOT (s.row = ANY($2::int[]))`;
      const [{ staged, first, last }] = await em.query(`SELECT count(*)::int AS staged, min(row) AS first, max(row) AS last FROM deputy_import_row s WHERE ${where}`, [id, excluded]);
      const expected = imp.totalRows - imp.invalidRowCount - excluded.filter((r) => !imp.invalidRows.includes(r)).length;
      if (staged !== expected) throw badInput('import.notReady', { status: 'STAGED_ROWS_MISSING' });
      let term: TermLookups | null = null;
      if (imp.termId) {
        term = await termLookups(em, imp.termId);
        // Group rule again, now inside the transaction: changes made since the check count.
        const clashes: { row: number }[] = await em.query(
          `SELECT s.row FROM deputy_import_row s JOIN deputy d ON d.id_number = s.id_number
             JOIN group_membership gm ON gm.deputy_id = d.id AND gm.term_id = $3 AND gm.end_date IS NULL
           WHERE ${where} AND s.group_id IS NOT NULL AND gm.group_id <> s.group_id`,
          [id, excluded, imp.termId],
        );
        if (clashes.length) throw badInput('import.invalidRows', { count: clashes.length });
      }
      let inserted = 0;
      let updated = 0;
      let linked = 0;
      let done = 0;
      for (let from = first ?? 0; staged && from <= last; from += APPLY_BATCH) {
        const range = `${where} AND s.row >= $3 AND s.row < $4`;
        const params = [id, excluded, from, from + APPLY_BATCH];
        // Recorded deputies first, locked: nobody changes them between reading and writing.
        await em.query(`SELECT d.id FROM deputy d JOIN deputy_import_row s ON s.id_number = d.id_number WHERE ${range} ORDER BY d.id FOR UPDATE OF d`, params);
        const written: { inserted: boolean }[] = await em.query(
          `INSERT INTO deputy (${SQL_COLUMNS.join(', ')}, version)
           SELECT ${COLUMNS.map(merged).join(', ')}, 1 FROM deputy_import_row s LEFT JOIN deputy d ON d.id_number = s.id_number WHERE ${range} ORDER BY s.row
           ON CONFLICT (id_number) DO UPDATE SET ${SQL_COLUMNS.filter((c) => c !== 'id_number').map((c) => `${c} = EXCLUDED.${c}`).join(', ')},
             version = deputy.version + 1, updated_at = now()
           WHERE (${COMPARED.map((c) => `deputy.${SQL_COLUMNS[COLUMNS.indexOf(c)]}`).join(', ')}) IS DISTINCT FROM (${COMPARED.map((c) => `EXCLUDED.${SQL_COLUMNS[COLUMNS.indexOf(c)]}`).join(', ')})
           RETURNING (xmax = 0) AS inserted`,
          params,
        );
        for (const w of written) w.inserted ? inserted++ : updated++;
        if (term) {
          const mandates = await em.query(
            `INSERT INTO mandate (deputy_id, term_id, electoral_district_id, start_date, version)
             SELECT d.id, $5, s.electoral_district_id, $6::date, 1 FROM deputy_import_row s JOIN deputy d ON d.id_number = s.id_number WHERE ${range} ORDER BY s.row
             ON CONFLICT (deputy_id, term_id) DO UPDATE SET electoral_district_id = EXCLUDED.electoral_district_id, version = mandate.version + 1, updated_at = now()
             WHERE EXCLUDED.electoral_district_id IS NOT NULL AND mandate.electoral_district_id IS DISTINCT FROM EXCLUDED.electoral_district_id
             RETURNING 1`,
            [...params, term.termId, term.startDate],
          );
          const memberships = await em.query(
            `INSERT INTO group_membership (group_id, deputy_id, term_id, role, start_date, version)
             SELECT s.group_id, d.id, $5, 'MEMBER', $6::date, 1 FROM deputy_import_row s JOIN deputy d ON d.id_number = s.id_number WHERE ${range} AND s.group_id IS NOT NULL ORDER BY s.row
             ON CONFLICT (deputy_id, term_id) WHERE end_date IS NULL DO NOTHING
             RETURNING 1`,
            [...params, term.termId, term.startDate],
          );
          linked += mandates.length + memberships.length;
        }
        done = Math.min(staged, done + APPLY_BATCH);
        await progress(db, id)(Math.min(imp.totalRows, from + APPLY_BATCH - (first ?? 0)), staged ? done / staged : 1);
      }
      const unchanged = staged - inserted - updated;
      await recordAudit(em.queryRunner!, {
        action: 'IMPORT',
        entity: 'Deputy',
        entityId: null,
        before: null,
        after: { importId: id, filename: imp.filename, sha256: imp.sha256, termId: imp.termId, rows: imp.totalRows, excludedRows: excluded.sort((a, b) => a - b), inserted, updated, unchanged, linked },
      });
      await em.query(`DELETE FROM deputy_import_row WHERE import_id = $1`, [id]);
      await em.query(
        `UPDATE deputy_import SET status = 'APPLIED', progress = 1, processed_rows = total_rows, inserted_count = $2, updated_count = $3, linked_count = $4,
           unchanged_count = $5, applied_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
        [id, inserted, updated, linked, unchanged],
      );
    });
  } catch (err) {
    if (!(err instanceof AppError)) log.error({ err, importId: id }, 'roster import failed');
    await fail(db, id, err);
  }
}

/** The stored problems of an import, for the reader's language. */
export function problemsOf(imp: DeputyImport, first: number): StoredProblem[] {
  return imp.problemList.slice(0, first);
}
