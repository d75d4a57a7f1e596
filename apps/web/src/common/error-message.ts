import type { CombinedError } from 'urql';
import { refusalText } from './refusal-text';

/**
 * What a person is told when a GraphQL request fails: the first refusal's text chosen by its reason (see
 * refusal-text), or that the API could not be reached.
 */
export function errorMessage(error: CombinedError | undefined): string {
  if (!error) {
    return '未知错误,请稍后重试';
  }
  if (error.networkError && error.graphQLErrors.length === 0) {
    return '无法连接服务器,请检查网络后重试';
  }
  return refusalText(error.graphQLErrors[0]?.extensions);
}
