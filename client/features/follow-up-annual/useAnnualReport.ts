import { computed, onBeforeUnmount, watch } from 'vue';
import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { useActionRunner, type ActionResult } from '../../composables/useActionRunner';
import { toAppError } from '../../errors';
import { latestRefetch } from '../../latestRefetch';
import {
  AgreementEventsDocument,
  AnnualFollowUpReportDocument,
  AssessStrategicAgreementDocument,
  RecordAnnualReportDecisionDocument,
  type AnnualAssessmentInput,
  type AnnualFollowUpReportFieldsFragment,
  type AnnualReportDecisionInput,
} from '../../gql/graphql';

export type AnnualReport = AnnualFollowUpReportFieldsFragment;
export type AnnualReportAgreement = AnnualReport['agreements'][number];

/**
 * A nämnd's yearly follow-up report, kept live: each listed agreement's events (a value accepted, an
 * assessment written, a plan changed) and the window regaining focus fetch it again. The assessment
 * and the decision answer outcomes for the forms to show in place.
 */
export function useAnnualReport(organId: () => string, year: () => number) {
  const { result, loading, error, refetch } = useQuery(AnnualFollowUpReportDocument, () => ({ organId: organId(), year: year() }));
  const refetchLatest = latestRefetch(() => refetch());
  const report = computed<AnnualReport | null>(() => result.value?.annualFollowUpReport ?? null);
  const refresh = async () => void (await refetchLatest());

  const { resolveClient } = useApolloClient();
  const followed = new Map<string, { unsubscribe(): void }>();
  watch(
    () => report.value?.agreements.map((a) => a.id) ?? [],
    (ids) => {
      for (const [id, subscription] of followed) {
        if (ids.includes(id)) continue;
        subscription.unsubscribe();
        followed.delete(id);
      }
      for (const id of ids) {
        if (followed.has(id)) continue;
        const events = resolveClient().subscribe({ query: AgreementEventsDocument, variables: { agreementId: id, afterSeq: null } });
        // The replay of past events arrives first: only what comes after the report was read matters, and a
        // refetch of an unchanged report costs one read. A failed feed is no error to show (focus still refreshes).
        followed.set(id, events.subscribe({ next: () => void refresh(), error: () => followed.delete(id) }));
      }
    },
    { immediate: true },
  );
  const onFocus = () => void refresh();
  window.addEventListener('focus', onFocus);
  onBeforeUnmount(() => {
    window.removeEventListener('focus', onFocus);
    for (const subscription of followed.values()) subscription.unsubscribe();
    followed.clear();
  });

  const { busy, attempt } = useActionRunner();
  const assess = useMutation(AssessStrategicAgreementDocument);
  const decide = useMutation(RecordAnnualReportDecisionDocument);
  async function run<T>(work: () => Promise<T | null | undefined>): Promise<ActionResult<T>> {
    const outcome = await attempt(work);
    if (!outcome.ok) {
      if (outcome.error.code === 'CONFLICT' || outcome.error.code === 'INVALID_STATE') await refresh();
      return outcome;
    }
    // The report has no id for the cache to put the answer in: read it again.
    await refresh();
    return outcome.value ? { ok: true, value: outcome.value } : { ok: false, error: { code: 'UNKNOWN' } };
  }

  return {
    report,
    loading,
    error: computed(() => (error.value ? toAppError(error.value) : null)),
    busy,
    refresh,
    assess: (agreementId: string, expectedVersion: number, input: AnnualAssessmentInput) =>
      run(async () => (await assess.mutate({ agreementId, year: year(), expectedVersion, input }))?.data?.assessStrategicAgreement),
    recordDecision: (contentHash: string, input: AnnualReportDecisionInput) =>
      run(async () => (await decide.mutate({ organId: organId(), year: year(), contentHash, input }))?.data?.recordAnnualReportDecision),
  };
}

export type AnnualReportActions = ReturnType<typeof useAnnualReport>;
