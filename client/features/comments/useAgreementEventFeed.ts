import { watch } from 'vue';
import { useApolloClient } from '@vue/apollo-composable';
import type { ApolloClient } from '@apollo/client/core';
import { AgreementEventsDocument, type AgreementEventItemFragment } from '../../gql/graphql';

type Listener = (event: AgreementEventItemFragment) => void;

interface Feed {
  listeners: Set<Listener>;
  stop: () => void;
}

const RETRY_MS = 3000;
/** One live subscription per agreement, shared by every panel that follows it (eight sections, one socket stream). */
const feeds = new Map<string, Feed>();

function openFeed(client: ApolloClient<unknown>, agreementId: string): Feed {
  const feed: Feed = { listeners: new Set(), stop: () => {} };
  let lastSeq: number | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  const start = () => {
    // Only new events at first; after a drop, replay from the last one we saw so none is missed.
    const subscription = client.subscribe({ query: AgreementEventsDocument, variables: { agreementId, afterSeq: lastSeq } }).subscribe({
      next: ({ data }) => {
        const event = data?.agreementEvents;
        if (!event || (lastSeq !== null && event.seq <= lastSeq)) return;
        lastSeq = event.seq;
        for (const listener of feed.listeners) listener(event);
      },
      error: () => {
        retry = setTimeout(start, RETRY_MS);
      },
    });
    feed.stop = () => {
      if (retry) clearTimeout(retry);
      subscription.unsubscribe();
    };
  };
  start();
  return feed;
}

/**
 * Calls `listener` for each new event of the agreement whose type starts with one of `prefixes`
 * (e.g. `comment.`), for as long as the calling component lives.
 */
export function useAgreementEventFeed(agreementId: () => string, prefixes: string[], listener: Listener): void {
  const { resolveClient } = useApolloClient();
  const filtered: Listener = (event) => {
    if (prefixes.some((prefix) => event.type.startsWith(prefix))) listener(event);
  };
  // The watcher stops with the component, and its cleanup then lets go of the feed.
  watch(
    agreementId,
    (id, _old, onCleanup) => {
      let feed = feeds.get(id);
      if (!feed) feeds.set(id, (feed = openFeed(resolveClient(), id)));
      const current = feed;
      current.listeners.add(filtered);
      onCleanup(() => {
        current.listeners.delete(filtered);
        if (current.listeners.size > 0) return;
        current.stop();
        feeds.delete(id);
      });
    },
    { immediate: true },
  );
}
