import type { Tx } from "../db/database.js";
import { notifyAfterCommit } from "../events/event-log.js";

export interface StoredUpdate {
  seq: number;
  update: Uint8Array;
  origin: string | null;
}

export interface NewUpdate {
  update: Uint8Array;
  userId: string;
  origin: string | null;
}

/**
 * The durable, append-only Yjs log of one section. Sequence numbers are taken from `section.seq`
 * under its row lock, so they are unique across processes and committed in order.
 */
export const updateLog = {
  /**
   * Appends a batch and returns the seq of each update, or null when the agreement is no longer a
   * DRAFT: the freeze is checked here, in the writing transaction, not only before.
   */
  async append(tx: Tx, sectionId: string, updates: NewUpdate[], node: string, text: string): Promise<number[] | null> {
    const rows = (await tx.em.query(
      `UPDATE section s SET seq = s.seq + $3, text = $4
         FROM agreement a
        WHERE s.id = $1 AND s.municipality_id = $2 AND a.id = s.agreement_id AND a.status = 'DRAFT'
        RETURNING s.seq`,
      [sectionId, tx.municipalityId, updates.length, text],
    )) as [Array<{ seq: number }>, number];
    const last = rows[0][0]?.seq;
    if (last === undefined) return null;
    const first = last - updates.length + 1;
    const values: unknown[] = [];
    const tuples = updates.map((u, i) => {
      values.push(tx.municipalityId, sectionId, first + i, Buffer.from(u.update), u.userId, u.origin, node);
      const p = i * 7;
      return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7})`;
    });
    await tx.em.query(
      `INSERT INTO section_update (municipality_id, section_id, seq, update, user_id, origin, node) VALUES ${tuples.join(", ")}`,
      values,
    );
    await notifyAfterCommit(tx, { topic: "section", municipalityId: tx.municipalityId, id: sectionId, seq: last, node });
    return updates.map((_, i) => first + i);
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

  /**
   * Updates after `afterSeq` up to `uptoSeq` (optionally not those written by `excludeNode`). When
   * compaction has folded some of them into the snapshot, the snapshot is included: applying a state
   * twice is harmless in Yjs, missing an update is not.
   */
  async after(tx: Tx, sectionId: string, afterSeq: number, uptoSeq = 2 ** 31 - 1, excludeNode?: string): Promise<StoredUpdate[]> {
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
export async function compactSection(tx: Tx, sectionId: string, minAgeSeconds: number, fold: (parts: Uint8Array[]) => Uint8Array): Promise<number> {
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
     ON CONFLICT (section_id) DO UPDATE SET seq = EXCLUDED.seq, state = EXCLUDED.state, at = now()
      WHERE section_snapshot.seq < EXCLUDED.seq`,
    [sectionId, tx.municipalityId, upto, Buffer.from(state)],
  );
  const deleted = (await tx.em.query("DELETE FROM section_update WHERE section_id = $1 AND seq <= $2", [sectionId, upto])) as [unknown, number];
  return deleted[1];
}
