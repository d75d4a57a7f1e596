import type { ApiFetch } from '../auth/api-fetch';

/** The Chinese message of an error answered by a plain-HTTP route ({ message: "中文 / English." }). */
export async function responseError(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown };
    const chinese = typeof body.message === 'string' ? body.message.split(' / ')[0]?.trim() : '';
    if (chinese) {
      return chinese;
    }
  } catch {
    // not JSON: fall through to the status
  }
  return response.status === 401 ? '登录已失效,请重新登录' : `请求失败(${response.status}),请稍后重试`;
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
