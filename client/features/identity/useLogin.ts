import { computed, ref } from 'vue';
import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { LoginDocument } from '../../gql/graphql';
import { toAppError, type AppError } from '../../errors';
import { startSession } from './session';

/** Sign in with email and password; on success the server has set the session cookie, and the user is kept. */
export function useLogin() {
  const { resolveClient } = useApolloClient();
  const { mutate, loading } = useMutation(LoginDocument, { throws: 'always' });
  const error = ref<AppError | null>(null);

  async function login(email: string, password: string): Promise<boolean> {
    error.value = null;
    try {
      const result = await mutate({ email, password });
      const payload = result?.data?.login;
      if (!payload) {
        error.value = { code: 'UNKNOWN' };
        return false;
      }
      // Nothing cached for a previous user may show through.
      await resolveClient().clearStore();
      startSession(payload.user);
      return true;
    } catch (e) {
      error.value = toAppError(e);
      return false;
    }
  }

  return { login, loading, error: computed(() => error.value) };
}
