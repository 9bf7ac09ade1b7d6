import type { Tx } from "../db/database.js";
import { NOTIFY_CHANNEL } from "../events/event-bus.js";

export interface StoredUpdate {
  seq: number;
  update: Uint8Array;
  origin: string | null;
}

export interface SectionBatch {
  sectionId: string;
  updates: NewUpdate[];
  /** The section's plain text after these updates. */
  text: string;
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
   * Appends the updates of several sections in three statements, and returns each section's seqs, or
   * null for a section whose agreement is no longer a DRAFT: the freeze is checked here, in the
   * writing transaction, not only before.
   */
  async append(tx: Tx, batch: SectionBatch[], node: string): Promise<Map<string, number[] | null>> {
    // FOR SHARE waits for a submission that is freezing the agreement, then sees its new status.
    const allocated = (await tx.em.query(
      `WITH drafts AS (
         SELECT s.id FROM section s JOIN agreement a ON a.id = s.agreement_id
          WHERE s.id = ANY($1::uuid[]) AND s.municipality_id = $4 AND a.status = 'DRAFT' FOR SHARE OF a)
       UPDATE section s SET seq = s.seq + v.n, text = v.text
         FROM unnest($1::uuid[], $2::int[], $3::text[]) AS v(id, n, text)
        WHERE s.id = v.id AND s.id IN (SELECT id FROM drafts)
        RETURNING s.id, s.seq`,
      [batch.map((b) => b.sectionId), batch.map((b) => b.updates.length), batch.map((b) => b.text), tx.municipalityId],
    )) as [Array<{ id: string; seq: number }>, number];
    const lastSeq = new Map(allocated[0].map((r) => [r.id, r.seq]));
    const result = new Map<string, number[] | null>();
    const rows = { section: [] as string[], seq: [] as number[], update: [] as Buffer[], user: [] as string[], origin: [] as Array<string | null> };
    for (const { sectionId, updates } of batch) {
      const last = lastSeq.get(sectionId);
      if (last === undefined) {
        result.set(sectionId, null);
        continue;
      }
      const seqs = updates.map((_, i) => last - updates.length + 1 + i);
      result.set(sectionId, seqs);
      updates.forEach((u, i) => {
        rows.section.push(sectionId);
        rows.seq.push(seqs[i]);
        rows.update.push(Buffer.from(u.update));
        rows.user.push(u.userId);
        rows.origin.push(u.origin);
      });
    }
    if (rows.seq.length === 0) return result;
    await tx.em.query(
      `INSERT INTO section_update (municipality_id, section_id, seq, update, user_id, origin, node)
       SELECT $1, * , $7 FROM unnest($2::uuid[], $3::int[], $4::bytea[], $5::uuid[], $6::text[])`,
      [tx.municipalityId, rows.section, rows.seq, rows.update, rows.user, rows.origin, node],
    );
    const signals = [...lastSeq].map(([id, seq]) => JSON.stringify({ topic: "section", municipalityId: tx.municipalityId, id, seq, node }));
    await tx.em.query("SELECT pg_notify($1, signal) FROM unnest($2::text[]) AS signal", [NOTIFY_CHANNEL, signals]);
    return result;
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
