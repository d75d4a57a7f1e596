import { AppException, ErrorCode, RowProblem, Said } from '@liandong/errors';
import { columnLetters, isBlankRow, normalizeHeader } from './sheet-cells';
import { findInWorkbook, SheetReading } from './workbook-reader';

/** A data row of a filled-in template: its spreadsheet row number and its cells by template field. */
export interface TemplateSheetRow<F extends string> {
  rowNumber: number;
  cells: Partial<Record<F, string>>;
}

export interface TemplateSheet<F extends string> {
  /** Template field → 1-based column number. */
  columns: Map<F, number>;
  rows: TemplateSheetRow<F>[];
}

/** A refusal of a whole file: its reason code and what the user reads. */
export interface SheetRefusal {
  reason: string;
  said: Said;
}

/** One import template: how its header is recognised, how many rows it takes, and its refusals. */
export interface TemplateSheetSpec<F extends string> {
  matchHeader(cells: readonly string[]): Map<F, number> | null;
  /** Non-blank rows (a title, a note) that may stand above the header. */
  maxRowsBeforeHeader: number;
  maxRows: number;
  notTemplate: SheetRefusal;
  tooMany: SheetRefusal;
  empty: SheetRefusal;
}

async function readWorksheet<F extends string>(
  worksheet: SheetReading,
  spec: TemplateSheetSpec<F>,
): Promise<TemplateSheet<F> | 'too-many' | null> {
  let columns: Map<F, number> | null = null;
  let rowsBeforeHeader = 0;
  const rows: TemplateSheetRow<F>[] = [];
  for await (const row of worksheet.rows) {
    if (isBlankRow(row.cells)) {
      continue;
    }
    if (columns === null) {
      if (rowsBeforeHeader === spec.maxRowsBeforeHeader) {
        return null;
      }
      columns = spec.matchHeader(row.cells);
      rowsBeforeHeader += 1;
      continue;
    }
    if (rows.length === spec.maxRows) {
      return 'too-many';
    }
    const cells: Partial<Record<F, string>> = {};
    for (const [field, column] of columns) {
      cells[field] = row.cells[column] ?? '';
    }
    rows.push({ rowNumber: row.number, cells });
  }
  return columns ? { columns, rows } : null;
}

/**
 * Streams an .xlsx (already checked to be a sound one) and returns the first worksheet whose header is the
 * template's. Refuses, naming `file`, a workbook without one, more rows than one import takes, and an
 * empty sheet: every roster, unit and account import reads its file this one way.
 */
export async function readTemplateSheet<F extends string>(
  path: string,
  spec: TemplateSheetSpec<F>,
): Promise<TemplateSheet<F>> {
  const found = await findInWorkbook(path, (worksheet) => readWorksheet(worksheet, spec));
  if (found === null) {
    throw AppException.badInput('file', spec.notTemplate.reason, spec.notTemplate.said);
  }
  if (found === 'too-many') {
    throw AppException.badInput('file', spec.tooMany.reason, spec.tooMany.said);
  }
  if (found.rows.length === 0) {
    throw AppException.badInput('file', spec.empty.reason, spec.empty.said);
  }
  return found;
}

/** A template column: the field it fills and the header a person reads. */
export interface TemplateColumn<F extends string> {
  field: F;
  header: string;
}

/** Where each template column sits (1-based) in a row that is the header, or null when it is not. */
export function matchTemplateHeader<F extends string>(
  template: readonly TemplateColumn<F>[],
  cells: readonly string[],
): Map<F, number> | null {
  const wanted = new Map(template.map((column) => [normalizeHeader(column.header), column.field]));
  const columns = new Map<F, number>();
  for (const [index, text] of cells.entries()) {
    const field = wanted.get(normalizeHeader(text ?? ''));
    if (field === undefined) {
      continue;
    }
    if (columns.has(field)) {
      return null;
    }
    columns.set(field, index);
  }
  return columns.size === template.length ? columns : null;
}

/** A bad cell, the way a person finds it: row number, Chinese column header and cell, with field and reason. */
export interface SheetCellProblem extends RowProblem {
  row: number;
  column: string;
  cell: string;
}

/** Names each problem by the cell it came from, in sheet order (rows, then the template's columns). */
export function sheetCellProblems<F extends string>(
  template: readonly TemplateColumn<F>[],
  rows: readonly { rowNumber: number }[],
  columns: ReadonlyMap<F, number>,
  problems: readonly RowProblem[],
): SheetCellProblem[] {
  const order = new Map<string, number>(template.map((column, position) => [column.field, position]));
  const byField = new Map<string, TemplateColumn<F>>(template.map((column) => [column.field, column]));
  return [...problems]
    .sort((a, b) => a.index - b.index || (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0))
    .map(({ index, field, reason, zh, en }): SheetCellProblem => {
      const rowNumber = rows[index]?.rowNumber ?? index + 2;
      const column = byField.get(field);
      return {
        index,
        row: rowNumber,
        column: column?.header ?? field,
        cell: `${columnLetters(column ? (columns.get(column.field) ?? 0) : 0)}${rowNumber}`,
        field,
        reason,
        zh,
        en,
      };
    });
}

/**
 * An import refused whole: every bad cell, the first few in the sentence. `nothing` says what was not
 * imported, e.g. { zh: '代表', en: 'deputy' }.
 */
export function sheetImportRefusal(problems: readonly SheetCellProblem[], nothing: Said): AppException {
  const listed = (pick: (problem: SheetCellProblem) => string, separator: string): string =>
    problems.slice(0, 5).map(pick).join(separator) +
    (problems.length > 5 ? ` …(+${problems.length - 5})` : '');
  return new AppException(
    ErrorCode.BAD_USER_INPUT,
    'INVALID_ROWS',
    {
      zh: `${problems.length} 处错误,未导入任何${nothing.zh} — ${listed((p) => `第 ${p.row} 行「${p.column}」${p.zh}`, ';')}`,
      en: `${problems.length} problem(s), no ${nothing.en} was imported — ${listed((p) => `row ${p.row} ${p.field}: ${p.en}`, '; ')}`,
    },
    { rows: problems.map((problem) => ({ ...problem, message: `${problem.zh} / ${problem.en}` })) },
  );
}
