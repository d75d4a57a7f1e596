import { problemText, refusalText } from './refusal-text';

describe('refusalText', () => {
  it('words a reason the console knows, whatever the API says', () => {
    expect(
      refusalText({
        code: 'FORBIDDEN',
        reason: 'FORBIDDEN',
        zh: '无权执行此操作',
        en: 'You may not do this.',
      }),
    ).toBe('无权查看或执行此操作');
    expect(
      refusalText({
        code: 'TOO_MANY_REQUESTS',
        reason: 'SIGN_IN_THROTTLED',
        zh: '登录失败次数过多',
        en: 'Too many failed sign-ins.',
        retryAfterSeconds: 62,
      }),
    ).toBe('登录失败次数过多,请 62 秒后再试');
  });

  it('tells a person holding an issued password to change it first', () => {
    expect(
      refusalText({
        code: 'FORBIDDEN',
        reason: 'PASSWORD_CHANGE_REQUIRED',
        zh: '请先修改初始密码',
        en: 'Change the password you were given before doing anything else.',
      }),
    ).toBe('请先修改管理员发放的初始密码,修改后才能使用其他功能');
  });

  it('lists the problems of an INVALID_INPUT refusal in the console’s words', () => {
    expect(
      refusalText({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        zh: '输入有误 — reason: 退回须说明理由',
        en: 'Invalid input — reason: returning needs a reason',
        fields: [
          {
            field: 'reason',
            reason: 'REASON_REQUIRED',
            zh: '退回须说明理由',
            en: 'returning needs a reason',
          },
          { field: 'name', reason: 'NAME_TAKEN', zh: '名称已被使用', en: 'name taken' },
        ],
      }),
    ).toBe('填写的内容有误:退回须说明理由;名称已被使用');
  });

  it('counts the rows of an INVALID_ROWS refusal', () => {
    expect(
      refusalText({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_ROWS',
        zh: '2 处错误,未保存任何数据 — …',
        rows: [{ index: 0 }, { index: 3 }],
      }),
    ).toBe('2 处错误,未保存任何数据,请按提示修改');
  });

  it('shows the API’s Chinese for a reason it does not word itself', () => {
    expect(
      refusalText({
        code: 'CONFLICT',
        reason: 'HANDOFF_NOT_EVALUABLE',
        zh: '只有已办结的交办事项可以评议',
        en: 'Only a closed handoff can be evaluated.',
      }),
    ).toBe('只有已办结的交办事项可以评议');
  });

  it('says the sentence of the code when there is no Chinese, and never reads the message', () => {
    expect(refusalText({ code: 'CONFLICT', reason: 'SOMETHING_NEW', message: '中文 / English' })).toBe(
      '当前状态下不能执行此操作',
    );
    expect(refusalText({ code: 'PAYLOAD_TOO_LARGE', message: '请求体超过 20 MB 上限 / too large' })).toBe(
      '文件或内容过大,超过了上传上限',
    );
    expect(
      refusalText({ code: 'INTERNAL_SERVER_ERROR', correlationId: 'c-1', message: '服务器内部错误' }),
    ).toBe('服务器出错,请稍后重试;如仍失败,请联系管理员并提供编号 c-1');
  });

  it("words the server's own failure itself, but keeps the API's advice for a timed-out query", () => {
    const failed = { code: 'INTERNAL_SERVER_ERROR', correlationId: 'c-2' };
    expect(refusalText({ ...failed, reason: 'INTERNAL_ERROR', zh: '服务器内部错误,编号 c-2' })).toBe(
      '服务器出错,请稍后重试;如仍失败,请联系管理员并提供编号 c-2',
    );
    expect(
      refusalText({ ...failed, reason: 'OPERATION_TIMED_OUT', zh: '查询超过 30 秒未完成,请缩小范围后重试' }),
    ).toBe('查询超过 30 秒未完成,请缩小范围后重试');
  });

  it('falls back to what the caller says for anything else', () => {
    expect(refusalText({ code: 'I_AM_A_TEAPOT' })).toBe('请求失败,请稍后重试');
    expect(refusalText(null, '导入失败(502),请稍后重试')).toBe('导入失败(502),请稍后重试');
    expect(refusalText('Bad Gateway', '请求失败(502)')).toBe('请求失败(502)');
  });
});

describe('problemText', () => {
  it('words a problem by its reason, else shows its Chinese, else says the field is wrong', () => {
    expect(
      problemText({ field: 'reason', reason: 'TEXT_TOO_LONG', zh: '不能超过 2000 字', en: 'too long' }),
    ).toBe('不能超过 2000 字');
    expect(
      problemText({ field: 'title', reason: 'TITLE_REQUIRED', zh: '问题标题不能为空', en: 'required' }),
    ).toBe('问题标题不能为空');
    expect(
      problemText({ field: 'title', reason: 'TITLE_REQUIRED', message: '问题标题不能为空 / required' }),
    ).toBe('填写有误');
  });
});
