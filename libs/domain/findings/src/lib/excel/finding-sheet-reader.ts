import { AppException } from '@liandong/errors';
import { findInWorkbook, isBlankRow, SheetReading } from '@liandong/spreadsheets';
import {
  FINDING_SHEET_COLUMNS,
  FindingSheetField,
  matchHeader,
  MAX_IMPORT_ROWS,
  MAX_ROWS_BEFORE_HEADER,
  SheetRow,
} from './finding-sheet';

export interface FindingSheet {
  sheetName: string;
  /** Template field → 1-based column number. */
  columns: Map<FindingSheetField, number>;
  rows: SheetRow[];
}

const HEADERS = FINDING_SHEET_COLUMNS.map((column) => column.header).join('、');

/**
 * The findings sheet when this worksheet's header (in its first few non-blank rows) is the template's, with
 * its data rows up to the import limit; null when it is not the template.
 */
async function readWorksheet(worksheet: SheetReading): Promise<FindingSheet | 'too-many' | null> {
  let columns: Map<FindingSheetField, number> | null = null;
  let rowsBeforeHeader = 0;
  const rows: SheetRow[] = [];
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
    const cells: SheetRow['cells'] = {};
    for (const [field, column] of columns) {
      cells[field] = row.cells[column] ?? '';
    }
    rows.push({ rowNumber: row.number, cells });
  }
  return columns ? { sheetName: worksheet.name, columns, rows } : null;
}

/**
 * Streams an .xlsx (already checked to be a sound one) and returns its findings sheet: the first worksheet
 * whose header is the template's. Refuses a workbook without one, an empty sheet, more rows than one
 * import takes, and (through the spreadsheet module) a file the parser cannot read or does not finish.
 */
export async function readFindingSheet(path: string, timeoutMs?: number): Promise<FindingSheet> {
  const found = await findInWorkbook(path, readWorksheet, timeoutMs);
  if (found === null) {
    throw AppException.badInput('file', 'NOT_FINDINGS_TEMPLATE', {
      zh: `不是问题导入模板:表头须为 ${HEADERS}(请下载模板填写)`,
      en: `Not the findings template: the header must be ${HEADERS} (download the template from GET /templates/findings.xlsx).`,
    });
  }
  if (found === 'too-many') {
    throw AppException.badInput('file', 'TOO_MANY_ROWS', {
      zh: `每次最多导入 ${MAX_IMPORT_ROWS} 行,请分批导入`,
      en: `At most ${MAX_IMPORT_ROWS} rows an import: split the sheet.`,
    });
  }
  if (found.rows.length === 0) {
    throw AppException.badInput('file', 'NO_FINDINGS_IN_SHEET', {
      zh: '模板中没有填写问题',
      en: 'The sheet has no findings.',
    });
  }
  return found;
}
