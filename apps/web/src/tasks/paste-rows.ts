import type { Severity } from '../graphql/generated/enums';
import type { FindingInput } from '../graphql/generated/graphql';
import { SEVERITY_LABEL } from '../common/labels';

/** The columns of a pasted list, in the order of the Excel template (问题导入模板). */
export const PASTE_COLUMNS = [
  { field: 'title', header: '问题标题', required: true },
  { field: 'description', header: '问题描述', required: false },
  { field: 'method', header: '监督方式', required: true },
  { field: 'checklistCode', header: '检查要点编码', required: false },
  { field: 'category', header: '问题类别', required: true },
  { field: 'severity', header: '严重程度', required: true },
  { field: 'location', header: '地点', required: false },
  { field: 'department', header: '责任单位', required: false },
] as const;

export type PasteField = (typeof PASTE_COLUMNS)[number]['field'];
export type PasteRow = Record<PasteField, string>;
export type RowErrors = Partial<Record<PasteField, string>>;

/** What the rows are checked against: the project's unified plan and the caller's departments. */
export interface PasteContext {
  methods: ReadonlyArray<{ code: string; name: string }>;
  checklistCodes: readonly string[];
  departments: ReadonlyArray<{ id: string; code: string; name: string }>;
}

export const MAX_PASTE_ROWS = 1_000;
const MAX_LENGTH: Partial<Record<PasteField, number>> = {
  title: 200,
  description: 5_000,
  category: 50,
  location: 200,
};

export function emptyRow(): PasteRow {
  return Object.fromEntries(PASTE_COLUMNS.map((column) => [column.field, ''])) as PasteRow;
}

/**
 * Splits what Excel puts on the clipboard: tab-separated cells, one line per row, and cells holding line
 * breaks or quotes wrapped in double quotes (with "" for a quote).
 */
export function splitClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const source = text.replace(/\r\n?/g, '\n');
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === '\t') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  row.push(cell);
  rows.push(row);
  return rows.filter((cells) => cells.some((value) => value.trim() !== ''));
}

function normalizeHeader(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/^\*+/, '');
}

/**
 * Where each column sits when `cells` is a header row (the template's headers, or their start, e.g.
 * 严重程度(一般/较重/严重), 责任单位编码), else null.
 */
function headerColumns(cells: readonly string[]): Map<PasteField, number> | null {
  const columns = new Map<PasteField, number>();
  cells.forEach((text, index) => {
    const normalized = normalizeHeader(text);
    const column = PASTE_COLUMNS.find((candidate) => normalized.startsWith(candidate.header));
    if (column && !columns.has(column.field)) {
      columns.set(column.field, index);
    }
  });
  return columns.has('title') ? columns : null;
}

/** Pasted text → rows; a header row is optional, without one the columns are in the template's order. */
export function parsePaste(text: string): PasteRow[] {
  const lines = splitClipboard(text);
  const header = lines[0] ? headerColumns(lines[0]) : null;
  const columns = header ?? new Map(PASTE_COLUMNS.map((column, index) => [column.field, index]));
  return (header ? lines.slice(1) : lines).map((cells) => {
    const row = emptyRow();
    for (const [field, index] of columns) {
      row[field] = (cells[index] ?? '').trim();
    }
    return row;
  });
}

const SEVERITY_BY_TEXT = new Map<string, Severity>(
  (Object.entries(SEVERITY_LABEL) as Array<[Severity, string]>).flatMap(([value, label]) => [
    [label, value],
    [value, value],
  ]),
);

export function severityOf(text: string): Severity | undefined {
  return SEVERITY_BY_TEXT.get(text.trim().toUpperCase()) ?? SEVERITY_BY_TEXT.get(text.trim());
}

function methodOf(text: string, context: PasteContext): string | undefined {
  const value = text.trim();
  return context.methods.find((method) => method.code === value || method.name === value)?.code;
}

function departmentOf(text: string, context: PasteContext): string | undefined {
  const value = text.trim();
  return context.departments.find(
    (department) => department.code === value.toLowerCase() || department.name === value,
  )?.id;
}

/** Every problem of one row, field by field, in Chinese: the same checks the API makes, before sending. */
export function validateRow(row: PasteRow, context: PasteContext): RowErrors {
  const errors: RowErrors = {};
  for (const column of PASTE_COLUMNS) {
    const value = row[column.field].trim();
    const max = MAX_LENGTH[column.field];
    if (column.required && !value) {
      errors[column.field] = `${column.header}不能为空`;
    } else if (max !== undefined && value.length > max) {
      errors[column.field] = `${column.header}不能超过 ${max} 字`;
    }
  }
  if (row.method.trim() && !methodOf(row.method, context)) {
    errors.method = `「${row.method}」不是本项目的监督方式`;
  }
  if (row.severity.trim() && !severityOf(row.severity)) {
    errors.severity = '严重程度应为 一般、较重 或 严重';
  }
  const checklistCode = row.checklistCode.trim();
  if (checklistCode && !context.checklistCodes.includes(checklistCode)) {
    errors.checklistCode = `「${checklistCode}」不在本项目的检查要点中`;
  }
  if (row.department.trim() && !departmentOf(row.department, context)) {
    errors.department = `「${row.department}」不是本单位的承办单位`;
  }
  return errors;
}

export function hasErrors(errors: RowErrors | undefined): boolean {
  return errors !== undefined && Object.keys(errors).length > 0;
}

/** A valid row as the API takes it (call only after validateRow found nothing). */
export function toFindingInput(row: PasteRow, context: PasteContext): FindingInput {
  return {
    title: row.title.trim(),
    description: row.description.trim(),
    method: methodOf(row.method, context) ?? row.method.trim(),
    checklistCode: row.checklistCode.trim() || null,
    category: row.category.trim(),
    severity: severityOf(row.severity) ?? 'NORMAL',
    location: row.location.trim() || null,
    departmentId: departmentOf(row.department, context) ?? null,
  };
}
