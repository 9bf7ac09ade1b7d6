import { UserEntity } from "../identity/identity.entities.js";
import { AgreementEventEntity } from "./agreement-event.entity.js";
import type { BusSignal } from "./event-bus.js";

/** An event as the streams deliver it: with its actor already read, so that no subscriber reads it again. */
export type LiveAgreementEvent = AgreementEventEntity & { actorUser?: UserEntity | null };

/**
 * One event and its actor, as one row: what the feed's read selects, and what an append's bus signal
 * carries (`carriedEventSql`). Timestamps are Dates when read, ISO strings when carried.
 */
export interface EventRow {
  id: string;
  municipality_id: string;
  agreement_id: string;
  seq: number;
  type: string;
  actor_id: string | null;
  summary: string;
  data: Record<string, unknown>;
  at: Date | string;
  prev_hash: string;
  hash: string;
  u_id: string | null;
  u_name: string;
  u_email: string;
  u_active: boolean;
  u_language: UserEntity["language"];
  u_email_preference: UserEntity["emailPreference"];
  u_last_digest_at: Date | string | null;
  u_oidc_subject: string | null;
  u_created_at: Date | string;
}

/** The columns of an event row (`e`) and of its actor (`u`, a user of the same municipality, or none). */
// The user's columns are those a UserEntity read selects (its password hash is never selected).
const COLUMNS: Array<[keyof EventRow, string]> = [
  ["id", "e.id::text"],
  ["municipality_id", "e.municipality_id"],
  ["agreement_id", "e.agreement_id"],
  ["seq", "e.seq"],
  ["type", "e.type"],
  ["actor_id", "e.actor_id"],
  ["summary", "e.summary"],
  ["data", "e.data"],
  ["at", "e.at"],
  ["prev_hash", "e.prev_hash"],
  ["hash", "e.hash"],
  ["u_id", "u.id"],
  ["u_name", "u.name"],
  ["u_email", "u.email"],
  ["u_active", "u.active"],
  ["u_language", "u.language"],
  ["u_email_preference", "u.email_preference"],
  ["u_last_digest_at", "u.last_digest_at"],
  ["u_oidc_subject", "u.oidc_subject"],
  ["u_created_at", "u.created_at"],
];

export const EVENT_ROW_COLUMNS = COLUMNS.map(([name, column]) => `${column} AS ${name}`).join(", ");
export const ACTOR_JOIN = `LEFT JOIN "app_user" u ON u.id = e.actor_id AND u.municipality_id = e.municipality_id`;

/** PostgreSQL refuses a notification payload of 8000 bytes or more. */
const NOTIFY_LIMIT_BYTES = 8000;

/**
 * The payload of an appended event's bus signal (for `pg_notify`), given the appended row as `e` and
 * the bare signal's JSON text as `signal`: the signal with the event and its actor as `event`, when
 * that fits in a notification; the bare signal otherwise, and the listeners read the event. Built in
 * the appending statement under its row-level security, so it is what a read would find, and sent
 * only when that transaction commits.
 */
export function carriedEventSql(signal: string): string {
  const fields = COLUMNS.map(([name, column]) => `'${name}', ${column}`).join(", ");
  return `(SELECT CASE WHEN octet_length(c.carried) < ${NOTIFY_LIMIT_BYTES} THEN c.carried ELSE ${signal} END
     FROM (SELECT (${signal}::jsonb || jsonb_build_object('event', jsonb_build_object(${fields})))::text AS carried
             FROM (SELECT 1) one ${ACTOR_JOIN}) c)`;
}

/** The event a bus signal carries for `agreementId` of `municipalityId`, or null when it carries none. */
export function carriedEvent(signal: BusSignal, municipalityId: string, agreementId: string): LiveAgreementEvent | null {
  const row = signal.event as EventRow | undefined;
  if (!row || typeof row !== "object") return null;
  if (row.municipality_id !== municipalityId || row.agreement_id !== agreementId) return null;
  return eventOfRow(row);
}

export function eventOfRow(row: EventRow): LiveAgreementEvent {
  const event: LiveAgreementEvent = Object.assign(new AgreementEventEntity(), {
    id: row.id,
    municipalityId: row.municipality_id,
    agreementId: row.agreement_id,
    seq: row.seq,
    type: row.type,
    actorId: row.actor_id,
    summary: row.summary,
    data: row.data,
    at: asDate(row.at),
    prevHash: row.prev_hash,
    hash: row.hash,
  });
  event.actorUser =
    row.u_id === null
      ? null
      : Object.assign(new UserEntity(), {
          id: row.u_id,
          municipalityId: row.municipality_id,
          name: row.u_name,
          email: row.u_email,
          active: row.u_active,
          language: row.u_language,
          emailPreference: row.u_email_preference,
          lastDigestAt: row.u_last_digest_at === null ? null : asDate(row.u_last_digest_at),
          oidcSubject: row.u_oidc_subject,
          createdAt: asDate(row.u_created_at),
        });
  return event;
}

function asDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}
