import { randomUUID } from "node:crypto";
import type { Tx } from "../db/database.js";
import { DomainError, invalidState, unauthenticated } from "../errors.js";
import type { Actor } from "../identity/identity.model.js";
import type { Command } from "../pipeline/command.js";
import { AlreadyDone, Replayed, type IdempotentRequest } from "../pipeline/idempotency.js";
import type { Services } from "../services.js";
import { forgetBatches } from "./batch-loader.js";
import { OperationReads } from "./operation-reads.js";

/** What every resolver receives: the caller (null before login) and the domain services. */
export interface Context {
  actor: Actor | null;
  /** Why a presented token was refused (expired, forged); raised only where a caller is required. */
  authError?: DomainError;
  services: Services;
  /** The caller's IP address (behind a trusted reverse proxy, the one it forwarded), for per-address limits. */
  ip: string;
  /** A mutation sent with an idempotency key: done once, a retry answers the first result. */
  idempotency?: IdempotentRequest;
  /** This operation's id in the logs, which a client quotes from an internal error. */
  requestId: string;
  /** `performance.now()` when the operation began, for its log line. */
  startedAt: number;
  /** What the resolvers of one operation share (see `oncePerOperation`); a fresh map per operation. */
  shared: Map<string, Promise<unknown>>;
  /** The operation's read transactions, one per municipality, shared by its fields (`operation-reads.ts`). */
  reads: OperationReads;
  /**
   * Over HTTP: sets (login) or clears (logout) the browser's session cookie on this request's
   * response (`http/session-cookie.ts`). Absent over graphql-ws, which has no response to carry one.
   */
  setSessionCookie?: (token: string, maxAgeSeconds: number) => void;
  clearSessionCookie?: () => void;
}

/**
 * Loads `key` once per operation: the fields of every row of a list then share one read instead of
 * a transaction each. Only for data that cannot change in the middle of an operation's reads.
 */
export function oncePerOperation<T>(ctx: Context, key: string, load: () => Promise<T>): Promise<T> {
  let loading = ctx.shared.get(key) as Promise<T> | undefined;
  if (!loading) {
    loading = load();
    ctx.shared.set(key, loading);
    loading.catch(() => ctx.shared.delete(key));
  }
  return loading;
}

export function requireActor(ctx: Context): Actor {
  if (!ctx.actor) throw ctx.authError ?? unauthenticated();
  return ctx.actor;
}

/**
 * Work on an agreement that was already loaded: in the caller's municipality, or, without a caller,
 * only for a SIGNED agreement, which is a public record (offentlighetsprincipen).
 */
export function inAgreementScope<T>(
  ctx: Context,
  agreement: { municipalityId: string; status: string },
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return ctx.reads.in(agreementScope(ctx, agreement), work);
}

/** The municipality `inAgreementScope` reads an agreement's rows in: the caller's, or a signed agreement's own. */
export function agreementScope(ctx: Context, agreement: { municipalityId: string; status: string }): string {
  if (ctx.actor) return ctx.actor.municipalityId;
  if (agreement.status !== "SIGNED") throw ctx.authError ?? unauthenticated();
  return agreement.municipalityId;
}

/**
 * Authenticates the caller's token (bearer, or the session cookie's) if there is one; a bad token
 * leaves an anonymous caller with the reason. `http` carries the cookie functions of an HTTP request.
 */
export async function createContext(
  services: Services,
  token: string | undefined,
  ip: string,
  http: Pick<Context, "setSessionCookie" | "clearSessionCookie"> = {},
): Promise<Context> {
  const base = { services, ip, ...perOperation(services), ...newRequest(), ...http };
  if (!token) return { actor: null, ...base };
  try {
    return { actor: await services.identity.authenticate(token), ...base };
  } catch (error) {
    if (error instanceof DomainError) return { actor: null, authError: error, ...base };
    throw error;
  }
}

/** What the resolvers of one operation share: its loaded values and its read transactions. */
export const perOperation = (services: Services) => ({
  shared: new Map<string, Promise<unknown>>(),
  reads: new OperationReads(services.runner),
});

/**
 * Runs one execution of an operation (an HTTP request's, a socket's query or mutation, one event of a
 * subscription) with `ctx`, and ends its read transactions when it is over, failed or not.
 */
export async function executing<T>(ctx: Context, execution: () => Promise<T> | T): Promise<T> {
  try {
    return await execution();
  } finally {
    await ctx.reads.end();
  }
}

/** A fresh id and start time: per HTTP request, and per operation on a socket. */
export const newRequest = () => ({ requestId: randomUUID(), startedAt: performance.now() });

/**
 * Counts an anonymous public read against its address's budget (RATE_LIMITED when spent); a caller
 * who logged in reads under the budgets of their account instead.
 */
export async function countPublicRead(ctx: Context): Promise<void> {
  if (!ctx.actor) await ctx.services.rateLimits.publicReads.consume(ctx.ip);
}

/**
 * Runs resolver reads in a transaction of the caller's municipality (the command runner's read door):
 * the operation's one, which its other fields share.
 */
export function inCallerMunicipality<T>(ctx: Context, work: (tx: Tx, actor: Actor) => Promise<T>): Promise<T> {
  const actor = requireActor(ctx);
  return ctx.reads.in(actor.municipalityId, (tx) => work(tx, actor));
}

/**
 * A resolver's read in a named municipality (rows whose municipality is known: a listed row's users
 * or organs), in the operation's transaction of that municipality. Row-level security still scopes it.
 */
export function inMunicipalityOf<T>(ctx: Context, municipalityId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.reads.in(municipalityId, work);
}

/** A mutation: the caller runs `command` through the runner; `present` shapes the answer in its transaction. */
export function runCommand<I, T extends object, V, R, P = R>(
  ctx: Context,
  command: Command<I, T, V, R>,
  input: I,
  present?: (tx: Tx, actor: Actor, result: R) => Promise<P>,
): Promise<P> {
  const actor = requireActor(ctx);
  const request = ctx.idempotency;
  // The command's transaction is its own: what the operation read before is ended first, and what
  // it loaded is read again after the change.
  ctx.shared.clear();
  forgetBatches(ctx);
  return ctx.reads
    .release()
    .then(() => ctx.services.runner.run(actor, command, input, present && ((tx, result) => present(tx, actor, result)), request))
    .catch(async (error) => {
      if (!(error instanceof AlreadyDone) || !request) throw error;
      request.replay = error.response ?? (await answerOnceStored(ctx, actor, request));
      throw new Replayed();
    });
}

/** A retry that overtook the first request's answer waits for it a little. */
async function answerOnceStored(ctx: Context, actor: Actor, request: IdempotentRequest): Promise<unknown> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const answer = await ctx.services.runner.storedAnswer(actor, request);
    if (answer !== null) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw invalidState("En förfrågan med samma Idempotency-Key håller på att utföras; försök igen om en stund");
}
