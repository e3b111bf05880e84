// `npm test`: every test (shared units, API integration against a real PostgreSQL, browser tests
// in Chromium against the built admin), then one closing line: "tests: N passed, N failed".
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { build, ensureInstalled, root } from './lib.mjs';

ensureInstalled();
build();

const report = path.join(root, 'test-artifacts', 'vitest.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
const started = Date.now();
const result = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});
let passed = 0;
let failed = 0;
if (fs.existsSync(report)) {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  failed = (json.numFailedTests ?? 0) + (json.numFailedTestSuites ?? 0 ? 0 : 0);
  if (!json.success && failed === 0) failed = json.numFailedTestSuites || 1;
}
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nSuite took ${seconds}s.`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(result.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
