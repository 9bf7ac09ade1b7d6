import type { AgreementRef, Party } from "../agreements/agreement.model.js";
import type { Actor } from "../identity/identity.model.js";
import { agreementPolicy } from "./agreements.policy.js";

/**
 * Who decides a suggested change of the text (API.md "Negotiating the text"): a förvaltningschef or
 * handläggare of the party that did not suggest it. The suggester's party is read from the
 * suggestion's id in the document (server/suggestions/suggestion-id.ts), never taken from the caller.
 */
export const suggestionsPolicy = {
  /** The side the caller decides for, or null when the caller drafts for neither party. */
  decidingParty(actor: Actor, agreement: AgreementRef): Party | null {
    return agreementPolicy.partyOf(actor, agreement);
  },

  mayDecide(actor: Actor, agreement: AgreementRef, suggestion: { party: Party }): boolean {
    const party = this.decidingParty(actor, agreement);
    return party !== null && party !== suggestion.party;
  },
};
