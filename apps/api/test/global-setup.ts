import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDataSource } from '../src/db/data-source';
import { EmbeddedPostgres } from '../src/db/embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server URL (any database) with rights to create databases. */
    pgServerUrl: string;
    /** The migrated template every test file copies. */
    pgTemplate: string;
    /** Chromium's DevTools endpoint, shared by all browser tests (empty when not started). */
    browserWsEndpoint: string;
  }
}

let embedded: EmbeddedPostgres | undefined;
let template = '';
let serverUrl = '';
let closeBrowser: (() => Promise<void>) | undefined;

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luzhi-test-pg-'));
    fs.chmodSync(dataDir, 0o755);
    // fsync off: a test cluster is thrown away, and durability costs seconds per test file.
    embedded = new EmbeddedPostgres({ dataDir: path.join(dataDir, 'data'), settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } });
    await embedded.start();
    serverUrl = embedded.urlFor('postgres');
  }
  template = `luzhi_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const ds = createDataSource({ url: withDatabase(serverUrl, template), poolSize: 2, applicationName: 'luzhi-test-setup' });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  await admin.query(`ALTER DATABASE ${template} WITH is_template true`);
  await admin.end();

  project.provide('pgServerUrl', serverUrl);
  project.provide('pgTemplate', template);

  let ws = '';
  if (fs.existsSync('/usr/bin/chromium') || process.env.CHROMIUM_PATH) {
    const { chromium } = await import('playwright-core');
    const server = await chromium.launchServer({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    });
    ws = server.wsEndpoint();
    closeBrowser = () => server.close();
  }
  project.provide('browserWsEndpoint', ws);
}

export async function teardown() {
  await closeBrowser?.();
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect().catch(() => undefined);
    await admin.query(`ALTER DATABASE ${template} WITH is_template false`).catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
  }
  if (embedded) {
    await embedded.stop();
    fs.rmSync(path.dirname(embedded.dataDir), { recursive: true, force: true });
  }
}
