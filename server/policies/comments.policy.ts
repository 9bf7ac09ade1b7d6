import type { AgreementRef } from "../agreements/agreement.model.js";
import type { Actor } from "../identity/identity.model.js";
import { agreementPolicy } from "./agreements.policy.js";

/**
 * Comments (API.md): FORVALTNINGSCHEF or HANDLAGGARE of either party comment, resolve and reopen while
 * the agreement is a DRAFT (the commands' lifecycle); whoever may read the agreement reads its comments.
 */
export const commentsPolicy = {
  /** A drafting party, whatever the lifecycle allows right now. */
  mayComment(actor: Actor, agreement: AgreementRef): boolean {
    return agreementPolicy.isDrafter(actor, agreement);
  },
};
