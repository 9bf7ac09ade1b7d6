import type { MigrationInterface, QueryRunner } from "typeorm";
import { GENESIS_HASH, eventHash } from "../server/events/event-chain.js";

const HEX64 = "'^[0-9a-f]{64}$'";

/**
 * The agreement events become a record that cannot be rewritten: each event carries the hash of the
 * one before it (`prev_hash`) and its own (`hash`, `server/events/event-chain.ts`), and a trigger
 * refuses UPDATE, DELETE and TRUNCATE of the table for every role, the owner included. An agreement
 * with events can no longer be deleted (the foreign key restricts instead of cascading).
 *
 * Existing events are chained here, in `seq` order per agreement, with the same function the
 * application uses: the hash is a format, and a second definition in SQL could drift from it.
 */
export class EventChain1764000008000 implements MigrationInterface {
  name = "EventChain1764000008000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE agreement_event ADD COLUMN prev_hash text, ADD COLUMN hash text;
      ALTER TABLE agreement ADD COLUMN last_event_hash text NOT NULL DEFAULT '${GENESIS_HASH}';
    `);
    // Row-level security is forced on both tables (1764000007000), on their owner too, and the
    // backfill must see every municipality's events: lifted for it alone, in this migration's transaction.
    await q.query("ALTER TABLE agreement NO FORCE ROW LEVEL SECURITY; ALTER TABLE agreement_event NO FORCE ROW LEVEL SECURITY");
    await backfill(q);
    await q.query("ALTER TABLE agreement FORCE ROW LEVEL SECURITY; ALTER TABLE agreement_event FORCE ROW LEVEL SECURITY");
    await q.query(`
      ALTER TABLE agreement_event
        ALTER COLUMN prev_hash SET NOT NULL,
        ALTER COLUMN hash SET NOT NULL,
        ADD CONSTRAINT agreement_event_hashes CHECK (prev_hash ~ ${HEX64} AND hash ~ ${HEX64});
      ALTER TABLE agreement ADD CONSTRAINT agreement_last_event_hash CHECK (last_event_hash ~ ${HEX64});

      -- Deleting an agreement must not take its record with it (it used to cascade).
      ALTER TABLE agreement_event
        DROP CONSTRAINT agreement_event_municipality_id_agreement_id_fkey,
        ADD CONSTRAINT agreement_event_agreement_fkey FOREIGN KEY (municipality_id, agreement_id)
          REFERENCES agreement (municipality_id, id) ON DELETE RESTRICT;

      CREATE FUNCTION agreement_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'Händelseloggen kan inte ändras: agreement_event tar bara emot nya händelser (% nekas)', TG_OP
          USING ERRCODE = 'insufficient_privilege',
                HINT = 'agreement_event is append-only: every event is chained to the one before it by hash (prev_hash, hash).';
      END $$;
      -- Per statement, so even a statement that matches no row is refused; ALWAYS, so that it also
      -- holds under session_replication_role = replica. Only the table's owner can disable it.
      CREATE TRIGGER agreement_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON agreement_event
        FOR EACH STATEMENT EXECUTE FUNCTION agreement_event_append_only();
      ALTER TABLE agreement_event ENABLE ALWAYS TRIGGER agreement_event_append_only;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER agreement_event_append_only ON agreement_event;
      DROP FUNCTION agreement_event_append_only();
      ALTER TABLE agreement_event
        DROP CONSTRAINT agreement_event_agreement_fkey,
        ADD CONSTRAINT agreement_event_municipality_id_agreement_id_fkey FOREIGN KEY (municipality_id, agreement_id)
          REFERENCES agreement (municipality_id, id) ON DELETE CASCADE;
      ALTER TABLE agreement_event DROP CONSTRAINT agreement_event_hashes, DROP COLUMN prev_hash, DROP COLUMN hash;
      ALTER TABLE agreement DROP CONSTRAINT agreement_last_event_hash, DROP COLUMN last_event_hash;
    `);
  }
}

interface StoredEvent {
  id: string;
  agreement_id: string;
  seq: number;
  type: string;
  actor_id: string | null;
  summary: string;
  data: unknown;
  at: Date;
}

/** Chains every agreement's events in `seq` order, one agreement at a time (memory stays bounded). */
async function backfill(q: QueryRunner): Promise<void> {
  const agreements = (await q.query("SELECT DISTINCT agreement_id FROM agreement_event ORDER BY 1")) as Array<{ agreement_id: string }>;
  for (const { agreement_id: agreementId } of agreements) {
    const events = (await q.query(
      "SELECT id, agreement_id, seq, type, actor_id, summary, data, at FROM agreement_event WHERE agreement_id = $1 ORDER BY seq",
      [agreementId],
    )) as StoredEvent[];
    const ids: string[] = [];
    const prevHashes: string[] = [];
    const hashes: string[] = [];
    let prevHash = GENESIS_HASH;
    for (const e of events) {
      const hash = eventHash({
        agreementId: e.agreement_id,
        seq: e.seq,
        type: e.type,
        actorId: e.actor_id,
        summary: e.summary,
        data: e.data,
        at: e.at,
        prevHash,
      });
      ids.push(e.id);
      prevHashes.push(prevHash);
      hashes.push(hash);
      prevHash = hash;
    }
    await q.query(
      `UPDATE agreement_event e SET prev_hash = c.prev_hash, hash = c.hash
         FROM unnest($1::bigint[], $2::text[], $3::text[]) AS c (id, prev_hash, hash) WHERE e.id = c.id`,
      [ids, prevHashes, hashes],
    );
    await q.query("UPDATE agreement SET last_event_hash = $1 WHERE id = $2", [prevHash, agreementId]);
  }
}
