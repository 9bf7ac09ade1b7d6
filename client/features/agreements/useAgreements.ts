import { computed, onBeforeUnmount, onMounted, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { AgreementsDocument, type AgreementStatus } from '../../gql/graphql';
import { toAppError } from '../../errors';
import { latestRefetch } from '../../latestRefetch';

/** The agreements the user may read, optionally of one status; refreshed when the window regains focus. */
export function useAgreements(status: Ref<AgreementStatus | null>) {
  const { result, loading, error, refetch } = useQuery(AgreementsDocument, () => ({ status: status.value }));
  const refetchLatest = latestRefetch(() => refetch());

  function refresh(): void {
    if (document.visibilityState === 'hidden') return;
    // A failed refresh surfaces through `error`; the old list stays meanwhile.
    refetchLatest();
  }

  onMounted(() => {
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
  });
  onBeforeUnmount(() => {
    window.removeEventListener('focus', refresh);
    document.removeEventListener('visibilitychange', refresh);
  });

  return {
    agreements: computed(() => result.value?.agreements ?? []),
    loading,
    error: computed(() => (error.value ? toAppError(error.value) : null)),
  };
}
