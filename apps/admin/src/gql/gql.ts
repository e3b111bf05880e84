/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout { logout }\n": typeof types.LogoutDocument,
    "\n  query PickOrganizations($search: String, $handles: Boolean) {\n    organizations(first: 30, filter: { search: $search, handlesSuggestions: $handles }) { nodes { id name } }\n  }\n": typeof types.PickOrganizationsDocument,
    "\n  query PickDeputies($search: String) {\n    deputies(first: 30, filter: { search: $search }) { nodes { id name workUnit position } }\n  }\n": typeof types.PickDeputiesDocument,
    "\n  query PickGroups {\n    groups { id name term { name congress { name } } }\n  }\n": typeof types.PickGroupsDocument,
    "\n  query SavedQueries {\n    savedQueries(first: 100) {\n      totalCount\n      nodes { id name description query variables shared mine ownerName version updatedAt }\n    }\n  }\n": typeof types.SavedQueriesDocument,
    "\n  query MyQueryRuns {\n    myQueryRuns(first: 50) { id at operationName query variables cost status errorCode }\n  }\n": typeof types.MyQueryRunsDocument,
    "\n  mutation CreateSavedQuery($input: SavedQueryInput!) { createSavedQuery(input: $input) { id name version } }\n": typeof types.CreateSavedQueryDocument,
    "\n  mutation UpdateSavedQuery($id: ID!, $input: UpdateSavedQueryInput!) { updateSavedQuery(id: $id, input: $input) { id name version } }\n": typeof types.UpdateSavedQueryDocument,
    "\n  mutation DeleteSavedQuery($id: ID!) { deleteSavedQuery(id: $id) }\n": typeof types.DeleteSavedQueryDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Users($first: Int, $after: String, $filter: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes { id username displayName role disabled scopeOrganizationId scopeDeputyId scopeGroupId lastLoginAt version }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName role disabled version scopeOrganizationId scopeDeputyId scopeGroupId } }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) }\n": typeof types.ResetPasswordDocument,
    "\n  mutation EndUserSessions($id: ID!) { endUserSessions(id: $id) }\n": typeof types.EndUserSessionsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout { logout }\n": types.LogoutDocument,
    "\n  query PickOrganizations($search: String, $handles: Boolean) {\n    organizations(first: 30, filter: { search: $search, handlesSuggestions: $handles }) { nodes { id name } }\n  }\n": types.PickOrganizationsDocument,
    "\n  query PickDeputies($search: String) {\n    deputies(first: 30, filter: { search: $search }) { nodes { id name workUnit position } }\n  }\n": types.PickDeputiesDocument,
    "\n  query PickGroups {\n    groups { id name term { name congress { name } } }\n  }\n": types.PickGroupsDocument,
    "\n  query SavedQueries {\n    savedQueries(first: 100) {\n      totalCount\n      nodes { id name description query variables shared mine ownerName version updatedAt }\n    }\n  }\n": types.SavedQueriesDocument,
    "\n  query MyQueryRuns {\n    myQueryRuns(first: 50) { id at operationName query variables cost status errorCode }\n  }\n": types.MyQueryRunsDocument,
    "\n  mutation CreateSavedQuery($input: SavedQueryInput!) { createSavedQuery(input: $input) { id name version } }\n": types.CreateSavedQueryDocument,
    "\n  mutation UpdateSavedQuery($id: ID!, $input: UpdateSavedQueryInput!) { updateSavedQuery(id: $id, input: $input) { id name version } }\n": types.UpdateSavedQueryDocument,
    "\n  mutation DeleteSavedQuery($id: ID!) { deleteSavedQuery(id: $id) }\n": types.DeleteSavedQueryDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query Users($first: Int, $after: String, $filter: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes { id username displayName role disabled scopeOrganizationId scopeDeputyId scopeGroupId lastLoginAt version }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName role disabled version scopeOrganizationId scopeDeputyId scopeGroupId } }\n": types.UpdateUserDocument,
    "\n  mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) }\n": types.ResetPasswordDocument,
    "\n  mutation EndUserSessions($id: ID!) { endUserSessions(id: $id) }\n": types.EndUserSessionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout { logout }\n"): (typeof documents)["\n  mutation Logout { logout }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickOrganizations($search: String, $handles: Boolean) {\n    organizations(first: 30, filter: { search: $search, handlesSuggestions: $handles }) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query PickOrganizations($search: String, $handles: Boolean) {\n    organizations(first: 30, filter: { search: $search, handlesSuggestions: $handles }) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickDeputies($search: String) {\n    deputies(first: 30, filter: { search: $search }) { nodes { id name workUnit position } }\n  }\n"): (typeof documents)["\n  query PickDeputies($search: String) {\n    deputies(first: 30, filter: { search: $search }) { nodes { id name workUnit position } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickGroups {\n    groups { id name term { name congress { name } } }\n  }\n"): (typeof documents)["\n  query PickGroups {\n    groups { id name term { name congress { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedQueries {\n    savedQueries(first: 100) {\n      totalCount\n      nodes { id name description query variables shared mine ownerName version updatedAt }\n    }\n  }\n"): (typeof documents)["\n  query SavedQueries {\n    savedQueries(first: 100) {\n      totalCount\n      nodes { id name description query variables shared mine ownerName version updatedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQueryRuns {\n    myQueryRuns(first: 50) { id at operationName query variables cost status errorCode }\n  }\n"): (typeof documents)["\n  query MyQueryRuns {\n    myQueryRuns(first: 50) { id at operationName query variables cost status errorCode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSavedQuery($input: SavedQueryInput!) { createSavedQuery(input: $input) { id name version } }\n"): (typeof documents)["\n  mutation CreateSavedQuery($input: SavedQueryInput!) { createSavedQuery(input: $input) { id name version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedQuery($id: ID!, $input: UpdateSavedQueryInput!) { updateSavedQuery(id: $id, input: $input) { id name version } }\n"): (typeof documents)["\n  mutation UpdateSavedQuery($id: ID!, $input: UpdateSavedQueryInput!) { updateSavedQuery(id: $id, input: $input) { id name version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedQuery($id: ID!) { deleteSavedQuery(id: $id) }\n"): (typeof documents)["\n  mutation DeleteSavedQuery($id: ID!) { deleteSavedQuery(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int, $after: String, $filter: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes { id username displayName role disabled scopeOrganizationId scopeDeputyId scopeGroupId lastLoginAt version }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int, $after: String, $filter: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes { id username displayName role disabled scopeOrganizationId scopeDeputyId scopeGroupId lastLoginAt version }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName role disabled version scopeOrganizationId scopeDeputyId scopeGroupId } }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName role disabled version scopeOrganizationId scopeDeputyId scopeGroupId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) }\n"): (typeof documents)["\n  mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndUserSessions($id: ID!) { endUserSessions(id: $id) }\n"): (typeof documents)["\n  mutation EndUserSessions($id: ID!) { endUserSessions(id: $id) }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;