import { AgreementStatus, Party, type AgreementRef } from "../agreements/agreement.model.js";
import { Role, type Actor } from "../identity/identity.model.js";
import { DRAFTING_ROLES, MUNICIPALITY_WIDE_READERS, holdsRoleAnywhere, holdsRoleIn } from "./policy.js";

const CHIEF: readonly Role[] = [Role.FORVALTNINGSCHEF];

export interface AgreementPermissions {
  canEdit: boolean;
  canAgree: boolean;
  canEscalate: boolean;
  canSubmit: boolean;
  canSign: boolean;
  /** Start a tilläggsuppdrag from this signed agreement. */
  canAmend: boolean;
  /** The side the caller drafts for, if any. */
  party: Party | null;
}

/** Who may do what with an agreement (API.md, "Who may do what"). */
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

  /** A förvaltningschef of a party: agrees, escalates, submits, signs. */
  isChief(actor: Actor, agreement: AgreementRef): boolean {
    return this.partyOf(actor, agreement, CHIEF) !== null;
  },

  permissions(actor: Actor, agreement: AgreementRef): AgreementPermissions {
    const draft = agreement.status === AgreementStatus.DRAFT;
    const chief = this.isChief(actor, agreement);
    return {
      canEdit: draft && this.isDrafter(actor, agreement),
      canAgree: draft && chief,
      canEscalate: chief,
      canSubmit: draft && chief,
      canSign: agreement.status === AgreementStatus.APPROVED && chief,
      canAmend: agreement.status === AgreementStatus.SIGNED && this.isDrafter(actor, agreement),
      party: this.partyOf(actor, agreement),
    };
  },
};
