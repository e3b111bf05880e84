import { describe, expect, it } from 'vitest';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable } from './errors';

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: 'FATAL' });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['admin shutdown', pgError('57P01', 'terminating connection due to administrator command')],
    ['starting up', pgError('57P03', 'the database system is starting up')],
    ['too many clients', pgError('53300', 'sorry, too many clients already')],
    ['socket closed', new Error('Connection terminated unexpectedly')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['closed client', new Error('Client was closed and is not queryable')],
    ['wrapped by TypeORM', new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly'))],
    ['wrapped by TypeORM, code only', Object.assign(new QueryFailedError('SELECT 1', [], pgError('57P01', 'x')), { message: 'x' })],
    ['a cause', new Error('request failed', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) })],
    ['connection lost inside a transaction', new QueryRunnerAlreadyReleasedError()],
    ['every address failed', Object.assign(new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' })], ''), {})],
  ])('%s: unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['unique violation', new QueryFailedError('INSERT', [], pgError('23505', 'duplicate key value violates unique constraint'))],
    ['syntax error', pgError('42601', 'syntax error at or near "x"')],
    ['serialization failure', pgError('40001', 'could not serialize access')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('%s: not unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('does not loop on a cause that points at itself', () => {
    const e = new Error('loop') as Error & { cause?: unknown };
    e.cause = e;
    expect(isDatabaseUnavailable(e)).toBe(false);
  });
});
