import { Role } from '@liandong/tenancy';
import {
  AccountSheetRow,
  AccountSheetContext,
  importRefusal,
  matchHeader,
  parseRoles,
  readAccountRows,
  sheetProblems,
} from './account-sheet';

const context: AccountSheetContext = {
  grantorRoles: [Role.COORDINATOR],
  departments: [
    { id: 'unit-market', code: 'market', name: '市场监督管理局', retiredAt: null },
    { id: 'unit-old', code: 'old', name: '旧局', retiredAt: new Date('2024-01-01T00:00:00Z') },
  ],
  committees: [
    { id: 'committee-caijing', code: 'caijing', name: '财政经济委员会', retiredAt: null },
    { id: 'committee-gone', code: 'gone', name: '已撤委室', retiredAt: new Date('2024-01-01T00:00:00Z') },
  ],
};

function row(
  rowNumber: number,
  cells: Partial<Record<'username' | 'displayName' | 'roles' | 'departmentCode' | 'committeeCode', string>>,
): AccountSheetRow {
  return {
    rowNumber,
    cells: { username: '', displayName: '', roles: '', departmentCode: '', committeeCode: '', ...cells },
  };
}

const problemsOf = (rows: AccountSheetRow[]) =>
  readAccountRows(rows, context).problems.map(
    (problem) => `${problem.index}:${problem.field}:${problem.reason}`,
  );

describe('the accounts sheet', () => {
  it('finds its header among other columns, in any order', () => {
    const columns = matchHeader(['', '备注', '委室编码', '姓名', '用户名', '角色', '承办单位编码']);
    expect(columns && Object.fromEntries(columns)).toEqual({
      committeeCode: 2,
      displayName: 3,
      username: 4,
      roles: 5,
      departmentCode: 6,
    });
    expect(matchHeader(['', '用户名', '姓名', '角色'])).toBeNull();
  });

  it('reads Chinese role names separated by 、 or commas, and the English values', () => {
    expect(parseRoles('联络员、工作人员')).toEqual({ roles: [Role.COORDINATOR, Role.MEMBER], unknown: [] });
    expect(parseRoles('只读, member,COORDINATOR')).toEqual({
      roles: [Role.COORDINATOR, Role.MEMBER, Role.VIEWER],
      unknown: [],
    });
    expect(parseRoles('主任、只读')).toEqual({ roles: [Role.VIEWER], unknown: ['主任'] });
  });

  it('reads good rows into accounts: the unit and committee by code of the tenant', () => {
    const read = readAccountRows(
      [
        row(2, { username: 'wang.li', displayName: ' 王力 ', roles: '工作人员', committeeCode: 'CaiJing' }),
        row(3, {
          username: 'market-2',
          displayName: '市场监管局二号',
          roles: '承办单位',
          departmentCode: 'market',
        }),
      ],
      context,
    );
    expect(read.problems).toEqual([]);
    expect(read.drafts).toEqual([
      {
        username: 'wang.li',
        displayName: '王力',
        roles: [Role.MEMBER],
        departmentId: null,
        committeeId: 'committee-caijing',
      },
      {
        username: 'market-2',
        displayName: '市场监管局二号',
        roles: [Role.DEPARTMENT],
        departmentId: 'unit-market',
        committeeId: null,
      },
    ]);
  });

  it('names every bad cell: format, unknown and retired codes, placement, grants, repeats', () => {
    expect(
      problemsOf([
        row(2, { username: 'a', displayName: '', roles: '工作人员' }),
        row(3, { username: 'li', displayName: '李', roles: '管理员' }),
        row(4, { username: 'zhao', displayName: '赵', roles: '承办单位' }),
        row(5, { username: 'zhao', displayName: '赵二', roles: '工作人员', departmentCode: 'market' }),
        row(6, { username: 'qian', displayName: '钱', roles: '工作人员', committeeCode: 'nope' }),
        row(7, {
          username: 'sun',
          displayName: '孙',
          roles: '承办单位',
          departmentCode: 'old',
          committeeCode: 'gone',
        }),
        row(8, { username: 'zhou', displayName: '周', roles: '主任' }),
      ]),
    ).toEqual([
      '0:username:INVALID_USERNAME',
      '0:displayName:INVALID_DISPLAY_NAME',
      '1:username:INVALID_USERNAME',
      '1:roles:ROLE_NOT_GRANTABLE',
      '2:departmentCode:DEPARTMENT_REQUIRED',
      '3:username:DUPLICATE_USERNAME',
      '3:departmentCode:DEPARTMENT_WITHOUT_DEPARTMENT_ROLE',
      '4:committeeCode:UNKNOWN_COMMITTEE_CODE',
      '5:departmentCode:DEPARTMENT_RETIRED',
      '5:committeeCode:COMMITTEE_RETIRED',
      '5:committeeCode:COMMITTEE_NOT_FOR_DEPARTMENT',
      '6:roles:UNKNOWN_ROLE',
    ]);
  });

  it('an ADMIN may import administrators', () => {
    const read = readAccountRows(
      [row(2, { username: 'admin-2', displayName: '管理员二', roles: '管理员' })],
      {
        ...context,
        grantorRoles: [Role.ADMIN],
      },
    );
    expect(read.problems).toEqual([]);
  });

  it('refuses the whole sheet naming each cell once, by row number and Chinese header', () => {
    const rows = [
      row(2, { username: 'ok-1', displayName: '一', roles: '工作人员' }),
      row(5, { username: 'x', displayName: '二', roles: '只读', committeeCode: 'nope' }),
    ];
    const columns = matchHeader(['', '用户名', '姓名', '角色', '承办单位编码', '委室编码']);
    if (!columns) {
      throw new Error('the template header was not recognised');
    }
    const read = readAccountRows(rows, context);
    const problems = sheetProblems(rows, columns, [
      ...read.problems,
      { index: 1, field: 'username', reason: 'DUPLICATE_USERNAME', zh: '已被使用', en: 'taken' },
    ]);
    expect(problems.map(({ row: at, column, cell, reason }) => ({ at, column, cell, reason }))).toEqual([
      { at: 5, column: '用户名', cell: 'A5', reason: 'INVALID_USERNAME' },
      { at: 5, column: '委室编码', cell: 'E5', reason: 'UNKNOWN_COMMITTEE_CODE' },
    ]);
    const refusal = importRefusal(problems);
    expect(refusal.reason).toBe('INVALID_ROWS');
    expect(refusal.zh).toMatch(/^2 处错误,未导入任何账号 — 第 5 行「用户名」/);
    expect(refusal.details['rows']).toHaveLength(2);
  });
});
