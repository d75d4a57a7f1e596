import { DeputyLevel } from '../deputy-kinds';
import {
  dayOf,
  DEPUTY_SHEET_COLUMNS,
  DeputySheetField,
  DeputySheetRow,
  levelOf,
  matchDeputyHeader,
  readDeputyRows,
} from './deputy-sheet';

function row(rowNumber: number, cells: Partial<Record<DeputySheetField, string>> = {}): DeputySheetRow {
  return {
    rowNumber,
    cells: {
      name: '王建国',
      level: '县',
      constituency: '城关镇选区',
      term: '第十八届',
      termStartsOn: '2021-10-01',
      termEndsOn: '2026-12-31',
      workplace: '社区党支部书记',
      ...cells,
    },
  };
}

describe('the roster sheet header', () => {
  it('finds every column in any order', () => {
    const headers = ['', ...DEPUTY_SHEET_COLUMNS.map((column) => column.header).reverse()];
    expect(matchDeputyHeader(headers)?.get('name')).toBe(DEPUTY_SHEET_COLUMNS.length);
  });

  it('is not the header when a column is missing', () => {
    expect(matchDeputyHeader(['', '姓名', '代表层级', '选区'])).toBeNull();
  });
});

describe('levels and days as written', () => {
  it.each<[string, DeputyLevel | null]>([
    ['全国', DeputyLevel.NATIONAL],
    [' 省 ', DeputyLevel.PROVINCIAL],
    ['市级', DeputyLevel.CITY],
    ['乡镇', DeputyLevel.TOWNSHIP],
    ['county', DeputyLevel.COUNTY],
    ['村', null],
  ])('%j is %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it.each([
    ['2021-10-01', '2021-10-01'],
    ['2021/10/1', '2021-10-01'],
    ['2021年10月1日', '2021-10-01'],
    ['44927', '2023-01-01'],
    ['next year', 'next year'],
  ])('%j is the day %j', (text, day) => {
    expect(dayOf(text)).toBe(day);
  });
});

describe('readDeputyRows', () => {
  it('reads good rows as deputies', () => {
    const { problems, deputies } = readDeputyRows([row(2), row(3, { name: '李秀英', level: '省' })]);
    expect(problems).toEqual([]);
    expect(deputies.map((d) => [d.name, d.level])).toEqual([
      ['王建国', DeputyLevel.COUNTY],
      ['李秀英', DeputyLevel.PROVINCIAL],
    ]);
  });

  it('names an unknown level, a term ending before it starts and the same person twice, and returns none', () => {
    const { problems, deputies } = readDeputyRows([
      row(2),
      row(3, { level: '村' }),
      row(4, { termEndsOn: '2020-01-01' }),
      row(5, { constituency: '另一选区' }),
    ]);
    expect(deputies).toEqual([]);
    expect(problems.map((p) => [p.index, p.field, p.reason])).toEqual([
      [1, 'level', 'UNKNOWN_LEVEL'],
      [2, 'termEndsOn', expect.any(String)],
      [3, 'name', 'DUPLICATE_DEPUTY'],
    ]);
  });

  it('takes the same name in another term as another person', () => {
    expect(readDeputyRows([row(2), row(3, { term: '第十七届' })]).problems).toEqual([]);
  });
});
