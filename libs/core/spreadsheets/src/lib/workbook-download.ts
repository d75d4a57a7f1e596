import { Logger } from '@nestjs/common';
import { once } from 'node:events';
import type { Response } from 'express';
import { CellValue, stream } from 'exceljs';
import { contentDisposition } from '@liandong/files';
import { shanghaiWallClock } from '@liandong/time';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How a date cell shows: the Beijing date and time to the minute. */
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

const logger = new Logger('Spreadsheets');

/** The name a workbook is saved under: Chinese in `filename*`, and an ASCII one for clients that ignore it. */
export interface WorkbookName {
  fileName: string;
  fallbackName: string;
}

/** One column of a streamed sheet: its header, its width, and the cell each line gives it. */
export interface SheetColumn<Line> {
  header: string;
  width: number;
  /** `number` counts the lines from 1 (a 序号 column). A Date is shown as Beijing's date and time. */
  cell: (line: Line, number: number) => string | number | Date | null;
  dateTime?: boolean;
}

export interface SheetDownload<Line> extends WorkbookName {
  sheetName: string;
  /** A title row above the header (a ledger's 整改台账), in large bold type. */
  title?: string;
  columns: ReadonlyArray<SheetColumn<Line>>;
  /** The lines, a batch at a time; the next batch is asked for once the client has taken the last. */
  batches: AsyncIterable<readonly Line[]>;
}

function startDownload(res: Response, name: WorkbookName): void {
  res.status(200);
  res.setHeader('Content-Type', XLSX_MIME);
  res.setHeader('Content-Disposition', contentDisposition(name.fileName, { fallback: name.fallbackName }));
  res.setHeader('Cache-Control', 'no-store');
}

/** Excel has no time zones: a date cell shows the time a person in Beijing read on their clock. */
function cellValue(value: string | number | Date | null): CellValue {
  return value instanceof Date ? shanghaiWallClock(value) : value;
}

/**
 * A keyset-paginated source read batch by batch, each batch after the last line of the one before, until a
 * batch comes back short.
 */
export async function* keysetBatches<Line>(
  next: (after: Line | undefined) => Promise<Line[]>,
  size: number,
): AsyncGenerator<Line[]> {
  let after: Line | undefined;
  for (;;) {
    const batch = await next(after);
    yield batch;
    if (batch.length < size) {
      return;
    }
    after = batch.at(-1);
  }
}

/**
 * Streams one sheet into the response as it is read, so any number of lines costs one batch of memory: a
 * frozen header (under the title, if any), one row per line. It waits for a slow client to drain, stops if
 * it goes away, and breaks the download if reading fails: half a zip is not a spreadsheet.
 */
export async function streamWorkbook<Line>(res: Response, download: SheetDownload<Line>): Promise<void> {
  startDownload(res, download);
  try {
    const workbook = new stream.xlsx.WorkbookWriter({
      stream: res,
      useStyles: true,
      useSharedStrings: false,
    });
    const headerRows = download.title === undefined ? 1 : 2;
    const sheet = workbook.addWorksheet(download.sheetName, {
      views: [{ state: 'frozen', ySplit: headerRows }],
    });
    sheet.columns = download.columns.map((column) => ({
      width: column.width,
      style: column.dateTime ? { numFmt: DATE_TIME_FORMAT } : {},
    }));
    if (download.title !== undefined) {
      const title = sheet.addRow([download.title]);
      title.font = { bold: true, size: 16 };
      title.commit();
    }
    const header = sheet.addRow(download.columns.map((column) => column.header));
    header.font = { bold: true };
    header.commit();
    let number = 0;
    for await (const batch of download.batches) {
      for (const line of batch) {
        number += 1;
        sheet.addRow(download.columns.map((column) => cellValue(column.cell(line, number)))).commit();
      }
      if (res.destroyed) {
        break;
      }
      if (res.writableNeedDrain) {
        await Promise.race([once(res, 'drain'), once(res, 'close')]);
      }
    }
    if (res.destroyed) {
      return;
    }
    sheet.commit();
    await workbook.commit();
  } catch (error) {
    logger.error({ message: 'workbook download failed', file: download.fallbackName, error: String(error) });
    res.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Sends a workbook built in memory (a template) as a download. */
export function sendWorkbook(res: Response, name: WorkbookName, workbook: Buffer): void {
  startDownload(res, name);
  res.send(workbook);
}
