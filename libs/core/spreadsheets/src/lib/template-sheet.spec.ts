import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { AppException, FieldProblem } from '@liandong/errors';
import { readTemplateSheet, TemplateSheetSpec } from './template-sheet';

type Field = 'name' | 'level';

const spec: TemplateSheetSpec<Field> = {
  matchHeader: (cells) =>
    cells[1] === '姓名' && cells[2] === '层级'
      ? new Map<Field, number>([
          ['name', 1],
          ['level', 2],
        ])
      : null,
  maxRowsBeforeHeader: 2,
  maxRows: 3,
  notTemplate: { reason: 'NOT_TEMPLATE', said: { zh: '不是模板', en: 'Not the template.' } },
  tooMany: { reason: 'TOO_MANY_ROWS', said: { zh: '太多', en: 'Too many.' } },
  empty: { reason: 'EMPTY', said: { zh: '没有数据', en: 'Empty.' } },
};

describe('readTemplateSheet', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'template-sheet-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function file(...sheets: Array<Array<Array<string | null>>>): Promise<string> {
    const workbook = new Workbook();
    sheets.forEach((rows, index) => {
      const sheet = workbook.addWorksheet(`表${index + 1}`);
      rows.forEach((row) => sheet.addRow(row));
    });
    const path = join(dir, `t${Math.random()}.xlsx`);
    writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    return path;
  }

  async function reasonOf(path: string): Promise<string | undefined> {
    const error = await readTemplateSheet(path, spec).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppException);
    const [problem] = (error as AppException).details['fields'] as FieldProblem[];
    expect(problem?.field).toBe('file');
    return problem?.reason;
  }

  it('finds the sheet with the header below a title, skipping blank rows, cells by field', async () => {
    const path = await file(
      [['填写说明']],
      [['代表名册'], ['姓名', '层级'], [], ['张三', '市'], ['李四', null]],
    );
    const sheet = await readTemplateSheet(path, spec);
    expect([...sheet.columns]).toEqual([
      ['name', 1],
      ['level', 2],
    ]);
    expect(sheet.rows).toEqual([
      { rowNumber: 4, cells: { name: '张三', level: '市' } },
      { rowNumber: 5, cells: { name: '李四', level: '' } },
    ]);
  });

  it('refuses a workbook without the header in its first rows, too many rows, and no rows', async () => {
    expect(await reasonOf(await file([['标题'], ['说明'], ['姓名', '层级'], ['张三', '市']]))).toBe(
      'NOT_TEMPLATE',
    );
    const four = [['姓名', '层级'], ...['甲', '乙', '丙', '丁'].map((name) => [name, '县'])];
    expect(await reasonOf(await file(four))).toBe('TOO_MANY_ROWS');
    expect((await readTemplateSheet(await file(four.slice(0, 4)), spec)).rows).toHaveLength(3);
    expect(await reasonOf(await file([['姓名', '层级']]))).toBe('EMPTY');
  });
});
