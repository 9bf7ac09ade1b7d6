import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { AgreementDisputesDocument, type DisputeFieldsFragment } from '../../gql/graphql';
import { toAppError } from '../../errors';
import { latestRefetch } from '../../latestRefetch';

export type Dispute = DisputeFieldsFragment;

/**
 * The disputes of one agreement. Kept live by the agreement page, which follows the agreement's
 * events and calls `refresh` on a `dispute.*` one or a lifecycle step (which changes who may raise one).
 */
export function useAgreementDisputes(agreementId: () => string) {
  const { result, loading, error, refetch } = useQuery(AgreementDisputesDocument, () => ({ id: agreementId() }));
  const refetchLatest = latestRefetch(() => refetch());
  return {
    disputes: computed<Dispute[]>(() => result.value?.agreement.disputes ?? []),
    canRaise: computed(() => result.value?.agreement.canRaiseDispute ?? false),
    blockingCount: computed(() => result.value?.agreement.blockingDisputeCount ?? 0),
    status: computed(() => result.value?.agreement.status ?? null),
    loading,
    error: computed(() => (error.value ? toAppError(error.value) : null)),
    refresh: async (): Promise<void> => {
      await refetchLatest();
    },
  };
}

/** True for the agreement events that change what a dispute shows. */
export function isDisputeEvent(type: string): boolean {
  return type.startsWith('dispute.');
}
