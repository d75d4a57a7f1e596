import type { SessionTokensFragment } from '../graphql/generated/graphql';

export type Session = SessionTokensFragment;
export type SessionUser = Session['user'];

const STORAGE_KEY = 'liandong.session';
/** Renew this long before the access token runs out, so no request is sent with a token about to expire. */
const RENEW_MARGIN_MS = 60_000;

type Listener = (session: Session | null) => void;

/**
 * The signed-in session, kept in sessionStorage: it lasts as long as the browser tab and is not shared with
 * other tabs, so signing in as a county in one tab and a township in another works.
 */
export class SessionStore {
  private readonly listeners = new Set<Listener>();

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>) {}

  read(): Session | null {
    const raw = this.storage.getItem(STORAGE_KEY);
    if (!raw) {
      return null;
    }
    try {
      return JSON.parse(raw) as Session;
    } catch {
      this.storage.removeItem(STORAGE_KEY);
      return null;
    }
  }

  save(session: Session): void {
    this.storage.setItem(STORAGE_KEY, JSON.stringify(session));
    this.notify(session);
  }

  /**
   * Marks the signed-in account as holding an issued password, when the API refuses an operation for it
   * (PASSWORD_CHANGE_REQUIRED): the console then opens nothing but its change.
   */
  requirePasswordChange(): void {
    const session = this.read();
    if (session && !session.user.mustChangePassword) {
      this.save({ ...session, user: { ...session.user, mustChangePassword: true } });
    }
  }

  clear(): void {
    this.storage.removeItem(STORAGE_KEY);
    this.notify(null);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(session: Session | null): void {
    for (const listener of this.listeners) {
      listener(session);
    }
  }
}

export function needsRenewal(session: Session, now = Date.now()): boolean {
  return Date.parse(session.expiresAt) - now < RENEW_MARGIN_MS;
}

export function canRenew(session: Session, now = Date.now()): boolean {
  return Date.parse(session.refreshTokenExpiresAt) > now;
}
