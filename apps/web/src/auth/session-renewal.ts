import { stringifyDocument } from 'urql';
import { RefreshSessionDocument, type RefreshSessionMutation } from '../graphql/generated/graphql';
import { canRenew, type Session, type SessionStore } from './session-store';

type Post = (url: string, init: RequestInit) => Promise<Response>;

const REFRESH_QUERY = stringifyDocument(RefreshSessionDocument);

/**
 * Renews the session with its refresh token. The GraphQL client and file downloads share one renewal, and
 * renewals asked for while one is under way wait for it: the API rotates refresh tokens, so two renewals with
 * the same token would have the second refused as a replay and the session ended.
 */
export class SessionRenewal {
  private pending: Promise<Session | null> | null = null;

  constructor(
    private readonly store: SessionStore,
    private readonly post: Post = (url, init) => fetch(url, init),
  ) {}

  /** The renewed session, or null (and signed out) when the session can no longer be renewed. */
  renew(): Promise<Session | null> {
    this.pending ??= this.renewOnce().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async renewOnce(): Promise<Session | null> {
    const session = this.store.read();
    if (!session || !canRenew(session)) {
      this.store.clear();
      return null;
    }
    let renewed: Session | undefined;
    try {
      const response = await this.post('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: REFRESH_QUERY, variables: { refreshToken: session.refreshToken } }),
      });
      const body = (await response.json()) as { data?: RefreshSessionMutation | null };
      renewed = body.data?.refreshSession;
    } catch {
      // Unreachable API: keep the session; the next request tries again rather than signing anyone out.
      return session;
    }
    if (!renewed) {
      this.store.clear();
      return null;
    }
    this.store.save(renewed);
    return renewed;
  }
}
