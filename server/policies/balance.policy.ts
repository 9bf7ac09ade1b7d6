import type { AgreementRef, Party } from "../agreements/agreement.model.js";
import { Role, type Actor } from "../identity/identity.model.js";
import { agreementPolicy } from "./agreements.policy.js";

const CHIEF: readonly Role[] = [Role.FORVALTNINGSCHEF];

/**
 * Who may do what with a balance (API.md): FORVALTNINGSCHEF or HANDLAGGARE of either party change
 * and propose; only the other party than the proposer responds; a förvaltningschef of a party
 * agrees. The commands (balance/*.commands.ts) add the lifecycle.
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
  mayRespond(actor: Actor, agreement: AgreementRef, proposal: { party: Party }): boolean {
    const party = this.editingParty(actor, agreement);
    return party !== null && party !== proposal.party;
  },
};
