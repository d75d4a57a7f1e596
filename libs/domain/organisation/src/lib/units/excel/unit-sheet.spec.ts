import { DepartmentKind } from '@liandong/tenancy';
import {
  kindOf,
  matchUnitHeader,
  readUnitRows,
  UNIT_SHEET_COLUMNS,
  unitImportRefusal,
  UnitSheetField,
  UnitSheetRow,
  unitSheetProblems,
} from './unit-sheet';

const columns = new Map<UnitSheetField, number>(
  UNIT_SHEET_COLUMNS.map((column, index) => [column.field, index + 1]),
);

function row(rowNumber: number, cells: Partial<Record<UnitSheetField, string>>): UnitSheetRow {
  return { rowNumber, cells: { code: 'water', name: '洛阳市水利局', kind: '政府部门', ...cells } };
}

describe('the units sheet header', () => {
  it('finds 编码, 名称 and 类型 in any order, beside other columns', () => {
    expect(matchUnitHeader(['', '编码', '名称', '类型'])).toEqual(columns);
    expect(matchUnitHeader(['', '备注', '类型', ' 名称 ', '*编码'])).toEqual(
      new Map([
        ['kind', 2],
        ['name', 3],
        ['code', 4],
      ]),
    );
  });

  it('is not the header when a column is missing or given twice', () => {
    expect(matchUnitHeader(['', '编码', '名称'])).toBeNull();
    expect(matchUnitHeader(['', '编码', '名称', '类型', '编码'])).toBeNull();
  });
});

describe('unit kinds as written', () => {
  it.each<[string, DepartmentKind | null]>([
    ['监察委员会', DepartmentKind.SUPERVISORY_COMMISSION],
    [' 政府部门 ', DepartmentKind.GOVERNMENT_DEPARTMENT],
    ['街道办事处', DepartmentKind.SUBDISTRICT_OFFICE],
    ['peoples_court', DepartmentKind.PEOPLES_COURT],
    ['OTHER', DepartmentKind.OTHER],
    ['水利', null],
    ['', null],
  ])('%j is %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });
});

describe('readUnitRows', () => {
  it('reads good rows as new units, kinds from their Chinese names', () => {
    const { problems, units } = readUnitRows(
      [row(2, {}), row(3, { code: 'jianwei', name: '洛阳市监察委员会', kind: '监察委员会' })],
      new Set(['market']),
    );
    expect(problems).toEqual([]);
    expect(units).toEqual([
      { code: 'water', name: '洛阳市水利局', kind: DepartmentKind.GOVERNMENT_DEPARTMENT },
      { code: 'jianwei', name: '洛阳市监察委员会', kind: DepartmentKind.SUPERVISORY_COMMISSION },
    ]);
  });

  it('names every bad cell of every row and returns no unit', () => {
    const { problems, units } = readUnitRows(
      [
        row(2, {}),
        row(3, { code: 'Water Bureau' }),
        row(4, { kind: '水利' }),
        row(5, { code: 'water' }),
        row(6, { code: 'market' }),
        row(7, { name: '', kind: '' }),
        row(8, { code: 'zhujian', name: '局'.repeat(61) }),
      ],
      new Set(['market']),
    );
    expect(units).toEqual([]);
    expect(problems.map(({ index, field, reason }) => `${index}:${field}:${reason}`)).toEqual([
      '1:code:INVALID_CODE',
      '2:kind:UNKNOWN_KIND',
      '2:code:DUPLICATE_CODE',
      '3:code:DUPLICATE_CODE',
      '4:code:DUPLICATE_CODE',
      '5:kind:KIND_REQUIRED',
      '5:name:NAME_REQUIRED',
      '6:name:NAME_TOO_LONG',
    ]);
    expect(problems.find((p) => p.index === 3)?.zh).toBe('编码 water 与第 2 行重复');
    expect(problems.find((p) => p.index === 4)?.zh).toContain('本机关已有编码为 market 的承办单位');
  });
});

describe('naming the cells of an import refusal', () => {
  it('gives each problem its row number, Chinese header and cell, in sheet order', () => {
    const rows = [row(2, {}), row(4, { code: 'X', kind: '水利' })];
    const { problems } = readUnitRows(rows, new Set());
    const named = unitSheetProblems(rows, columns, problems);
    expect(named.map(({ row: number, column, cell, reason }) => [number, column, cell, reason])).toEqual([
      [4, '编码', 'A4', 'INVALID_CODE'],
      [4, '类型', 'C4', 'UNKNOWN_KIND'],
    ]);
    const refusal = unitImportRefusal(named);
    expect(refusal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ROWS' });
    expect(refusal.zh).toMatch(/^2 处错误,未导入任何承办单位 — 第 4 行「编码」/);
    expect(refusal.details['rows']).toEqual([
      expect.objectContaining({ index: 1, row: 4, field: 'code', message: expect.stringContaining(' / ') }),
      expect.objectContaining({ index: 1, row: 4, field: 'kind' }),
    ]);
  });
});
