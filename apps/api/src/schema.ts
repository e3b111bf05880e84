import 'reflect-metadata';
import { buildSchema, type MiddlewareFn } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from './common/auth-checker';
import type { Context } from './common/context';
import { AppError } from './common/errors';
import { currentScope } from './common/request-context';
import { resolvers } from './modules';

/** Names the mutation being run, so every audit row says which operation made it. */
const nameTheOperation: MiddlewareFn<Context> = ({ info }, next) => {
  if (info.parentType.name === 'Mutation' && !info.path.prev) {
    const scope = currentScope();
    if (scope) scope.operation = info.fieldName;
  }
  return next();
};

/** The first string in a value (arguments, nested inputs, lists) that holds U+0000, by its path. */
function nulPath(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (!value || typeof value !== 'object' || depth > 20) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = nulPath(inner, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * PostgreSQL text cannot hold U+0000: without this, such a string reached the database and came
 * back as an internal error. Refused here, for every field, with the argument named.
 */
const rejectNulCharacters: MiddlewareFn<Context> = ({ args }, next) => {
  const field = nulPath(args, '');
  if (field) throw new AppError('BAD_USER_INPUT', 'common.nulCharacter', { field });
  return next();
};

let built: Promise<GraphQLSchema> | undefined;

export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    globalMiddlewares: [nameTheOperation, rejectNulCharacters],
  });
  return built;
}
