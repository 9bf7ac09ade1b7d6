import { useApolloClient } from '@vue/apollo-composable';
import { print } from 'graphql';
import { LogoutDocument } from '../../gql/graphql';
import { endSession } from './session';

const GRAPHQL_PATH = '/graphql';

/**
 * Ends the session on the server (it clears the cookie, and closes the session's sockets), then
 * forgets the user and everything fetched for them. The router guard then shows the login page.
 */
export function useLogout() {
  const { resolveClient } = useApolloClient();

  return async function logout(): Promise<void> {
    try {
      // A plain request rather than Apollo's: clearing the store (which the closing sockets can set
      // off meanwhile) cancels Apollo's requests in flight, and this answer carries the cookie's removal.
      await fetch(GRAPHQL_PATH, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(LogoutDocument) }),
      });
    } catch {
      // The server is unreachable: this browser signs out all the same.
    }
    endSession();
    await resolveClient().clearStore();
  };
}
