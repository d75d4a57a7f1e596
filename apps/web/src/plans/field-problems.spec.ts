import { problem, refusedWith } from '../common/refusal.fixture';
import { fieldProblems, formFieldName } from './field-problems';

describe('field problems reported by the API', () => {
  it('map the API’s field paths onto the form’s fields', () => {
    expect(formFieldName('unifications.scheme.endsAt')).toEqual(['scheme', 'endsOn']);
    expect(formFieldName('input.unifications.policy.checklist.1.code')).toEqual([
      'policy',
      'checklist',
      1,
      'code',
    ]);
    expect(formFieldName('unifications.policy.legalBasis.2')).toEqual(['policy', 'legalBasis']);
  });

  it('are read from extensions.fields with their Chinese message', () => {
    const error = refusedWith({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      zh: '输入有误',
      en: 'Invalid input',
      fields: [problem('unifications.methods.0', 'UNKNOWN_METHOD', '未知的监督方式', 'unknown method')],
    });
    expect(fieldProblems(error)).toEqual([{ name: ['methods', 0], message: '未知的监督方式' }]);
  });

  it('are none for other errors', () => {
    const error = refusedWith({ code: 'FORBIDDEN', reason: 'FORBIDDEN', zh: '无权', en: 'Forbidden' });
    expect(fieldProblems(error)).toEqual([]);
    expect(fieldProblems(undefined)).toEqual([]);
  });
});
