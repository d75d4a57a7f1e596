import type { CombinedError } from 'urql';
import { problemText } from '../common/refusal-text';
import type { PasteField } from './paste-rows';

export interface ApiRowError {
  index: number;
  field: PasteField | null;
  /** What the console shows beside the cell or row. */
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
 * The bad rows a refused submitFindings names in `extensions.rows: [{ index, field, reason, zh, en }]`, each
 * with the console's text for it; empty when the error is not about rows.
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
    const problem = row as Record<string, unknown>;
    const { index, field } = problem;
    if (typeof index !== 'number') {
      return [];
    }
    return [
      {
        index,
        field: typeof field === 'string' ? (FIELD_OF_INPUT[field] ?? null) : null,
        message: problemText(problem),
      },
    ];
  });
}
