import { computed, onBeforeUnmount, watch } from 'vue';
import { useApolloClient, useQuery, useSubscription } from '@vue/apollo-composable';
import { AgreementEventsDocument, ApprovalQueueDocument, ApprovalQueueWakeDocument } from '../../gql/graphql';
import { toAppError } from '../../errors';

/** Only for a submission that nothing else announces (see below); everything else arrives live. */
const FALLBACK_POLL_MS = 15_000;

/**
 * The drafts waiting for a decision by the caller's committee, kept live:
 * - each listed agreement's events (a decision or a return takes it off the list),
 * - the caller's notifications (a submission to the committee notifies its secretary, once the
 *   notifications capability sends that),
 * - the window regaining focus (catching up after sleep or a dropped socket),
 * - and, as a fallback for new submissions, a slow poll.
 */
export function useApprovalQueue() {
  const { result, loading, error, refetch } = useQuery(ApprovalQueueDocument, null, { pollInterval: FALLBACK_POLL_MS });
  const agreements = computed(() => result.value?.approvalQueue ?? []);

  async function refresh(): Promise<void> {
    await refetch()?.catch(() => undefined);
  }

  const { resolveClient } = useApolloClient();
  const followed = new Map<string, { unsubscribe(): void }>();
  watch(
    () => agreements.value.map((a) => a.id),
    (ids) => {
      for (const [id, subscription] of followed) {
        if (ids.includes(id)) continue;
        subscription.unsubscribe();
        followed.delete(id);
      }
      for (const id of ids) {
        if (followed.has(id)) continue;
        const events = resolveClient().subscribe({ query: AgreementEventsDocument, variables: { agreementId: id, afterSeq: null } });
        // A failed feed is not an error to show: the poll and the focus refresh still keep the list current.
        followed.set(id, events.subscribe({ next: () => void refresh(), error: () => followed.delete(id) }));
      }
    },
    { immediate: true },
  );

  useSubscription(ApprovalQueueWakeDocument).onResult(() => void refresh());

  const onFocus = () => void refresh();
  window.addEventListener('focus', onFocus);
  onBeforeUnmount(() => {
    window.removeEventListener('focus', onFocus);
    for (const subscription of followed.values()) subscription.unsubscribe();
    followed.clear();
  });

  return {
    agreements,
    loading,
    error: computed(() => (error.value ? toAppError(error.value) : null)),
    refresh,
  };
}
