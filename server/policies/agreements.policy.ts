import { Party, type AgreementRef } from "../agreements/agreement.model.js";
import { Role, type Actor } from "../identity/identity.model.js";
import { DRAFTING_ROLES, MUNICIPALITY_WIDE_READERS, holdsRoleAnywhere, holdsRoleIn } from "./policy.js";

const CHIEF: readonly Role[] = [Role.FORVALTNINGSCHEF];

/**
 * Who may do what with an agreement (API.md, "Who may do what"). The commands add the lifecycle, and
 * the permission flags come from the commands (`permits`), never from here directly.
 */
export const agreementPolicy = {
  canCreate(actor: Actor, purchaserOrganId: string, providerOrganId: string): boolean {
    return holdsRoleIn(actor, purchaserOrganId, DRAFTING_ROLES) || holdsRoleIn(actor, providerOrganId, DRAFTING_ROLES);
  },

  canRead(actor: Actor, agreement: AgreementRef): boolean {
    if (actor.municipalityId !== agreement.municipalityId) return false;
    return (
      holdsRoleAnywhere(actor, MUNICIPALITY_WIDE_READERS) ||
      holdsRoleIn(actor, agreement.purchaserOrganId) ||
      holdsRoleIn(actor, agreement.providerOrganId)
    );
  },

  /** The side the actor drafts for, with one of `roles`; null when the actor is no party. */
  partyOf(actor: Actor, agreement: AgreementRef, roles: readonly Role[] = DRAFTING_ROLES): Party | null {
    if (actor.municipalityId !== agreement.municipalityId) return null;
    if (holdsRoleIn(actor, agreement.purchaserOrganId, roles)) return Party.PURCHASER;
    if (holdsRoleIn(actor, agreement.providerOrganId, roles)) return Party.PROVIDER;
    return null;
  },

  /** A drafting party, whatever the lifecycle allows right now. */
  isDrafter(actor: Actor, agreement: AgreementRef): boolean {
    return this.partyOf(actor, agreement) !== null;
  },

  /** The side whose förvaltningschef the actor is: agrees, escalates, submits, signs. */
  chiefOf(actor: Actor, agreement: AgreementRef): Party | null {
    return this.partyOf(actor, agreement, CHIEF);
  },

  isChief(actor: Actor, agreement: AgreementRef): boolean {
    return this.chiefOf(actor, agreement) !== null;
  },
};
