import { computed, ref } from 'vue';
import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { SetPasswordDocument } from '../../gql/graphql';
import { toAppError, type AppError } from '../../errors';
import { startSession } from '../identity/session';

/** Sets a password with a one-time link's token; on success the server has signed the user in (cookie). */
export function useSetPassword() {
  const { resolveClient } = useApolloClient();
  const { mutate, loading } = useMutation(SetPasswordDocument, { throws: 'always' });
  const error = ref<AppError | null>(null);

  async function setPassword(token: string, password: string): Promise<boolean> {
    error.value = null;
    try {
      const user = (await mutate({ token, password }))?.data?.setPassword.user;
      if (!user) {
        error.value = { code: 'UNKNOWN' };
        return false;
      }
      // Whoever was signed in in this browser before is not any more: nothing of theirs may show through.
      await resolveClient().clearStore();
      startSession(user);
      return true;
    } catch (e) {
      error.value = toAppError(e);
      return false;
    }
  }

  return { setPassword, loading, error: computed(() => error.value) };
}
