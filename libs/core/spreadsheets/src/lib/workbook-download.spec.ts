import { PassThrough } from 'node:stream';
import type { Response } from 'express';
import { Workbook } from 'exceljs';
import { keysetBatches, SheetColumn, streamWorkbook, XLSX_MIME } from './workbook-download';

interface Line {
  id: number;
  title: string;
  dueAt: Date | null;
}

/** A response that keeps what is written, with the few parts of express's the writer uses. */
function response(): { res: Response; headers: Map<string, string>; body: Promise<Buffer> } {
  const stream = new PassThrough();
  const headers = new Map<string, string>();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const body = new Promise<Buffer>((resolve) => stream.on('end', () => resolve(Buffer.concat(chunks))));
  const res = Object.assign(stream, {
    status: () => res,
    setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value),
  });
  return { res: res as unknown as Response, headers, body };
}

const COLUMNS: ReadonlyArray<SheetColumn<Line>> = [
  { header: '序号', width: 7, cell: (_line, number) => number },
  { header: '问题', width: 30, cell: (line) => line.title },
  { header: '整改时限', width: 17, dateTime: true, cell: (line) => line.dueAt },
];

describe('streamWorkbook', () => {
  it('writes title, frozen header and one row a line, dates on the Beijing clock, under its Chinese name', async () => {
    const { res, headers, body } = response();
    const lines: Line[] = [
      { id: 1, title: '窗口排队', dueAt: new Date('2024-02-29T16:30:00.000Z') },
      { id: 2, title: '收费不规范', dueAt: null },
      { id: 3, title: '公开栏未更新', dueAt: new Date('2024-12-31T15:59:00.000Z') },
    ];
    const asked: Array<number | undefined> = [];
    await streamWorkbook(res, {
      fileName: '整改台账.xlsx',
      fallbackName: 'ledger.xlsx',
      sheetName: '整改台账',
      title: '整改台账',
      columns: COLUMNS,
      batches: keysetBatches<Line>((after) => {
        asked.push(after?.id);
        const start = after ? lines.indexOf(after) + 1 : 0;
        return Promise.resolve(lines.slice(start, start + 2));
      }, 2),
    });
    expect(asked).toEqual([undefined, 2]);
    expect(headers.get('content-type')).toBe(XLSX_MIME);
    expect(headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('整改台账')}`,
    );
    expect(headers.get('cache-control')).toBe('no-store');

    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(await body).buffer);
    const sheet = workbook.getWorksheet('整改台账');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet?.getRow(1).getCell(1).value).toBe('整改台账');
    expect(sheet?.getRow(2).values).toEqual([undefined, '序号', '问题', '整改时限']);
    expect(sheet?.getRow(3).values).toEqual([undefined, 1, '窗口排队', new Date('2024-03-01T00:30:00.000Z')]);
    expect(sheet?.getRow(3).getCell(3).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet?.getRow(4).values).toEqual([undefined, 2, '收费不规范']);
    expect(sheet?.getRow(5).values).toEqual([
      undefined,
      3,
      '公开栏未更新',
      new Date('2024-12-31T23:59:00.000Z'),
    ]);
  });

  it('breaks the download when reading fails: half a zip is not a spreadsheet', async () => {
    const { res } = response();
    await streamWorkbook(res, {
      fileName: '问题清单.xlsx',
      fallbackName: 'problem-list.xlsx',
      sheetName: '问题清单',
      columns: COLUMNS,
      batches: keysetBatches<Line>(() => Promise.reject(new Error('connection lost')), 2),
    });
    expect(res.destroyed).toBe(true);
  });
});
