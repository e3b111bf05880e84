// `npm start`: install what is missing, build the admin, start the API (with an embedded
// PostgreSQL when DATABASE_URL is unset), which serves the admin at / and GraphQL at /graphql.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build, ensureInstalled, root } from './lib.mjs';

ensureInstalled();
build();

// From apps/api, so tsx applies that package's tsconfig (decorators); with the API's V8 flags.
const { flags } = JSON.parse(fs.readFileSync(path.join(root, 'apps', 'api', 'node-flags.json'), 'utf8'));
const api = spawn(process.execPath, [...flags, '--import', 'tsx', path.join('src', 'main.ts')], {
  cwd: path.join(root, 'apps', 'api'),
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
});
// Ctrl-C reaches the API through the terminal's process group; it shuts down once, cleanly (so
// SIGINT is not passed on a second time). A SIGTERM sent to this process alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (signal === 'SIGTERM') api.kill('SIGTERM');
  });
}
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
