import { randomBytes } from 'node:crypto';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { can, type Permission, type Role } from '@luzhi/shared';
import { tokenHash } from '../src/modules/users/auth.service';

/**
 * Walks the GraphQL schema so that tests cover every root field, including the ones domains add
 * later: which permission a field needs (from TypeGraphQL's metadata, the same the auth checker
 * reads), and an operation that calls it with the least it takes.
 */

export type OperationKind = 'query' | 'mutation';

export interface RootField {
  kind: OperationKind;
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const out: RootField[] = [];
  for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) out.push({ kind, name: field.name, field });
  }
  return out;
}

export interface Requirement {
  /** No @Authorized anywhere: open to anyone, signed in or not (e.g. `login`). */
  public: boolean;
  /** Any one of these permissions is enough; empty with `public: false` means "signed in". */
  permissions: Permission[];
}

interface HandlerMeta {
  target: object;
  methodName: string;
  schemaName: string;
}
interface AuthMeta {
  target: object;
  fieldName?: string;
  roles: string[];
}

/** What the auth checker will demand for a root field: the field's @Authorized, else its resolver class's. */
export function requirement(kind: OperationKind, name: string): Requirement {
  const storage = getMetadataStorage() as unknown as {
    queries: HandlerMeta[];
    mutations: HandlerMeta[];
    authorizedFields: AuthMeta[];
    authorizedResolver: AuthMeta[];
  };
  const handler = (kind === 'query' ? storage.queries : storage.mutations).find((h) => h.schemaName === name);
  if (!handler) throw new Error(`no resolver metadata for ${kind} ${name}`);
  const onField = storage.authorizedFields.find((a) => a.target === handler.target && a.fieldName === handler.methodName);
  const onClass = storage.authorizedResolver.find((a) => a.target === handler.target);
  const found = onField ?? onClass;
  if (!found) return { public: true, permissions: [] };
  return { public: false, permissions: found.roles as Permission[] };
}

/** Whether a role (or nobody, signed out) passes the auth checker for this requirement. */
export function allows(req: Requirement, role: Role | null): boolean {
  if (req.public) return true;
  if (!role) return false;
  return req.permissions.length === 0 || req.permissions.some((p) => can(role, p));
}

const SCALAR_DUMMIES: Record<string, unknown> = {
  ID: '1',
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  DateTimeISO: '2026-01-01T00:00:00.000Z',
  DateTime: '2026-01-01T00:00:00.000Z',
  Date: '2026-01-01',
  LocalDate: '2026-01-01',
  JSON: {},
  JSONObject: {},
  Upload: null,
};

/** A value of the right type: required input fields filled, optional ones left out. */
export function dummyValue(type: GraphQLInputType): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [dummyValue(inner.ofType as GraphQLInputType)];
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = dummyValue(f.type);
    return out;
  }
  if (isScalarType(inner)) return inner.name in SCALAR_DUMMIES ? SCALAR_DUMMIES[inner.name] : 'x';
  return null;
}

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * An operation calling one root field, arguments through variables. `args` chooses values by
 * argument name; missing required ones get a dummy; optional ones are left out unless given.
 * The selection is `__typename`, which every object, interface and union has: no field-level
 * rule of the result gets in the way of testing the root field's own.
 */
export function operationFor(root: RootField, args: Record<string, unknown> = {}): Operation {
  const defs: string[] = [];
  const uses: string[] = [];
  const variables: Record<string, unknown> = {};
  root.field.args.forEach((arg: GraphQLArgument, i) => {
    const given = Object.prototype.hasOwnProperty.call(args, arg.name);
    if (!given && !(isNonNullType(arg.type) && arg.defaultValue === undefined)) return;
    const v = `v${i}`;
    defs.push(`$${v}: ${String(arg.type)}`);
    uses.push(`${arg.name}: $${v}`);
    variables[v] = given ? args[arg.name] : dummyValue(arg.type);
  });
  const selection = isCompositeType(getNamedType(root.field.type)) ? ' { __typename }' : '';
  const head = defs.length ? `${root.kind} Op(${defs.join(', ')})` : `${root.kind} Op`;
  return { query: `${head} { ${root.name}${uses.length ? `(${uses.join(', ')})` : ''}${selection} }`, variables };
}

/** A session for a user, written straight to the database: no sign-in throttling, no hashing cost. */
export async function issueToken(db: { query(sql: string, params?: unknown[]): Promise<unknown> }, userId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [tokenHash(token), userId]);
  return token;
}

/** True when an error is the auth checker's refusal (not a sign-in that failed on its merits). */
export function isAuthRefusal(error: { extensions?: Record<string, unknown> }): boolean {
  const code = error.extensions?.code;
  const key = error.extensions?.messageKey;
  // Role refusals only: a row outside the caller's scope (auth.outOfScope, or a saved query of
  // someone else) is the data answering, not the permission table.
  return (code === 'FORBIDDEN' && key === 'auth.forbidden') || (code === 'UNAUTHENTICATED' && (key === 'auth.required' || key === 'auth.sessionExpired'));
}
