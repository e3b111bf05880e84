import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { can, type Permission, type Role } from '@luzhi/shared';
import { graphql } from '../gql';
import { setSessionLostHandler, tokenStore } from './apollo';

export const ME = graphql(`
  query Me {
    me { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }
  }
`);

const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }
    }
  }
`);

const LOGOUT = graphql(`
  mutation Logout { logout }
`);

export interface Viewer {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  scopeOrganizationId?: string | null;
  scopeDeputyId?: string | null;
  scopeGroupId?: string | null;
}

interface Auth {
  viewer: Viewer | null;
  loading: boolean;
  /** Why the last session ended, shown on the sign-in page. */
  sessionMessage: string | null;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  can(permission: Permission): boolean;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [token, setToken] = useState(tokenStore.get());
  const [sessionMessage, setSessionMessage] = useState<string | null>(null);
  const { data, loading } = useQuery(ME, { skip: !token, fetchPolicy: 'network-only' });
  const [loginMutation] = useMutation(LOGIN);
  const [logoutMutation] = useMutation(LOGOUT);

  useEffect(() => {
    setSessionLostHandler((reason) => {
      setSessionMessage(reason);
      setToken(null);
      void client.clearStore();
    });
  }, [client]);

  const login = useCallback(
    async (username: string, password: string) => {
      const result = await loginMutation({ variables: { username, password } });
      const session = result.data!.login;
      tokenStore.set(session.token);
      setSessionMessage(null);
      await client.clearStore();
      client.writeQuery({ query: ME, data: { me: session.user } });
      setToken(session.token);
    },
    [client, loginMutation],
  );

  const logout = useCallback(async () => {
    await logoutMutation().catch(() => undefined);
    tokenStore.clear();
    setToken(null);
    await client.clearStore();
  }, [client, logoutMutation]);

  const viewer = token && data?.me ? (data.me as Viewer) : null;
  const value = useMemo<Auth>(
    () => ({ viewer, loading: !!token && loading && !data, sessionMessage, login, logout, can: (p) => can(viewer?.role, p) }),
    [viewer, token, loading, data, sessionMessage, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
