import { catalogueRows, METHOD_CODE_PATTERN } from './method-catalogue';

describe('catalogueRows', () => {
  it('marks a method retired when only the full list has it, and lists active methods first', () => {
    const rows = catalogueRows({
      active: [
        { code: 'SPECIAL_REPORT', name: '听取专项报告' },
        { code: 'APPRAISAL', name: '工作评议' },
      ],
      all: [
        { code: 'APPRAISAL', name: '工作评议' },
        { code: 'ENFORCEMENT_CHECK', name: '执法检查' },
        { code: 'SPECIAL_REPORT', name: '听取专项报告' },
      ],
    });
    expect(rows.map((row) => [row.code, row.retired])).toEqual([
      ['APPRAISAL', false],
      ['SPECIAL_REPORT', false],
      ['ENFORCEMENT_CHECK', true],
    ]);
  });
});

describe('METHOD_CODE_PATTERN', () => {
  it.each(['FIELD_VISIT', 'A1', 'INSPECTION_2024'])('takes %s', (code) => {
    expect(METHOD_CODE_PATTERN.test(code)).toBe(true);
  });
  it.each(['field_visit', '1ABC', 'A', 'A-B', '实地察看', 'A'.repeat(41)])('refuses %s', (code) => {
    expect(METHOD_CODE_PATTERN.test(code)).toBe(false);
  });
});
