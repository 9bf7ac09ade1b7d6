import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { AgreementBalanceDocument, type BalanceFieldsFragment, type ProposalFieldsFragment } from '../../gql/graphql';
import { toAppError } from '../../errors';
import { latestRefetch } from '../../latestRefetch';

export type Balance = BalanceFieldsFragment;
export type BalanceLine = Balance['lines'][number];
export type Proposal = ProposalFieldsFragment;

/**
 * The balance of an agreement with its negotiation log. It is kept live by the page, which follows
 * the agreement's events and calls `refresh` when a `balance.*` event or a lifecycle step arrives.
 */
export function useBalance(agreementId: () => string) {
  const { result, loading, error, refetch } = useQuery(AgreementBalanceDocument, () => ({ id: agreementId() }));
  const refetchLatest = latestRefetch(() => refetch());

  return {
    balance: computed<Balance | null>(() => result.value?.agreement.balance ?? null),
    proposals: computed<Proposal[]>(() => result.value?.agreement.proposals ?? []),
    /** The agreement's status: once it is no draft, nothing in the balance can change. */
    status: computed(() => result.value?.agreement.status ?? null),
    loading,
    error: computed(() => (error.value ? toAppError(error.value) : null)),
    refresh: async (): Promise<void> => {
      await refetchLatest();
    },
  };
}

/** True for the agreement events that change what the balance panel shows. */
export function isBalanceEvent(type: string): boolean {
  return type.startsWith('balance.');
}
