import type { ApolloClient } from '@apollo/client/core';
import { CurrentUserDocument } from '../../gql/graphql';
import { refreshUser, session } from './session';

/**
 * On start, asks the server whether the kept user is still signed in (the cookie may have expired or
 * been ended elsewhere) and refreshes their roles. UNAUTHENTICATED ends the session through the
 * Apollo client's error link; a network failure keeps it, for the next request to decide.
 */
export async function verifySession(client: ApolloClient<unknown>): Promise<void> {
  if (!session.user) return;
  try {
    const { data } = await client.query({ query: CurrentUserDocument, fetchPolicy: 'network-only' });
    if (data?.me) refreshUser(data.me);
  } catch {
    // Handled by the error link (UNAUTHENTICATED), or left to the next request (offline).
  }
}
