import type { AgreementRef, Party } from "../agreements/agreement.model.js";
import type { Actor } from "../identity/identity.model.js";
import { agreementPolicy } from "./agreements.policy.js";

/**
 * Agreed clauses (API.md): FORVALTNINGSCHEF or HANDLAGGARE of either party mark a section as agreed
 * for their side, and either side reopens it. The commands (section-marks/) add the lifecycle.
 */
export const sectionMarksPolicy = {
  /** The side whose mark the caller sets or clears, or null when the caller drafts for no side. */
  markingParty(actor: Actor, agreement: AgreementRef): Party | null {
    return agreementPolicy.partyOf(actor, agreement);
  },
};
