import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { AgreementDocument } from '../../gql/graphql';
import { toAppError } from '../../errors';
import { latestRefetch } from '../../latestRefetch';

/** One agreement with its sections and what the user may do with it. */
export function useAgreement(id: () => string) {
  const { result, loading, error, refetch } = useQuery(AgreementDocument, () => ({ id: id() }));
  const refetchLatest = latestRefetch(() => refetch());

  return {
    agreement: computed(() => result.value?.agreement ?? null),
    loading,
    error: computed(() => (error.value ? toAppError(error.value) : null)),
    /** Fetch the latest from the server (after someone else's change). */
    refresh: async (): Promise<void> => {
      await refetchLatest();
    },
  };
}
