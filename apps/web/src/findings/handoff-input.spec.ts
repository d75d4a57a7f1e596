import { handoffInput, placeHandoffErrors } from './handoff-input';

const day = (iso: string) => ({ format: () => iso });

describe('handoffInput', () => {
  it('names every missing field at once', () => {
    expect(handoffInput(['f1'], { deadlineMode: 'date' })).toEqual({
      errors: [
        { field: 'departmentId', message: '请选择承办单位' },
        { field: 'deadline', message: '请选择整改时限' },
      ],
    });
  });

  it('reads a picked day as the end of that day in Beijing', () => {
    expect(
      handoffInput(['f1', 'f2'], { departmentId: 'd1', deadlineMode: 'date', deadline: day('2026-06-30') }),
    ).toEqual({
      input: { findingIds: ['f1', 'f2'], departmentId: 'd1', deadline: '2026-06-30T15:59:59.000Z' },
    });
  });

  it('sends working days instead of a date, and ignores a day picked before switching', () => {
    expect(
      handoffInput(['f1'], {
        departmentId: 'd1',
        deadlineMode: 'workingDays',
        workingDays: 10,
        deadline: day('2026-06-30'),
      }),
    ).toEqual({ input: { findingIds: ['f1'], departmentId: 'd1', workingDays: 10 } });
  });

  it.each([0, -3, 2.5, null])('refuses %p working days', (workingDays) => {
    expect(handoffInput(['f1'], { departmentId: 'd1', deadlineMode: 'workingDays', workingDays })).toEqual({
      errors: [{ field: 'workingDays', message: '请填写整改工作日数(正整数)' }],
    });
  });

  it('sends a trimmed letter number, and none when left blank so the API numbers it', () => {
    const base = { departmentId: 'd1', deadlineMode: 'workingDays' as const, workingDays: 5 };
    expect(handoffInput(['f1'], { ...base, letterNo: ' 洛人常交〔2026〕3号 ' })).toMatchObject({
      input: { letterNo: '洛人常交〔2026〕3号' },
    });
    expect(handoffInput(['f1'], { ...base, letterNo: '  ' })).not.toHaveProperty('input.letterNo');
  });
});

describe('placeHandoffErrors', () => {
  it('puts the API’s deadline error on whichever deadline input is showing', () => {
    const errors = [{ field: 'input.deadline', message: '整改时限须晚于当前时间' }];
    expect(placeHandoffErrors(errors, 'date').fields).toEqual([
      { name: 'deadline', errors: ['整改时限须晚于当前时间'] },
    ]);
    expect(placeHandoffErrors(errors, 'workingDays').fields).toEqual([
      { name: 'workingDays', errors: ['整改时限须晚于当前时间'] },
    ]);
  });

  it('keeps errors about no field of the form for the dialog’s own alert', () => {
    const placed = placeHandoffErrors(
      [
        { field: 'input.departmentId', message: '只能交办给本级承办单位' },
        { field: 'input.findingIds', message: '一次交办的问题须属于同一联动项目' },
      ],
      'date',
    );
    expect(placed.fields).toEqual([{ name: 'departmentId', errors: ['只能交办给本级承办单位'] }]);
    expect(placed.rest).toEqual(['一次交办的问题须属于同一联动项目']);
  });
});
