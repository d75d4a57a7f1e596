import { problemText, refusalText } from '../common/refusal-text';

/** A bad cell of an imported spreadsheet, the way a person finds it: row number, column header, cell (C3). */
export interface ImportProblem {
  row: number;
  column: string;
  cell: string;
  /** What the console shows for the cell. */
  message: string;
}

export type ImportOutcome =
  { kind: 'imported'; count: number } | { kind: 'rejected'; message: string; problems: ImportProblem[] };

function problemOf(value: unknown): ImportProblem[] {
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  const problem = value as Record<string, unknown>;
  const { row, column, cell } = problem;
  if (typeof row !== 'number') {
    return [];
  }
  return [
    {
      row,
      column: typeof column === 'string' ? column : '',
      cell: typeof cell === 'string' ? cell : '',
      message: problemText(problem),
    },
  ];
}

/**
 * What POST /imports/findings answered: `{ imported }` when stored, or a refusal (`{ code, reason, zh, … }`)
 * whose body may list every bad cell in `rows` (nothing is stored then).
 */
export function importOutcome(ok: boolean, status: number, body: unknown): ImportOutcome {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  if (ok && typeof fields['imported'] === 'number') {
    return { kind: 'imported', count: fields['imported'] };
  }
  const problems = Array.isArray(fields['rows']) ? fields['rows'].flatMap(problemOf) : [];
  const message = refusalText(
    body,
    status === 401 ? '登录已失效,请重新登录' : `导入失败(${status}),请稍后重试`,
  );
  return { kind: 'rejected', message, problems };
}
