import { computed, ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import {
  AcceptAllSuggestionsDocument,
  AcceptSuggestionDocument,
  RejectAllSuggestionsDocument,
  RejectSuggestionDocument,
  SectionSuggestionsDocument,
  type SuggestionItemFragment,
} from '../../../gql/graphql';
import { toAppError, type AppError } from '../../../errors';
import { useAgreementEventFeed } from '../../comments/useAgreementEventFeed';
import { latestRefetch } from '../../../latestRefetch';

export type Suggestion = SuggestionItemFragment;
export type Decision = 'accept' | 'reject' | 'acceptAll' | 'rejectAll';

/**
 * One section's pending suggestions and the caller's side, kept live: every decision (`suggestion.*`
 * events, either party's), every lifecycle step, and every change of the live document's suggestions
 * (`changed`, called by the editor) refetches them. Who may decide comes from the server.
 */
export function useSectionSuggestions(agreementId: () => string, sectionId: () => string) {
  const { result, refetch } = useQuery(SectionSuggestionsDocument, () => ({ id: agreementId() }));
  const refetchLatest = latestRefetch(() => refetch());
  const refresh = async (): Promise<void> => {
    await refetchLatest();
  };
  useAgreementEventFeed(agreementId, ['suggestion.', 'version.restored', 'agreement.', 'approval.'], () => void refresh());

  const section = computed(() => result.value?.agreement.sections.find((s) => s.id === sectionId()) ?? null);
  const suggestions = computed<Suggestion[]>(() => section.value?.suggestions ?? []);

  const mutations = {
    accept: useMutation(AcceptSuggestionDocument),
    reject: useMutation(RejectSuggestionDocument),
    acceptAll: useMutation(AcceptAllSuggestionsDocument),
    rejectAll: useMutation(RejectAllSuggestionsDocument),
  };
  const error = ref<AppError | null>(null);
  const busy = computed(() => Object.values(mutations).some((m) => m.loading.value));

  async function decide(decision: Decision, suggestionId?: string): Promise<boolean> {
    error.value = null;
    try {
      const sectionIdValue = sectionId();
      if (decision === 'accept' || decision === 'reject')
        await mutations[decision].mutate({ sectionId: sectionIdValue, suggestionId: suggestionId! });
      else await mutations[decision].mutate({ sectionId: sectionIdValue });
      await refresh();
      return true;
    } catch (e) {
      error.value = toAppError(e);
      await refresh();
      return false;
    }
  }

  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    suggestions,
    /** The side the caller drafts for (null: neither), for the suggestions they make. */
    party: computed(() => result.value?.agreement.permissions.party ?? null),
    canDecideAll: computed(() => section.value?.canDecideAllSuggestions ?? false),
    decidable: computed(() => suggestions.value.filter((s) => s.canDecide)),
    /** Who made each suggestion, by its id: the editor's descriptions name them. */
    names: computed(() => new Map(suggestions.value.map((s) => [s.id, s.user?.name ?? '']))),
    busy,
    error,
    decide,
    /** The live document's suggestions changed (typed here or relayed): refetch, a moment later. */
    changed(): void {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void refresh(), 400);
    },
  };
}

export type SectionSuggestions = ReturnType<typeof useSectionSuggestions>;
