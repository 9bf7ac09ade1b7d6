import { AgreementStatus, type AgreementRef } from "../agreements/agreement.model.js";
import type { Actor } from "../identity/identity.model.js";
import { agreementPolicy } from "./agreements.policy.js";

/** Named versions: the drafting parties create them at any stage and restore one only into a DRAFT. */
export const historyPolicy = {
  canCreateVersion(actor: Actor, agreement: AgreementRef): boolean {
    return agreementPolicy.isDrafter(actor, agreement);
  },

  mayRestore(actor: Actor, agreement: AgreementRef): boolean {
    return agreementPolicy.isDrafter(actor, agreement);
  },

  canRestore(actor: Actor, agreement: AgreementRef): boolean {
    return agreement.status === AgreementStatus.DRAFT && this.mayRestore(actor, agreement);
  },
};
