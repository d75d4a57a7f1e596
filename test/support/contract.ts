import { randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { GraphqlClient, GraphqlResponse } from '@liandong/testing';

/** The `extensions.code` values the contract allows. */
export const CONTRACT_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
  // Repeated failed sign-ins are throttled (the security issue): the one code beyond the contract's list.
  'TOO_MANY_REQUESTS',
];

/** Either refusal the contract allows for something outside the caller's view. */
export const HIDDEN = ['NOT_FOUND', 'FORBIDDEN'];

export type GraphqlError = NonNullable<GraphqlResponse['errors']>[number];

/** Words that only appear when an internal error leaks to the client (driver, ORM, runtime). */
const INTERNAL_WORDS =
  /QueryFailedError|invalid input syntax|violates|SELECT |INSERT |UPDATE |TypeError|ReferenceError|Cannot read prop|undefined is not|\bat \S+ \(.*:\d+:\d+\)/;

/**
 * Every error of a response follows the contract: a known `extensions.code`, never a stack trace,
 * a message a person can read (a sentence, not a code or a dump), and a correlation id on internal errors.
 */
export function expectWellFormedErrors(result: GraphqlResponse<unknown>): void {
  for (const error of result.errors ?? []) {
    const extensions = error.extensions ?? {};
    expect(CONTRACT_CODES).toContain(extensions['code']);
    expect(extensions).not.toHaveProperty('stacktrace');
    expect(extensions).not.toHaveProperty('exception');
    expect(JSON.stringify(error)).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
    expectSentence(error.message);
    expect(error.message).not.toMatch(INTERNAL_WORDS);
    if (extensions['code'] === 'INTERNAL_SERVER_ERROR') {
      expect(extensions['correlationId']).toEqual(expect.any(String));
    }
  }
}

/** A message is a sentence: non-empty text with words in it, not just an error code. */
export function expectSentence(message: unknown): void {
  expect(typeof message).toBe('string');
  const text = String(message).trim();
  expect(text.length).toBeGreaterThanOrEqual(8);
  expect(text).toMatch(/[\p{Script=Han}]|[A-Za-z]{2,}\s+[A-Za-z]{2,}/u);
  expect(text).not.toMatch(/^[A-Z_]+$/);
}

/**
 * The request was refused with one of `codes`: no data for the operation, every error well formed.
 * Returns the first error for further checks.
 */
export function expectRefused(result: GraphqlResponse<unknown>, codes: string | string[]): GraphqlError {
  const allowed = Array.isArray(codes) ? codes : [codes];
  expect(result.errors?.length ?? 0).toBeGreaterThan(0);
  const [first] = result.errors as GraphqlError[];
  expect(allowed).toContain(first?.extensions?.['code']);
  expectWellFormedErrors(result);
  const data = result.data as Record<string, unknown> | null | undefined;
  for (const value of Object.values(data ?? {})) {
    expect(value).toBeNull();
  }
  return first;
}

/** Runs a request that must be refused with one of `codes`. */
export async function refused(
  client: GraphqlClient,
  query: string,
  variables: Record<string, unknown>,
  codes: string | string[],
): Promise<GraphqlError & { raw: string }> {
  const result = await client.request(query, variables);
  const error = expectRefused(result, codes);
  return Object.assign(error, { raw: JSON.stringify(result) });
}

/** The fields a BAD_USER_INPUT error names in `extensions.fields`. */
export function fieldsOf(error: GraphqlError): string[] {
  const fields = (error.extensions?.['fields'] ?? []) as Array<{ field: string; message: string }>;
  return fields.map((f) => f.field);
}

/** A valid-looking id that names nothing. */
export function unknownId(): string {
  return randomUUID();
}

/**
 * Adds an account with `role` to a tenant (the demo seed only makes COORDINATOR, DEPARTMENT and one ADMIN),
 * sharing the demo password; returns its username.
 */
export async function createAccount(
  dataSource: DataSource,
  tenantCode: string,
  role: 'MEMBER' | 'VIEWER' | 'ADMIN' | 'COORDINATOR',
): Promise<string> {
  const username = `${tenantCode}-${role.toLowerCase()}-${randomInt(1e9)}`;
  const inserted = (await dataSource.query(
    `INSERT INTO account (username, display_name, password_hash, tenant_id, tenant_path, roles, department_id)
     SELECT $1, $2, a.password_hash, t.id, t.path, $3::text[], NULL
       FROM tenant t JOIN account a ON a.username = t.code
      WHERE t.code = $4
     RETURNING id`,
    [username, `测试${role}`, [role], tenantCode],
  )) as unknown[];
  if (inserted.length !== 1) {
    throw new Error(`no tenant ${tenantCode} to add a ${role} to`);
  }
  return username;
}

export async function countRows(
  dataSource: DataSource,
  sql: string,
  params: unknown[] = [],
): Promise<number> {
  const [row] = (await dataSource.query(
    `SELECT count(*)::int AS n FROM (${sql}) AS counted`,
    params,
  )) as Array<{ n: number }>;
  return row?.n ?? 0;
}
