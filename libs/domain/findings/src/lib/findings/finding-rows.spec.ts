import { checkFindingRows, FindingRow, FindingRowContext } from './finding-rows';
import { Severity } from './finding-status';

const DEPARTMENT = '0b1f6d0e-5c0a-4c3e-9a4b-1d2e3f4a5b6c';
const FOREIGN_DEPARTMENT = '1b1f6d0e-5c0a-4c3e-9a4b-1d2e3f4a5b6c';

const context: FindingRowContext = {
  methods: new Set(['COVERT_VISIT', 'INSPECTION']),
  checklistCodes: new Set(['C1', 'C2']),
  departmentPaths: new Map([
    [DEPARTMENT, '4103.410302'],
    [FOREIGN_DEPARTMENT, '4103.410303'],
  ]),
  callerPath: '4103.410302',
};

function row(overrides: Partial<FindingRow> = {}): FindingRow {
  return {
    title: '河道垃圾未清理',
    description: '',
    method: 'COVERT_VISIT',
    checklistCode: 'C1',
    category: '生态环境',
    severity: Severity.SERIOUS,
    location: '洛河老城段',
    departmentId: DEPARTMENT,
    ...overrides,
  };
}

describe('checkFindingRows', () => {
  it('accepts good rows and trims them', () => {
    const { problems, clean } = checkFindingRows(
      [row({ title: '  河道垃圾未清理  ', checklistCode: ' ' })],
      context,
    );
    expect(problems).toEqual([]);
    expect(clean[0]).toMatchObject({
      title: '河道垃圾未清理',
      checklistCode: null,
      methodCode: 'COVERT_VISIT',
    });
  });

  it.each<[string, Partial<FindingRow>, string, string]>([
    ['an empty title', { title: '   ' }, 'title', 'TITLE_REQUIRED'],
    ['an overlong title', { title: '问'.repeat(201) }, 'title', 'TITLE_TOO_LONG'],
    ['an overlong description', { description: '述'.repeat(5_001) }, 'description', 'DESCRIPTION_TOO_LONG'],
    ['a method outside the project', { method: 'CASE_REVIEW' }, 'method', 'METHOD_NOT_IN_PROJECT'],
    ['an unknown checklist code', { checklistCode: 'C9' }, 'checklistCode', 'UNKNOWN_CHECKLIST_CODE'],
    ['an empty category', { category: '' }, 'category', 'CATEGORY_REQUIRED'],
    ['an overlong category', { category: '类'.repeat(51) }, 'category', 'CATEGORY_TOO_LONG'],
    ['an overlong location', { location: '地'.repeat(201) }, 'location', 'LOCATION_TOO_LONG'],
    [
      'a department outside the subtree',
      { departmentId: FOREIGN_DEPARTMENT },
      'departmentId',
      'DEPARTMENT_NOT_IN_SUBTREE',
    ],
    [
      'a department that does not exist',
      { departmentId: '2b1f6d0e-5c0a-4c3e-9a4b-1d2e3f4a5b6c' },
      'departmentId',
      'DEPARTMENT_NOT_IN_SUBTREE',
    ],
    [
      'a department id that is not an id',
      { departmentId: 'market' },
      'departmentId',
      'DEPARTMENT_NOT_IN_SUBTREE',
    ],
    [
      'an activity not of the assignment',
      { activityId: '3b1f6d0e-5c0a-4c3e-9a4b-1d2e3f4a5b6c' },
      'activityId',
      'ACTIVITY_NOT_OF_ASSIGNMENT',
    ],
  ])('names %s', (_what, overrides, field, reason) => {
    const { problems, clean } = checkFindingRows([row(), row(overrides)], context);
    expect(problems).toEqual([expect.objectContaining({ index: 1, field, reason })]);
    expect(problems[0]?.zh).toMatch(/[\p{Script=Han}]/u);
    expect(problems[0]?.en).toMatch(/^[\x20-\x7e]+$/);
    expect(clean).toEqual([]);
  });

  it('names a retired unit of the subtree as retired, the others as before', () => {
    const retiredContext: FindingRowContext = {
      ...context,
      retiredDepartments: new Map([
        [DEPARTMENT, { name: '洛阳市水利局' }],
        [FOREIGN_DEPARTMENT, { name: '邻县水利局' }],
      ]),
    };
    const { problems, clean } = checkFindingRows(
      [row({ departmentId: null }), row(), row({ departmentId: FOREIGN_DEPARTMENT })],
      retiredContext,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        index: 1,
        field: 'departmentId',
        reason: 'DEPARTMENT_RETIRED',
        zh: '承办单位“洛阳市水利局”已撤销,不能再接收新的问题或交办事项',
      }),
      expect.objectContaining({ index: 2, field: 'departmentId', reason: 'DEPARTMENT_NOT_IN_SUBTREE' }),
    ]);
    expect(clean).toEqual([]);
  });

  it('reports every problem of every row, not just the first', () => {
    const { problems } = checkFindingRows(
      [row({ title: '', method: 'X' }), row(), row({ category: '' })],
      context,
    );
    expect(problems.map((p) => `${p.index}:${p.field}`)).toEqual(['0:title', '0:method', '2:category']);
  });
});
