import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { currentScope } from '../common/request-context';

/**
 * Counts every SQL statement against the request that issued it (tests and the benchmark read the
 * count to prove there is no N+1), and logs queries only when asked to.
 */
export class StatementLogger implements TypeOrmLogger {
  constructor(private readonly logQueries = false) {}

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const scope = currentScope();
    if (scope) scope.statements = (scope.statements ?? 0) + 1;
    if (this.logQueries) console.log(query, parameters ?? '');
  }
  logQueryError(error: string | Error, query: string): void {
    if (this.logQueries) console.error('query failed:', error, query);
  }
  logQuerySlow(time: number, query: string): void {
    if (this.logQueries) console.warn(`slow query (${time} ms):`, query);
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.logQueries) console.log(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(message);
  }
}
