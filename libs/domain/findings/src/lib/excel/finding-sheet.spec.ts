import { checkFindingRows } from '../findings/finding-rows';
import { Severity } from '../findings/finding-status';
import {
  departmentKey,
  FINDING_SHEET_COLUMNS,
  FindingSheetField,
  ImportContext,
  matchHeader,
  readSheetRows,
  SheetRow,
  sheetProblems,
} from './finding-sheet';

const MARKET = '11111111-1111-4111-8111-111111111111';
const TOWN_GOV = '22222222-2222-4222-8222-222222222222';
const ELSEWHERE = '33333333-3333-4333-8333-333333333333';

const context: ImportContext = {
  methodNames: new Map([
    ['COVERT_VISIT', '暗访'],
    ['SPECIAL_REPORT', '听取审议专项工作报告'],
    ['INSPECTION', '视察'],
  ]),
  projectMethods: new Set(['COVERT_VISIT', 'SPECIAL_REPORT']),
  departments: [
    { id: MARKET, code: 'market', tenantCode: '410302' },
    { id: TOWN_GOV, code: 'gov', tenantCode: '410302001' },
    // Listed by mistake from outside the subtree: the shared row check still refuses it.
    { id: ELSEWHERE, code: 'court', tenantCode: '410303' },
  ],
  callerTenantCode: '410302',
};

/** The template's own layout: columns A–H in template order. */
const columns = new Map<FindingSheetField, number>(
  FINDING_SHEET_COLUMNS.map((column, index) => [column.field, index + 1]),
);

function row(rowNumber: number, cells: Partial<Record<FindingSheetField, string>>): SheetRow {
  return {
    rowNumber,
    cells: {
      title: '窗口办事排队时间过长',
      description: '午间无人值守',
      method: '暗访',
      checklistCode: 'C2',
      category: '服务质效',
      severity: '一般',
      location: '政务服务中心',
      departmentId: '',
      ...cells,
    },
  };
}

describe('matchHeader', () => {
  const headers = ['', ...FINDING_SHEET_COLUMNS.map((column) => column.header)];

  it('finds each column of the template header', () => {
    expect(matchHeader(headers)).toEqual(columns);
  });

  it('reads full-width brackets, spaces, a required mark, another order and extra columns alike', () => {
    const shuffled = ['', '备注', ...FINDING_SHEET_COLUMNS.map((c) => c.header).reverse()];
    shuffled[4] = ' 严重程度（一般／较重／严重） ';
    shuffled[9] = '*问题标题';
    const found = matchHeader(shuffled);
    expect(found?.get('title')).toBe(9);
    expect(found?.get('severity')).toBe(4);
    expect(found?.size).toBe(FINDING_SHEET_COLUMNS.length);
  });

  it('is not the header when a column is missing or given twice', () => {
    expect(matchHeader(headers.slice(0, -1))).toBeNull();
    expect(matchHeader([...headers, '问题标题'])).toBeNull();
    expect(matchHeader(['', '姓名', '电话'])).toBeNull();
  });
});

/** What the import does with a sheet: read it, check the batch as any submission is checked, name the cells. */
function checkSheetRows(rows: SheetRow[]) {
  const read = readSheetRows(rows, context);
  const checked = checkFindingRows(read.batch, {
    methods: context.projectMethods,
    checklistCodes: new Set(['C1', 'C2']),
    departmentPaths: new Map([
      [MARKET, '4103.410302'],
      [TOWN_GOV, '4103.410302.410302001'],
      [ELSEWHERE, '4103.410303'],
    ]),
    callerPath: '4103.410302',
  });
  return {
    problems: sheetProblems(rows, columns, [...read.problems, ...checked.problems]),
    clean: checked.clean,
  };
}

describe('reading and checking the sheet', () => {
  it('maps Chinese names, labels and department codes to a clean batch', () => {
    const { problems, clean } = checkSheetRows([
      row(2, { departmentId: 'market' }),
      row(3, { method: 'special_report', severity: '严重', departmentId: '410302001-gov' }),
      row(4, { severity: 'SERIOUS', checklistCode: '', location: ' ' }),
    ]);
    expect(problems).toEqual([]);
    expect(clean).toEqual([
      expect.objectContaining({
        methodCode: 'COVERT_VISIT',
        severity: Severity.NORMAL,
        departmentId: MARKET,
      }),
      expect.objectContaining({
        methodCode: 'SPECIAL_REPORT',
        severity: Severity.CRITICAL,
        departmentId: TOWN_GOV,
      }),
      expect.objectContaining({ severity: Severity.SERIOUS, checklistCode: null, location: null }),
    ]);
  });

  it('names every bad cell by spreadsheet row, Chinese header and cell, and keeps nothing', () => {
    const { problems, clean } = checkSheetRows([
      row(2, {}),
      row(3, { method: '视察' }),
      row(5, { title: '  ' }),
      row(6, { departmentId: 'no-such' }),
      row(7, { severity: '很严重', checklistCode: 'C9' }),
      row(8, { departmentId: '410303-court' }),
    ]);
    expect(clean).toEqual([]);
    expect(problems.map(({ row: at, column, cell }) => [at, column, cell])).toEqual([
      [3, '监督方式', 'C3'],
      [5, '问题标题', 'A5'],
      [6, '责任单位编码', 'H6'],
      [7, '检查要点编码', 'D7'],
      [7, '严重程度(一般/较重/严重)', 'F7'],
      [8, '责任单位编码', 'H8'],
    ]);
    expect(problems.map((p) => p.reason)).toEqual([
      'METHOD_NOT_IN_PROJECT',
      'TITLE_REQUIRED',
      'UNKNOWN_DEPARTMENT_CODE',
      'UNKNOWN_CHECKLIST_CODE',
      'INVALID_SEVERITY',
      'DEPARTMENT_NOT_IN_SUBTREE',
    ]);
    expect(problems[0]?.zh).toContain('监督方式 视察 不在本项目的统一方法中');
    expect(problems[2]?.zh).toContain('no-such');
  });

  it('reports an empty method once, in its own words', () => {
    const { problems } = checkSheetRows([row(2, { method: '' })]);
    expect(problems).toEqual([
      {
        row: 2,
        column: '监督方式',
        cell: 'C2',
        field: 'method',
        reason: 'METHOD_REQUIRED',
        zh: '监督方式不能为空',
        en: 'method is required',
      },
    ]);
  });

  it('requires a severity', () => {
    const { problems } = checkSheetRows([row(9, { severity: '' })]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[9, '严重程度(一般/较重/严重)']]);
  });
});

describe('department codes', () => {
  it('reads a department code as the caller’s own unless a tenant code prefixes it', () => {
    expect(departmentKey('Market', '410302')).toBe('410302-market');
    expect(departmentKey('410302001-gov', '410302')).toBe('410302001-gov');
  });
});
