import type { AgreementRef } from "../agreements/agreement.model.js";
import { Role, type Actor } from "../identity/identity.model.js";
import { agreementPolicy } from "./agreements.policy.js";
import { DRAFTING_ROLES, holdsRoleIn } from "./policy.js";

const CHIEF: readonly Role[] = [Role.FORVALTNINGSCHEF];

/**
 * Who may do what in the follow-up of an agreement (API.md, "Who may do what"): the parties' drafters
 * define indicators; the provider's drafters report values and deliveries and keep the action plans; the
 * purchaser's förvaltningschef accepts a period, and the purchaser's drafters may return it with remarks.
 * The commands (follow-up/*.commands.ts) add the lifecycle, which answers INVALID_STATE.
 */
export const followUpPolicy = {
  /** FORVALTNINGSCHEF or HANDLAGGARE of either party. */
  definesIndicators(actor: Actor, agreement: AgreementRef): boolean {
    return agreementPolicy.partyOf(actor, agreement) !== null;
  },

  /** FORVALTNINGSCHEF or HANDLAGGARE of the provider organ: reports, deliveries and action plans. */
  reportsForProvider(actor: Actor, agreement: AgreementRef): boolean {
    return actor.municipalityId === agreement.municipalityId && holdsRoleIn(actor, agreement.providerOrganId, DRAFTING_ROLES);
  },

  /** FORVALTNINGSCHEF of the purchaser organ. */
  acceptsForPurchaser(actor: Actor, agreement: AgreementRef): boolean {
    return actor.municipalityId === agreement.municipalityId && holdsRoleIn(actor, agreement.purchaserOrganId, CHIEF);
  },

  /** FORVALTNINGSCHEF or HANDLAGGARE of the purchaser organ. */
  reviewsForPurchaser(actor: Actor, agreement: AgreementRef): boolean {
    return actor.municipalityId === agreement.municipalityId && holdsRoleIn(actor, agreement.purchaserOrganId, DRAFTING_ROLES);
  },
};
