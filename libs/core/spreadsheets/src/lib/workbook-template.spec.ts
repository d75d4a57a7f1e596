import { Workbook } from 'exceljs';
import { addInputSheet, newWorkbook, workbookBuffer } from './workbook-template';

describe('addInputSheet', () => {
  it('freezes a noted header and offers each column’s choices as a dropdown, where they fit', async () => {
    const built = newWorkbook();
    addInputSheet(
      built,
      '问题导入',
      [
        { header: '问题标题', width: 32, note: '必填' },
        { header: '严重程度', width: 22, choices: ['一般', '较重', '严重'] },
        { header: '监督方式', width: 18, choices: Array.from({ length: 60 }, (_, i) => `方式${i}`) },
      ],
      100,
    );
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(await workbookBuffer(built)).buffer);
    expect(workbook.creator).toBe('联动 Liandong');
    const sheet = workbook.getWorksheet('问题导入');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getRow(1).values).toEqual([undefined, '问题标题', '严重程度', '监督方式']);
    expect(sheet?.getCell('A1').note).toBe('必填');
    expect(sheet?.getCell('B2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"一般,较重,严重"'],
    });
    expect(sheet?.getCell('B101').dataValidation).toMatchObject({ type: 'list' });
    expect(sheet?.getCell('B102').dataValidation).toBeUndefined();
    // Sixty methods do not fit in Excel's 255-character inline list: no dropdown rather than a broken one.
    expect(sheet?.getCell('C2').dataValidation).toBeUndefined();
  });
});
