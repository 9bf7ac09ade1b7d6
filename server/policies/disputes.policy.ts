import type { AgreementRef, Party } from "../agreements/agreement.model.js";
import type { DisputeStatus } from "../disputes/disputes.model.js";
import { Role, type Actor } from "../identity/identity.model.js";
import { agreementPolicy } from "./agreements.policy.js";
import { holdsRoleAnywhere } from "./policy.js";

const CHIEF: readonly Role[] = [Role.FORVALTNINGSCHEF];
const LEADERSHIP: readonly Role[] = [Role.KOMMUNLEDNING];

export interface DisputeRef {
  status: DisputeStatus;
  raisedParty: Party;
}

/**
 * Who may do what with a dispute (API.md): raise and add positions, FORVALTNINGSCHEF or HANDLAGGARE of
 * either party; withdraw, the raising party; escalate, a förvaltningschef of a party; the queue,
 * assignment, referral and decision, KOMMUNLEDNING of the municipality. The commands
 * (disputes/*.commands.ts) add the lifecycle, which answers INVALID_STATE.
 */
export const disputesPolicy = {
  /** The side the caller raises or argues for; null when the caller drafts for neither party. */
  arguingParty(actor: Actor, agreement: AgreementRef): Party | null {
    return agreementPolicy.partyOf(actor, agreement);
  },

  mayWithdraw(actor: Actor, agreement: AgreementRef, dispute: Pick<DisputeRef, "raisedParty">): boolean {
    return this.arguingParty(actor, agreement) === dispute.raisedParty;
  },

  mayEscalate(actor: Actor, agreement: AgreementRef): boolean {
    return agreementPolicy.partyOf(actor, agreement, CHIEF) !== null;
  },

  /** KOMMUNLEDNING of the agreement's municipality: the queue, assign, refer, decide. */
  isLeadership(actor: Actor, municipalityId: string): boolean {
    return actor.municipalityId === municipalityId && holdsRoleAnywhere(actor, LEADERSHIP);
  },
};
