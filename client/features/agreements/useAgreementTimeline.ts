import { computed, ref, watch } from 'vue';
import { useQuery, useSubscription } from '@vue/apollo-composable';
import { AgreementEventsDocument, AgreementTimelineDocument, type AgreementEventItemFragment } from '../../gql/graphql';
import { toAppError } from '../../errors';

export type TimelineEvent = AgreementEventItemFragment;

/**
 * The agreement's events, newest first, kept live.
 *
 * Loads the history once, then subscribes with `afterSeq` = the last seq it got: the server
 * replays anything that happened in between, so nothing is lost between query and
 * subscription, and a reconnect may deliver an event twice — hence the dedupe by seq.
 * `onEvent` is called once for each event that was not known yet.
 */
export function useAgreementTimeline(agreementId: () => string, onEvent: (event: TimelineEvent) => void) {
  const history = useQuery(AgreementTimelineDocument, () => ({ id: agreementId() }));
  /** Fixed once the history is loaded; changing it would restart the subscription. */
  const afterSeq = ref<number | null>(null);
  const live = ref<TimelineEvent[]>([]);

  watch(agreementId, () => {
    afterSeq.value = null;
    live.value = [];
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
    for (const event of history.result.value?.agreement.events ?? []) bySeq.set(event.seq, event);
    for (const event of live.value) bySeq.set(event.seq, event);
    return [...bySeq.values()].sort((a, b) => b.seq - a.seq);
  });

  subscription.onResult(({ data }) => {
    const event = data?.agreementEvents;
    if (!event || events.value.some((known) => known.seq === event.seq)) return;
    live.value = [...live.value, event];
    onEvent(event);
  });

  const error = computed(() => history.error.value ?? subscription.error.value);

  return {
    events,
    loading: history.loading,
    /** True once the history is shown and the live feed has been asked for. */
    ready: computed(() => afterSeq.value !== null),
    error: computed(() => (error.value ? toAppError(error.value) : null)),
  };
}
