import 'reflect-metadata';
import { buildSchema, ArgumentValidationError } from 'type-graphql';
import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from './common/auth-checker';
import { resolvers } from './modules';

let built: Promise<GraphQLSchema> | undefined;

// TypeGraphQL's own validation does `await import('class-validator')` for every input object of
// every request; under the tsx loader each dynamic import is a round trip to the loader's thread
// (a seventh of the API's CPU on a page of deputies). Same rules, imported once.
const VALIDATOR_OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };
const validatable = (value: unknown): value is object => value !== null && typeof value === 'object';

async function validateArgument(value: unknown): Promise<void> {
  if (!validatable(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(validatable).map((item) => validateOrReject(item, VALIDATOR_OPTIONS)));
    else await validateOrReject(value, VALIDATOR_OPTIONS);
  } catch (err) {
    throw new ArgumentValidationError(err as ValidationError[]);
  }
}

export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validateFn: validateArgument,
  });
  return built;
}
