import { computed, watch, type Ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { useActionRunner, type ActionResult } from '../../composables/useActionRunner';
import { toAppError } from '../../errors';
import { latestRefetch } from '../../latestRefetch';
import {
  AgreementClassificationDocument,
  ClassifyAgreementDocument,
  MarkStrategicDocument,
  SetAgreementResponsibleDocument,
  type AgreementClassificationFieldsFragment,
  type Impact,
  type Party,
} from '../../gql/graphql';

export type Classification = AgreementClassificationFieldsFragment;

/**
 * One agreement's classification and persons responsible, refetched on every live event of the
 * agreement (another user's change shows at once). Each action answers an outcome, so the panel can
 * show a refusal in place, or ask for confirmation (markStrategic beyond the guideline's ~10).
 */
export function useClassification(agreementId: () => string, liveEvent: Ref<unknown>) {
  const { result, loading, error, refetch } = useQuery(
    AgreementClassificationDocument,
    () => ({ id: agreementId() }),
    () => ({ enabled: agreementId() !== '' }),
  );
  const classification = computed<Classification | null>(() => result.value?.agreement ?? null);
  const refetchLatest = latestRefetch(() => refetch());
  const refresh = async () => void (await refetchLatest());
  watch(liveEvent, () => void refresh());

  const { busy, attempt } = useActionRunner();
  const responsible = useMutation(SetAgreementResponsibleDocument);
  const classify = useMutation(ClassifyAgreementDocument);
  const mark = useMutation(MarkStrategicDocument);

  async function run<T>(work: () => Promise<T | null | undefined>): Promise<ActionResult<T>> {
    const outcome = await attempt(work);
    if (!outcome.ok) {
      // A stale version: show the latest, the panel says why.
      if (outcome.error.code === 'CONFLICT') await refresh();
      return outcome;
    }
    return outcome.value ? { ok: true, value: outcome.value } : { ok: false, error: { code: 'UNKNOWN' } };
  }

  return {
    classification,
    loading,
    error: computed(() => (error.value ? toAppError(error.value) : null)),
    busy,
    setResponsible: (party: Party, userId: string | null) =>
      run(async () => (await responsible.mutate({ agreementId: agreementId(), party, userId }))?.data?.setAgreementResponsible),
    classify: (impact: Impact, version: number) =>
      run(async () => (await classify.mutate({ agreementId: agreementId(), impact, version }))?.data?.classifyAgreement),
    markStrategic: (strategic: boolean, confirmOverTen = false) =>
      run(async () => (await mark.mutate({ agreementId: agreementId(), strategic, confirmOverTen }))?.data?.markStrategic),
  };
}
