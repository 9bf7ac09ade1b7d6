import { computed, reactive, ref } from 'vue';
import { useQuery, useSubscription } from '@vue/apollo-composable';
import { EscalationQueueChangedDocument, EscalationQueueDocument, type DisputeLevel, type DisputeSubject } from '../../gql/graphql';
import { toAppError } from '../../errors';
import { latestRefetch } from '../../latestRefetch';

export interface QueueFilters {
  organId: string;
  subject: DisputeSubject | '';
  level: DisputeLevel | '';
}

/**
 * Kommunledning's queue with its filters, live: every `escalationQueueChanged` (an item entering,
 * changing in or leaving the queue, from any server process) fetches the filtered queue again.
 * `enabled` false asks nothing (a user without the role, who is told so instead).
 */
export function useEscalationQueue(enabled: () => boolean = () => true) {
  const filters = reactive<QueueFilters>({ organId: '', subject: '', level: '' });
  const query = useQuery(
    EscalationQueueDocument,
    () => ({
      organId: filters.organId || null,
      subject: filters.subject || null,
      level: filters.level || null,
    }),
    () => ({ enabled: enabled() }),
  );
  const refetchLatest = latestRefetch(() => query.refetch());
  const changes = ref(0);
  const live = useSubscription(EscalationQueueChangedDocument, null, () => ({ enabled: enabled() }));
  live.onResult(() => {
    changes.value++;
    void refetchLatest();
  });

  return {
    filters,
    items: computed(() => query.result.value?.escalationQueue ?? []),
    settings: computed(() => query.result.value?.escalationQueueSettings ?? null),
    loading: query.loading,
    /** How many live changes arrived; the page announces them. */
    changes,
    error: computed(() => {
      const e = query.error.value ?? live.error.value;
      return e ? toAppError(e) : null;
    }),
  };
}
