import type { Tx } from "../db/database.js";
import { NOTIFY_CHANNEL } from "../events/event-bus.js";
import { SectionTopic } from "./collab.events.js";
import { encodeBase64 } from "./yjs-codec.js";

export interface StoredUpdate {
  seq: number;
  update: Uint8Array;
  origin: string | null;
}

/** No sequence number is above this: "up to the newest". */
export const NEWEST = 2 ** 31 - 1;

export interface SectionBatch {
  sectionId: string;
  updates: NewUpdate[];
  /** The section's plain text after these updates. */
  text: string;
}

/**
 * What became of a section's updates: their log positions, and whether marks were on its earlier
 * content (`section-marks/`: they no longer hold); or why they were refused.
 */
export type SectionWritten = { seqs: number[]; marked: boolean } | { refused: "FROZEN" | "AGREED" };

export interface NewUpdate {
  update: Uint8Array;
  /** `update` in base64 when the caller has it already (a push arrives so): not encoded again. */
  base64?: string;
  userId: string;
  origin: string | null;
}

/** Room left in a notification (PostgreSQL's limit is 8000 bytes) for the updates it carries; the rest is ids. */
const CARRIED_BYTES = 7000;

/**
 * A section's new updates as its commit signal carries them (`[base64, origin]` in log order), so that
 * other processes relay them without reading the log back; null when they would not fit, and the
 * listeners read them from the log instead.
 */
function carriedUpdates(updates: Array<NewUpdate & { base64: string }>): string | null {
  const json = JSON.stringify(updates.map((u) => [u.base64, u.origin]));
  return Buffer.byteLength(json) <= CARRIED_BYTES ? json : null;
}

/**
 * The durable, append-only Yjs log of one section. Sequence numbers are taken from `section.seq`
 * under its row lock, so they are unique across processes and committed in order.
 */
export const updateLog = {
  /**
   * Appends the updates of several sections in one statement, and returns each section's seqs (and
   * whether it carries marks that the new seq leaves behind), or why it was refused: its agreement is
   * no longer a DRAFT, or the section is AGREED. Both are checked here, in the writing transaction, not
   * only before: whatever a process has cached, nothing reaches the log of a frozen agreement or of an
   * agreed section.
   */
  async append(tx: Tx, batch: SectionBatch[], node: string): Promise<Map<string, SectionWritten>> {
    // The updates travel as base64 (which pushes arrive in, and the signal carries): cheaper for pg to
    // send than bytea, which it writes out as hex.
    const sections = batch.map((b) => ({ ...b, updates: b.updates.map((u) => ({ ...u, base64: u.base64 ?? encodeBase64(u.update) })) }));
    const updates = sections.flatMap((b) => b.updates.map((u, i) => ({ sectionId: b.sectionId, ordinal: i + 1, ...u })));
    // One statement, one round trip: FOR SHARE waits for a command that holds the agreement (a
    // submission freezing it, a party agreeing a section) and then sees its new status; the UPDATE hands
    // out the sequence numbers under the section's row lock and, after waiting for it, reads the row's
    // latest status again (READ COMMITTED's recheck), so a section agreed meanwhile gets none; the
    // INSERT logs the updates with them; each allocated section is signalled on commit, carrying its
    // updates when they fit.
    const rows = (await tx.em.query(
      `WITH drafts AS (
         SELECT s.id FROM section s JOIN agreement a ON a.id = s.agreement_id
          WHERE s.id = ANY($2::uuid[]) AND s.municipality_id = $1 AND a.status = 'DRAFT' FOR SHARE OF a
       ), allocated AS (
         UPDATE section s SET seq = s.seq + v.n, text = v.text
           FROM unnest($2::uuid[], $3::int[], $4::text[], $13::text[]) AS v(id, n, text, carried)
          WHERE s.id = v.id AND s.id IN (SELECT id FROM drafts) AND s.status = 'OPEN'
          RETURNING s.id, s.seq, v.n, v.carried
       ), logged AS (
         INSERT INTO section_update (municipality_id, section_id, seq, update, user_id, origin, node)
         SELECT $1, u.section_id, a.seq - a.n + u.ordinal, decode(u.update, 'base64'), u.user_id, u.origin, $5
           FROM unnest($6::uuid[], $7::int[], $8::text[], $9::uuid[], $10::text[]) AS u(section_id, ordinal, update, user_id, origin)
           JOIN allocated a ON a.id = u.section_id
       )
       SELECT d.id, a.seq, EXISTS (SELECT 1 FROM section_mark m WHERE m.section_id = a.id) AS marked,
              CASE WHEN a.id IS NOT NULL THEN
                pg_notify($11, json_build_object('topic', $12::text, 'municipalityId', $1::text, 'id', a.id, 'seq', a.seq, 'node', $5::text,
                                                 'updates', a.carried::json)::text)
              END
         FROM drafts d LEFT JOIN allocated a ON a.id = d.id`,
      [
        tx.municipalityId,
        batch.map((b) => b.sectionId),
        batch.map((b) => b.updates.length),
        batch.map((b) => b.text),
        node,
        updates.map((u) => u.sectionId),
        updates.map((u) => u.ordinal),
        updates.map((u) => u.base64),
        updates.map((u) => u.userId),
        updates.map((u) => u.origin),
        NOTIFY_CHANNEL,
        SectionTopic.name,
        sections.map((b) => carriedUpdates(b.updates)),
      ],
    )) as Array<{ id: string; seq: number | null; marked: boolean }>;
    const byId = new Map(rows.map((r) => [r.id, r]));
    return new Map(
      batch.map(({ sectionId, updates: sectionUpdates }): [string, SectionWritten] => {
        const row = byId.get(sectionId);
        if (!row) return [sectionId, { refused: "FROZEN" }];
        if (row.seq === null) return [sectionId, { refused: "AGREED" }];
        const last = row.seq;
        return [sectionId, { seqs: sectionUpdates.map((_, i) => last - sectionUpdates.length + 1 + i), marked: row.marked }];
      }),
    );
  },

  /** The snapshot and every update after it, read in one statement so a concurrent compaction cannot split them. */
  async load(tx: Tx, sectionId: string): Promise<{ parts: Uint8Array[]; seq: number }> {
    const rows = (await tx.em.query(
      `SELECT 0 AS part, seq, state AS data FROM section_snapshot WHERE section_id = $1 AND municipality_id = $2
       UNION ALL
       SELECT 1 AS part, seq, update AS data FROM section_update
        WHERE section_id = $1 AND municipality_id = $2
          AND seq > coalesce((SELECT seq FROM section_snapshot WHERE section_id = $1), 0)
       ORDER BY part, seq`,
      [sectionId, tx.municipalityId],
    )) as Array<{ seq: number; data: Buffer }>;
    return { parts: rows.map((r) => new Uint8Array(r.data)), seq: rows.length ? rows[rows.length - 1].seq : 0 };
  },

  /** `load` for many sections in one statement (an agreement's sections, say), by section id. */
  async loadMany(tx: Tx, sectionIds: readonly string[]): Promise<Map<string, { parts: Uint8Array[]; seq: number }>> {
    const loaded = new Map(sectionIds.map((id) => [id, { parts: [] as Uint8Array[], seq: 0 }]));
    if (sectionIds.length === 0) return loaded;
    const rows = (await tx.em.query(
      `SELECT section_id, 0 AS part, seq, state AS data FROM section_snapshot WHERE section_id = ANY($1) AND municipality_id = $2
       UNION ALL
       SELECT u.section_id, 1 AS part, u.seq, u.update AS data FROM section_update u
        WHERE u.section_id = ANY($1) AND u.municipality_id = $2
          AND u.seq > coalesce((SELECT s.seq FROM section_snapshot s WHERE s.section_id = u.section_id), 0)
       ORDER BY section_id, part, seq`,
      [sectionIds, tx.municipalityId],
    )) as Array<{ section_id: string; seq: number; data: Buffer }>;
    for (const row of rows) {
      const section = loaded.get(row.section_id)!;
      section.parts.push(new Uint8Array(row.data));
      section.seq = row.seq;
    }
    return loaded;
  },

  /**
   * Updates after `afterSeq` up to `uptoSeq` (optionally not those written by `excludeNode`). When
   * compaction has folded some of them into the snapshot, the snapshot is included: applying a state
   * twice is harmless in Yjs, missing an update is not.
   */
  async after(tx: Tx, sectionId: string, afterSeq: number, uptoSeq = NEWEST, excludeNode?: string): Promise<StoredUpdate[]> {
    return (
      (await tx.em.query(
        `SELECT seq, state AS update, NULL AS origin FROM section_snapshot
          WHERE section_id = $1 AND municipality_id = $2 AND seq > $3
         UNION ALL
         SELECT seq, update, origin FROM section_update
          WHERE section_id = $1 AND municipality_id = $2 AND seq > $3 AND seq <= $4 AND ($5::text IS NULL OR node <> $5)
         ORDER BY seq`,
        [sectionId, tx.municipalityId, afterSeq, uptoSeq, excludeNode ?? null],
      )) as Array<{ seq: number; update: Buffer; origin: string | null }>
    ).map((r) => ({ seq: r.seq, update: new Uint8Array(r.update), origin: r.origin }));
  },
};

/**
 * Folds the updates older than `minAgeSeconds` into the section's snapshot and deletes them. Updates
 * arriving meanwhile get higher sequence numbers and are left alone; a concurrent compaction elsewhere
 * can only move the snapshot forward.
 */
export async function compactSection(
  tx: Tx,
  sectionId: string,
  minAgeSeconds: number,
  fold: (parts: Uint8Array[]) => Uint8Array,
): Promise<number> {
  const [{ upto }] = (await tx.em.query(
    `SELECT max(seq) AS upto FROM section_update
      WHERE section_id = $1 AND municipality_id = $2 AND at < now() - make_interval(secs => $3)`,
    [sectionId, tx.municipalityId, minAgeSeconds],
  )) as Array<{ upto: number | null }>;
  if (upto === null) return 0;
  const rows = (await tx.em.query(
    `SELECT 0 AS part, seq, state AS data FROM section_snapshot WHERE section_id = $1
     UNION ALL
     SELECT 1 AS part, seq, update AS data FROM section_update WHERE section_id = $1 AND seq <= $2
        AND seq > coalesce((SELECT seq FROM section_snapshot WHERE section_id = $1), 0)
     ORDER BY part, seq`,
    [sectionId, upto],
  )) as Array<{ data: Buffer }>;
  const state = fold(rows.map((r) => new Uint8Array(r.data)));
  await tx.em.query(
    `INSERT INTO section_snapshot (section_id, municipality_id, seq, state) VALUES ($1, $2, $3, $4)
     ON CONFLICT (municipality_id, section_id) DO UPDATE SET seq = EXCLUDED.seq, state = EXCLUDED.state, at = now()
      WHERE section_snapshot.seq < EXCLUDED.seq`,
    [sectionId, tx.municipalityId, upto, Buffer.from(state)],
  );
  const deleted = (await tx.em.query("DELETE FROM section_update WHERE section_id = $1 AND seq <= $2", [sectionId, upto])) as [
    unknown,
    number,
  ];
  return deleted[1];
}
