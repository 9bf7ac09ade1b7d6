import { useMutation } from '@vue/apollo-composable';
import {
  AddDisputePositionDocument,
  AssignDisputeDocument,
  ConfirmDecisionReflectedDocument,
  DecideDisputeDocument,
  EscalateDisputeDocument,
  RaiseDisputeDocument,
  ReferDisputeDocument,
  SetDisputePriorityDocument,
  WithdrawDisputeDocument,
  type DecisionInput,
  type DisputePriority,
  type OrganKind,
  type RaiseDisputeInput,
} from '../../gql/graphql';
import { useActionRunner } from '../../composables/useActionRunner';

/** Every step of a dispute; each reports success as a boolean and keeps the server's error for the form. */
export function useDisputeActions(after: () => Promise<void> = async () => {}) {
  const { busy, error, attempt } = useActionRunner(after);
  const opts = { throws: 'always' } as const;
  const raise = useMutation(RaiseDisputeDocument, opts);
  const position = useMutation(AddDisputePositionDocument, opts);
  const withdraw = useMutation(WithdrawDisputeDocument, opts);
  const escalate = useMutation(EscalateDisputeDocument, opts);
  const assign = useMutation(AssignDisputeDocument, opts);
  const refer = useMutation(ReferDisputeDocument, opts);
  const decide = useMutation(DecideDisputeDocument, opts);
  const priority = useMutation(SetDisputePriorityDocument, opts);
  const reflected = useMutation(ConfirmDecisionReflectedDocument, opts);

  async function run<T>(work: () => Promise<T>): Promise<T | null> {
    const result = await attempt(work);
    return result.ok ? result.value : null;
  }

  return {
    error,
    busy,
    raise: (input: RaiseDisputeInput) => run(async () => (await raise.mutate({ input }))?.data?.raiseDispute ?? null),
    addPosition: (disputeId: string, text: string, consequence: string | null) =>
      run(() => position.mutate({ disputeId, position: text, consequence })),
    withdraw: (disputeId: string, note: string | null) => run(() => withdraw.mutate({ disputeId, note })),
    escalate: (disputeId: string) => run(() => escalate.mutate({ disputeId })),
    assign: (disputeId: string, assigneeId: string) => run(() => assign.mutate({ disputeId, assigneeId })),
    refer: (disputeId: string, body: OrganKind) => run(() => refer.mutate({ disputeId, body })),
    decide: (disputeId: string, input: DecisionInput) => run(() => decide.mutate({ disputeId, input })),
    setPriority: (disputeId: string, value: DisputePriority) => run(() => priority.mutate({ disputeId, priority: value })),
    confirmReflected: (disputeId: string) => run(() => reflected.mutate({ disputeId })),
  };
}

export type DisputeActions = ReturnType<typeof useDisputeActions>;
