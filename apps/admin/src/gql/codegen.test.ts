import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate } from '@graphql-codegen/cli';

const adminRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('generated GraphQL types', () => {
  it('match the committed schema and the admin operations (run `npm run schema` when this fails)', async () => {
    const cwd = process.cwd();
    process.chdir(adminRoot);
    try {
      const config = (await import(path.join(adminRoot, 'codegen.ts'))).default;
      const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
      expect(outputs.length).toBeGreaterThan(0);
      for (const out of outputs) {
        const file = path.resolve(adminRoot, out.filename);
        expect(fs.readFileSync(file, 'utf8'), `${path.relative(adminRoot, file)} is stale`).toBe(out.content);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
