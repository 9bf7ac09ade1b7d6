import { forbidden } from "../errors.js";
import { Role, type Actor } from "../identity/identity.model.js";

/** Roles that draft for a side: they edit, comment, propose and raise disputes. */
export const DRAFTING_ROLES: readonly Role[] = [Role.FORVALTNINGSCHEF, Role.HANDLAGGARE];
/** Roles that see everything in their municipality, wherever their organ. */
export const MUNICIPALITY_WIDE_READERS: readonly Role[] = [Role.KOMMUNLEDNING, Role.REVISOR];

export function holdsRoleIn(actor: Actor, organId: string, roles?: readonly Role[]): boolean {
  return actor.roles.some((r) => r.organId === organId && (!roles || roles.includes(r.role)));
}

export function holdsRoleAnywhere(actor: Actor, roles: readonly Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r.role));
}

/** A read's refusal (commands are refused by the runner, from their declared policy). */
export function assertAllowed(allowed: boolean, message?: string): void {
  if (!allowed) throw forbidden(message);
}
