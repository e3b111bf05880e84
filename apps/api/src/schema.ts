import 'reflect-metadata';
import { buildSchema, type MiddlewareFn } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from './common/auth-checker';
import type { Context } from './common/context';
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

let built: Promise<GraphQLSchema> | undefined;

export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    globalMiddlewares: [nameTheOperation],
  });
  return built;
}
