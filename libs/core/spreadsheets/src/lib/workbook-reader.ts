import { setTimeout as sleep } from 'node:timers/promises';
import { stream } from 'exceljs';
import { AppException } from '@liandong/errors';
import { rowTexts } from './sheet-cells';
import { noSheet } from './xlsx-file';

/** A row as read: its spreadsheet row number and the text of each cell, `cells[n]` being column n (1-based). */
export interface WorksheetRow {
  number: number;
  cells: string[];
}

/** One worksheet, its rows streamed in order. */
export interface SheetReading {
  name: string;
  rows: AsyncIterable<WorksheetRow>;
}

type RawRow = { number: number; values: unknown };
type WorksheetReader = AsyncIterable<RawRow> & { name?: string };

/** Reading 10,000 rows takes well under a second; a parse still going after this is stuck on a bad file. */
const READ_TIMEOUT_MS = 60_000;

function unreadable(): AppException {
  return AppException.badInput('file', 'WORKBOOK_UNREADABLE', {
    zh: '文件已损坏或不是有效的 Excel 工作簿,请用 Excel 或 WPS 另存为 .xlsx 后再导入',
    en: 'The workbook cannot be read: save it again as .xlsx.',
  });
}

/**
 * The rows of a worksheet as `read` takes them; whatever it leaves unread is read through afterwards, so the
 * streaming parser always finishes the sheet and cleans up after itself.
 */
async function readSheet<T>(
  worksheet: WorksheetReader,
  read: (sheet: SheetReading) => Promise<T | null>,
): Promise<T | null> {
  const raw = worksheet[Symbol.asyncIterator]();
  const rows = {
    async *[Symbol.asyncIterator](): AsyncGenerator<WorksheetRow> {
      for (let next = await raw.next(); !next.done; next = await raw.next()) {
        yield { number: next.value.number, cells: rowTexts(next.value.values) };
      }
    },
  };
  const result = await read({ name: worksheet.name ?? '', rows });
  await drain(raw);
  return result;
}

async function drain(rows: AsyncIterator<RawRow>): Promise<void> {
  while (!(await rows.next()).done) {
    // nothing to keep
  }
}

async function findInSheets<T>(
  path: string,
  read: (sheet: SheetReading) => Promise<T | null>,
): Promise<T | null> {
  const reader = new stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let found: T | null = null;
  let sheets = 0;
  try {
    for await (const worksheet of reader) {
      sheets += 1;
      const sheet = worksheet as unknown as WorksheetReader;
      if (found === null) {
        found = await readSheet(sheet, read);
      } else {
        // Found already: read through unread, so that the parser finishes the workbook.
        await drain(sheet[Symbol.asyncIterator]());
      }
    }
  } catch (error) {
    throw error instanceof AppException ? error : unreadable();
  }
  if (sheets === 0) {
    throw noSheet();
  }
  return found;
}

/**
 * Streams an .xlsx (already checked by `assertXlsxFile`) sheet by sheet and hands each to `read` until one
 * gives a result, which is returned (null when none does). Refuses a workbook without a sheet, and one the
 * parser cannot read or does not finish reading within `timeoutMs`.
 */
export async function findInWorkbook<T>(
  path: string,
  read: (sheet: SheetReading) => Promise<T | null>,
  timeoutMs = READ_TIMEOUT_MS,
): Promise<T | null> {
  const timer = new AbortController();
  try {
    return await Promise.race([
      findInSheets(path, read),
      sleep(timeoutMs, undefined, { signal: timer.signal }).then(() => {
        throw unreadable();
      }),
    ]);
  } finally {
    timer.abort();
  }
}
