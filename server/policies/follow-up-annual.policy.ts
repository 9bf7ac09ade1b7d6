import { Party, type AgreementRef } from "../agreements/agreement.model.js";
import { Role, type Actor } from "../identity/identity.model.js";
import { DRAFTING_ROLES, MUNICIPALITY_WIDE_READERS, holdsRoleAnywhere, holdsRoleIn } from "./policy.js";

const CHIEF: readonly Role[] = [Role.FORVALTNINGSCHEF];
const SECRETARY: readonly Role[] = [Role.NAMNDSEKRETERARE];

const organOf = (agreement: AgreementRef, party: Party) =>
  party === Party.PURCHASER ? agreement.purchaserOrganId : agreement.providerOrganId;
const inMunicipality = (actor: Actor, agreement: AgreementRef) => actor.municipalityId === agreement.municipalityId;

/**
 * Classification, responsibility and the yearly follow-up report (issue 13, items 4 and 5; the 2019
 * guideline): "Förvaltningschefen … utser en avtalsansvarig för respektive avtal" — each side's chief
 * names its own; the purchaser classifies (its drafters assess the impact, its chief marks strategic)
 * and assesses the year; the nämnd's secretary records its decision; kommunledning compiles every nämnd's.
 * The commands (follow-up-annual/*.commands.ts) add the lifecycle.
 */
export const followUpAnnualPolicy = {
  mayNameResponsible(actor: Actor, agreement: AgreementRef, party: Party): boolean {
    return inMunicipality(actor, agreement) && holdsRoleIn(actor, organOf(agreement, party), CHIEF);
  },

  mayClassify(actor: Actor, agreement: AgreementRef): boolean {
    return inMunicipality(actor, agreement) && holdsRoleIn(actor, agreement.purchaserOrganId, DRAFTING_ROLES);
  },

  mayMarkStrategic(actor: Actor, agreement: AgreementRef): boolean {
    return inMunicipality(actor, agreement) && holdsRoleIn(actor, agreement.purchaserOrganId, CHIEF);
  },

  /** The purchaser side writes the yearly assessment of its strategic agreements. */
  mayAssess(actor: Actor, agreement: AgreementRef): boolean {
    return this.mayClassify(actor, agreement);
  },

  /** The nämndsekreterare of the nämnd records its decision on the yearly report. */
  mayRecordDecision(actor: Actor, organId: string): boolean {
    return holdsRoleIn(actor, organId, SECRETARY);
  },

  /** The nämnd's own people (any role in it), and kommunledning and revisor. */
  mayReadNamnd(actor: Actor, organId: string): boolean {
    return holdsRoleIn(actor, organId) || holdsRoleAnywhere(actor, MUNICIPALITY_WIDE_READERS);
  },

  /** The roll-up of every nämnd, for KS/KF: kommunledning (and revisor, who reads everything). */
  mayReadRollUp(actor: Actor): boolean {
    return holdsRoleAnywhere(actor, MUNICIPALITY_WIDE_READERS);
  },

  responsibleRefusal: "Bara den sidans förvaltningschef kan utse avtalsansvarig",
  classifyRefusal: "Bara beställarens förvaltningschef eller handläggare kan bedöma påverkan",
  strategicRefusal: "Bara beställarens förvaltningschef kan markera ett avtal som strategiskt",
  assessRefusal: "Bara beställarens förvaltningschef eller handläggare kan skriva årsuppföljningen",
  decisionRefusal: "Bara nämndens sekreterare kan registrera nämndens beslut",
  readRefusal: "Du har ingen roll i den här nämnden",
  rollUpRefusal: "Bara kommunledningen och revisorn kan se sammanställningen",
};
