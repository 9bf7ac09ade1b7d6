import { computed, ref, watch } from 'vue';
import { useApolloClient, useQuery, useSubscription } from '@vue/apollo-composable';
import { AgreementEventsDocument, AgreementTimelineDocument, type AgreementEventItemFragment } from '../../gql/graphql';
import { toAppError, type AppError } from '../../errors';

export type TimelineEvent = AgreementEventItemFragment;

/** Events per page: the newest page first, then "Visa äldre" asks for the page before it. */
export const TIMELINE_PAGE = 50;

/**
 * The agreement's events, newest first, kept live.
 *
 * Loads the newest page, then subscribes with `afterSeq` = the last seq it got: the server
 * replays anything that happened in between, so nothing is lost between query and
 * subscription, and a reconnect may deliver an event twice — hence the dedupe by seq.
 * `onEvent` is called once for each event that was not known yet. Older pages come on request
 * (`showOlder`); sequence numbers start at 1 without gaps, so a page that starts above 1 has older ones.
 */
export function useAgreementTimeline(agreementId: () => string, onEvent: (event: TimelineEvent) => void) {
  const history = useQuery(AgreementTimelineDocument, () => ({ id: agreementId(), last: TIMELINE_PAGE, beforeSeq: null }));
  const apollo = useApolloClient();
  /** Fixed once the history is loaded; changing it would restart the subscription. */
  const afterSeq = ref<number | null>(null);
  const live = ref<TimelineEvent[]>([]);
  const older = ref<TimelineEvent[]>([]);
  const loadingOlder = ref(false);
  const olderError = ref<AppError | null>(null);

  watch(agreementId, () => {
    afterSeq.value = null;
    live.value = [];
    older.value = [];
  });

  watch(
    () => history.result.value?.agreement,
    (agreement) => {
      if (!agreement || agreement.id !== agreementId() || afterSeq.value !== null) return;
      afterSeq.value = agreement.events.reduce((max, event) => Math.max(max, event.seq), 0);
    },
    { immediate: true },
  );

  const subscription = useSubscription(
    AgreementEventsDocument,
    () => ({ agreementId: agreementId(), afterSeq: afterSeq.value }),
    () => ({ enabled: afterSeq.value !== null }),
  );

  const events = computed<TimelineEvent[]>(() => {
    const bySeq = new Map<number, TimelineEvent>();
    for (const event of older.value) bySeq.set(event.seq, event);
    for (const event of history.result.value?.agreement.events ?? []) bySeq.set(event.seq, event);
    for (const event of live.value) bySeq.set(event.seq, event);
    return [...bySeq.values()].sort((a, b) => b.seq - a.seq);
  });

  const oldestSeq = computed(() => events.value.at(-1)?.seq ?? null);

  subscription.onResult(({ data }) => {
    const event = data?.agreementEvents;
    if (!event || events.value.some((known) => known.seq === event.seq)) return;
    live.value = [...live.value, event];
    onEvent(event);
  });

  /** Fetches the page before the oldest event shown. */
  async function showOlder(): Promise<void> {
    const beforeSeq = oldestSeq.value;
    if (beforeSeq === null || beforeSeq <= 1 || loadingOlder.value) return;
    const id = agreementId();
    loadingOlder.value = true;
    olderError.value = null;
    try {
      const { data } = await apollo.client.query({
        query: AgreementTimelineDocument,
        variables: { id, last: TIMELINE_PAGE, beforeSeq },
        fetchPolicy: 'network-only',
      });
      if (id === agreementId()) older.value = [...data.agreement.events, ...older.value];
    } catch (error) {
      olderError.value = toAppError(error);
    } finally {
      loadingOlder.value = false;
    }
  }

  const error = computed(() => history.error.value ?? subscription.error.value);

  return {
    events,
    loading: history.loading,
    /** True once the history is shown and the live feed has been asked for. */
    ready: computed(() => afterSeq.value !== null),
    error: computed(() => (error.value ? toAppError(error.value) : (olderError.value ?? null))),
    /** Older events than those shown exist (seq 1 is the first of every agreement). */
    hasOlder: computed(() => oldestSeq.value !== null && oldestSeq.value > 1),
    loadingOlder,
    showOlder,
  };
}
