import { computed, onScopeDispose, ref, watch, type ComputedRef, type InjectionKey, type Ref } from 'vue';
import type { Awareness } from 'y-protocols/awareness';
import type { PresenceMemberItemFragment } from '../../gql/graphql';
import { sendPresence, subscribePresence, TAB_ID } from './sync/graphql-transport';
import { keepRemoteStatesAlive, onLocalCursor, setRemoteCarets } from './sync/remote-awareness';

export type PresenceMember = PresenceMemberItemFragment;

/** How often at most our caret is sent while it moves (the last position always goes out). */
const THROTTLE_MS = 100;
const MAX_RETRY_MS = 10_000;

export interface Presence {
  /** This tab's client id. */
  clientId: string;
  /** Everyone else in the agreement (other people, and our own other tabs). */
  others: ComputedRef<PresenceMember[]>;
  /** False while the presence feed is down (it reconnects by itself). */
  live: Ref<boolean>;
  /**
   * Links a section's Awareness to presence: the others in that section become its remote states
   * (their named carets), and our caret there is sent to them. Returns the detach function.
   */
  attach(sectionId: string, awareness: Awareness): () => void;
}

export const PRESENCE: InjectionKey<Presence> = Symbol('presence');

interface Location {
  sectionId: string | null;
  cursor: string | null;
}

/** Who is in the agreement and where, live, with this tab present until the component goes away. */
export function usePresence(agreementId: () => string): Presence {
  const members = ref<PresenceMember[]>([]);
  const live = ref(false);
  let location: Location = { sectionId: null, cursor: null };
  let sent: Location | null = null;
  let throttle: ReturnType<typeof setTimeout> | null = null;

  const send = (): void => {
    if (sent && sent.sectionId === location.sectionId && sent.cursor === location.cursor) return;
    sent = location;
    sendPresence({ agreementId: agreementId(), clientId: TAB_ID, ...location }).catch(() => {
      // Best effort: the position is sent again with the next move, and after a reconnect.
      sent = null;
    });
  };

  /** Leading and trailing throttle: the first move goes at once, the last one is never lost. */
  const moveTo = (next: Location): void => {
    location = next;
    if (throttle) return;
    send();
    throttle = setTimeout(() => {
      throttle = null;
      send();
    }, THROTTLE_MS);
  };

  let stop: (() => void) | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let attempt = 0;

  const connect = (): void => {
    stop?.();
    stop = subscribePresence(agreementId(), TAB_ID, {
      next: (list) => {
        members.value = list;
        if (!live.value) {
          // The server knows us again from the subscription; tell it where we are.
          live.value = true;
          attempt = 0;
          sent = null;
          if (location.sectionId) send();
        }
      },
      error: () => reconnect(),
      complete: () => reconnect(),
    });
  };

  const reconnect = (): void => {
    live.value = false;
    stop = null;
    if (retry) clearTimeout(retry);
    retry = setTimeout(connect, Math.min(MAX_RETRY_MS, 500 * 2 ** attempt++) + Math.random() * 500);
  };

  watch(
    agreementId,
    () => {
      location = { sectionId: null, cursor: null };
      sent = null;
      members.value = [];
      live.value = false;
      connect();
    },
    { immediate: true },
  );

  onScopeDispose(() => {
    if (retry) clearTimeout(retry);
    if (throttle) clearTimeout(throttle);
    stop?.();
  });

  const others = computed(() => members.value.filter((m) => m.clientId !== TAB_ID));

  function attach(sectionId: string, awareness: Awareness): () => void {
    const feed = (): void =>
      setRemoteCarets(
        awareness,
        others.value
          .filter((m) => m.sectionId === sectionId)
          .map((m) => ({ clientId: m.clientId, name: m.user.name, color: m.color, cursor: m.cursor ?? null })),
      );
    const stopFeeding = watch(others, feed, { immediate: true });
    const stopKeeping = keepRemoteStatesAlive(awareness);
    const stopListening = onLocalCursor(awareness, (cursor) => {
      if (cursor) moveTo({ sectionId, cursor });
      // Left the editor: still "in" the section, but without a caret there.
      else if (location.sectionId === sectionId) moveTo({ sectionId, cursor: null });
    });
    return () => {
      stopFeeding();
      stopKeeping();
      stopListening();
      setRemoteCarets(awareness, []);
      if (location.sectionId === sectionId && location.cursor) moveTo({ sectionId, cursor: null });
    };
  }

  return { clientId: TAB_ID, others, live, attach };
}
