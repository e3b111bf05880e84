import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, REPO_ROOT } from '../config';
import { createLogger } from '../common/logger';
import { backupDatabase, BackupError, restoreDatabase, type BackupFormat } from '../db/backup';
import { ensureDatabase, openDatabase } from '../db/bootstrap';

/**
 * `npm run db:backup [-- FILE] [--format auto|luzhi|pg_dump]`
 * `npm run db:restore -- FILE [--database NAME]`
 *
 * Both use DATABASE_URL, or the embedded database when it is unset (stop `npm start` first).
 */
const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args: rest,
  allowPositionals: true,
  options: { format: { type: 'string', default: 'auto' }, database: { type: 'string' } },
});

const usage = 'usage: backup.ts backup [FILE] [--format auto|luzhi|pg_dump] | restore FILE [--database NAME]';
const config = loadConfig();
const log = createLogger(process.env.LOG_LEVEL ?? 'warn');

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function stamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

let code = 0;
const database = await openDatabase(config, log);
try {
  if (command === 'backup') {
    const format = values.format as BackupFormat;
    if (!['auto', 'luzhi', 'pg_dump'].includes(format)) throw new BackupError(usage);
    const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0] ?? path.join(REPO_ROOT, 'backups', `luzhi-${stamp()}.dump`));
    const r = await backupDatabase(database.url, file, format);
    console.log(`backup written: ${r.file}\n  format: ${r.format === 'pg_dump' ? 'pg_dump custom format' : 'Lüzhi archive (COPY; no pg_dump of the server\'s version on PATH)'}\n  ${r.tables} tables, ${r.rows} rows, ${r.bytes} bytes`);
  } else if (command === 'restore') {
    if (!positionals[0]) throw new BackupError(usage);
    const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
    let url = database.url;
    if (values.database) {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(values.database)) throw new BackupError('--database: lower-case letters, digits and underscores');
      await ensureDatabase(database.url, values.database);
      url = withDatabase(database.url, values.database);
    }
    const r = await restoreDatabase(url, file, log);
    console.log(`restored ${file}\n  into database ${new URL(url).pathname.slice(1)}\n  ${r.tables} tables, ${r.rows} rows, migrations up to ${r.migrations.at(-1) ?? '(none)'}${r.format === 'luzhi' ? '; every table\'s row count and hash verified' : ' (pg_restore, one transaction)'}`);
  } else {
    console.error(usage);
    code = 2;
  }
} catch (err) {
  if (err instanceof BackupError) console.error(`✖ ${err.message}`);
  else console.error(err);
  code = 1;
} finally {
  await database.embedded?.stop();
}
process.exit(code);
