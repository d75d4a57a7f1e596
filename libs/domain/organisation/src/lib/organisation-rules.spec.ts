import { AppException, parseInput } from '@liandong/errors';
import { DepartmentKind } from '@liandong/tenancy';
import { committeeSchema } from './committees/committee-rules';
import { duplicateCode } from './organisation-rules';
import { unitSchema, unitUpdateSchema } from './units/unit-rules';

function refusal(run: () => unknown): AppException {
  try {
    run();
  } catch (error) {
    if (error instanceof AppException) {
      return error;
    }
    throw error;
  }
  throw new Error('not refused');
}

function fields(error: AppException): Array<{ field: string; reason: string }> {
  return (error.details['fields'] as Array<{ field: string; reason: string }>).map(({ field, reason }) => ({
    field,
    reason,
  }));
}

const unit = { code: 'water', name: '洛阳市水利局', kind: DepartmentKind.GOVERNMENT_DEPARTMENT };

describe('unit and committee codes and names', () => {
  it('takes a good unit, trimming code and name', () => {
    expect(parseInput(unitSchema, { ...unit, code: ' water ', name: ' 洛阳市水利局 ' }, 'input')).toEqual(
      unit,
    );
  });

  it.each(['w', 'Water', '1water', 'water_bureau', 'water bureau', `w${'a'.repeat(32)}`, '水利'])(
    'refuses the code %j as INVALID_CODE on input.code',
    (code) => {
      const error = refusal(() => parseInput(unitSchema, { ...unit, code }, 'input'));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(fields(error)).toEqual([{ field: 'input.code', reason: 'INVALID_CODE' }]);
    },
  );

  it.each(['wa', 'water-2', `w${'a'.repeat(31)}`])('takes the code %j', (code) => {
    expect(parseInput(unitSchema, { ...unit, code }, 'input').code).toBe(code);
  });

  it('refuses an empty name and one past 60 characters, each by its reason', () => {
    expect(fields(refusal(() => parseInput(unitSchema, { ...unit, name: '   ' }, 'input')))).toEqual([
      { field: 'input.name', reason: 'NAME_REQUIRED' },
    ]);
    expect(
      fields(refusal(() => parseInput(unitSchema, { ...unit, name: '局'.repeat(61) }, 'input'))),
    ).toEqual([{ field: 'input.name', reason: 'NAME_TOO_LONG' }]);
    expect(parseInput(unitSchema, { ...unit, name: '局'.repeat(60) }, 'input').name).toHaveLength(60);
  });

  it('lets an update leave out what does not change, and checks what does', () => {
    expect(parseInput(unitUpdateSchema, {}, 'input')).toEqual({});
    expect(fields(refusal(() => parseInput(unitUpdateSchema, { name: '' }, 'input')))).toEqual([
      { field: 'input.name', reason: 'NAME_REQUIRED' },
    ]);
  });

  it('makes a committee an ordinary one unless it is said to coordinate', () => {
    expect(parseInput(committeeSchema, { code: 'caijing', name: '财政经济委员会' }, 'input')).toEqual({
      code: 'caijing',
      name: '财政经济委员会',
      coordinates: false,
    });
    expect(
      parseInput(committeeSchema, { code: 'tongchou', name: '统筹办', coordinates: true }, 'input')
        .coordinates,
    ).toBe(true);
  });

  it('refuses a taken code as CONFLICT DUPLICATE_CODE, naming the code without hiding the refusal’s code', () => {
    const error = duplicateCode('water', { zh: '承办单位', en: 'department' });
    expect(error.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'DUPLICATE_CODE',
      duplicateCode: 'water',
      zh: '本机关已有编码为 water 的承办单位(已撤销的也保留编码)',
    });
  });
});
