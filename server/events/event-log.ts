import type { Tx } from "../db/database.js";
import { AgreementEventEntity } from "./agreement-event.entity.js";
import { NOTIFY_CHANNEL, type BusSignal } from "./event-bus.js";
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

/**
 * Appends an agreement event inside the caller's transaction. The row lock taken by bumping
 * `last_event_seq` orders appends per agreement, so sequence numbers follow commit order without gaps.
 * The NOTIFY is delivered by PostgreSQL only when the transaction commits, and never if it rolls back.
 */
export async function appendEvent(tx: Tx, event: NewEvent): Promise<AgreementEventEntity> {
  const [[row]] = (await tx.em.query(
    "UPDATE agreement SET last_event_seq = last_event_seq + 1 WHERE id = $1 AND municipality_id = $2 RETURNING last_event_seq",
    [event.agreementId, tx.municipalityId],
  )) as [[{ last_event_seq: number }], number];
  const saved = await tx.em.save(
    tx.em.create(AgreementEventEntity, {
      municipalityId: tx.municipalityId,
      agreementId: event.agreementId,
      seq: row.last_event_seq,
      type: event.type,
      actorId: event.actorId,
      summary: event.summary,
      data: event.data ?? {},
      at: new Date(),
    }),
  );
  await notifyAfterCommit(tx, AgreementTopic.signal(tx.municipalityId, event.agreementId, { seq: saved.seq }));
  return saved;
}

export async function notifyAfterCommit(tx: Tx, signal: BusSignal): Promise<void> {
  await tx.em.query("SELECT pg_notify($1, $2)", [NOTIFY_CHANNEL, JSON.stringify(signal)]);
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
