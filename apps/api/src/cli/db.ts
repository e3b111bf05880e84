import 'reflect-metadata';
import { loadConfig } from '../config';
import { createLogger } from '../common/logger';
import { isEmpty, openDatabase } from '../db/bootstrap';
import { createDataSource } from '../db/data-source';
import { DEMO_PASSWORD, seedDemo } from '../seed';

/** `db:migrate`, `db:revert` (one migration), `db:seed` (demo data into an empty database), `db:reset`. */
const command = process.argv[2];
const config = loadConfig();
const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
const database = await openDatabase(config, log);
const db = createDataSource({ url: database.url, poolSize: 2, applicationName: 'luzhi-cli', log });
let code = 0;
try {
  await db.initialize();
  switch (command) {
    case 'migrate': {
      const done = await db.runMigrations({ transaction: 'each' });
      console.log(done.length ? `applied: ${done.map((m) => m.name).join(', ')}` : 'the database is up to date');
      break;
    }
    case 'revert':
      await db.undoLastMigration({ transaction: 'each' });
      console.log('reverted the last migration');
      break;
    case 'seed':
      await db.runMigrations({ transaction: 'each' });
      if (!(await isEmpty(db))) {
        console.error('The database already holds data: `npm run db:reset` empties it and loads the demo data again.');
        code = 1;
        break;
      }
      await seedDemo(db);
      console.log(`demo data loaded; demo password: ${DEMO_PASSWORD}`);
      break;
    case 'reset':
      await db.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
      await db.runMigrations({ transaction: 'each' });
      await seedDemo(db);
      console.log(`database emptied, migrated and filled with the demo data; demo password: ${DEMO_PASSWORD}`);
      break;
    default:
      console.error('usage: db.ts migrate | revert | seed | reset');
      code = 2;
  }
} catch (err) {
  console.error(err);
  code = 1;
} finally {
  if (db.isInitialized) await db.destroy();
  await database.embedded?.stop();
}
process.exit(code);
