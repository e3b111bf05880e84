import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { DataSource } from 'typeorm';
import { can, PERMISSIONS as P } from '@luzhi/shared';
import type { Config } from '../../config';
import type { Context } from '../../common/context';
import { QUERY_TEXT_MAX } from './analytics.inputs';

/** The analyst console sends this header, so its runs (and only those) land in the history. */
export const CONSOLE_HEADER = 'x-luzhi-console';

/**
 * Records each console run after its response is ready: what ran, its cost, how it ended.
 * Written on the main pool with one statement that also drops runs past the last N.
 */
export function queryHistoryPlugin(db: DataSource, config: Config): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      if (!request.http?.headers.get(CONSOLE_HEADER)) return;
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ contextValue, response, operation, operationName, errors }) {
          const viewer = contextValue.viewer;
          if (!viewer || !can(viewer.role, P.ANALYTICS_CONSOLE) || !request.query) return;
          // The schema fetch of the console's documentation is not a run.
          const onlyIntrospection = operation?.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'));
          if (onlyIntrospection) return;
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const firstCode = (errors?.[0]?.extensions?.code ?? body?.errors?.[0]?.extensions?.code) as string | undefined;
          const status = firstCode === 'COST_LIMIT_EXCEEDED' ? 'REFUSED' : firstCode ? 'ERROR' : 'OK';
          const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
          try {
            await db.query(
              `WITH added AS (
                 INSERT INTO query_run (user_id, operation_name, query, variables, cost, status, error_code, duration_ms)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
               )
               DELETE FROM query_run WHERE user_id = $1 AND id < (
                 SELECT min(id) FROM (SELECT id FROM query_run WHERE user_id = $1 ORDER BY id DESC LIMIT $9) kept
               )`,
              [
                viewer.id,
                (operationName ?? null)?.slice(0, 200) ?? null,
                request.query.slice(0, QUERY_TEXT_MAX),
                request.variables ? JSON.stringify(request.variables) : null,
                contextValue.cost?.requested ?? null,
                status,
                firstCode?.slice(0, 40) ?? null,
                ms,
                config.queryHistorySize - 1,
              ],
            );
          } catch (err) {
            contextValue.log.warn({ err, requestId: contextValue.requestId }, 'could not record the console run');
          }
        },
      };
    },
  };
}
