import type { DemoWho } from "../../server/seed/municipality-seed.js";
import { BALANCE, setAgreementStatus } from "./balance.js";
import { agreementIn, type Caller, type World } from "./command-matrix.js";
import type { GraphqlResult } from "./graphql.js";

/** One command's row in the command matrix (test/command-matrix.test.ts), and the agreement's helpers for it. */
export interface MatrixCase {
  /** Who may, in which states (API.md). */
  roles: readonly DemoWho[];
  states: readonly string[];
  /** The states to try (the agreement's, or a dispute's). */
  across?: readonly string[];
  /** Builds what the command acts on, in `state`; returns the mutation's variables and the flag reader. */
  prepare(
    w: World,
    state: string,
  ): Promise<{ run(caller: Caller): Promise<GraphqlResult<unknown>>; flag(caller: Caller): Promise<boolean | null> }>;
}

const AGREEMENT_FLAGS = `query($id: ID!) { agreement(id: $id) {
  permissions { canEdit canSubmitForApproval canSignAgreement canStartAmendment }
  canRaiseDispute historyPermissions { canCreateVersion canRestore }
  sections { editable canComment canAgreeSection canReopenSection }
  approvals { organ { shortName } canRecord canCorrect }
  balance { permissions { canEdit canPropose canAgreeBalance } }
  proposals { id permissions { canAccept canReject canCounter } }
} }`;
/** A flag the caller reads on the agreement; false when the caller may not even read it. */
export const agreementFlag = (id: string, pick: (a: any) => boolean) => async (caller: Caller) => {
  const result = await caller(AGREEMENT_FLAGS, { id });
  return result.errors ? false : pick(result.data!.agreement);
};
export const mutate = (query: string, variables: Record<string, unknown>) => (caller: Caller) => caller(query, variables);

export async function balanceVersion(w: World, id: string): Promise<number> {
  return ((await w.as["von.chef"](BALANCE, { id })).data!.agreement.balance.version as number) ?? 0;
}

export const onAgreement =
  (
    query: string,
    variables: (id: string, w: World) => Promise<Record<string, unknown>> | Record<string, unknown>,
    pick: (a: any) => boolean,
    real = false,
  ) =>
  async (w: World, state: string) => {
    const { id, hash } = await agreementIn(w, state, real);
    // A hash of the right shape where there is no frozen version yet, so the lifecycle decides.
    const vars = { id, hash: hash ?? "0".repeat(64), ...(await variables(id, w)) };
    return { run: mutate(query, vars), flag: agreementFlag(id, pick) };
  };

/** Prepares in DRAFT (a line, a comment, a version, a proposal), then moves the agreement to `state`. */
export const preparedInDraft =
  (query: string, make: (w: World, id: string) => Promise<Record<string, unknown>>, pick: (a: any) => boolean) =>
  async (w: World, state: string) => {
    const { id } = await agreementIn(w, "DRAFT");
    const vars = { id, ...(await make(w, id)) };
    if (state !== "DRAFT") await setAgreementStatus(w.m, id, state);
    return { run: mutate(query, vars), flag: agreementFlag(id, pick) };
  };
