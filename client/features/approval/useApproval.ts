import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { AgreementApprovalDocument, type ApprovalStateFragment } from '../../gql/graphql';
import { toAppError } from '../../errors';
import { session } from '../identity/session';
import { latestRefetch } from '../../latestRefetch';

export type ApprovalAgreement = ApprovalStateFragment;
export type ApprovalItem = ApprovalAgreement['approvals'][number];
export type SignatureItem = ApprovalAgreement['signatures'][number];

/**
 * The lifecycle of one agreement: status, what the next step lacks, the frozen version, the
 * committees' decisions and the signatures. Kept live by the page: it calls `refresh` on every event.
 */
export function useApproval(agreementId: () => string) {
  const { result, loading, error, refetch } = useQuery(AgreementApprovalDocument, () => ({ id: agreementId() }));
  const refetchLatest = latestRefetch(() => refetch());

  return {
    agreement: computed<ApprovalAgreement | null>(() => result.value?.agreement ?? null),
    loading,
    error: computed(() => (error.value ? toAppError(error.value) : null)),
    refresh: async (): Promise<void> => {
      await refetchLatest();
    },
  };
}

/** Whether the caller is a nämndsekreterare anywhere: the header then links to the decisions page. */
export function isSecretary(): boolean {
  return (session.user?.roles ?? []).some((r) => r.role === 'NAMNDSEKRETERARE');
}
