import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSchema } from 'graphql';

/**
 * The floor of the stack the API is built on: Apollo Server and express, as the API mounts them,
 * executing the same GraphQL operation against the API's own schema (apps/api/schema.graphql) with
 * graphql-js's default resolvers over the answer held in memory. No database, no session check,
 * no resolvers of ours: what parsing the HTTP request, executing the operation over 50 deputies'
 * fields and writing the JSON costs before any work of the API's own. Scenario a is reported
 * against it beside the ceiling, to show how much of the gap is the stack's and how much ours.
 * Run as its own process: `node --import tsx bench/stack-floor.ts <port>`; the parent sends the
 * answer (`data` of one real response) as its first IPC message.
 */
async function main() {
  const [port] = process.argv.slice(2);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const schema = buildSchema(fs.readFileSync(path.join(root, 'apps/api/schema.graphql'), 'utf8'));
  const answer = await new Promise<Record<string, unknown>>((resolve) => process.once('message', (m) => resolve(m as Record<string, unknown>)));
  const apollo = new ApolloServer({ schema, rootValue: answer, plugins: [ApolloServerPluginCacheControlDisabled()], csrfPrevention: true });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
  const server = http.createServer(app);
  server.listen(Number(port), () => process.send?.('ready'));
  process.on('SIGTERM', () => server.close(() => void apollo.stop().then(() => process.exit(0))));
}

if (process.argv[1]?.endsWith('stack-floor.ts')) void main();
