import { computed, onBeforeUnmount, watch } from 'vue';
import { useApolloClient, useQuery, useSubscription } from '@vue/apollo-composable';
import { AgreementEventsDocument, ApprovalQueueDocument, ApprovalQueueWakeDocument } from '../../gql/graphql';
import { toAppError } from '../../errors';
import { latestRefetch } from '../../latestRefetch';

/**
 * The drafts waiting for a decision by the caller's committee, kept live:
 * - each listed agreement's events (a decision or a return takes it off the list),
 * - the caller's notifications (a submission to the committee notifies its secretary),
 * - the window regaining focus (catching up after sleep or a dropped socket).
 * `enabled` false asks nothing (someone who is no secretary, who is told so instead).
 */
export function useApprovalQueue(enabled: () => boolean = () => true) {
  const { result, loading, error, refetch } = useQuery(ApprovalQueueDocument, {}, () => ({ enabled: enabled() }));
  const refetchLatest = latestRefetch(() => refetch());
  const agreements = computed(() => result.value?.approvalQueue ?? []);

  async function refresh(): Promise<void> {
    await refetchLatest();
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
        // A failed feed is not an error to show: notifications and the focus refresh still keep the list current.
        followed.set(id, events.subscribe({ next: () => void refresh(), error: () => followed.delete(id) }));
      }
    },
    { immediate: true },
  );

  useSubscription(ApprovalQueueWakeDocument, null, () => ({ enabled: enabled() })).onResult(() => void refresh());

  const onFocus = () => {
    if (enabled()) void refresh();
  };
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
