import { createHash } from "node:crypto";
import type { Tx } from "../db/database.js";
import { DomainError, ErrorCode, badInput } from "../errors.js";
import type { Actor } from "../identity/identity.model.js";
import { canonicalJson } from "../events/canonical-hash.js";

/** How long a key is remembered; a retry within it answers the first result. */
export const IDEMPOTENCY_TTL_HOURS = 48;
const MAX_KEY_LENGTH = 200;

/** A mutation's `Idempotency-Key` (HTTP header) or `extensions.idempotencyKey` (graphql-ws), and what it was sent with. */
export interface IdempotentRequest {
  key: string;
  /** SHA-256 of the operation and its variables: the same key with another request is CONFLICT. */
  requestHash: string;
  /** Set by the runner once it reserved the key in the command's transaction: the answer is to be kept. */
  reserved?: boolean;
  /** Set when the key was used before: the first answer, which the transport sends instead. */
  replay?: unknown;
}

export function idempotentRequest(
  key: unknown,
  operation: { query?: string; variables?: unknown; operationName?: unknown },
): IdempotentRequest | undefined {
  if (key === undefined || key === null || key === "") return undefined;
  if (typeof key !== "string" || key.length > MAX_KEY_LENGTH || !/^[\x21-\x7e]+$/.test(key))
    throw badInput(`Idempotency-Key ska vara 1–${MAX_KEY_LENGTH} synliga ASCII-tecken`, "Idempotency-Key");
  const requestHash = createHash("sha256")
    .update(
      canonicalJson({ query: operation.query ?? "", variables: operation.variables ?? {}, operationName: operation.operationName ?? null }),
    )
    .digest("hex");
  return { key, requestHash };
}

/**
 * Ends a retried operation's execution: the transport sends the first answer (`IdempotentRequest.replay`)
 * instead of anything this operation produced.
 */
export class Replayed extends Error {
  constructor() {
    super("Answered by the first request with this idempotency key");
  }
}

/** The key was used before, by this caller: the first answer (null while it is still being written). */
export class AlreadyDone extends Error {
  constructor(readonly response: unknown) {
    super("Already done");
  }
}

/**
 * Reserves the key in the command's transaction, so the key and the change commit together or not at
 * all. A concurrent request with the same key waits on the key's row until the first commits, then
 * finds it: the change is done once.
 */
export async function reserveKey(tx: Tx, actor: Actor, request: IdempotentRequest): Promise<void> {
  // Keys outlive their promise by nothing: the caller's expired ones go as new ones come.
  await tx.em.query(
    "DELETE FROM idempotency_key WHERE municipality_id = $1 AND user_id = $2 AND created_at < now() - make_interval(hours => $3)",
    [tx.municipalityId, actor.userId, IDEMPOTENCY_TTL_HOURS],
  );
  const inserted = (await tx.em.query(
    `INSERT INTO idempotency_key (municipality_id, user_id, key, request_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (municipality_id, user_id, key) DO NOTHING RETURNING key`,
    [tx.municipalityId, actor.userId, request.key, request.requestHash],
  )) as unknown[];
  if (inserted.length === 1) {
    request.reserved = true;
    return;
  }
  const [row] = (await tx.em.query(
    "SELECT request_hash, response FROM idempotency_key WHERE municipality_id = $1 AND user_id = $2 AND key = $3",
    [tx.municipalityId, actor.userId, request.key],
  )) as Array<{ request_hash: string; response: unknown }>;
  if (row.request_hash !== request.requestHash)
    throw new DomainError(ErrorCode.CONFLICT, "Idempotency-Key har redan använts för en annan förfrågan", { currentVersion: 0 });
  throw new AlreadyDone(row.response);
}

/** Keeps the first answer beside the key, for retries. */
export async function rememberAnswer(tx: Tx, actor: Actor, request: IdempotentRequest, response: unknown): Promise<void> {
  await tx.em.query("UPDATE idempotency_key SET response = $4 WHERE municipality_id = $1 AND user_id = $2 AND key = $3", [
    tx.municipalityId,
    actor.userId,
    request.key,
    JSON.stringify(response),
  ]);
}

export async function storedAnswer(tx: Tx, actor: Actor, request: IdempotentRequest): Promise<unknown> {
  const [row] = (await tx.em.query("SELECT response FROM idempotency_key WHERE municipality_id = $1 AND user_id = $2 AND key = $3", [
    tx.municipalityId,
    actor.userId,
    request.key,
  ])) as Array<{ response: unknown }>;
  return row?.response ?? null;
}
