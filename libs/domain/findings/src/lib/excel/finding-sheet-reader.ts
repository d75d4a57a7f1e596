import { setTimeout as sleep } from 'node:timers/promises';
import { stream } from 'exceljs';
import { AppException } from '@liandong/errors';
import {
  cellText,
  FINDING_SHEET_COLUMNS,
  FindingSheetField,
  isBlankRow,
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

type WorksheetReader = AsyncIterable<{ number: number; values: unknown }> & { name?: string };

const HEADERS = FINDING_SHEET_COLUMNS.map((column) => column.header).join('、');

/** `cells[n]` is the text of column n (1-based), as the header matcher expects. */
function rowTexts(values: unknown): string[] {
  const texts: string[] = [''];
  if (Array.isArray(values)) {
    values.forEach((value: unknown, column) => {
      texts[column] = cellText(value);
    });
  } else if (values && typeof values === 'object') {
    for (const [column, value] of Object.entries(values)) {
      texts[Number(column)] = cellText(value);
    }
  }
  return texts;
}

/**
 * Reads one worksheet row by row. It is the findings sheet when its header (in the first few non-blank
 * rows) is the template's; its data rows are kept up to the import limit, and the rest of the sheet is
 * still read through so the parser finishes and cleans up after itself.
 */
async function readWorksheet(
  worksheet: WorksheetReader,
): Promise<FindingSheet | 'not-template' | 'too-many'> {
  let columns: Map<FindingSheetField, number> | null = null;
  let rowsBeforeHeader = 0;
  let tooMany = false;
  const rows: SheetRow[] = [];
  for await (const row of worksheet) {
    if (tooMany || (columns === null && rowsBeforeHeader >= MAX_ROWS_BEFORE_HEADER)) {
      continue;
    }
    const texts = rowTexts(row.values);
    if (isBlankRow(texts)) {
      continue;
    }
    if (columns === null) {
      columns = matchHeader(texts);
      rowsBeforeHeader += 1;
      continue;
    }
    if (rows.length === MAX_IMPORT_ROWS) {
      tooMany = true;
      continue;
    }
    const cells: SheetRow['cells'] = {};
    for (const [field, column] of columns) {
      cells[field] = texts[column] ?? '';
    }
    rows.push({ rowNumber: row.number, cells });
  }
  if (tooMany) {
    return 'too-many';
  }
  return columns ? { sheetName: worksheet.name ?? '', columns, rows } : 'not-template';
}

/** Reads a worksheet through unread: the findings sheet has been found already. */
async function drain(worksheet: WorksheetReader): Promise<void> {
  const rows = worksheet[Symbol.asyncIterator]();
  while (!(await rows.next()).done) {
    // nothing to keep
  }
}

const UNREADABLE =
  '文件已损坏或不是有效的 Excel 工作簿,请用 Excel 或 WPS 另存为 .xlsx 后再导入 / the workbook cannot be read: save it again as .xlsx.';
/** Reading 10,000 rows takes well under a second; a parse still going after this is stuck on a bad file. */
const READ_TIMEOUT_MS = 60_000;

/**
 * Streams an .xlsx (already checked to be a sound one) and returns its findings sheet: the first worksheet
 * whose header is the template's. Refuses a workbook without one, an empty sheet, more rows than one
 * import takes, and a file the parser cannot read or does not finish reading.
 */
export async function readFindingSheet(path: string, timeoutMs = READ_TIMEOUT_MS): Promise<FindingSheet> {
  const timer = new AbortController();
  try {
    return await Promise.race([
      readWorkbook(path),
      sleep(timeoutMs, undefined, { signal: timer.signal }).then(() => {
        throw AppException.badInput('file', UNREADABLE);
      }),
    ]);
  } finally {
    timer.abort();
  }
}

async function readWorkbook(path: string): Promise<FindingSheet> {
  const reader = new stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let found: FindingSheet | 'too-many' | null = null;
  let sheets = 0;
  try {
    for await (const worksheet of reader) {
      sheets += 1;
      const sheet = worksheet as unknown as WorksheetReader;
      if (found !== null) {
        await drain(sheet);
        continue;
      }
      const result = await readWorksheet(sheet);
      if (result !== 'not-template') {
        found = result;
      }
    }
  } catch (error) {
    if (error instanceof AppException) {
      throw error;
    }
    throw AppException.badInput('file', UNREADABLE);
  }
  if (sheets === 0) {
    throw AppException.badInput('file', '工作簿中没有工作表 / the workbook has no sheet.');
  }
  if (found === null) {
    throw AppException.badInput(
      'file',
      `不是问题导入模板 / not the findings template: 表头须为 ${HEADERS}(请下载模板填写 / download the template from GET /templates/findings.xlsx).`,
    );
  }
  if (found === 'too-many') {
    throw AppException.badInput(
      'file',
      `每次最多导入 ${MAX_IMPORT_ROWS} 行,请分批导入 / at most ${MAX_IMPORT_ROWS} rows an import: split the sheet.`,
    );
  }
  if (found.rows.length === 0) {
    throw AppException.badInput('file', '模板中没有填写问题 / the sheet has no findings.');
  }
  return found;
}
