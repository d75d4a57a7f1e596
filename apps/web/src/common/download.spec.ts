import { responseError } from './download';

function answered(status: number, body: unknown): Response {
  const json = () =>
    body === undefined ? Promise.reject(new SyntaxError('not JSON')) : Promise.resolve(body);
  return { status, json } as unknown as Response;
}

describe('responseError', () => {
  it('tells a plain-HTTP refusal the way GraphQL ones are told', async () => {
    const refusal = {
      code: 'BAD_USER_INPUT',
      reason: 'FILE_TYPE_NOT_ALLOWED',
      zh: '不支持的文件类型',
      en: 'file type not allowed',
      message: '不支持的文件类型 / file type not allowed',
    };
    expect(await responseError(answered(400, refusal))).toBe('不支持的文件类型');
    expect(await responseError(answered(403, { code: 'FORBIDDEN', reason: 'FORBIDDEN' }))).toBe(
      '无权查看或执行此操作',
    );
  });

  it('says the status when the answer is no refusal', async () => {
    expect(await responseError(answered(502, undefined))).toBe('请求失败(502),请稍后重试');
    expect(await responseError(answered(401, { message: 'Unauthorized' }))).toBe('登录已失效,请重新登录');
  });
});
