import { returnReasonError } from './review-decision';

describe('returnReasonError', () => {
  it.each([undefined, '', '   \n'])('requires a reason to return (%p)', (reason) => {
    expect(returnReasonError(reason)).toBe('退回时须填写退回理由');
  });

  it('accepts a written reason', () => {
    expect(returnReasonError('未写明收费依据')).toBeNull();
  });

  it('refuses a reason longer than 500 characters', () => {
    expect(returnReasonError('长'.repeat(501))).toBe('退回理由不能超过 500 字');
  });
});
