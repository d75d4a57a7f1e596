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
  'fragment CurrentUser on User {\n  id\n  username\n  displayName\n  roles\n  tenant {\n    id\n    code\n    name\n    level\n  }\n}\n\nfragment SessionTokens on AuthPayload {\n  accessToken\n  expiresAt\n  refreshToken\n  refreshTokenExpiresAt\n  user {\n    ...CurrentUser\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    ...SessionTokens\n  }\n}\n\nmutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...SessionTokens\n  }\n}\n\nmutation Logout {\n  logout\n}': typeof types.CurrentUserFragmentDoc;
  'fragment Figures on ProgressRow {\n  projects\n  findings\n  handedOver\n  closed\n  overdue\n  closureRate\n  handoffs\n  handoffsClosed\n}\n\nquery DashboardTotals($scopeTenantId: ID) {\n  progress(scopeTenantId: $scopeTenantId) {\n    ...Figures\n  }\n}\n\nquery ScopeTenant($id: ID!) {\n  tenant(id: $id) {\n    id\n    name\n    level\n    parent {\n      id\n      name\n      level\n      parent {\n        id\n        name\n        level\n      }\n    }\n  }\n}\n\nquery DashboardBreakdown($scopeTenantId: ID) {\n  byProject: progress(scopeTenantId: $scopeTenantId, groupBy: [PROJECT]) {\n    project {\n      id\n      title\n    }\n    ...Figures\n  }\n  byLevel: progress(scopeTenantId: $scopeTenantId, groupBy: [LEVEL]) {\n    level\n    findings\n  }\n  byStatus: progress(scopeTenantId: $scopeTenantId, groupBy: [STATUS]) {\n    status\n    findings\n  }\n  byTenant: progress(scopeTenantId: $scopeTenantId, groupBy: [TENANT]) {\n    tenant {\n      id\n      code\n      name\n      level\n    }\n    ...Figures\n  }\n  byProjectAndTenant: progress(\n    scopeTenantId: $scopeTenantId\n    groupBy: [PROJECT, TENANT]\n  ) {\n    project {\n      id\n    }\n    tenant {\n      id\n    }\n    findings\n    handedOver\n    closed\n  }\n  byDepartment: progress(scopeTenantId: $scopeTenantId, groupBy: [DEPARTMENT]) {\n    department {\n      id\n      name\n      tenant {\n        name\n      }\n    }\n    ...Figures\n  }\n}\n\nquery DashboardByMonth($scopeTenantId: ID) {\n  progressByMonth(scopeTenantId: $scopeTenantId) {\n    month\n    reported\n    handedOver\n    closed\n  }\n}': typeof types.FiguresFragmentDoc;
};
const documents: Documents = {
  'fragment CurrentUser on User {\n  id\n  username\n  displayName\n  roles\n  tenant {\n    id\n    code\n    name\n    level\n  }\n}\n\nfragment SessionTokens on AuthPayload {\n  accessToken\n  expiresAt\n  refreshToken\n  refreshTokenExpiresAt\n  user {\n    ...CurrentUser\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    ...SessionTokens\n  }\n}\n\nmutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...SessionTokens\n  }\n}\n\nmutation Logout {\n  logout\n}':
    types.CurrentUserFragmentDoc,
  'fragment Figures on ProgressRow {\n  projects\n  findings\n  handedOver\n  closed\n  overdue\n  closureRate\n  handoffs\n  handoffsClosed\n}\n\nquery DashboardTotals($scopeTenantId: ID) {\n  progress(scopeTenantId: $scopeTenantId) {\n    ...Figures\n  }\n}\n\nquery ScopeTenant($id: ID!) {\n  tenant(id: $id) {\n    id\n    name\n    level\n    parent {\n      id\n      name\n      level\n      parent {\n        id\n        name\n        level\n      }\n    }\n  }\n}\n\nquery DashboardBreakdown($scopeTenantId: ID) {\n  byProject: progress(scopeTenantId: $scopeTenantId, groupBy: [PROJECT]) {\n    project {\n      id\n      title\n    }\n    ...Figures\n  }\n  byLevel: progress(scopeTenantId: $scopeTenantId, groupBy: [LEVEL]) {\n    level\n    findings\n  }\n  byStatus: progress(scopeTenantId: $scopeTenantId, groupBy: [STATUS]) {\n    status\n    findings\n  }\n  byTenant: progress(scopeTenantId: $scopeTenantId, groupBy: [TENANT]) {\n    tenant {\n      id\n      code\n      name\n      level\n    }\n    ...Figures\n  }\n  byProjectAndTenant: progress(\n    scopeTenantId: $scopeTenantId\n    groupBy: [PROJECT, TENANT]\n  ) {\n    project {\n      id\n    }\n    tenant {\n      id\n    }\n    findings\n    handedOver\n    closed\n  }\n  byDepartment: progress(scopeTenantId: $scopeTenantId, groupBy: [DEPARTMENT]) {\n    department {\n      id\n      name\n      tenant {\n        name\n      }\n    }\n    ...Figures\n  }\n}\n\nquery DashboardByMonth($scopeTenantId: ID) {\n  progressByMonth(scopeTenantId: $scopeTenantId) {\n    month\n    reported\n    handedOver\n    closed\n  }\n}':
    types.FiguresFragmentDoc,
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
export function graphql(
  source: 'fragment CurrentUser on User {\n  id\n  username\n  displayName\n  roles\n  tenant {\n    id\n    code\n    name\n    level\n  }\n}\n\nfragment SessionTokens on AuthPayload {\n  accessToken\n  expiresAt\n  refreshToken\n  refreshTokenExpiresAt\n  user {\n    ...CurrentUser\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    ...SessionTokens\n  }\n}\n\nmutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...SessionTokens\n  }\n}\n\nmutation Logout {\n  logout\n}',
): (typeof documents)['fragment CurrentUser on User {\n  id\n  username\n  displayName\n  roles\n  tenant {\n    id\n    code\n    name\n    level\n  }\n}\n\nfragment SessionTokens on AuthPayload {\n  accessToken\n  expiresAt\n  refreshToken\n  refreshTokenExpiresAt\n  user {\n    ...CurrentUser\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    ...SessionTokens\n  }\n}\n\nmutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...SessionTokens\n  }\n}\n\nmutation Logout {\n  logout\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment Figures on ProgressRow {\n  projects\n  findings\n  handedOver\n  closed\n  overdue\n  closureRate\n  handoffs\n  handoffsClosed\n}\n\nquery DashboardTotals($scopeTenantId: ID) {\n  progress(scopeTenantId: $scopeTenantId) {\n    ...Figures\n  }\n}\n\nquery ScopeTenant($id: ID!) {\n  tenant(id: $id) {\n    id\n    name\n    level\n    parent {\n      id\n      name\n      level\n      parent {\n        id\n        name\n        level\n      }\n    }\n  }\n}\n\nquery DashboardBreakdown($scopeTenantId: ID) {\n  byProject: progress(scopeTenantId: $scopeTenantId, groupBy: [PROJECT]) {\n    project {\n      id\n      title\n    }\n    ...Figures\n  }\n  byLevel: progress(scopeTenantId: $scopeTenantId, groupBy: [LEVEL]) {\n    level\n    findings\n  }\n  byStatus: progress(scopeTenantId: $scopeTenantId, groupBy: [STATUS]) {\n    status\n    findings\n  }\n  byTenant: progress(scopeTenantId: $scopeTenantId, groupBy: [TENANT]) {\n    tenant {\n      id\n      code\n      name\n      level\n    }\n    ...Figures\n  }\n  byProjectAndTenant: progress(\n    scopeTenantId: $scopeTenantId\n    groupBy: [PROJECT, TENANT]\n  ) {\n    project {\n      id\n    }\n    tenant {\n      id\n    }\n    findings\n    handedOver\n    closed\n  }\n  byDepartment: progress(scopeTenantId: $scopeTenantId, groupBy: [DEPARTMENT]) {\n    department {\n      id\n      name\n      tenant {\n        name\n      }\n    }\n    ...Figures\n  }\n}\n\nquery DashboardByMonth($scopeTenantId: ID) {\n  progressByMonth(scopeTenantId: $scopeTenantId) {\n    month\n    reported\n    handedOver\n    closed\n  }\n}',
): (typeof documents)['fragment Figures on ProgressRow {\n  projects\n  findings\n  handedOver\n  closed\n  overdue\n  closureRate\n  handoffs\n  handoffsClosed\n}\n\nquery DashboardTotals($scopeTenantId: ID) {\n  progress(scopeTenantId: $scopeTenantId) {\n    ...Figures\n  }\n}\n\nquery ScopeTenant($id: ID!) {\n  tenant(id: $id) {\n    id\n    name\n    level\n    parent {\n      id\n      name\n      level\n      parent {\n        id\n        name\n        level\n      }\n    }\n  }\n}\n\nquery DashboardBreakdown($scopeTenantId: ID) {\n  byProject: progress(scopeTenantId: $scopeTenantId, groupBy: [PROJECT]) {\n    project {\n      id\n      title\n    }\n    ...Figures\n  }\n  byLevel: progress(scopeTenantId: $scopeTenantId, groupBy: [LEVEL]) {\n    level\n    findings\n  }\n  byStatus: progress(scopeTenantId: $scopeTenantId, groupBy: [STATUS]) {\n    status\n    findings\n  }\n  byTenant: progress(scopeTenantId: $scopeTenantId, groupBy: [TENANT]) {\n    tenant {\n      id\n      code\n      name\n      level\n    }\n    ...Figures\n  }\n  byProjectAndTenant: progress(\n    scopeTenantId: $scopeTenantId\n    groupBy: [PROJECT, TENANT]\n  ) {\n    project {\n      id\n    }\n    tenant {\n      id\n    }\n    findings\n    handedOver\n    closed\n  }\n  byDepartment: progress(scopeTenantId: $scopeTenantId, groupBy: [DEPARTMENT]) {\n    department {\n      id\n      name\n      tenant {\n        name\n      }\n    }\n    ...Figures\n  }\n}\n\nquery DashboardByMonth($scopeTenantId: ID) {\n  progressByMonth(scopeTenantId: $scopeTenantId) {\n    month\n    reported\n    handedOver\n    closed\n  }\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
