import type { AgreementRef } from "../agreements/agreement.model.js";
import type { Actor } from "../identity/identity.model.js";
import { agreementPolicy } from "./agreements.policy.js";

/**
 * Named versions: the drafting parties create them at any stage and restore one only into a DRAFT
 * (the commands' lifecycles, history/history.commands.ts).
 */
export const historyPolicy = {
  mayCreateVersion(actor: Actor, agreement: AgreementRef): boolean {
    return agreementPolicy.isDrafter(actor, agreement);
  },

  mayRestore(actor: Actor, agreement: AgreementRef): boolean {
    return agreementPolicy.isDrafter(actor, agreement);
  },
};
