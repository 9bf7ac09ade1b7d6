import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, from, split } from '@apollo/client/core';
import { setContext } from '@apollo/client/link/context';
import { onError } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { watch } from 'vue';
import { AUTH_CLOSE_CODES, connectionEvents, connectionReplaced } from './connection';
import { session } from './features/identity/session';
import { isUnauthenticated } from './errors';

const GRAPHQL_PATH = '/graphql';
const MAX_RETRY_WAIT_MS = 10_000;

function bearer(): string | undefined {
  return session.token ? `Bearer ${session.token}` : undefined;
}

function websocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${GRAPHQL_PATH}`;
}

function createWsClient(): Client {
  return createClient({
    url: websocketUrl(),
    // Read at every (re)connect, so a retry after a drop carries the current token.
    connectionParams: () => {
      const authorization = bearer();
      return authorization ? { authorization } : {};
    },
    lazy: true,
    retryAttempts: Infinity,
    on: connectionEvents,
    // Retry drops and failed connects too (the default gives up on non-CloseEvent errors),
    // but not a refused login: that needs a new token, not another attempt.
    shouldRetry: (reason) => !(reason instanceof CloseEvent && AUTH_CLOSE_CODES.has(reason.code)),
    retryWait: (retries) =>
      new Promise((resolve) => setTimeout(resolve, Math.min(MAX_RETRY_WAIT_MS, 500 * 2 ** retries) + Math.random() * 500)),
  });
}

export interface ApolloSetup {
  client: ApolloClient<unknown>;
}

/**
 * One Apollo client: queries and mutations over HTTP, subscriptions over graphql-ws.
 * The WebSocket client is replaced whenever the token changes (login, logout), because
 * graphql-ws authenticates a socket once, at connect.
 */
export function createApollo(options: { onUnauthenticated: () => void }): ApolloSetup {
  let wsClient = createWsClient();
  let wsLink = new GraphQLWsLink(wsClient);

  watch(
    () => session.token,
    () => {
      const previous = wsClient;
      wsClient = createWsClient();
      wsLink = new GraphQLWsLink(wsClient);
      void previous.dispose();
      connectionReplaced();
    },
  );

  // Delegates to the current socket link, so the replacement above takes effect at once.
  const subscriptionLink = new ApolloLink((operation) => wsLink.request(operation));

  const authLink = setContext((_, { headers }) => {
    const authorization = bearer();
    return { headers: { ...(headers as Record<string, string>), ...(authorization ? { authorization } : {}) } };
  });

  const errorLink = onError(({ graphQLErrors, networkError, operation }) => {
    // A failed login is an answer for the login form, not an expired session.
    if (operation.operationName === 'Login' || !session.token) return;
    if (isUnauthenticated(graphQLErrors, networkError)) options.onUnauthenticated();
  });

  const httpLink = from([errorLink, authLink, new HttpLink({ uri: GRAPHQL_PATH })]);

  const link = split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    subscriptionLink,
    httpLink,
  );

  const client = new ApolloClient({
    link,
    cache: new InMemoryCache({
      // Permissions and the balance have no id: merge what each query selects instead of replacing (and refetching) it.
      typePolicies: { AgreementPermissions: { merge: true }, Balance: { merge: true } },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });

  return { client };
}
