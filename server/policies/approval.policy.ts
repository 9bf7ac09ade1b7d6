import type { AgreementRef, Party } from "../agreements/agreement.model.js";
import { Role, type Actor } from "../identity/identity.model.js";
import { agreementPolicy } from "./agreements.policy.js";
import { holdsRoleIn } from "./policy.js";

/**
 * Submission, committee decisions, signatures and amendments (API.md's table). The commands
 * (approval/*.commands.ts) add the lifecycle.
 */
export const approvalPolicy = {
  canSubmit(actor: Actor, agreement: AgreementRef): boolean {
    return agreementPolicy.isChief(actor, agreement);
  },

  /** The nämndsekreterare of the organ records its committee's decision, for a party organ only. */
  canRecordFor(actor: Actor, agreement: AgreementRef, organId: string): boolean {
    const partyOrgan = organId === agreement.purchaserOrganId || organId === agreement.providerOrganId;
    return partyOrgan && holdsRoleIn(actor, organId, [Role.NAMNDSEKRETERARE]);
  },

  /** The side a förvaltningschef of a party signs for, or null. */
  signingParty(actor: Actor, agreement: AgreementRef): Party | null {
    return agreementPolicy.chiefOf(actor, agreement);
  },

  /** A tilläggsuppdrag is started by a drafting party (of a signed agreement: the command's lifecycle). */
  canAmend(actor: Actor, agreement: AgreementRef): boolean {
    return agreementPolicy.isDrafter(actor, agreement);
  },
};
