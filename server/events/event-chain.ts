import { contentHash } from "./canonical-hash.js";

/** The `prev_hash` of an agreement's first event: there is nothing before it. */
export const GENESIS_HASH = "0".repeat(64);

/** What an event's hash covers: its whole content as stored, and the hash of the event before it. */
export interface ChainLink {
  agreementId: string;
  seq: number;
  type: string;
  actorId: string | null;
  summary: string;
  data: unknown;
  at: Date;
  prevHash: string;
}

/**
 * SHA-256 (hex) of the canonical JSON of the link (keys sorted, `at` as an ISO string). Changing any
 * field of any event changes its hash, and so the `prev_hash` the next event must carry: a rewrite
 * shows as the first link that no longer matches. The one definition, used by `appendEvent`, the
 * backfilling migration and the verifier alike.
 */
export function eventHash(link: ChainLink): string {
  return contentHash({
    agreementId: link.agreementId,
    seq: link.seq,
    type: link.type,
    actorId: link.actorId,
    summary: link.summary,
    data: link.data,
    at: link.at.toISOString(),
    prevHash: link.prevHash,
  });
}

/**
 * The values exactly as PostgreSQL will store and give them back, so that the hash computed before
 * the insert is the one the verifier recomputes from the row: `data` as JSON (what jsonb keeps: no
 * `undefined`, Dates as strings), text as UTF-8 (the driver's encoding turns a lone surrogate into
 * U+FFFD), a UUID in its lower-case text form, and time to the millisecond of a JS Date.
 */
export function asStored(link: Omit<ChainLink, "prevHash">): Omit<ChainLink, "prevHash"> {
  const utf8 = (text: string) => Buffer.from(text, "utf8").toString("utf8");
  return {
    agreementId: link.agreementId.toLowerCase(),
    seq: link.seq,
    type: utf8(link.type),
    actorId: link.actorId?.toLowerCase() ?? null,
    summary: utf8(link.summary),
    data: JSON.parse(JSON.stringify(link.data ?? {})) as unknown,
    at: new Date(link.at.getTime()),
  };
}
