import { AppException, Said } from '@liandong/errors';
import { isBlankRow } from './sheet-cells';
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
