import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { AppException } from '@liandong/errors';
import { FINDING_SHEET_COLUMNS, MAX_IMPORT_ROWS } from './finding-sheet';
import { readFindingSheet } from './finding-sheet-reader';
import { storedZip } from './stored-zip.fixture';

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

  async function refusal(path: string): Promise<string> {
    const error = await readFindingSheet(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppException);
    return (error as AppException).message;
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
    expect(await refusal(foreign)).toContain('不是问题导入模板 / not the findings template');
    const headerTooLow = await file((workbook) => {
      const sheet = workbook.addWorksheet('问题导入');
      for (let i = 0; i < 6; i += 1) {
        sheet.addRow([`标题行 ${i}`]);
      }
      sheet.addRow(HEADERS);
      sheet.addRow(ROW);
    });
    expect(await refusal(headerTooLow)).toContain('不是问题导入模板');
    const empty = await file((workbook) => workbook.addWorksheet('问题导入').addRow(HEADERS));
    expect(await refusal(empty)).toContain('没有填写问题');
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows`, async () => {
    const path = await file((workbook) => {
      const sheet = workbook.addWorksheet('问题导入');
      sheet.addRow(HEADERS);
      for (let i = 0; i <= MAX_IMPORT_ROWS; i += 1) {
        sheet.addRow(ROW);
      }
    });
    expect(await refusal(path)).toContain(`最多导入 ${MAX_IMPORT_ROWS} 行`);
  });

  it('refuses a workbook whose sheet is not well-formed XML, without hanging', async () => {
    const path = join(dir, 'broken.xlsx');
    writeFileSync(
      path,
      storedZip({
        '[Content_Types].xml': '<Types/>',
        'xl/workbook.xml':
          '<workbook><sheets><sheet name="问题导入" sheetId="1" r:id="rId1"/></sheets></workbook>',
        'xl/_rels/workbook.xml.rels': '<Relationships/>',
        'xl/worksheets/sheet1.xml':
          '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>问题</t></c></row>',
      }),
    );
    expect(await refusal(path)).toMatch(/不是问题导入模板|已损坏/);
  });

  it('gives up on a parse that never finishes, answering that the file cannot be read', async () => {
    const path = await file((workbook) => {
      const sheet = workbook.addWorksheet('问题导入');
      for (let i = 0; i < 2_000; i += 1) {
        sheet.addRow([`问题标题 ${i}`, '描述'.repeat(20)]);
      }
    });
    const bytes = readFileSync(path);
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const data = bytes.indexOf(name) + name.length + 100;
    for (let at = data; at < data + 300; at += 1) {
      bytes[at] = ((bytes[at] ?? 0) * 7 + 13) & 0xff;
    }
    writeFileSync(path, bytes);
    const error = await readFindingSheet(path, 500).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppException);
    expect((error as AppException).message).toContain('文件已损坏');
  });
});
