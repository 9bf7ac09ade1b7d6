import type { DemoWho } from "../../server/seed/municipality-seed.js";
import { mutate } from "./agreement-matrix.js";
import { today } from "./approval.js";
import { CHIEFS, DISPUTE_STATES, DRAFTERS, disputeIn, type Caller, type World } from "./command-matrix.js";

/**
 * The dispute commands in the command matrix (test/command-matrix.test.ts), from API.md's table: positions
 * and the confirmation by either party's drafters, withdrawal by the raising party, escalation by a party's
 * förvaltningschef, the queue's steps by kommunledning; each tried across the dispute's states.
 */
const DISPUTE_FLAGS = `query($id: ID!) { dispute(id: $id) { permissions {
  canAddPosition canWithdraw canEscalateDispute canAssign canRefer canDecide canSetPriority canConfirmReflected } } }`;

const disputeFlag = (id: string, name: string) => async (caller: Caller) => {
  const result = await caller(DISPUTE_FLAGS, { id });
  return result.errors ? false : (result.data!.dispute.permissions[name] as boolean);
};

const onDispute = (query: string, variables: (w: World) => Record<string, unknown>, flag: string) => async (w: World, state: string) => {
  const { disputeId } = await disputeIn(w, state);
  return { run: mutate(query, { id: disputeId, ...variables(w) }), flag: disputeFlag(disputeId, flag) };
};
const LEADERSHIP: DemoWho[] = ["kommunledning"];
const QUEUED = ["ESCALATED", "IN_REVIEW", "REFERRED"];

export const DISPUTE_CASES = {
  addDisputePosition: {
    roles: DRAFTERS,
    states: ["OPEN", ...QUEUED],
    across: DISPUTE_STATES,
    prepare: onDispute(
      'mutation($id: ID!) { addDisputePosition(disputeId: $id, position: "Vår syn") { id } }',
      () => ({}),
      "canAddPosition",
    ),
  },
  withdrawDispute: {
    roles: ["von.chef", "von.handlaggare"] as DemoWho[],
    states: ["OPEN", "ESCALATED"],
    across: DISPUTE_STATES,
    prepare: onDispute("mutation($id: ID!) { withdrawDispute(disputeId: $id) { id } }", () => ({}), "canWithdraw"),
  },
  escalateDispute: {
    roles: CHIEFS,
    states: ["OPEN"],
    across: DISPUTE_STATES,
    prepare: onDispute("mutation($id: ID!) { escalateDispute(disputeId: $id) { id } }", () => ({}), "canEscalateDispute"),
  },
  assignDispute: {
    roles: LEADERSHIP,
    states: QUEUED,
    across: DISPUTE_STATES,
    prepare: onDispute(
      "mutation($id: ID!, $a: ID!) { assignDispute(disputeId: $id, assigneeId: $a) { id } }",
      (w) => ({ a: w.m.users.kommunledning.id }),
      "canAssign",
    ),
  },
  referDispute: {
    roles: LEADERSHIP,
    states: QUEUED,
    across: DISPUTE_STATES,
    prepare: onDispute("mutation($id: ID!) { referDispute(disputeId: $id, body: KOMMUNSTYRELSE) { id } }", () => ({}), "canRefer"),
  },
  decideDispute: {
    roles: LEADERSHIP,
    states: QUEUED,
    across: DISPUTE_STATES,
    prepare: async (w: World, state: string) => {
      const { disputeId } = await disputeIn(w, state);
      const input = state === "REFERRED" ? { decision: "Så blir det.", reference: `KS ${today()} § 12` } : { decision: "Så blir det." };
      return {
        run: mutate("mutation($id: ID!, $input: DecisionInput!) { decideDispute(disputeId: $id, input: $input) { id } }", {
          id: disputeId,
          input,
        }),
        flag: disputeFlag(disputeId, "canDecide"),
      };
    },
  },
  confirmDecisionReflected: {
    roles: DRAFTERS,
    states: ["DECIDED"],
    across: DISPUTE_STATES,
    prepare: async (w: World, state: string) => {
      const { disputeId } = await disputeIn(w, state, true);
      return {
        run: mutate("mutation($id: ID!) { confirmDecisionReflected(disputeId: $id) { id } }", { id: disputeId }),
        flag: disputeFlag(disputeId, "canConfirmReflected"),
      };
    },
  },
  setDisputePriority: {
    roles: LEADERSHIP,
    states: QUEUED,
    across: DISPUTE_STATES,
    prepare: onDispute("mutation($id: ID!) { setDisputePriority(disputeId: $id, priority: LOW) { id } }", () => ({}), "canSetPriority"),
  },
};
