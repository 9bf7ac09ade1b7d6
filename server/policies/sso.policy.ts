import { Role, type Actor } from "../identity/identity.model.js";
import { holdsRoleAnywhere } from "./policy.js";

/** Single sign-on is the municipality's setting: its ADMIN configures it, and only they read it. */
export const ssoPolicy = {
  administer: (actor: Actor): boolean => holdsRoleAnywhere(actor, [Role.ADMIN]),
  refusal: "Bara kommunens administratör kan ställa in inloggningen med kommunens konto",
};
