import { CombinedError } from 'urql';
import { isNotFound } from './not-found';

function refusal(code: string, path: Array<string | number> = ['finding']): CombinedError {
  return new CombinedError({
    graphQLErrors: [{ message: '问题不存在或无权查看 / not found', extensions: { code }, path }],
  });
}

describe('isNotFound', () => {
  it('treats a null answer, or a refusal to show the id, as not found', () => {
    expect(isNotFound(null, undefined)).toBe(true);
    expect(isNotFound(undefined, refusal('NOT_FOUND'))).toBe(true);
    expect(isNotFound(undefined, refusal('FORBIDDEN'))).toBe(true);
  });

  it('does not take a refused nested field for a missing finding', () => {
    expect(isNotFound(null, refusal('NOT_FOUND', ['finding', 'reviews', 0, 'by']))).toBe(false);
  });

  it('leaves other failures to be shown as errors', () => {
    expect(isNotFound(undefined, refusal('INTERNAL_SERVER_ERROR'))).toBe(false);
    expect(isNotFound(undefined, new CombinedError({ networkError: new Error('offline') }))).toBe(false);
  });
});
