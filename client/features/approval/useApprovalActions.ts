import { useMutation } from '@vue/apollo-composable';
import {
  CorrectApprovalDocument,
  RecordApprovalDocument,
  SignAgreementDocument,
  StartAmendmentDocument,
  SubmitForApprovalDocument,
  type ApprovalInput,
} from '../../gql/graphql';
import { useActionRunner, type ActionResult } from '../../composables/useActionRunner';

/**
 * The lifecycle steps of one agreement. Each answers an Outcome instead of throwing, so a form
 * can show the server's refusal (INVALID_STATE gaps, a BAD_USER_INPUT field, a CONFLICT) in place.
 */
export function useApprovalActions(agreementId: () => string) {
  const { busy: pending, attempt } = useActionRunner();
  const submitMutation = useMutation(SubmitForApprovalDocument);
  const recordMutation = useMutation(RecordApprovalDocument);
  const correctMutation = useMutation(CorrectApprovalDocument);
  const signMutation = useMutation(SignAgreementDocument);
  const amendMutation = useMutation(StartAmendmentDocument);

  async function run<T>(work: () => Promise<T | null | undefined>): Promise<ActionResult<T>> {
    const result = await attempt(work);
    if (!result.ok) return result;
    return result.value ? { ok: true, value: result.value } : { ok: false, error: { code: 'UNKNOWN' } };
  }

  return {
    pending,
    submit: () => run(async () => (await submitMutation.mutate({ agreementId: agreementId() }))?.data?.submitForApproval),
    record: (input: ApprovalInput) =>
      run(async () => (await recordMutation.mutate({ agreementId: agreementId(), input }))?.data?.recordApproval),
    /** Corrects the minutes' details of a recorded decision (the decision itself stays as recorded). */
    correct: (input: ApprovalInput, reason: string) =>
      run(async () => (await correctMutation.mutate({ agreementId: agreementId(), input, reason }))?.data?.correctApproval),
    /** Signs exactly the content hash the signer was shown; CONFLICT when the frozen version is another. */
    sign: (contentHash: string) =>
      run(async () => (await signMutation.mutate({ agreementId: agreementId(), contentHash }))?.data?.signAgreement),
    startAmendment: () => run(async () => (await amendMutation.mutate({ agreementId: agreementId() }))?.data?.startAmendment),
  };
}

export type ApprovalActions = ReturnType<typeof useApprovalActions>;
