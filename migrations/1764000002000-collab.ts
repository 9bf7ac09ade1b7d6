import type { MigrationInterface, QueryRunner } from "typeorm";

/** Co-editing: the append-only Yjs update log per section, its compacted snapshots, and presence. */
export class Collab1764000002000 implements MigrationInterface {
  name = "Collab1764000002000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE section_update (
        municipality_id uuid NOT NULL,
        section_id uuid NOT NULL REFERENCES section(id) ON DELETE CASCADE,
        seq int NOT NULL,
        update bytea NOT NULL,
        user_id uuid REFERENCES app_user(id),
        origin text,
        node text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (section_id, seq)
      );
      CREATE TABLE section_snapshot (
        section_id uuid PRIMARY KEY REFERENCES section(id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL,
        seq int NOT NULL,
        state bytea NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE presence (
        agreement_id uuid NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
        client_id text NOT NULL,
        municipality_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        section_id uuid,
        cursor text,
        node text NOT NULL,
        seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (agreement_id, client_id)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE presence; DROP TABLE section_snapshot; DROP TABLE section_update;");
  }
}
