import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { keysetBatches, SheetColumn, streamWorkbook } from '@liandong/spreadsheets';
import { escalationName } from '../escalations/escalation-ladder';
import { HandoffStatus } from '../handoff-status';
import { LEDGER_ITEM_KIND_NAMES } from '../ledger-item-kind';
import { LedgerCriteria, LedgerLine, LedgerRepository } from './ledger.repository';

const BATCH = 1_000;
/** What a cell of the 问题 and 进展 columns shows at most. */
const MAX_CELL_CHARS = 500;
export const LEDGER_TITLE = '整改台账';

export const HANDOFF_STATUS_LABELS: Readonly<Record<HandoffStatus, string>> = {
  [HandoffStatus.ISSUED]: '已交办',
  [HandoffStatus.SIGNED]: '已签收',
  [HandoffStatus.RECTIFYING]: '整改中',
  [HandoffStatus.REPLIED]: '已回复',
  [HandoffStatus.CLOSED]: '已销号',
};

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

const COLUMNS: ReadonlyArray<SheetColumn<LedgerLine>> = [
  { header: '编号', width: 22, cell: (line) => line.letterNo },
  { header: '问题', width: 48, cell: (line) => (line.titles === null ? null : clip(line.titles)) },
  { header: '责任单位', width: 26, cell: (line) => line.departmentName },
  { header: '交办时间', width: 17, dateTime: true, cell: (line) => line.issuedAt },
  { header: '整改时限', width: 17, dateTime: true, cell: (line) => line.deadline },
  { header: '进展', width: 36, cell: progressLabel },
  { header: '状态', width: 9, cell: (line) => HANDOFF_STATUS_LABELS[line.status] ?? line.status },
  { header: '督办等级', width: 14, cell: (line) => escalationLabel(line.escalationLevel) },
  { header: '销号时间', width: 17, dateTime: true, cell: (line) => line.closedAt },
  // Last, so the columns sheets made before the kinds existed stay where they were.
  { header: '类别', width: 10, cell: (line) => LEDGER_ITEM_KIND_NAMES[line.kind] },
];

/** Writes the ledger as an office keeps it: a title row, the Chinese header, one row per handoff. */
@Injectable()
export class LedgerExportService {
  constructor(private readonly ledger: LedgerRepository) {}

  /** Streams the ledger into the response in keyset batches, the same view and filters as `ledger`. */
  write(criteria: LedgerCriteria, res: Response): Promise<void> {
    return streamWorkbook(res, {
      fileName: `${LEDGER_TITLE}.xlsx`,
      fallbackName: 'ledger.xlsx',
      sheetName: LEDGER_TITLE,
      title: LEDGER_TITLE,
      columns: COLUMNS,
      batches: keysetBatches<LedgerLine>(
        (after) =>
          this.ledger.lines(criteria, BATCH, after ? { issuedAt: after.issuedKey, id: after.id } : undefined),
        BATCH,
      ),
    });
  }
}
