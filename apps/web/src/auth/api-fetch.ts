import { needsRenewal, type SessionStore } from './session-store';
import type { SessionRenewal } from './session-renewal';

export type ApiFetch = (path: string, init?: RequestInit) => Promise<Response>;

/**
 * fetch() for the API's plain-HTTP routes (Excel import and export, evidence files) with the session's
 * bearer token, renewed first when it is about to expire and once more if the API answers 401.
 */
export function createApiFetch(store: SessionStore, renewal: SessionRenewal): ApiFetch {
  const send = (path: string, init: RequestInit, token: string | undefined) => {
    const headers = new Headers(init.headers);
    if (token) {
      headers.set('Authorization', `Bearer ${token}`);
    }
    return fetch(path, { ...init, headers });
  };
  return async (path, init = {}) => {
    let session = store.read();
    if (session && needsRenewal(session)) {
      session = await renewal.renew();
    }
    const response = await send(path, init, session?.accessToken);
    if (response.status !== 401 || !session) {
      return response;
    }
    const renewed = await renewal.renew();
    return renewed ? send(path, init, renewed.accessToken) : response;
  };
}
