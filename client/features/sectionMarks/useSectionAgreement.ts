import { ref } from 'vue';
import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { AgreeSectionDocument, ReopenSectionDocument } from '../../gql/graphql';
import { useActionRunner } from '../../composables/useActionRunner';

/** What the last action came to, for the message in place: done, the text moved on, or refused otherwise. */
export type AgreementOutcome = 'agreed' | 'reopened' | 'stale' | 'failed';

/**
 * Marking one section as agreed (on the seq the editor holds) and reopening it. The answer carries the
 * section's new state, which Apollo writes into the agreement's cached sections; a stale seq (CONFLICT)
 * fetches the agreement again, so the newest seq is at hand when the user has read the text.
 */
export function useSectionAgreement(sectionId: () => string) {
  const { resolveClient } = useApolloClient();
  const refetch = async () => {
    await resolveClient()
      .refetchQueries({ include: ['Agreement'] })
      .catch(() => undefined);
  };
  const { busy, error, attempt } = useActionRunner();
  const agree = useMutation(AgreeSectionDocument, { throws: 'always' });
  const reopen = useMutation(ReopenSectionDocument, { throws: 'always' });
  const outcome = ref<AgreementOutcome | null>(null);

  return {
    busy,
    error,
    outcome,
    async agree(seq: number): Promise<void> {
      const result = await attempt(() => agree.mutate({ sectionId: sectionId(), seq }));
      outcome.value = result.ok ? 'agreed' : result.error.code === 'CONFLICT' ? 'stale' : 'failed';
      if (!result.ok) await refetch();
    },
    /** True when done; else `error` says why (BAD_USER_INPUT: the reason). */
    async reopen(reason: string): Promise<boolean> {
      const result = await attempt(() => reopen.mutate({ sectionId: sectionId(), reason }));
      outcome.value = result.ok ? 'reopened' : 'failed';
      if (!result.ok) await refetch();
      return result.ok;
    },
  };
}
