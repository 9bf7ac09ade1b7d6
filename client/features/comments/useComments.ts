import { computed, ref, watch } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { AddCommentDocument, AgreementCommentsDocument, SetCommentResolvedDocument, type CommentThreadFragment } from '../../gql/graphql';
import { toAppError, type AppError } from '../../errors';
import { liveAnchors, type CommentDraft } from './commentDrafts';
import { useAgreementEventFeed } from './useAgreementEventFeed';
import { latestRefetch } from '../../latestRefetch';

/** A thread as the panel shows it: `deleted` is judged against the live document when the editor is open. */
export type CommentThread = CommentThreadFragment & { deleted: boolean };

/**
 * One section's comment threads, kept live: every `comment.*` event of the agreement (either party's),
 * every restored version and every lifecycle step (after a submission nobody may comment) refetches
 * them; typing in the open editor re-judges "on deleted text".
 */
export function useComments(agreementId: () => string, sectionId: () => string) {
  const { result, loading, error, refetch } = useQuery(AgreementCommentsDocument, () => ({ id: agreementId() }));
  const refetchLatest = latestRefetch(() => refetch());
  const refresh = async (): Promise<void> => {
    await refetchLatest();
  };
  useAgreementEventFeed(agreementId, ['comment.', 'version.restored', 'agreement.', 'approval.'], () => void refresh());

  const section = computed(() => result.value?.agreement.sections.find((s) => s.id === sectionId()) ?? null);

  /** Bumped on each change of the live document, so the judgement below is redone. */
  const docChanges = ref(0);
  watch(
    () => liveAnchors.get(sectionId()),
    (anchors, _old, onCleanup) => {
      if (anchors) onCleanup(anchors.onChange(() => docChanges.value++));
    },
    { immediate: true },
  );

  const threads = computed<CommentThread[]>(() => {
    void docChanges.value;
    const live = liveAnchors.get(sectionId());
    return (section.value?.comments ?? []).map((thread) => ({
      ...thread,
      deleted: thread.anchor === null ? false : live ? live.isOnDeletedText(thread.anchor, thread.anchorEnd) : thread.onDeletedText,
    }));
  });

  const adding = useMutation(AddCommentDocument);
  const resolving = useMutation(SetCommentResolvedDocument);
  const actionError = ref<AppError | null>(null);

  async function run(action: () => Promise<unknown>): Promise<boolean> {
    actionError.value = null;
    try {
      await action();
      await refresh();
      return true;
    } catch (e) {
      actionError.value = toAppError(e);
      return false;
    }
  }

  return {
    threads,
    canComment: computed(() => section.value?.canComment ?? false),
    loading,
    error: computed<AppError | null>(() => actionError.value ?? (error.value ? toAppError(error.value) : null)),
    busy: computed(() => adding.loading.value || resolving.loading.value),
    /** A new thread (on the draft's range, or on the whole section), or a reply with `parentId`. */
    add: (body: string, options: { draft?: CommentDraft | null; parentId?: string } = {}) =>
      run(() =>
        adding.mutate({
          sectionId: sectionId(),
          body,
          parentId: options.parentId ?? null,
          anchor: options.draft?.anchor ?? null,
          anchorEnd: options.draft?.anchorEnd ?? null,
          quote: options.draft?.quote ?? null,
        }),
      ),
    setResolved: (commentId: string, resolved: boolean) => run(() => resolving.mutate({ commentId, resolved })),
    refresh,
  };
}
