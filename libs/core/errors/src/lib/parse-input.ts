import { z } from 'zod';
import { AppException, FieldProblem } from './app.exception';

/** Turns zod issues into the fields a client can point at, e.g. `unifications.policy.checklist.1.code`. */
export function toFieldProblems(error: z.ZodError, prefix?: string): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter((part) => part !== undefined && part !== '').join('.'),
    message: issue.message,
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Ids are UUIDs; anything else is the client's mistake, named, not a database error. */
export function parseId(value: string, field = 'id'): string {
  if (!isUuid(value)) {
    throw AppException.badInput(
      field,
      `不是有效的编号 / not a valid id: ${JSON.stringify(value).slice(0, 60)}`,
    );
  }
  return value.toLowerCase();
}

export function parseIds(values: readonly string[], field: string): string[] {
  const bad = values
    .map((value, index) => ({ value, index }))
    .filter(({ value }) => !isUuid(value))
    .map(({ value, index }) => ({
      field: `${field}.${index}`,
      message: `不是有效的编号 / not a valid id: ${JSON.stringify(value).slice(0, 60)}`,
    }));
  if (bad.length > 0) {
    throw AppException.badFields(bad);
  }
  return values.map((value) => value.toLowerCase());
}
