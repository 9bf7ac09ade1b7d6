import { Role, type Actor } from "../identity/identity.model.js";
import { holdsRoleAnywhere } from "./policy.js";

const ADMINISTRATORS: readonly Role[] = [Role.ADMIN];
/** Who may read the administration: its users and roles, settings and log (API.md: users also REVISOR). */
const ADMINISTRATION_READERS: readonly Role[] = [Role.ADMIN, Role.REVISOR];

/**
 * Administration (issue 11): the municipality's ADMIN manages organs, users and their roles, the
 * section template and settings; the REVISOR reads all of it. ADMIN is no role in any agreement:
 * it grants no reading of agreement content (agreements.policy.ts does not name it).
 */
export const administrationPolicy = {
  mayAdminister(actor: Actor): boolean {
    return holdsRoleAnywhere(actor, ADMINISTRATORS);
  },

  mayReadAdministration(actor: Actor): boolean {
    return holdsRoleAnywhere(actor, ADMINISTRATION_READERS);
  },

  /** The section template's titles are no secret from anyone who works in the municipality. */
  mayReadSectionTemplate(_actor: Actor): boolean {
    return true;
  },

  refusal: "Bara kommunens administratör kan ändra detta",
  readRefusal: "Bara administratör och revisor kan se detta",
};
