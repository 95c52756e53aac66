import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, setCsrfToken } from '../../api/api-client.js';
import type { SessionUser } from '../../api/api-types.js';

interface SessionState {
  /** undefined while the session is being loaded. */
  user: SessionUser | null | undefined;
  signIn(email: string, password: string): Promise<SessionUser>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** Loads the session once and shares who is signed in with every page. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);

  useEffect(() => {
    api.session().then(
      (s) => {
        setCsrfToken(s.csrfToken);
        setUser(s.user);
      },
      () => setUser(null),
    );
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const s = await api.login(email, password);
    setCsrfToken(s.csrfToken);
    setUser(s.user);
    return s.user!;
  }, []);

  const signOut = useCallback(async () => {
    await api.logout();
    setUser(null);
    // The old session and its CSRF secret are gone; fetch a fresh pair.
    const s = await api.session();
    setCsrfToken(s.csrfToken);
  }, []);

  const value = useMemo(() => ({ user, signIn, signOut }), [user, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session; must be used under {@link SessionProvider}. */
export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession needs a SessionProvider');
  return state;
}
