import { computed } from 'vue';
import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { MarkNotificationsReadDocument, NotificationsChangedDocument, NotificationsDocument } from '../../gql/graphql';

/**
 * The signed-in user's notifications and unread count, live: the server streams the unread count at
 * once and after every change, and each change fetches the list again.
 */
export function useNotifications(enabled: () => boolean) {
  const query = useQuery(NotificationsDocument, {}, () => ({ enabled: enabled() }));
  const live = useSubscription(NotificationsChangedDocument, {}, () => ({ enabled: enabled() }));
  const mark = useMutation(MarkNotificationsReadDocument);
  live.onResult(() => void query.refetch()?.catch(() => undefined));

  return {
    notifications: computed(() => query.result.value?.notifications ?? []),
    unread: computed(() => live.result.value?.notificationsChanged ?? query.result.value?.unreadNotificationCount ?? 0),
    markRead: async (ids: string[] | null): Promise<void> => {
      await mark.mutate({ ids }).catch(() => undefined);
      await query.refetch()?.catch(() => undefined);
    },
  };
}
