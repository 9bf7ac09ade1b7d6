import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { AgreementApprovalDocument, type ApprovalStateFragment, type Party } from '../../gql/graphql';
import { toAppError } from '../../errors';
import { session } from '../identity/session';

export type ApprovalAgreement = ApprovalStateFragment;
export type ApprovalItem = ApprovalAgreement['approvals'][number];
export type SignatureItem = ApprovalAgreement['signatures'][number];

/**
 * The lifecycle of one agreement: status, what the next step lacks, the frozen version, the
 * committees' decisions and the signatures. Kept live by the page: it calls `refresh` on every event.
 */
export function useApproval(agreementId: () => string) {
  const { result, loading, error, refetch } = useQuery(AgreementApprovalDocument, () => ({ id: agreementId() }));

  return {
    agreement: computed<ApprovalAgreement | null>(() => result.value?.agreement ?? null),
    loading,
    error: computed(() => (error.value ? toAppError(error.value) : null)),
    refresh: async (): Promise<void> => {
      await refetch()?.catch(() => undefined);
    },
  };
}

/** The caller's roles as the session knows them: used to choose which form to show, never to allow. */
function holds(roles: readonly string[], organId: string): boolean {
  return (session.user?.roles ?? []).some((r) => r.organ.id === organId && roles.includes(r.role));
}

/** The party the caller drafts for in this agreement, if any. */
export function callerParty(agreement: Pick<ApprovalAgreement, 'purchaser' | 'provider'>): Party | null {
  const drafter = ['FORVALTNINGSCHEF', 'HANDLAGGARE'];
  if (holds(drafter, agreement.purchaser.id)) return 'PURCHASER';
  if (holds(drafter, agreement.provider.id)) return 'PROVIDER';
  return null;
}

/** Whether the caller is the nämndsekreterare of the organ. */
export function isSecretaryOf(organId: string): boolean {
  return holds(['NAMNDSEKRETERARE'], organId);
}

/** Whether the caller is a nämndsekreterare anywhere (the decisions page is theirs). */
export function isSecretary(): boolean {
  return (session.user?.roles ?? []).some((r) => r.role === 'NAMNDSEKRETERARE');
}
