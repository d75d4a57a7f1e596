import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { AppException, FieldProblem } from '@liandong/errors';
import { storedZip as zip } from './stored-zip.fixture';
import { assertXlsxFile, locateCentralDirectory, parseCentralDirectory } from './xlsx-file';

const WORKBOOK = { 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': '<worksheet/>' };

describe('assertXlsxFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'xlsx-file-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The refused field problem: always the file, with its reason and what a person is told. */
  async function problem(content: Buffer | string, limit?: number): Promise<FieldProblem | null> {
    const path = join(dir, `f${Math.random()}`);
    writeFileSync(path, content);
    try {
      await assertXlsxFile(path, limit);
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(AppException);
      expect((error as AppException).code).toBe('BAD_USER_INPUT');
      const [field] = (error as AppException).details['fields'] as FieldProblem[];
      expect(field?.field).toBe('file');
      return field ?? null;
    }
  }

  async function refusal(content: Buffer | string, limit?: number): Promise<string | null> {
    return (await problem(content, limit))?.reason ?? null;
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
    expect(await problem('')).toMatchObject({ reason: 'FILE_EMPTY', zh: '文件为空' });
    expect(await problem('问题标题,问题描述\n标题,描述\n')).toMatchObject({
      reason: 'NOT_XLSX',
      zh: expect.stringContaining('不是 Excel 文件'),
    });
    expect(await problem(Buffer.from('d0cf11e0a1b11ae1000000000000', 'hex'))).toMatchObject({
      reason: 'OLD_OR_ENCRYPTED_WORKBOOK',
      zh: expect.stringContaining('.xls'),
    });
    const whole = zip(WORKBOOK);
    expect(await problem(whole.subarray(0, whole.length - 30))).toMatchObject({
      reason: 'FILE_DAMAGED',
      zh: expect.stringContaining('已损坏'),
    });
  });

  it('refuses a zip that is not a workbook, or a workbook without a sheet', async () => {
    expect(await refusal(zip({ 'word/document.xml': '<w/>' }))).toBe('NOT_A_WORKBOOK');
    expect(await refusal(zip({ 'xl/workbook.xml': '<workbook/>' }))).toBe('WORKBOOK_HAS_NO_SHEET');
  });

  it('refuses a workbook that unpacks beyond the limit, declared or found while unpacking', async () => {
    const bomb = zip(WORKBOOK, { 'xl/worksheets/sheet1.xml': 300 * 1024 * 1024 });
    expect(await problem(bomb)).toMatchObject({
      reason: 'WORKBOOK_TOO_LARGE',
      zh: expect.stringContaining('解压后超过 256 MB'),
    });
    expect(await refusal(zip(WORKBOOK), 10)).toBe('WORKBOOK_TOO_LARGE');
    const understated = zip(
      { ...WORKBOOK, 'xl/worksheets/sheet1.xml': 'x'.repeat(100) },
      { 'xl/worksheets/sheet1.xml': 1 },
    );
    expect(await refusal(understated, 50)).toBe('WORKBOOK_TOO_LARGE');
    expect(await refusal(understated)).toBe('FILE_DAMAGED');
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
    expect(await refusal(bytes)).toBe('FILE_DAMAGED');
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
