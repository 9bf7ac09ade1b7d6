import { useApolloClient } from '@vue/apollo-composable';
import { endSession } from './session';

/** Forget the token and everything fetched with it. The router guard then shows the login page. */
export function useLogout() {
  const { resolveClient } = useApolloClient();

  return async function logout(): Promise<void> {
    endSession();
    await resolveClient().clearStore();
  };
}
