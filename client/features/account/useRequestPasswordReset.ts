import { computed, ref } from 'vue';
import { useMutation } from '@vue/apollo-composable';
import { RequestPasswordResetDocument } from '../../gql/graphql';
import { toAppError, type AppError } from '../../errors';

/** Asks for a reset link; the server answers alike whether or not the address is known. */
export function useRequestPasswordReset() {
  const { mutate, loading } = useMutation(RequestPasswordResetDocument, { throws: 'always' });
  const error = ref<AppError | null>(null);

  async function request(email: string): Promise<boolean> {
    error.value = null;
    try {
      await mutate({ email });
      return true;
    } catch (e) {
      error.value = toAppError(e);
      return false;
    }
  }

  return { request, loading, error: computed(() => error.value) };
}
