import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Context } from '../common/context';

/**
 * Sends analysts' reads and dashboard reads to read replicas, so that their queries never slow the
 * staff down, while writes and the writer's own next reads stay on the primary
 * (read-your-writes): a session's last write is remembered as the primary's WAL position, and a
 * replica serves that session only once it has replayed that far.
 */
export class ReadRouting {
  private turn = 0;
  constructor(
    readonly primary: DataSource,
    readonly replicas: DataSource[],
  ) {}

  get enabled(): boolean {
    return this.replicas.length > 0;
  }

  nextReplica(): DataSource {
    const replica = this.replicas[this.turn % this.replicas.length]!;
    this.turn++;
    return replica;
  }
}

/** Root query fields whose reads may come from a replica for every role (dashboards, statistics). */
const replicaFields = new Set<string>();

export function registerReplicaReads(...fieldNames: string[]): void {
  for (const name of fieldNames) replicaFields.add(name);
}

function rootFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : ['<fragment>']));
}

export function mayReadFromReplica(operation: OperationDefinitionNode, ctx: Context): boolean {
  if (operation.operation !== 'query' || !ctx.viewer) return false;
  if (ctx.viewer.role === 'ANALYST') return true;
  const fields = rootFields(operation).filter((f) => f !== '__typename');
  return fields.length > 0 && fields.every((f) => replicaFields.has(f));
}

export function readRoutingPlugin(routing: ReadRouting): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: ctx, operation }) {
          if (!operation || !mayReadFromReplica(operation, ctx)) return;
          const replica = routing.nextReplica();
          if (ctx.viewer?.lastWriteLsn) {
            const [row] = (await replica.query(`SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS caught_up`, [ctx.viewer.lastWriteLsn]).catch(() => [{ caught_up: false }])) as { caught_up: boolean }[];
            if (!row?.caught_up) return;
          }
          ctx.db = replica;
          ctx.servedBy = 'replica';
        },
        async willSendResponse({ contextValue: ctx, operation, response }) {
          if (operation?.operation === 'mutation' && ctx.viewer) {
            await routing.primary
              .query(`UPDATE user_session SET last_write_lsn = pg_current_wal_lsn()::text WHERE id = $1`, [ctx.viewer.sessionId])
              .catch((err) => ctx.log.warn({ err, requestId: ctx.requestId }, 'could not record the write position'));
          }
          if (ctx.config.exposeStatementCount && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, servedBy: ctx.servedBy };
          }
        },
      };
    },
  };
}
