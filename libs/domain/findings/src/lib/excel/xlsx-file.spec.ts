import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { AppException } from '@liandong/errors';
import { storedZip as zip } from './stored-zip.fixture';
import { assertXlsxFile, locateCentralDirectory, parseCentralDirectory } from './xlsx-file';

const WORKBOOK = { 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': '<worksheet/>' };

describe('assertXlsxFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'xlsx-file-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function refusal(content: Buffer | string, limit?: number): Promise<string | null> {
    const path = join(dir, `f${Math.random()}`);
    writeFileSync(path, content);
    try {
      await assertXlsxFile(path, limit);
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(AppException);
      return (error as AppException).message;
    }
  }

  it('passes a workbook exceljs wrote', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('问题导入').addRow(['问题标题']);
    expect(await refusal(Buffer.from(await workbook.xlsx.writeBuffer()))).toBeNull();
  });

  it('passes a minimal zip holding a workbook and a sheet', async () => {
    expect(await refusal(zip(WORKBOOK))).toBeNull();
  });

  it('refuses an empty file, a CSV, an old .xls and a truncated download, each saying so', async () => {
    expect(await refusal('')).toContain('文件为空');
    expect(await refusal('问题标题,问题描述\n标题,描述\n')).toContain('不是 Excel 文件');
    expect(await refusal(Buffer.from('d0cf11e0a1b11ae1000000000000', 'hex'))).toContain('.xls');
    const whole = zip(WORKBOOK);
    expect(await refusal(whole.subarray(0, whole.length - 30))).toContain('已损坏');
  });

  it('refuses a zip that is not a workbook, or a workbook without a sheet', async () => {
    expect(await refusal(zip({ 'word/document.xml': '<w/>' }))).toContain('不是 Excel 工作簿');
    expect(await refusal(zip({ 'xl/workbook.xml': '<workbook/>' }))).toContain('没有工作表');
  });

  it('refuses a workbook that unpacks beyond the limit, declared or found while unpacking', async () => {
    const bomb = zip(WORKBOOK, { 'xl/worksheets/sheet1.xml': 300 * 1024 * 1024 });
    expect(await refusal(bomb)).toContain('解压后超过 256 MB');
    expect(await refusal(zip(WORKBOOK), 10)).toContain('解压后超过');
    const understated = zip(
      { ...WORKBOOK, 'xl/worksheets/sheet1.xml': 'x'.repeat(100) },
      { 'xl/worksheets/sheet1.xml': 1 },
    );
    expect(await refusal(understated, 50)).toContain('解压后超过');
    expect(await refusal(understated)).toContain('已损坏');
  });

  it('refuses a workbook whose compressed data is corrupted (the streaming parser would wait forever)', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('问题导入');
    for (let i = 0; i < 2_000; i += 1) {
      sheet.addRow([`问题标题 ${i}`, '描述'.repeat(20)]);
    }
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const data = bytes.indexOf(name) + name.length + 100;
    for (let at = data; at < data + 300; at += 1) {
      bytes[at] = ((bytes[at] ?? 0) * 7 + 13) & 0xff;
    }
    expect(await refusal(bytes)).toContain('已损坏');
  });
});

describe('central directory', () => {
  it('lists the entries with their declared sizes', () => {
    const bytes = zip({ a: 'xx', 'b/c.xml': 'yyy' });
    const location = locateCentralDirectory(bytes, 0);
    expect(location).not.toBeNull();
    const directory = bytes.subarray(location?.offset, (location?.offset ?? 0) + (location?.size ?? 0));
    expect(parseCentralDirectory(directory)).toEqual([
      expect.objectContaining({ name: 'a', method: 0, packedBytes: 2, unpackedBytes: 2, localOffset: 0 }),
      expect.objectContaining({ name: 'b/c.xml', unpackedBytes: 3, localOffset: 33 }),
    ]);
  });

  it('finds no directory in bytes that are not a zip', () => {
    expect(locateCentralDirectory(Buffer.alloc(100, 7), 0)).toBeNull();
    expect(parseCentralDirectory(Buffer.from('not a directory, not at all, no'.repeat(2)))).toBeNull();
  });
});
