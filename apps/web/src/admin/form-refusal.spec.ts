import { problem, refusedWith } from '../common/refusal.fixture';
import { formProblems } from './form-refusal';

const FIELDS = ['code', 'name', 'kind'] as const;

describe('formProblems', () => {
  it('puts each field the API names beside that field, without the input prefix', () => {
    const error = refusedWith({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      zh: '输入有误',
      fields: [
        problem('input.code', 'INVALID_CODE', '编码须为 2–32 位小写字母', 'bad code'),
        problem('input.name', 'NAME_TOO_LONG', '名称不能超过 60 个字', 'too long'),
      ],
    });
    expect(formProblems(error, FIELDS, 'code')).toEqual([
      { name: 'code', errors: ['编码须为 2–32 位小写字母'] },
      { name: 'name', errors: ['名称不能超过 60 个字'] },
    ]);
  });

  it('shows a taken code beside the code, in the API’s words naming it', () => {
    const error = refusedWith({
      code: 'CONFLICT',
      reason: 'DUPLICATE_CODE',
      zh: '本机关已有编码为 water 的承办单位(已撤销的也保留编码)',
      duplicateCode: 'water',
    });
    expect(formProblems(error, FIELDS, 'name')).toEqual([
      { name: 'code', errors: ['本机关已有编码为 water 的承办单位(已撤销的也保留编码)'] },
    ]);
  });

  it('shows a role the caller may not grant beside the roles', () => {
    const error = refusedWith({
      code: 'FORBIDDEN',
      reason: 'ROLE_NOT_GRANTABLE',
      zh: '无权授予或管理“管理员”角色的账号',
      role: 'ADMIN',
    });
    expect(formProblems(error, ['username', 'roles'] as const, 'username')).toEqual([
      { name: 'roles', errors: ['无权授予或管理“管理员”角色的账号'] },
    ]);
  });

  it('shows anything else beside the fallback field', () => {
    const error = refusedWith({ code: 'NOT_FOUND', reason: 'NOT_FOUND', zh: '未找到承办单位' });
    expect(formProblems(error, FIELDS, 'name')).toEqual([{ name: 'name', errors: ['未找到承办单位'] }]);
  });

  it('leaves out fields the form does not have, and then falls back', () => {
    const error = refusedWith({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      zh: '输入有误',
      fields: [problem('input.parentId', 'INVALID_ID', '不是有效的编号', 'not an id')],
    });
    expect(formProblems(error, FIELDS, 'code')).toEqual([
      { name: 'code', errors: ['填写的内容有误:不是有效的编号'] },
    ]);
  });
});
