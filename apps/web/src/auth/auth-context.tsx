import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useMutation } from 'urql';
import { LoginDocument, LogoutDocument } from '../graphql/generated/graphql';
import { errorMessage } from '../common/error-message';
import type { ApiFetch } from './api-fetch';
import type { Session, SessionStore, SessionUser } from './session-store';

interface Auth {
  user: SessionUser | null;
  /** Resolves to a Chinese error message, or null once signed in. */
  login: (username: string, password: string) => Promise<string | null>;
  logout: () => Promise<void>;
  /** fetch() for the API's plain-HTTP routes (files, Excel), signed with this session. */
  apiFetch: ApiFetch;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({
  store,
  apiFetch,
  children,
}: {
  store: SessionStore;
  apiFetch: ApiFetch;
  children: ReactNode;
}) {
  const [session, setSession] = useState<Session | null>(() => store.read());
  const [, loginMutation] = useMutation(LoginDocument);
  const [, logoutMutation] = useMutation(LogoutDocument);

  useEffect(() => store.subscribe(setSession), [store]);

  const login = useCallback(
    async (username: string, password: string) => {
      const result = await loginMutation({ username, password });
      if (result.error || !result.data) {
        return errorMessage(result.error);
      }
      store.save(result.data.login);
      return null;
    },
    [loginMutation, store],
  );

  const logout = useCallback(async () => {
    // The session ends here whatever the API answers: a failed call must not keep anyone signed in.
    await logoutMutation({}).catch(() => undefined);
    store.clear();
  }, [logoutMutation, store]);

  const auth = useMemo(
    () => ({ user: session?.user ?? null, login, logout, apiFetch }),
    [session, login, logout, apiFetch],
  );
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) {
    throw new Error('useAuth outside AuthProvider');
  }
  return auth;
}

/** The signed-in user, for pages that are only reachable when signed in. */
export function useCurrentUser(): SessionUser {
  const { user } = useAuth();
  if (!user) {
    throw new Error('useCurrentUser without a session');
  }
  return user;
}

/** fetch() for the API's plain-HTTP routes (Excel import and export, evidence), signed with the session. */
export function useApiFetch(): ApiFetch {
  return useAuth().apiFetch;
}
