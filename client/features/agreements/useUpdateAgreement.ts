import { computed, ref } from 'vue';
import { useMutation } from '@vue/apollo-composable';
import { UpdateAgreementDocument, type UpdateAgreementInput } from '../../gql/graphql';
import { toAppError, type AppError } from '../../errors';

export type UpdateOutcome = 'saved' | 'conflict' | 'failed';

/**
 * Change an agreement's title or period against the version the user saw.
 * A stale version is refused by the server (CONFLICT), never merged.
 */
export function useUpdateAgreement() {
  const { mutate, loading } = useMutation(UpdateAgreementDocument, { throws: 'always' });
  const error = ref<AppError | null>(null);

  async function update(id: string, expectedVersion: number, input: UpdateAgreementInput): Promise<UpdateOutcome> {
    error.value = null;
    try {
      // The answer updates the cached agreement, so the page shows it at once.
      await mutate({ id, expectedVersion, input });
      return 'saved';
    } catch (e) {
      error.value = toAppError(e);
      return error.value.code === 'CONFLICT' ? 'conflict' : 'failed';
    }
  }

  return { update, loading, error: computed(() => error.value) };
}
