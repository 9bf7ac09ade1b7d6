import { asOwner } from "./owner.js";
import { ok, type GraphqlResult } from "./graphql.js";

type Caller = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<GraphqlResult<T>>;

export const BALANCE_FIELDS = `version status
  lines { id kind description volume unit unitAmount amount }
  totals { cost compensation difference marginPercent requirementMet }
  agreements { party user { email } version reason }
  permissions { canEdit canPropose canAgreeBalance }`;

export const PROPOSAL_FIELDS = `id status party message baseVersion stale counterTo appliedVersion responseMessage
  proposedBy { email } respondedBy { email }
  changes { op lineId description amountBefore amountAfter line { kind description volume unitAmount amount } }
  permissions { canAccept canReject canCounter }`;

export const BALANCE = `query($id: ID!) { agreement(id: $id) { balance { ${BALANCE_FIELDS} } } }`;
export const PROPOSALS = `query($id: ID!) { agreement(id: $id) { proposals { ${PROPOSAL_FIELDS} } } }`;
export const ADD_LINE = `mutation($id: ID!, $v: Int!, $input: BalanceLineInput!) { addBalanceLine(agreementId: $id, expectedVersion: $v, input: $input) { ${BALANCE_FIELDS} } }`;
export const UPDATE_LINE = `mutation($lineId: ID!, $v: Int!, $input: BalanceLineInput!) { updateBalanceLine(lineId: $lineId, expectedVersion: $v, input: $input) { ${BALANCE_FIELDS} } }`;
export const REMOVE_LINE = `mutation($lineId: ID!, $v: Int!) { removeBalanceLine(lineId: $lineId, expectedVersion: $v) { ${BALANCE_FIELDS} } }`;
/** `$reason`: why a balance that misses the result requirement holds anyway (required then). */
export const AGREE = `mutation($id: ID!, $v: Int!, $reason: String) { agreeBalance(agreementId: $id, version: $v, reason: $reason) { ${BALANCE_FIELDS} } }`;
export const PROPOSE = `mutation($id: ID!, $v: Int!, $input: ProposalInput!) { proposeBalance(agreementId: $id, baseVersion: $v, input: $input) { ${PROPOSAL_FIELDS} } }`;
export const RESPOND = `mutation($pid: ID!, $r: ProposalResponse!, $m: String) { respondToProposal(proposalId: $pid, response: $r, message: $m) { ${PROPOSAL_FIELDS} } }`;
export const EVENTS = `query($id: ID!) { agreement(id: $id) { events { seq type summary actor { email } } } }`;

export const scope = (description: string, volume: number, unitAmount: string, unit = "brukare") => ({
  kind: "SCOPE",
  description,
  volume,
  unit,
  unitAmount,
});
export const fixedResource = (description: string, amount: string) => ({ kind: "RESOURCE", description, amount });

export interface BalanceData {
  version: number;
  status: string;
  lines: Array<{
    id: string;
    kind: string;
    description: string;
    volume: number | null;
    unit: string | null;
    unitAmount: string | null;
    amount: string;
  }>;
  totals: { cost: string; compensation: string; difference: string; marginPercent: number | null; requirementMet: boolean };
  agreements: Array<{ party: string; user: { email: string }; version: number; reason: string | null }>;
  permissions: { canEdit: boolean; canPropose: boolean; canAgreeBalance: boolean };
}

export async function readBalance(caller: Caller, agreementId: string): Promise<BalanceData> {
  return ok(await caller<{ agreement: { balance: BalanceData } }>(BALANCE, { id: agreementId })).agreement.balance;
}

/** Adds lines one after the other as `caller`; returns the balance after the last. */
export async function addLines(caller: Caller, agreementId: string, lines: Array<Record<string, unknown>>): Promise<BalanceData> {
  let balance = await readBalance(caller, agreementId);
  for (const input of lines) {
    balance = ok(await caller<{ addBalanceLine: BalanceData }>(ADD_LINE, { id: agreementId, v: balance.version, input })).addBalanceLine;
  }
  return balance;
}

/** Puts the agreement in another lifecycle state behind the API's back (approval is another capability). */
export async function setAgreementStatus(m: { municipality: { id: string } }, agreementId: string, status: string): Promise<void> {
  const updated = await asOwner(m.municipality.id, "UPDATE agreement SET status = $2 WHERE id = $1 RETURNING id", [agreementId, status]);
  if (updated.length !== 1) throw new Error(`No agreement ${agreementId} in municipality ${m.municipality.id}`);
}
