import { AgreementStatus, type AgreementRef } from "../agreements/agreement.model.js";
import type { Actor } from "../identity/identity.model.js";
import { agreementPolicy } from "./agreements.policy.js";

/**
 * Comments (API.md): FORVALTNINGSCHEF or HANDLAGGARE of either party comment, resolve and reopen while
 * the agreement is a DRAFT; whoever may read the agreement reads its comments.
 */
export const commentsPolicy = {
  canRead(actor: Actor, agreement: AgreementRef): boolean {
    return agreementPolicy.canRead(actor, agreement);
  },

  /** A drafting party, whatever the lifecycle allows right now (the service reports that as INVALID_STATE). */
  mayComment(actor: Actor, agreement: AgreementRef): boolean {
    return agreementPolicy.isDrafter(actor, agreement);
  },

  canComment(actor: Actor, agreement: AgreementRef): boolean {
    return agreement.status === AgreementStatus.DRAFT && this.mayComment(actor, agreement);
  },
};
