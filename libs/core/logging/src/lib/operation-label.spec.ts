import { errorCodeLabel, operationNameLabel, operationTypeLabel } from './operation-label';

describe('operationNameLabel', () => {
  it('keeps a plain identifier as it is', () => {
    expect(operationNameLabel('HandoffsPage')).toBe('HandoffsPage');
    expect(operationNameLabel('_private_1')).toBe('_private_1');
  });

  it('names an operation without a name "anonymous"', () => {
    expect(operationNameLabel(undefined)).toBe('anonymous');
    expect(operationNameLabel(null)).toBe('anonymous');
    expect(operationNameLabel('')).toBe('anonymous');
  });

  it('folds names that are not identifiers into "other"', () => {
    expect(operationNameLabel('1stQuery')).toBe('other');
    expect(operationNameLabel('a-b')).toBe('other');
    expect(operationNameLabel('名称')).toBe('other');
    expect(operationNameLabel('x y')).toBe('other');
    // nothing a caller slips into a name reaches a log line
    expect(operationNameLabel('张三 13912345678')).toBe('other');
    expect(operationNameLabel('Q\n{"level":50}')).toBe('other');
  });

  it('accepts 64 characters and folds 65', () => {
    expect(operationNameLabel('a'.repeat(64))).toBe('a'.repeat(64));
    expect(operationNameLabel('a'.repeat(65))).toBe('other');
  });
});

describe('operationTypeLabel', () => {
  it('keeps the three operation types and calls the rest unknown', () => {
    expect(operationTypeLabel('query')).toBe('query');
    expect(operationTypeLabel('mutation')).toBe('mutation');
    expect(operationTypeLabel('subscription')).toBe('subscription');
    expect(operationTypeLabel(undefined)).toBe('unknown');
    expect(operationTypeLabel('drop')).toBe('unknown');
  });
});

describe('errorCodeLabel', () => {
  it('keeps UPPER_SNAKE codes and folds anything else', () => {
    expect(errorCodeLabel('FORBIDDEN')).toBe('FORBIDDEN');
    expect(errorCodeLabel(undefined)).toBe('NONE');
    expect(errorCodeLabel('not a code')).toBe('OTHER');
    expect(errorCodeLabel('X'.repeat(65))).toBe('OTHER');
  });
});
