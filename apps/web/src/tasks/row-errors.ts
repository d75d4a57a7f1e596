import { chineseHalf } from '../common/chinese';
import type { CombinedError } from 'urql';
import type { PasteField } from './paste-rows';

export interface ApiRowError {
  index: number;
  field: PasteField | null;
  message: string;
}

/** The API names FindingInput fields; the preview names its own columns. */
const FIELD_OF_INPUT: Record<string, PasteField> = {
  title: 'title',
  description: 'description',
  method: 'method',
  checklistCode: 'checklistCode',
  category: 'category',
  severity: 'severity',
  location: 'location',
  departmentId: 'department',
};

/**
 * The bad rows a refused submitFindings names in `extensions.rows: [{ index, field, message }]`, with the
 * Chinese half of each message; empty when the error is not about rows.
 */
export function apiRowErrors(error: CombinedError | undefined): ApiRowError[] {
  const rows = error?.graphQLErrors[0]?.extensions['rows'];
  if (!Array.isArray(rows)) {
    return [];
  }
  return rows.flatMap((row: unknown): ApiRowError[] => {
    if (typeof row !== 'object' || row === null) {
      return [];
    }
    const { index, field, message } = row as Record<string, unknown>;
    if (typeof index !== 'number' || typeof message !== 'string') {
      return [];
    }
    return [
      {
        index,
        field: typeof field === 'string' ? (FIELD_OF_INPUT[field] ?? null) : null,
        message: chineseHalf(message),
      },
    ];
  });
}
