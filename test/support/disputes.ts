import { createAgreement } from "./agreements.js";
import { addLines, fixedResource, scope } from "./balance.js";
import { seedMunicipality } from "./factories.js";
import { actor, ok, type GraphqlResult } from "./graphql.js";
import { useTestServer } from "./server.js";

type Caller = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<GraphqlResult<T>>;

export const DISPUTE_FIELDS = `id subject status level priority referredTo description concernsBalance amountAtStake raisedParty
  section { id title } raisedBy { email } raisedAt escalatedAt assignee { email } queueDays queueAge withdrawalNote
  positions { party user { email } text consequence }
  decision { text reference level body meetingDate paragraph decidedBy { email } balanceLines { kind description amount } }
  permissions { canAddPosition canWithdraw canEscalateDispute canAssign canRefer canDecide canSetPriority canConfirmReflected }
  agreement { id diarienummer }`;

export const RAISE = `mutation($input: RaiseDisputeInput!) { raiseDispute(input: $input) { ${DISPUTE_FIELDS} } }`;
export const POSITION = `mutation($id: ID!, $p: String!, $c: String) { addDisputePosition(disputeId: $id, position: $p, consequence: $c) { ${DISPUTE_FIELDS} } }`;
export const WITHDRAW = `mutation($id: ID!, $note: String) { withdrawDispute(disputeId: $id, note: $note) { ${DISPUTE_FIELDS} } }`;
export const ESCALATE = `mutation($id: ID!) { escalateDispute(disputeId: $id) { ${DISPUTE_FIELDS} } }`;
export const ASSIGN = `mutation($id: ID!, $a: ID!) { assignDispute(disputeId: $id, assigneeId: $a) { ${DISPUTE_FIELDS} } }`;
export const REFER = `mutation($id: ID!, $body: OrganKind!) { referDispute(disputeId: $id, body: $body) { ${DISPUTE_FIELDS} } }`;
export const DECIDE = `mutation($id: ID!, $input: DecisionInput!) { decideDispute(disputeId: $id, input: $input) { ${DISPUTE_FIELDS} } }`;
export const QUEUE = `query($organId: ID, $subject: DisputeSubject, $level: DisputeLevel) {
  escalationQueue(organId: $organId, subject: $subject, level: $level) { ${DISPUTE_FIELDS} } }`;
export const DISPUTE = `query($id: ID!) { dispute(id: $id) { ${DISPUTE_FIELDS} history { seq type summary actor { email } } } }`;
export const QUEUE_CHANGED = `subscription { escalationQueueChanged { id status assignee { email } agreement { id } } }`;

export interface DisputeData {
  id: string;
  status: string;
  level: string;
  priority: string;
  referredTo: string | null;
  concernsBalance: boolean;
  amountAtStake: string | null;
  raisedParty: string;
  section: { id: string; title: string } | null;
  assignee: { email: string } | null;
  queueDays: number | null;
  queueAge: string | null;
  positions: Array<{ party: string; user: { email: string }; text: string; consequence: string | null }>;
  decision: {
    text: string;
    reference: string | null;
    level: string;
    body: string | null;
    meetingDate: string | null;
    paragraph: string | null;
    decidedBy: { email: string };
    balanceLines: Array<{ kind: string; description: string; amount: string }> | null;
  } | null;
  permissions: Record<string, boolean>;
  agreement: { id: string; diarienummer: string };
  history?: Array<{ seq: number; type: string; summary: string; actor: { email: string } | null }>;
}

export const balanceDisputeInput = (agreementId: string, overrides: Record<string, unknown> = {}) => ({
  agreementId,
  subject: "EKONOMI",
  description: "Ersättningen täcker inte kostnaden för hemtjänsttimmarna",
  position: "Ersättningen måste höjas med 20 000 kr",
  consequence: "Utan höjning måste antalet timmar minskas",
  ...overrides,
});

export async function raiseDispute(caller: Caller, agreementId: string, overrides: Record<string, unknown> = {}): Promise<DisputeData> {
  return ok(await caller<{ raiseDispute: DisputeData }>(RAISE, { input: balanceDisputeInput(agreementId, overrides) })).raiseDispute;
}

/** A fresh municipality, its VON and PS chiefs and kommunledning, and a draft with a balance to dispute. */
export async function disputeScene() {
  const server = await useTestServer();
  const m = await seedMunicipality();
  const [vonChef, psChef, kl] = await Promise.all([
    actor(server, m, "von.chef"),
    actor(server, m, "ps.chef"),
    actor(server, m, "kommunledning"),
  ]);
  const { id } = await createAgreement(vonChef, m);
  await addLines(vonChef, id, [
    scope("Hemtjänst, beviljade timmar", 1000, "400.00", "timmar"),
    fixedResource("Grundersättning", "380000.00"),
  ]);
  return { server, m, vonChef, psChef, kl, id };
}
