import type { CombinedError } from 'urql';
import { fieldErrors } from '../common/field-errors';
import type { FieldProblem } from './unifications-values';

// The API names fields as the client sent them (unifications.scheme.endsAt); the forms hold days instead.
const RENAMED: Record<string, string> = { startsAt: 'startsOn', endsAt: 'endsOn', dueAt: 'dueOn' };

/** The field a problem reported by the API belongs to in the form, or null when the form has no such field. */
export function formFieldName(apiField: string): FieldProblem['name'] {
  const parts = apiField
    .split('.')
    .filter((part) => part !== 'input' && part !== 'unifications')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : (RENAMED[part] ?? part)));
  // The legal basis is one textarea, one entry per line.
  const basis = parts.indexOf('legalBasis');
  return basis >= 0 ? parts.slice(0, basis + 1) : parts;
}

/** The API's field errors, each placed on the form field it concerns. */
export function fieldProblems(error: CombinedError | undefined): FieldProblem[] {
  return fieldErrors(error).map(({ field, message }) => ({ name: formFieldName(field), message }));
}
