import type { Tx } from "../db/database.js";
import { AgreementEventEntity } from "./agreement-event.entity.js";
import { asStored, eventHash } from "./event-chain.js";
import { NOTIFY_CHANNEL, type BusSignal } from "./event-bus.js";
import { carriedEventSql } from "./event-rows.js";
import { prepared } from "../db/prepared.js";
import { topic } from "./event-types.js";

/** An agreement's event log grew; the signal's id is the agreement's, with the new `seq`. */
export const AgreementTopic = topic<{ seq: number }>("agreement");

export interface NewEvent {
  agreementId: string;
  actorId: string | null;
  type: string;
  summary: string;
  data?: Record<string, unknown>;
}

/** The newest event of each agreement a transaction holds locked: its `seq` and `hash`. */
const heads = new WeakMap<Tx, Map<string, { seq: number; hash: string }>>();

/**
 * Tells `appendEvent` where an agreement's log ends, read from its row under the row lock (the
 * command runner's): appends in this transaction then need one statement each instead of two.
 */
export function knowHead(tx: Tx, agreement: { id: string; lastEventSeq: number; lastEventHash: string }): void {
  const known = heads.get(tx) ?? new Map<string, { seq: number; hash: string }>();
  known.set(agreement.id, { seq: agreement.lastEventSeq, hash: agreement.lastEventHash });
  heads.set(tx, known);
}

/**
 * Appends an agreement event inside the caller's transaction. The row lock taken by bumping
 * `last_event_seq` orders appends per agreement, so sequence numbers follow commit order without gaps,
 * and the previous event's hash (kept as `last_event_hash`) is stable: each event is chained to it
 * (`event-chain.ts`). The table refuses UPDATE and DELETE, so what is appended here stays as it was.
 * The NOTIFY is delivered by PostgreSQL only when the transaction commits, and never if it rolls back.
 *
 * Where the transaction already holds the agreement's row and knows its log's end (`knowHead`), the
 * event is chained in node and written with the head in one statement, which moves the head only
 * from exactly the seq and hash it knew; should anything else have moved it, nothing is written and
 * the two-statement way below runs.
 */
export async function appendEvent(tx: Tx, event: NewEvent): Promise<AgreementEventEntity> {
  const known = heads.get(tx)?.get(event.agreementId);
  const appended = (known && (await appendAfter(tx, event, known))) || (await appendReadingHead(tx, event));
  heads.get(tx)?.set(event.agreementId, { seq: appended.seq, hash: appended.hash });
  return appended;
}

async function appendAfter(tx: Tx, event: NewEvent, head: { seq: number; hash: string }): Promise<AgreementEventEntity | null> {
  const link = linkOf(event, head.seq + 1);
  const hash = eventHash({ ...link, prevHash: head.hash });
  const [row] = (await tx.em.query(APPEND_AFTER, [...rowValues(tx, link, head.hash, hash), NOTIFY_CHANNEL, signalOf(tx, link)])) as Array<{
    id: string;
  }>;
  return row ? stored(tx, row.id, link, head.hash, hash) : null;
}

async function appendReadingHead(tx: Tx, event: NewEvent): Promise<AgreementEventEntity> {
  const [[head]] = (await tx.em.query(MOVE_HEAD, [event.agreementId, tx.municipalityId])) as [
    [{ id: string; last_event_seq: number; last_event_hash: string }],
    number,
  ];
  const link = linkOf({ ...event, agreementId: head.id }, head.last_event_seq);
  const prevHash = head.last_event_hash;
  const hash = eventHash({ ...link, prevHash });
  const [row] = (await tx.em.query(
    APPEND_READ_HEAD,
    // The bus signal rides on the same statement (one round trip less); it is still sent only at commit.
    [...rowValues(tx, link, prevHash, hash), NOTIFY_CHANNEL, signalOf(tx, link)],
  )) as Array<{ id: string }>;
  return stored(tx, row.id, link, prevHash, hash);
}

const APPENDED = "id, municipality_id, agreement_id, seq, type, actor_id, summary, data, at, prev_hash, hash";
/**
 * The signal carries the appended event and its actor when they fit (`event-rows.ts`): the feeds of
 * every process then hand it on without reading it.
 */
const CARRIED = carriedEventSql("$12::text");

// Every command that appends an event sends one of these: prepared once per connection (`db/prepared.ts`).
const APPEND_AFTER = prepared(
  "event_append_after",
  `WITH head AS (
     UPDATE agreement SET last_event_seq = $3, last_event_hash = $10
      WHERE id = $2 AND municipality_id = $1 AND last_event_seq = $3 - 1 AND last_event_hash = $9
     RETURNING id
   ), appended AS (
     INSERT INTO agreement_event (municipality_id, agreement_id, seq, type, actor_id, summary, data, at, prev_hash, hash)
     SELECT $1, $2, $3, $4::text, $5::uuid, $6::text, $7::jsonb, $8::timestamptz, $9, $10::text FROM head RETURNING ${APPENDED}
   )
   SELECT e.id, pg_notify($11, ${CARRIED}) FROM appended e`,
);
const MOVE_HEAD = prepared(
  "event_move_head",
  `UPDATE agreement SET last_event_seq = last_event_seq + 1 WHERE id = $1 AND municipality_id = $2
   RETURNING id, last_event_seq, last_event_hash`,
);
const APPEND_READ_HEAD = prepared(
  "event_append",
  `WITH appended AS (
     INSERT INTO agreement_event (municipality_id, agreement_id, seq, type, actor_id, summary, data, at, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10) RETURNING ${APPENDED}
   ), head AS (UPDATE agreement SET last_event_hash = $10 WHERE id = $2 AND municipality_id = $1)
   SELECT e.id, pg_notify($11, ${CARRIED}) FROM appended e`,
);
const NOTIFY = prepared("bus_notify", "SELECT pg_notify($1, $2)");

function linkOf(event: NewEvent, seq: number) {
  return asStored({
    agreementId: event.agreementId,
    seq,
    type: event.type,
    actorId: event.actorId,
    summary: event.summary,
    data: event.data ?? {},
    at: new Date(),
  });
}

type Link = ReturnType<typeof linkOf>;

function rowValues(tx: Tx, link: Link, prevHash: string, hash: string): unknown[] {
  return [
    tx.municipalityId,
    link.agreementId,
    link.seq,
    link.type,
    link.actorId,
    link.summary,
    JSON.stringify(link.data),
    link.at,
    prevHash,
    hash,
  ];
}

function signalOf(tx: Tx, link: Link): string {
  return JSON.stringify(AgreementTopic.signal(tx.municipalityId, link.agreementId, { seq: link.seq }));
}

function stored(tx: Tx, id: string, link: Link, prevHash: string, hash: string): AgreementEventEntity {
  return Object.assign(new AgreementEventEntity(), {
    id,
    municipalityId: tx.municipalityId,
    ...link,
    data: link.data as Record<string, unknown>,
    prevHash,
    hash,
  });
}

/** Sends `signal` on the bus when `tx` commits (and to this process's caches first: `Tx.signals`). */
export async function notifyAfterCommit(tx: Tx, signal: BusSignal): Promise<void> {
  tx.signals.push(signal);
  await tx.em.query(NOTIFY, [NOTIFY_CHANNEL, JSON.stringify(signal)]);
}

export function eventsAfter(tx: Tx, agreementId: string, afterSeq: number, limit = 500): Promise<AgreementEventEntity[]> {
  return tx.em
    .getRepository(AgreementEventEntity)
    .createQueryBuilder("e")
    .where("e.agreement_id = :agreementId AND e.municipality_id = :m AND e.seq > :afterSeq", {
      agreementId,
      m: tx.municipalityId,
      afterSeq,
    })
    .orderBy("e.seq", "ASC")
    .limit(limit)
    .getMany();
}
