import { computed, ref, watch } from 'vue';
import { useQuery, useSubscription } from '@vue/apollo-composable';
import { AgreementEventsDocument, DisputeDocument } from '../../gql/graphql';
import { toAppError } from '../../errors';
import { isDisputeEvent } from './useDisputes';
import { latestRefetch } from '../../latestRefetch';

/**
 * One dispute with its history, kept live: it follows the agreement's events from the newest step it
 * has (the server replays anything after it, so nothing falls between query and subscription) and
 * refetches on a `dispute.*` or `balance.*` event.
 */
export function useDispute(id: () => string) {
  const query = useQuery(DisputeDocument, () => ({ id: id() }));
  const refetchLatest = latestRefetch(() => query.refetch());
  const dispute = computed(() => query.result.value?.dispute ?? null);
  const afterSeq = ref<number | null>(null);

  watch(id, () => (afterSeq.value = null));
  watch(
    dispute,
    (value) => {
      if (!value || value.id !== id() || afterSeq.value !== null) return;
      afterSeq.value = value.history.reduce((max, event) => Math.max(max, event.seq), 0);
    },
    { immediate: true },
  );

  const live = useSubscription(
    AgreementEventsDocument,
    () => ({ agreementId: dispute.value?.agreement.id ?? '', afterSeq: afterSeq.value }),
    () => ({ enabled: afterSeq.value !== null && !!dispute.value }),
  );
  const refresh = async (): Promise<void> => {
    await refetchLatest();
  };
  live.onResult(({ data }) => {
    const type = data?.agreementEvents.type ?? '';
    if (isDisputeEvent(type) || type.startsWith('balance.')) void refresh();
  });

  return {
    dispute,
    loading: query.loading,
    live: computed(() => afterSeq.value !== null),
    error: computed(() => (query.error.value ? toAppError(query.error.value) : null)),
    refresh,
  };
}
