import { AppException } from '@liandong/errors';
import { findInWorkbook, isBlankRow, SheetReading } from '@liandong/spreadsheets';
import {
  matchDeputyHeader,
  MAX_ROWS_BEFORE_HEADER,
  MAX_DEPUTY_ROWS,
  DEPUTY_SHEET_COLUMNS,
  DeputySheetField,
  DeputySheetRow,
} from './deputy-sheet';

export interface DeputySheet {
  /** Template field → 1-based column number. */
  columns: Map<DeputySheetField, number>;
  rows: DeputySheetRow[];
}

const HEADERS = DEPUTY_SHEET_COLUMNS.map((column) => column.header).join('、');

/** The roster sheet when this worksheet's header is the template's, or null; 'too-many' past the limit. */
async function readWorksheet(worksheet: SheetReading): Promise<DeputySheet | 'too-many' | null> {
  let columns: Map<DeputySheetField, number> | null = null;
  let rowsBeforeHeader = 0;
  const rows: DeputySheetRow[] = [];
  for await (const row of worksheet.rows) {
    if (isBlankRow(row.cells)) {
      continue;
    }
    if (columns === null) {
      if (rowsBeforeHeader === MAX_ROWS_BEFORE_HEADER) {
        return null;
      }
      columns = matchDeputyHeader(row.cells);
      rowsBeforeHeader += 1;
      continue;
    }
    if (rows.length === MAX_DEPUTY_ROWS) {
      return 'too-many';
    }
    const cells: DeputySheetRow['cells'] = {};
    for (const [field, column] of columns) {
      cells[field] = row.cells[column] ?? '';
    }
    rows.push({ rowNumber: row.number, cells });
  }
  return columns ? { columns, rows } : null;
}

/**
 * Streams an .xlsx (already checked to be a sound one) and returns its roster sheet: the first worksheet
 * whose header is the template's. Refuses a workbook without one, an empty sheet and too many rows.
 */
export async function readDeputySheet(path: string): Promise<DeputySheet> {
  const found = await findInWorkbook(path, readWorksheet);
  if (found === null) {
    throw AppException.badInput('file', 'NOT_DEPUTIES_TEMPLATE', {
      zh: `不是代表名册导入模板:表头须为 ${HEADERS}(请下载模板填写)`,
      en: `Not the deputies template: the header must be ${HEADERS} (download it from GET /templates/deputies.xlsx).`,
    });
  }
  if (found === 'too-many') {
    throw AppException.badInput('file', 'TOO_MANY_ROWS', {
      zh: `每次最多导入 ${MAX_DEPUTY_ROWS} 名代表,请分批导入`,
      en: `At most ${MAX_DEPUTY_ROWS} rows an import: split the sheet.`,
    });
  }
  if (found.rows.length === 0) {
    throw AppException.badInput('file', 'NO_DEPUTIES_IN_SHEET', {
      zh: '模板中没有填写代表',
      en: 'The sheet has no deputies.',
    });
  }
  return found;
}
