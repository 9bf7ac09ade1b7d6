import { computed, onBeforeUnmount, ref, watch } from 'vue';
import { useApolloClient, useQuery, useSubscription } from '@vue/apollo-composable';
import { AgreementEventsDocument, OverdueFollowUpChangedDocument, OverdueFollowUpDocument } from '../../gql/graphql';
import { toAppError } from '../../errors';
import { latestRefetch } from '../../latestRefetch';

/**
 * The municipality's overdue follow-up, kept live:
 * - each listed agreement's events (a report, an acceptance, a plan done takes an item off the list),
 * - `overdueFollowUpChanged` (the server's sweep found something newly overdue: a due date passed),
 * - the window regaining focus (catching up after sleep or a dropped socket).
 * `enabled` false asks nothing (someone without the role, who is told so instead).
 */
export function useOverdueFollowUp(enabled: () => boolean = () => true) {
  const query = useQuery(OverdueFollowUpDocument, {}, () => ({ enabled: enabled() }));
  const refetchLatest = latestRefetch(() => query.refetch());
  const items = computed(() => query.result.value?.overdueFollowUp ?? []);
  const changes = ref(0);

  async function refresh(): Promise<void> {
    await refetchLatest();
  }
  function changed(): void {
    changes.value++;
    void refresh();
  }

  const { resolveClient } = useApolloClient();
  const followed = new Map<string, { unsubscribe(): void }>();
  watch(
    () => [...new Set(items.value.map((i) => i.agreementId))],
    (ids) => {
      for (const [id, subscription] of followed) {
        if (ids.includes(id)) continue;
        subscription.unsubscribe();
        followed.delete(id);
      }
      for (const id of ids) {
        if (followed.has(id)) continue;
        const events = resolveClient().subscribe({ query: AgreementEventsDocument, variables: { agreementId: id, afterSeq: null } });
        // The feed replays nothing (afterSeq null) and each event after it is a change. A failed feed is no
        // error to show: the sweep's signal and the focus refresh still keep the list current.
        followed.set(id, events.subscribe({ next: changed, error: () => followed.delete(id) }));
      }
    },
    { immediate: true },
  );

  const live = useSubscription(OverdueFollowUpChangedDocument, null, () => ({ enabled: enabled() }));
  // The first answer is the count at once: only later ones are changes.
  let first = true;
  live.onResult(() => {
    if (first) first = false;
    else changed();
  });

  const onFocus = () => {
    if (enabled() && document.visibilityState !== 'hidden') void refresh();
  };
  window.addEventListener('focus', onFocus);
  onBeforeUnmount(() => {
    window.removeEventListener('focus', onFocus);
    for (const subscription of followed.values()) subscription.unsubscribe();
    followed.clear();
  });

  return {
    items,
    loading: query.loading,
    /** How many live changes arrived; the page announces them. */
    changes,
    error: computed(() => {
      const e = query.error.value ?? live.error.value;
      return e ? toAppError(e) : null;
    }),
  };
}
