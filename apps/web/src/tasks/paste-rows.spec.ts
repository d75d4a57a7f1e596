import {
  parsePaste,
  splitClipboard,
  toFindingInput,
  validateRow,
  type PasteContext,
  type PasteRow,
} from './paste-rows';

const CONTEXT: PasteContext = {
  methods: [
    { code: 'COVERT_VISIT', name: '暗访' },
    { code: 'INSPECTION', name: '视察' },
  ],
  checklistCodes: ['C1', 'C2'],
  departments: [{ id: 'dep-1', code: 'gov', name: '人民政府' }],
};

function row(overrides: Partial<PasteRow> = {}): PasteRow {
  return {
    title: '窗口无人值守',
    description: '午间无人',
    method: '暗访',
    checklistCode: 'C1',
    category: '服务质效',
    severity: '一般',
    location: '政务中心',
    department: 'gov',
    ...overrides,
  };
}

describe('splitClipboard', () => {
  it('splits tabs and lines, and keeps a quoted cell with a line break and quotes whole', () => {
    expect(splitClipboard('a\t"第一行\n第二行 ""引号"""\tc\r\nd\te\tf\r\n')).toEqual([
      ['a', '第一行\n第二行 "引号"', 'c'],
      ['d', 'e', 'f'],
    ]);
  });

  it('drops blank lines', () => {
    expect(splitClipboard('a\tb\n\n\t\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});

describe('parsePaste', () => {
  it('reads rows without a header in the template’s column order', () => {
    const [first] = parsePaste('标题一\t描述\t暗访\tC1\t类别\t较重\t地点\tgov');
    expect(first).toEqual({
      title: '标题一',
      description: '描述',
      method: '暗访',
      checklistCode: 'C1',
      category: '类别',
      severity: '较重',
      location: '地点',
      department: 'gov',
    });
  });

  it('follows a header row in any order, the template’s long headers included', () => {
    const rows = parsePaste(
      '问题类别\t问题标题\t严重程度(一般/较重/严重)\t责任单位编码\n落实不到位\t标题二\t严重\tgov',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      title: '标题二',
      category: '落实不到位',
      severity: '严重',
      department: 'gov',
      method: '',
    });
  });
});

describe('validateRow', () => {
  it('finds nothing wrong with a complete row', () => {
    expect(validateRow(row(), CONTEXT)).toEqual({});
  });

  it('names each empty required field', () => {
    expect(validateRow(row({ title: ' ', category: '', method: '', severity: '' }), CONTEXT)).toEqual({
      title: '问题标题不能为空',
      category: '问题类别不能为空',
      method: '监督方式不能为空',
      severity: '严重程度不能为空',
    });
  });

  it('refuses a method outside the project, an unknown severity, checklist code or department', () => {
    const errors = validateRow(
      row({ method: '飞行检查', severity: '很严重', checklistCode: 'C9', department: 'court' }),
      CONTEXT,
    );
    expect(Object.keys(errors).sort()).toEqual(['checklistCode', 'department', 'method', 'severity']);
    expect(errors.method).toContain('飞行检查');
  });

  it('refuses a title over 200 characters', () => {
    expect(validateRow(row({ title: '长'.repeat(201) }), CONTEXT).title).toBe('问题标题不能超过 200 字');
  });
});

describe('toFindingInput', () => {
  it('maps names to the codes and ids the API takes', () => {
    expect(
      toFindingInput(
        row({ method: '视察', severity: '严重', department: '人民政府', location: '' }),
        CONTEXT,
      ),
    ).toEqual({
      title: '窗口无人值守',
      description: '午间无人',
      method: 'INSPECTION',
      checklistCode: 'C1',
      category: '服务质效',
      severity: 'CRITICAL',
      location: null,
      departmentId: 'dep-1',
    });
  });
});
