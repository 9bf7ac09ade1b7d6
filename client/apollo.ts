import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, from, split } from '@apollo/client/core';
import { onError } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { watch } from 'vue';
import {
  AUTH_CLOSE_CODES,
  SESSION_ENDED_CLOSE_CODE,
  afterRolesChanged,
  closeCode,
  connectionEvents,
  connectionReplaced,
} from './connection';
import { session } from './features/identity/session';
import { isUnauthenticated } from './errors';

const GRAPHQL_PATH = '/graphql';
const MAX_RETRY_WAIT_MS = 10_000;

function websocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${GRAPHQL_PATH}`;
}

/**
 * The browser sends the session cookie with the upgrade (same origin), so the socket needs no
 * connectionParams. The server closes it with 4401 when its session ends (logout in another tab,
 * expiry): then the user is signed out here too. It closes it with 1012 when the user's roles changed:
 * once the socket is back, `onRolesChanged` has the page read again what it may do.
 */
function createWsClient(onUnauthenticated: () => void, onRolesChanged: () => void): Client {
  const epoch = session.epoch; // a socket of an earlier login says nothing about this one
  const roles = afterRolesChanged(onRolesChanged);
  return createClient({
    url: websocketUrl(),
    lazy: true,
    retryAttempts: Infinity,
    on: {
      ...connectionEvents,
      connected: () => {
        connectionEvents.connected();
        roles.connected();
      },
      closed: (event) => {
        connectionEvents.closed(event);
        if (closeCode(event) === SESSION_ENDED_CLOSE_CODE && session.epoch === epoch) onUnauthenticated();
        roles.closed(event);
      },
    },
    // Retry drops and failed connects too (the default gives up on non-CloseEvent errors),
    // but not a refused login: that needs a new login, not another attempt.
    shouldRetry: (reason) => !(reason instanceof CloseEvent && AUTH_CLOSE_CODES.has(reason.code)),
    retryWait: (retries) =>
      new Promise((resolve) => setTimeout(resolve, Math.min(MAX_RETRY_WAIT_MS, 500 * 2 ** retries) + Math.random() * 500)),
  });
}

export interface ApolloSetup {
  client: ApolloClient<unknown>;
}

/**
 * One Apollo client: queries and mutations over HTTP, subscriptions over graphql-ws, both
 * authenticated by the session cookie. The WebSocket client is replaced at every login and logout,
 * because graphql-ws authenticates a socket once, at connect.
 */
export function createApollo(options: { onUnauthenticated: () => void }): ApolloSetup {
  // Every shown query carries permission flags: under new roles each is read again, and actions follow.
  const refetchShown = (): void => void client.refetchQueries({ include: 'active' }).catch(() => undefined);
  let wsClient = createWsClient(options.onUnauthenticated, refetchShown);
  let wsLink = new GraphQLWsLink(wsClient);

  watch(
    () => session.epoch,
    () => {
      const previous = wsClient;
      wsClient = createWsClient(options.onUnauthenticated, refetchShown);
      wsLink = new GraphQLWsLink(wsClient);
      void previous.dispose();
      connectionReplaced();
    },
  );

  // Delegates to the current socket link, so the replacement above takes effect at once.
  const subscriptionLink = new ApolloLink((operation) => wsLink.request(operation));

  const errorLink = onError(({ graphQLErrors, networkError, operation }) => {
    // A failed login is an answer for the login form, not an expired session.
    if (operation.operationName === 'Login' || !session.user) return;
    if (isUnauthenticated(graphQLErrors, networkError)) options.onUnauthenticated();
  });

  // The cookie goes with same-origin requests only; Apollo's JSON POSTs are what the server's CSRF guard accepts.
  const httpLink = from([errorLink, new HttpLink({ uri: GRAPHQL_PATH, credentials: 'same-origin' })]);

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
