import { CombinedError } from 'urql';
import { errorMessage } from './error-message';
import { refusedWith } from './refusal.fixture';

describe('errorMessage', () => {
  it('tells the first refusal by its reason', () => {
    expect(
      errorMessage(refusedWith({ code: 'NOT_FOUND', reason: 'NOT_FOUND', zh: '交办事项不存在或无权查看' })),
    ).toBe('交办事项不存在或无权查看');
    expect(
      errorMessage(
        refusedWith({
          code: 'CONFLICT',
          reason: 'EXTENSION_ALREADY_DECIDED',
          zh: '该延期申请已处理',
          en: 'x',
        }),
      ),
    ).toBe('该延期申请已处理');
    expect(errorMessage(refusedWith({ code: 'UNAUTHENTICATED' }))).toBe('登录已失效,请重新登录');
  });

  it('says so when the API cannot be reached', () => {
    expect(errorMessage(new CombinedError({ networkError: new Error('Failed to fetch') }))).toBe(
      '无法连接服务器,请检查网络后重试',
    );
    expect(errorMessage(undefined)).toBe('未知错误,请稍后重试');
  });
});
