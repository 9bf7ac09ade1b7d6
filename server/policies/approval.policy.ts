import type { AgreementRef } from "../agreements/agreement.model.js";
import { Role, type Actor } from "../identity/identity.model.js";
import { agreementPolicy } from "./agreements.policy.js";
import { holdsRoleIn } from "./policy.js";

/** Submission, committee decisions and signatures (API.md's table). */
export const approvalPolicy = {
  canSubmit(actor: Actor, agreement: AgreementRef): boolean {
    return agreementPolicy.isChief(actor, agreement);
  },

  /** The nämndsekreterare of the organ records its committee's decision, for a party organ only. */
  canRecordFor(actor: Actor, agreement: AgreementRef, organId: string): boolean {
    const partyOrgan = organId === agreement.purchaserOrganId || organId === agreement.providerOrganId;
    return partyOrgan && holdsRoleIn(actor, organId, [Role.NAMNDSEKRETERARE]);
  },

  canSign(actor: Actor, agreement: AgreementRef): boolean {
    return agreementPolicy.isChief(actor, agreement);
  },

  /** A tilläggsuppdrag is started by a drafting party of a signed agreement. */
  canAmend(actor: Actor, agreement: AgreementRef): boolean {
    return agreementPolicy.permissions(actor, agreement).canAmend;
  },
};
