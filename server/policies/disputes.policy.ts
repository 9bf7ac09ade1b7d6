import { AgreementStatus, type AgreementRef, type Party } from "../agreements/agreement.model.js";
import { DisputeAction, DisputeStatus, nextStatus } from "../disputes/disputes.model.js";
import { Role, type Actor } from "../identity/identity.model.js";
import { agreementPolicy } from "./agreements.policy.js";
import { holdsRoleAnywhere } from "./policy.js";

const CHIEF: readonly Role[] = [Role.FORVALTNINGSCHEF];
const LEADERSHIP: readonly Role[] = [Role.KOMMUNLEDNING];
/** A dispute can be raised, and positions added, while the agreement is drafted or once it is signed. */
const DISPUTABLE: readonly AgreementStatus[] = [AgreementStatus.DRAFT, AgreementStatus.SIGNED];

export interface DisputeRef {
  status: DisputeStatus;
  raisedParty: Party;
}

export interface DisputePermissions {
  canAddPosition: boolean;
  canWithdraw: boolean;
  canEscalate: boolean;
  canAssign: boolean;
  canRefer: boolean;
  canDecide: boolean;
  canSetPriority: boolean;
}

/**
 * Who may do what with a dispute (API.md): raise and add positions, FORVALTNINGSCHEF or HANDLAGGARE of
 * either party; withdraw, the raising party; escalate, a förvaltningschef of a party; the queue,
 * assignment, referral and decision, KOMMUNLEDNING of the municipality. Lifecycle checks (which
 * status allows which step) are the services' and answer INVALID_STATE.
 */
export const disputesPolicy = {
  /** The side the caller raises or argues for; null when the caller drafts for neither party. */
  arguingParty(actor: Actor, agreement: AgreementRef): Party | null {
    return agreementPolicy.partyOf(actor, agreement);
  },

  agreementDisputable(agreement: AgreementRef): boolean {
    return DISPUTABLE.includes(agreement.status);
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

  permissions(actor: Actor, agreement: AgreementRef, dispute: DisputeRef): DisputePermissions {
    const can = (action: DisputeAction) => nextStatus(dispute.status, action) !== null;
    const leader = this.isLeadership(actor, agreement.municipalityId);
    return {
      canAddPosition: can(DisputeAction.ADD_POSITION) && this.agreementDisputable(agreement) && this.arguingParty(actor, agreement) !== null,
      canWithdraw: can(DisputeAction.WITHDRAW) && this.mayWithdraw(actor, agreement, dispute),
      canEscalate: can(DisputeAction.ESCALATE) && this.mayEscalate(actor, agreement),
      canAssign: can(DisputeAction.ASSIGN) && leader,
      canRefer: can(DisputeAction.REFER) && leader,
      canDecide: can(DisputeAction.DECIDE) && leader,
      canSetPriority: can(DisputeAction.SET_PRIORITY) && leader,
    };
  },
};
