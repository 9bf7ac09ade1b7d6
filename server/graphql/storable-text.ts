import { badInput } from "../errors.js";
import { unstorableTextAt } from "../validation/input.js";

/**
 * Refuses, before any resolver, an argument holding text PostgreSQL cannot store (NUL, a lone
 * surrogate), with BAD_USER_INPUT naming it, in every query and mutation of either transport.
 */
export function refuseUnstorableText(args: Record<string, unknown>): void {
  const field = unstorableTextAt(args);
  if (field !== null) throw badInput("Texten innehåller tecken som inte kan sparas", field);
}
