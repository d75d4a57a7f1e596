import { AppException } from '@liandong/errors';
import { findInWorkbook, isBlankRow, SheetReading } from '@liandong/spreadsheets';
import {
  matchUnitHeader,
  MAX_ROWS_BEFORE_HEADER,
  MAX_UNIT_ROWS,
  UNIT_SHEET_COLUMNS,
  UnitSheetField,
  UnitSheetRow,
} from './unit-sheet';

export interface UnitSheet {
  /** Template field → 1-based column number. */
  columns: Map<UnitSheetField, number>;
  rows: UnitSheetRow[];
}

const HEADERS = UNIT_SHEET_COLUMNS.map((column) => column.header).join('、');

/** The units sheet when this worksheet's header is the template's, or null; 'too-many' past the limit. */
async function readWorksheet(worksheet: SheetReading): Promise<UnitSheet | 'too-many' | null> {
  let columns: Map<UnitSheetField, number> | null = null;
  let rowsBeforeHeader = 0;
  const rows: UnitSheetRow[] = [];
  for await (const row of worksheet.rows) {
    if (isBlankRow(row.cells)) {
      continue;
    }
    if (columns === null) {
      if (rowsBeforeHeader === MAX_ROWS_BEFORE_HEADER) {
        return null;
      }
      columns = matchUnitHeader(row.cells);
      rowsBeforeHeader += 1;
      continue;
    }
    if (rows.length === MAX_UNIT_ROWS) {
      return 'too-many';
    }
    const cells: UnitSheetRow['cells'] = {};
    for (const [field, column] of columns) {
      cells[field] = row.cells[column] ?? '';
    }
    rows.push({ rowNumber: row.number, cells });
  }
  return columns ? { columns, rows } : null;
}

/**
 * Streams an .xlsx (already checked to be a sound one) and returns its units sheet: the first worksheet
 * whose header is the template's. Refuses a workbook without one, an empty sheet and too many rows.
 */
export async function readUnitSheet(path: string): Promise<UnitSheet> {
  const found = await findInWorkbook(path, readWorksheet);
  if (found === null) {
    throw AppException.badInput('file', 'NOT_DEPARTMENTS_TEMPLATE', {
      zh: `不是承办单位导入模板:表头须为 ${HEADERS}(请下载模板填写)`,
      en: `Not the departments template: the header must be ${HEADERS} (download it from GET /templates/departments.xlsx).`,
    });
  }
  if (found === 'too-many') {
    throw AppException.badInput('file', 'TOO_MANY_ROWS', {
      zh: `每次最多导入 ${MAX_UNIT_ROWS} 个承办单位,请分批导入`,
      en: `At most ${MAX_UNIT_ROWS} rows an import: split the sheet.`,
    });
  }
  if (found.rows.length === 0) {
    throw AppException.badInput('file', 'NO_DEPARTMENTS_IN_SHEET', {
      zh: '模板中没有填写承办单位',
      en: 'The sheet has no departments.',
    });
  }
  return found;
}
