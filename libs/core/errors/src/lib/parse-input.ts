import { z } from 'zod';
import { AppException, FieldProblem } from './app.exception';
import { Said, splitSaid } from './said';

/**
 * A zod issue's reason: a refinement names its own (`params: { reason: 'DUPLICATE_CODE' }`); otherwise zod's
 * issue code, e.g. `too_small` → `FIELD_TOO_SMALL`.
 */
function fieldReason(issue: z.core.$ZodIssue): string {
  const named: unknown = issue.code === 'custom' ? issue.params?.['reason'] : undefined;
  return typeof named === 'string' ? named : `FIELD_${issue.code.toUpperCase()}`;
}

/** Turns zod issues into the fields a client can point at, e.g. `unifications.policy.checklist.1.code`. */
export function toFieldProblems(error: z.ZodError, prefix?: string): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter((part) => part !== undefined && part !== '').join('.'),
    reason: fieldReason(issue),
    ...splitSaid(issue.message),
  }));
}

/** Validates input at the edge; a failure is BAD_USER_INPUT naming every bad field. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, prefix?: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw AppException.badFields(toFieldProblems(result.error, prefix));
  }
  return result.data;
}

function notAnId(value: string): Said {
  return { zh: '不是有效的编号', en: `not a valid id: ${JSON.stringify(value).slice(0, 60)}` };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Ids are UUIDs; anything else is the client's mistake, named, not a database error. */
export function parseId(value: string, field = 'id'): string {
  if (!isUuid(value)) {
    throw AppException.badInput(field, 'INVALID_ID', notAnId(value));
  }
  return value.toLowerCase();
}

export function parseIds(values: readonly string[], field: string): string[] {
  const bad = values
    .map((value, index) => ({ value, index }))
    .filter(({ value }) => !isUuid(value))
    .map(({ value, index }) => ({
      field: `${field}.${index}`,
      reason: 'INVALID_ID',
      ...notAnId(value),
    }));
  if (bad.length > 0) {
    throw AppException.badFields(bad);
  }
  return values.map((value) => value.toLowerCase());
}
