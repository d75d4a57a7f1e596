import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
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
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('输入有误 / Invalid input', {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'unifications.methods.0', message: '未知的监督方式 / unknown method' }],
          },
        }),
      ],
    });
    expect(fieldProblems(error)).toEqual([{ name: ['methods', 0], message: '未知的监督方式' }]);
  });

  it('are none for other errors', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('无权 / Forbidden', { extensions: { code: 'FORBIDDEN' } })],
    });
    expect(fieldProblems(error)).toEqual([]);
    expect(fieldProblems(undefined)).toEqual([]);
  });
});
