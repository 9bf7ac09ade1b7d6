import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import {
  AddIndicatorDocument,
  AgreementIndicatorsDocument,
  RemoveIndicatorDocument,
  UpdateIndicatorDocument,
  type IndicatorInput,
} from '../../gql/graphql';
import { toAppError } from '../../errors';
import { useActionRunner } from '../../composables/useActionRunner';
import { useAgreementEventFeed } from '../comments/useAgreementEventFeed';
import { latestRefetch } from '../../latestRefetch';

export type Outcome = 'done' | 'conflict' | 'failed';

/**
 * The indicators of one agreement, with the sections and scope lines they can belong to. Live: any
 * `followUp.*` event (someone's indicator change) and any lifecycle step (a submission locks them) refetch.
 */
export function useIndicators(agreementId: () => string) {
  const query = useQuery(AgreementIndicatorsDocument, () => ({ id: agreementId() }));
  const refetchLatest = latestRefetch(() => query.refetch());
  const refresh = async (): Promise<void> => {
    await refetchLatest();
  };
  useAgreementEventFeed(agreementId, ['followUp.indicator', 'agreement.', 'approval.', 'balance.'], () => void refresh());

  const { busy, error, attempt } = useActionRunner(refresh);
  const opts = { throws: 'always' } as const;
  const add = useMutation(AddIndicatorDocument, opts);
  const update = useMutation(UpdateIndicatorDocument, opts);
  const remove = useMutation(RemoveIndicatorDocument, opts);

  async function run(work: () => Promise<unknown>): Promise<Outcome> {
    const result = await attempt(work);
    return result.ok ? 'done' : result.error.code === 'CONFLICT' ? 'conflict' : 'failed';
  }

  const agreement = computed(() => query.result.value?.agreement ?? null);
  return {
    agreement,
    indicators: computed(() => agreement.value?.indicators ?? []),
    scopeLines: computed(() => agreement.value?.balance.lines.filter((line) => line.kind === 'SCOPE') ?? []),
    canAdd: computed(() => agreement.value?.followUp.permissions.canAddIndicator ?? false),
    loading: query.loading,
    loadError: computed(() => (query.error.value ? toAppError(query.error.value) : null)),
    busy,
    error,
    clearError: () => (error.value = null),
    refresh,
    add: (input: IndicatorInput) => run(() => add.mutate({ agreementId: agreementId(), input })),
    update: (indicatorId: string, version: number, input: IndicatorInput) => run(() => update.mutate({ indicatorId, version, input })),
    remove: (indicatorId: string, version: number) => run(() => remove.mutate({ indicatorId, version })),
  };
}

export type Indicators = ReturnType<typeof useIndicators>;
