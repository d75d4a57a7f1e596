import { operationLabel } from './graphql-outcome';

describe('operationLabel', () => {
  it('logs a plain operation name as it is', () => {
    expect(operationLabel('SubmitFindings')).toBe('SubmitFindings');
    expect(operationLabel('a_1')).toBe('a_1');
  });

  it.each([
    ['no name', undefined],
    ['null', null],
    ['an empty name', ''],
    ['65 characters', 'a'.repeat(65)],
    ['text a caller slipped in', '张三 13912345678'],
    ['a forged log line', 'Q\n{"level":50}'],
  ])('calls %s "other"', (_what, name) => {
    expect(operationLabel(name)).toBe('other');
  });
});
