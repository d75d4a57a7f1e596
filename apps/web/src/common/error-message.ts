import { chineseHalf } from './chinese';
import type { CombinedError } from 'urql';

/** What a person is told for each error code when the API's own message cannot be shown. */
const BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: '登录已失效,请重新登录',
  FORBIDDEN: '无权查看或执行此操作',
  NOT_FOUND: '未找到相关内容,或无权查看',
  BAD_USER_INPUT: '填写的内容有误,请检查后重试',
  CONFLICT: '当前状态下不能执行此操作',
  INTERNAL_SERVER_ERROR: '服务器出错,请稍后重试',
};

/**
 * The API writes its messages as "中文 / English."; the console shows the Chinese half. Errors without a
 * Chinese message fall back to a sentence per error code, and failures to reach the API say so.
 */
export function errorMessage(error: CombinedError | undefined): string {
  if (!error) {
    return '未知错误,请稍后重试';
  }
  if (error.networkError && error.graphQLErrors.length === 0) {
    return '无法连接服务器,请检查网络后重试';
  }
  const first = error.graphQLErrors[0];
  const chinese = first ? chineseHalf(first.message) : '';
  if (chinese && /[\u4e00-\u9fff]/.test(chinese)) {
    return chinese;
  }
  const code = first?.extensions['code'];
  return (typeof code === 'string' && BY_CODE[code]) || '请求失败,请稍后重试';
}
