import { AppException } from '@liandong/errors';
import { findInWorkbook, isBlankRow, SheetReading } from '@liandong/spreadsheets';
import {
  ACCOUNT_SHEET_COLUMNS,
  AccountSheetField,
  AccountSheetRow,
  matchHeader,
  MAX_IMPORT_ROWS,
  MAX_ROWS_BEFORE_HEADER,
} from './account-sheet';

export interface AccountSheet {
  /** Template field → 1-based column number. */
  columns: Map<AccountSheetField, number>;
  rows: AccountSheetRow[];
}

const HEADERS = ACCOUNT_SHEET_COLUMNS.map((column) => column.header).join('、');

/** The accounts sheet when this worksheet's header (in its first few non-blank rows) is the template's. */
async function readWorksheet(worksheet: SheetReading): Promise<AccountSheet | 'too-many' | null> {
  let columns: Map<AccountSheetField, number> | null = null;
  let rowsBeforeHeader = 0;
  const rows: AccountSheetRow[] = [];
  for await (const row of worksheet.rows) {
    if (isBlankRow(row.cells)) {
      continue;
    }
    if (columns === null) {
      if (rowsBeforeHeader === MAX_ROWS_BEFORE_HEADER) {
        return null;
      }
      columns = matchHeader(row.cells);
      rowsBeforeHeader += 1;
      continue;
    }
    if (rows.length === MAX_IMPORT_ROWS) {
      return 'too-many';
    }
    const cells: AccountSheetRow['cells'] = {};
    for (const [field, column] of columns) {
      cells[field] = row.cells[column] ?? '';
    }
    rows.push({ rowNumber: row.number, cells });
  }
  return columns ? { columns, rows } : null;
}

/**
 * Streams an .xlsx (already checked to be a sound one) and returns its accounts sheet: the first worksheet
 * whose header is the template's. Refuses a workbook without one, an empty sheet, and more rows than one
 * import takes.
 */
export async function readAccountSheet(path: string): Promise<AccountSheet> {
  const found = await findInWorkbook(path, readWorksheet);
  if (found === null) {
    throw AppException.badInput('file', 'NOT_ACCOUNTS_TEMPLATE', {
      zh: `不是账号导入模板:表头须为 ${HEADERS}(请下载模板填写)`,
      en: `Not the accounts template: the header must be ${HEADERS} (download GET /templates/accounts.xlsx).`,
    });
  }
  if (found === 'too-many') {
    throw AppException.badInput('file', 'TOO_MANY_ROWS', {
      zh: `每次最多导入 ${MAX_IMPORT_ROWS} 个账号,请分批导入`,
      en: `At most ${MAX_IMPORT_ROWS} accounts an import: split the sheet.`,
    });
  }
  if (found.rows.length === 0) {
    throw AppException.badInput('file', 'NO_ACCOUNTS_IN_SHEET', {
      zh: '模板中没有填写账号',
      en: 'The sheet has no accounts.',
    });
  }
  return found;
}
