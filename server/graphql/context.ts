import type { Tx } from "../db/database.js";
import { DomainError, unauthenticated } from "../errors.js";
import type { Actor } from "../identity/identity.model.js";
import type { Services } from "../services.js";

/** What every resolver receives: the caller (null before login) and the domain services. */
export interface Context {
  actor: Actor | null;
  /** Why a presented token was refused (expired, forged); raised only where a caller is required. */
  authError?: DomainError;
  services: Services;
}

export function requireActor(ctx: Context): Actor {
  if (!ctx.actor) throw ctx.authError ?? unauthenticated();
  return ctx.actor;
}

/**
 * Work on an agreement that was already loaded: in the caller's municipality, or, without a caller,
 * only for a SIGNED agreement, which is a public record (offentlighetsprincipen).
 */
export function inAgreementScope<T>(ctx: Context, agreement: { municipalityId: string; status: string }, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (ctx.actor) return inCallerMunicipality(ctx, (tx) => work(tx));
  if (agreement.status !== "SIGNED") throw ctx.authError ?? unauthenticated();
  return ctx.services.db.inMunicipality(agreement.municipalityId, work);
}

/** Authenticates a bearer token if there is one; a bad token leaves an anonymous caller with the reason. */
export async function createContext(services: Services, token: string | undefined): Promise<Context> {
  if (!token) return { actor: null, services };
  try {
    return { actor: await services.identity.authenticate(token), services };
  } catch (error) {
    if (error instanceof DomainError) return { actor: null, authError: error, services };
    throw error;
  }
}

/** Runs resolver work in one transaction of the caller's municipality. */
export function inCallerMunicipality<T>(ctx: Context, work: (tx: Tx, actor: Actor) => Promise<T>): Promise<T> {
  const actor = requireActor(ctx);
  return ctx.services.db.inMunicipality(actor.municipalityId, (tx) => work(tx, actor));
}
