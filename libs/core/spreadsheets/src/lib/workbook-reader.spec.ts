import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { AppException, FieldProblem } from '@liandong/errors';
import { storedZip } from './stored-zip.fixture';
import { findInWorkbook, SheetReading, WorksheetRow } from './workbook-reader';

describe('findInWorkbook', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'workbook-reader-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function file(build: (workbook: Workbook) => void): Promise<string> {
    const workbook = new Workbook();
    build(workbook);
    const path = join(dir, `w${Math.random()}.xlsx`);
    writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    return path;
  }

  async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppException);
    const [problem] = (error as AppException).details['fields'] as FieldProblem[];
    expect(problem?.field).toBe('file');
    return problem?.reason;
  }

  async function allRows(sheet: SheetReading): Promise<WorksheetRow[]> {
    const rows: WorksheetRow[] = [];
    for await (const row of sheet.rows) {
      rows.push(row);
    }
    return rows;
  }

  it('hands each sheet over in order until one gives a result, rows numbered, cells as text', async () => {
    const path = await file((workbook) => {
      workbook.addWorksheet('说明').addRow(['问题导入模板说明']);
      const sheet = workbook.addWorksheet('问题');
      sheet.addRow(['标题', { richText: [{ text: '涉企' }, { text: '收费' }] }]);
      sheet.addRow([]);
      sheet.addRow(['', 12]);
      workbook.addWorksheet('其他').addRow(['不该读到']);
    });
    const seen: string[] = [];
    const found = await findInWorkbook(path, async (sheet) => {
      seen.push(sheet.name);
      const rows = await allRows(sheet);
      return sheet.name === '问题' ? rows : null;
    });
    expect(seen).toEqual(['说明', '问题']);
    expect(found?.map((row) => [row.number, row.cells.slice(1)])).toEqual([
      [1, ['标题', '涉企收费']],
      // An empty cell is not there at all.
      [3, [undefined, '12']],
    ]);
  });

  it('finishes the workbook when a sheet is left part read', async () => {
    const path = await file((workbook) => {
      const sheet = workbook.addWorksheet('问题');
      for (let i = 1; i <= 500; i += 1) {
        sheet.addRow([`第 ${i} 行`]);
      }
      workbook.addWorksheet('后面').addRow(['x']);
    });
    const first = await findInWorkbook(path, async (sheet) => {
      for await (const row of sheet.rows) {
        return row.cells[1] ?? null;
      }
      return null;
    });
    expect(first).toBe('第 1 行');
  });

  it('answers null when no sheet gives a result', async () => {
    const path = await file((workbook) => workbook.addWorksheet('Sheet1').addRow(['姓名', '电话']));
    expect(await findInWorkbook(path, async (sheet) => (await allRows(sheet), null))).toBeNull();
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
    expect(await refusal(findInWorkbook(path, allRows))).toBe('WORKBOOK_UNREADABLE');
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
    expect(await refusal(findInWorkbook(path, allRows, 500))).toBe('WORKBOOK_UNREADABLE');
  });
});
