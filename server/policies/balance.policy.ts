import { AgreementStatus, Party, type AgreementRef } from "../agreements/agreement.model.js";
import { ProposalStatus } from "../balance/balance.model.js";
import { Role, type Actor } from "../identity/identity.model.js";
import { agreementPolicy } from "./agreements.policy.js";

const CHIEF: readonly Role[] = [Role.FORVALTNINGSCHEF];

export interface BalancePermissions {
  /** Change lines and the calculation model directly. */
  canEdit: boolean;
  canPropose: boolean;
  /** Mark "balansen håller" for the caller's party on the current version. */
  canAgree: boolean;
}

export interface ProposalRef {
  party: Party;
  status: ProposalStatus;
}

/**
 * Who may do what with a balance (API.md): FORVALTNINGSCHEF or HANDLAGGARE of either party change
 * and propose; only the other party than the proposer responds; a förvaltningschef of a party
 * agrees. The lifecycle part (DRAFT only) is reported separately by the services as INVALID_STATE.
 */
export const balancePolicy = {
  /** The side the caller edits and proposes for, or null. */
  editingParty(actor: Actor, agreement: AgreementRef): Party | null {
    return agreementPolicy.partyOf(actor, agreement);
  },

  /** The side whose mark the caller sets, or null when the caller is no förvaltningschef of a party. */
  agreeingParty(actor: Actor, agreement: AgreementRef): Party | null {
    return agreementPolicy.partyOf(actor, agreement, CHIEF);
  },

  /** The responding side: a drafter of the party that did not propose. */
  mayRespond(actor: Actor, agreement: AgreementRef, proposal: Pick<ProposalRef, "party">): boolean {
    const party = this.editingParty(actor, agreement);
    return party !== null && party !== proposal.party;
  },

  permissions(actor: Actor, agreement: AgreementRef, marks: ReadonlyArray<{ party: Party; version: number }>, version: number): BalancePermissions {
    const draft = agreement.status === AgreementStatus.DRAFT;
    const editor = this.editingParty(actor, agreement) !== null;
    const chiefOf = this.agreeingParty(actor, agreement);
    const alreadyMarked = marks.some((m) => m.party === chiefOf && m.version === version);
    return {
      canEdit: draft && editor,
      canPropose: draft && editor,
      canAgree: draft && chiefOf !== null && !alreadyMarked,
    };
  },

  canRespond(actor: Actor, agreement: AgreementRef, proposal: ProposalRef): boolean {
    return agreement.status === AgreementStatus.DRAFT && proposal.status === ProposalStatus.PENDING && this.mayRespond(actor, agreement, proposal);
  },
};
