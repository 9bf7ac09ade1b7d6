import { useMutation } from '@vue/apollo-composable';
import {
  AddBalanceLineDocument,
  AgreeBalanceDocument,
  ProposeBalanceDocument,
  RemoveBalanceLineDocument,
  RespondToProposalDocument,
  SetCalculationModelDocument,
  UpdateBalanceLineDocument,
  type BalanceLineInput,
  type CalculationModelInput,
  type ProposalInput,
  type ProposalResponse,
} from '../../gql/graphql';
import { useActionRunner } from '../../composables/useActionRunner';

export type Outcome = 'done' | 'conflict' | 'failed';

/**
 * The balance's changes, each against the version the user saw. A stale version comes back as
 * 'conflict' (the server's CONFLICT), never as a silent overwrite; `after` then refetches the latest.
 */
export function useBalanceActions(agreementId: () => string, after: () => Promise<void>) {
  const { busy, error, attempt } = useActionRunner(after);
  const opts = { throws: 'always' } as const;
  const add = useMutation(AddBalanceLineDocument, opts);
  const update = useMutation(UpdateBalanceLineDocument, opts);
  const remove = useMutation(RemoveBalanceLineDocument, opts);
  const model = useMutation(SetCalculationModelDocument, opts);
  const agree = useMutation(AgreeBalanceDocument, opts);
  const propose = useMutation(ProposeBalanceDocument, opts);
  const respond = useMutation(RespondToProposalDocument, opts);

  async function run(work: () => Promise<unknown>): Promise<Outcome> {
    const result = await attempt(work);
    return result.ok ? 'done' : result.error.code === 'CONFLICT' ? 'conflict' : 'failed';
  }

  return {
    error,
    busy,
    clearError: () => (error.value = null),
    addLine: (expectedVersion: number, input: BalanceLineInput) =>
      run(() => add.mutate({ agreementId: agreementId(), expectedVersion, input })),
    updateLine: (lineId: string, expectedVersion: number, input: BalanceLineInput) =>
      run(() => update.mutate({ lineId, expectedVersion, input })),
    removeLine: (lineId: string, expectedVersion: number) => run(() => remove.mutate({ lineId, expectedVersion })),
    setModel: (expectedVersion: number, input: CalculationModelInput | null) =>
      run(() => model.mutate({ agreementId: agreementId(), expectedVersion, input })),
    /** `reason`: why the balance holds although it misses the result requirement (required then). */
    agree: (version: number, reason: string | null = null) => run(() => agree.mutate({ agreementId: agreementId(), version, reason })),
    propose: (baseVersion: number, input: ProposalInput) => run(() => propose.mutate({ agreementId: agreementId(), baseVersion, input })),
    respond: (proposalId: string, response: ProposalResponse, message: string | null) =>
      run(() => respond.mutate({ proposalId, response, message })),
  };
}

export type BalanceActions = ReturnType<typeof useBalanceActions>;
