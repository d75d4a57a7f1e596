import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { AppException, FieldProblem } from '@liandong/errors';
import { FINDING_SHEET_COLUMNS, MAX_IMPORT_ROWS } from './finding-sheet';
import { readFindingSheet } from './finding-sheet-reader';

const HEADERS = FINDING_SHEET_COLUMNS.map((column) => column.header);
const ROW = [
  '窗口办事排队时间过长',
  '午间无人值守',
  '暗访',
  'C2',
  '服务质效',
  '一般',
  '政务服务中心',
  'market',
];

describe('readFindingSheet', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'finding-sheet-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function file(build: (workbook: Workbook) => void): Promise<string> {
    const workbook = new Workbook();
    build(workbook);
    const path = join(dir, `w${Math.random()}.xlsx`);
    writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    return path;
  }

  /** The reason the file was refused for. */
  async function refusal(path: string): Promise<string | undefined> {
    const error = await readFindingSheet(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppException);
    const [problem] = (error as AppException).details['fields'] as FieldProblem[];
    expect(problem?.field).toBe('file');
    return problem?.reason;
  }

  it('finds the findings sheet behind another sheet and under a title row, keeping row numbers', async () => {
    const path = await file((workbook) => {
      workbook.addWorksheet('说明').addRow(['问题导入模板说明']);
      const sheet = workbook.addWorksheet('三季度问题');
      sheet.addRow(['XX镇三季度问题清单']);
      sheet.addRow(['备注', ...HEADERS]);
      sheet.addRow(['', ...ROW]);
      sheet.addRow([]);
      sheet.addRow([
        '',
        { richText: [{ text: '涉企' }, { text: '收费' }] },
        '',
        { formula: '"视"&"察"', result: '视察' },
      ]);
    });
    const sheet = await readFindingSheet(path);
    expect(sheet.sheetName).toBe('三季度问题');
    expect(sheet.columns.get('title')).toBe(2);
    expect(sheet.rows.map((row) => row.rowNumber)).toEqual([3, 5]);
    expect(sheet.rows[0]?.cells).toEqual({
      title: ROW[0],
      description: ROW[1],
      method: ROW[2],
      checklistCode: ROW[3],
      category: ROW[4],
      severity: ROW[5],
      location: ROW[6],
      departmentId: ROW[7],
    });
    expect(sheet.rows[1]?.cells).toMatchObject({ title: '涉企收费', method: '视察', severity: '' });
  });

  it('refuses a workbook without the template header, or with the header and no rows', async () => {
    const foreign = await file((workbook) => workbook.addWorksheet('Sheet1').addRow(['姓名', '电话']));
    expect(await refusal(foreign)).toBe('NOT_FINDINGS_TEMPLATE');
    const headerTooLow = await file((workbook) => {
      const sheet = workbook.addWorksheet('问题导入');
      for (let i = 0; i < 6; i += 1) {
        sheet.addRow([`标题行 ${i}`]);
      }
      sheet.addRow(HEADERS);
      sheet.addRow(ROW);
    });
    expect(await refusal(headerTooLow)).toBe('NOT_FINDINGS_TEMPLATE');
    const empty = await file((workbook) => workbook.addWorksheet('问题导入').addRow(HEADERS));
    expect(await refusal(empty)).toBe('NO_FINDINGS_IN_SHEET');
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows`, async () => {
    const path = await file((workbook) => {
      const sheet = workbook.addWorksheet('问题导入');
      sheet.addRow(HEADERS);
      for (let i = 0; i <= MAX_IMPORT_ROWS; i += 1) {
        sheet.addRow(ROW);
      }
    });
    expect(await refusal(path)).toBe('TOO_MANY_ROWS');
  });
});
