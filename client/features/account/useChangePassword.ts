import { computed, ref } from 'vue';
import { useMutation } from '@vue/apollo-composable';
import { ChangePasswordDocument } from '../../gql/graphql';
import { toAppError, type AppError } from '../../errors';

/** Changes the signed-in user's password; the server ends their other sessions. */
export function useChangePassword() {
  const { mutate, loading } = useMutation(ChangePasswordDocument, { throws: 'always' });
  const error = ref<AppError | null>(null);

  async function change(currentPassword: string, newPassword: string): Promise<boolean> {
    error.value = null;
    try {
      return (await mutate({ currentPassword, newPassword }))?.data?.changePassword === true;
    } catch (e) {
      error.value = toAppError(e);
      return false;
    }
  }

  return { change, loading, error: computed(() => error.value) };
}
