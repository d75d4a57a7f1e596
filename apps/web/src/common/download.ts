import type { ApiFetch } from '../auth/api-fetch';
import { refusalText } from './refusal-text';

/** What a person is told when a plain-HTTP route refuses: its body is a refusal like GraphQL's extensions. */
export async function responseError(response: Response): Promise<string> {
  const otherwise =
    response.status === 401 ? '登录已失效,请重新登录' : `请求失败(${response.status}),请稍后重试`;
  try {
    return refusalText(await response.json(), otherwise);
  } catch {
    // not JSON: the status is all there is
    return otherwise;
  }
}

/**
 * Downloads a file from a signed plain-HTTP route (an Excel export, a template) under the file name the API
 * gives in Content-Disposition, or `fallbackName`. Resolves to an error message, or null when saved.
 */
export async function downloadFile(
  apiFetch: ApiFetch,
  path: string,
  fallbackName: string,
): Promise<string | null> {
  let response: Response;
  try {
    response = await apiFetch(path);
  } catch {
    return '无法连接服务器,请检查网络后重试';
  }
  if (!response.ok) {
    return responseError(response);
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has handed the file to the browser by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return null;
}
