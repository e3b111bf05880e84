import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, CombinedGraphQLErrors } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { readStoredLang } from './i18n';

const TOKEN_KEY = 'luzhi.token';

export const tokenStore = {
  get: () => localStorage.getItem(TOKEN_KEY),
  set: (token: string) => localStorage.setItem(TOKEN_KEY, token),
  clear: () => localStorage.removeItem(TOKEN_KEY),
};

/** Called when the server says the session is gone: the shell sends the user to sign in. */
// Why the session ended, kept until the sign-in state hears it: on a slow machine the first
// answer after a reload (UNAUTHENTICATED) can arrive before React has run the effect that
// registers the handler, and the reason was lost (CI: the sign-in page without "登录已过期").
let sessionLostHandler: ((reason: string) => void) | null = null;
let unheardReason: string | null = null;
function onSessionLost(reason: string) {
  if (sessionLostHandler) sessionLostHandler(reason);
  else unheardReason = reason;
}
export function setSessionLostHandler(handler: (reason: string) => void) {
  sessionLostHandler = handler;
  if (unheardReason !== null) {
    const reason = unheardReason;
    unheardReason = null;
    handler(reason);
  }
}

export function createApolloClient() {
  const auth = new SetContextLink((prev) => {
    const token = tokenStore.get();
    return {
      headers: {
        ...prev.headers,
        'accept-language': readStoredLang(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    };
  });
  const errors = new ErrorLink(({ error, operation }) => {
    if (CombinedGraphQLErrors.is(error) && operation.operationName !== 'Login') {
      const lost = error.errors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
      if (lost && tokenStore.get()) {
        tokenStore.clear();
        onSessionLost(lost.message);
      }
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([errors, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}

/** The first GraphQL error's message, for showing to the person. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.message).join(';');
  if (error instanceof Error) return error.message;
  return String(error);
}

export function errorCode(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.extensions?.code as string | undefined;
  return undefined;
}
