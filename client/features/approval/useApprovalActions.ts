import { ref } from 'vue';
import { useMutation } from '@vue/apollo-composable';
import {
  RecordApprovalDocument,
  SignAgreementDocument,
  StartAmendmentDocument,
  SubmitForApprovalDocument,
  type ApprovalInput,
} from '../../gql/graphql';
import { toAppError, type AppError } from '../../errors';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError };

/**
 * The lifecycle steps of one agreement. Each answers an Outcome instead of throwing, so a form
 * can show the server's refusal (INVALID_STATE reasons, a BAD_USER_INPUT field, a CONFLICT) in place.
 */
export function useApprovalActions(agreementId: () => string) {
  const pending = ref(false);
  const submitMutation = useMutation(SubmitForApprovalDocument);
  const recordMutation = useMutation(RecordApprovalDocument);
  const signMutation = useMutation(SignAgreementDocument);
  const amendMutation = useMutation(StartAmendmentDocument);

  async function run<T>(work: () => Promise<T | null | undefined>): Promise<Outcome<T>> {
    pending.value = true;
    try {
      const value = await work();
      return value ? { ok: true, value } : { ok: false, error: { code: 'UNKNOWN' } };
    } catch (error) {
      return { ok: false, error: toAppError(error) };
    } finally {
      pending.value = false;
    }
  }

  return {
    pending,
    submit: () =>
      run(async () => (await submitMutation.mutate({ agreementId: agreementId() }))?.data?.submitForApproval),
    record: (input: ApprovalInput) =>
      run(async () => (await recordMutation.mutate({ agreementId: agreementId(), input }))?.data?.recordApproval),
    /** Signs exactly the content hash the signer was shown; CONFLICT when the frozen version is another. */
    sign: (contentHash: string) =>
      run(async () => (await signMutation.mutate({ agreementId: agreementId(), contentHash }))?.data?.signAgreement),
    startAmendment: () =>
      run(async () => (await amendMutation.mutate({ agreementId: agreementId() }))?.data?.startAmendment),
  };
}

export type ApprovalActions = ReturnType<typeof useApprovalActions>;
