import { Injectable, Logger } from '@nestjs/common';
import { once } from 'node:events';
import type { Response } from 'express';
import { stream } from 'exceljs';
import { contentDisposition } from '@liandong/files';
import { shanghaiWallClock } from '@liandong/time';
import { escalationName } from '../escalations/escalation-ladder';
import { HandoffStatus } from '../handoff-status';
import { LedgerCursor } from './ledger-cursor';
import { LedgerCriteria, LedgerLine, LedgerRepository } from './ledger.repository';

const BATCH = 1_000;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What a cell of the 问题 and 进展 columns shows at most. */
const MAX_CELL_CHARS = 500;
const DATE_FORMAT = 'yyyy-mm-dd hh:mm';
export const LEDGER_TITLE = '整改台账';

const COLUMNS: ReadonlyArray<{ header: string; width: number; numFmt?: string }> = [
  { header: '编号', width: 22 },
  { header: '问题', width: 48 },
  { header: '责任单位', width: 26 },
  { header: '交办时间', width: 17, numFmt: DATE_FORMAT },
  { header: '整改时限', width: 17, numFmt: DATE_FORMAT },
  { header: '进展', width: 36 },
  { header: '状态', width: 9 },
  { header: '督办等级', width: 14 },
  { header: '销号时间', width: 17, numFmt: DATE_FORMAT },
];

export const LEDGER_HEADERS = COLUMNS.map((column) => column.header);

export const HANDOFF_STATUS_LABELS: Readonly<Record<HandoffStatus, string>> = {
  [HandoffStatus.ISSUED]: '已交办',
  [HandoffStatus.SIGNED]: '已签收',
  [HandoffStatus.RECTIFYING]: '整改中',
  [HandoffStatus.REPLIED]: '已回复',
  [HandoffStatus.CLOSED]: '已销号',
};

/** Excel has no time zones: a date cell shows the time a person in the congress office read on their clock. */
function shanghaiClock(date: Date | null): Date | null {
  return date ? shanghaiWallClock(date) : null;
}

function clip(text: string): string {
  return text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text;
}

/** `0 → 无`, else `N级 名称`. */
export function escalationLabel(level: number): string {
  return level > 0 ? `${level}级 ${escalationName(level)}` : '无';
}

/** `60% 已建立台账`, or empty before the first report. */
export function progressLabel(line: Pick<LedgerLine, 'percentDone' | 'measures'>): string | null {
  if (line.percentDone === null) {
    return null;
  }
  return clip(`${line.percentDone}% ${line.measures ?? ''}`.trim());
}

/** Writes the ledger as an office keeps it: a title row, the Chinese header, one row per handoff. */
@Injectable()
export class LedgerExportService {
  private readonly logger = new Logger('LedgerExport');

  constructor(private readonly ledger: LedgerRepository) {}

  /**
   * Streams the ledger into the response in keyset batches, so any size costs one batch of memory; it
   * waits for a slow client to drain and stops if it goes away.
   */
  async write(criteria: LedgerCriteria, res: Response): Promise<void> {
    res.status(200);
    res.setHeader('Content-Type', XLSX_MIME);
    res.setHeader(
      'Content-Disposition',
      contentDisposition(`${LEDGER_TITLE}.xlsx`, { fallback: 'ledger.xlsx' }),
    );
    res.setHeader('Cache-Control', 'no-store');
    try {
      const workbook = new stream.xlsx.WorkbookWriter({
        stream: res,
        useStyles: true,
        useSharedStrings: false,
      });
      const sheet = workbook.addWorksheet(LEDGER_TITLE, { views: [{ state: 'frozen', ySplit: 2 }] });
      sheet.columns = COLUMNS.map((column) => ({
        width: column.width,
        style: column.numFmt ? { numFmt: column.numFmt } : {},
      }));
      const title = sheet.addRow([LEDGER_TITLE]);
      title.font = { bold: true, size: 16 };
      title.commit();
      const header = sheet.addRow(LEDGER_HEADERS);
      header.font = { bold: true };
      header.commit();
      let after: LedgerCursor | undefined;
      for (;;) {
        const batch = await this.ledger.lines(criteria, BATCH, after);
        for (const line of batch) {
          sheet
            .addRow([
              line.letterNo,
              line.titles === null ? null : clip(line.titles),
              line.departmentName,
              shanghaiClock(line.issuedAt),
              shanghaiClock(line.deadline),
              progressLabel(line),
              HANDOFF_STATUS_LABELS[line.status] ?? line.status,
              escalationLabel(line.escalationLevel),
              shanghaiClock(line.closedAt),
            ])
            .commit();
        }
        const last = batch.at(-1);
        after = last ? { issuedAt: last.issuedKey, id: last.id } : undefined;
        if (batch.length < BATCH || res.destroyed) {
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
      // Half a zip is not a spreadsheet: break the download rather than end it as if complete.
      this.logger.error({ message: 'ledger export failed', error: String(error) });
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
