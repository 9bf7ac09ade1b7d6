import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Comments on sections, anchored by Yjs relative positions; named versions of an agreement with each
 * section's Yjs state and plain text and the balance as it was. Versions are never updated.
 */
export class CommentsHistory1764000003000 implements MigrationInterface {
  name = "CommentsHistory1764000003000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE section ADD CONSTRAINT section_municipality_id_id_key UNIQUE (municipality_id, id);
      CREATE TABLE comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        section_id uuid NOT NULL,
        parent_id uuid,
        author_id uuid NOT NULL,
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 5000),
        anchor text,
        anchor_end text,
        quote text,
        resolved boolean NOT NULL DEFAULT false,
        resolved_by uuid,
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (municipality_id, section_id) REFERENCES section (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, parent_id) REFERENCES comment (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, author_id) REFERENCES app_user (municipality_id, id),
        FOREIGN KEY (municipality_id, resolved_by) REFERENCES app_user (municipality_id, id),
        CHECK (parent_id IS NULL OR (anchor IS NULL AND anchor_end IS NULL)),
        UNIQUE (municipality_id, id)
      );
      CREATE INDEX comment_section ON comment (section_id, created_at);
      CREATE TABLE agreement_snapshot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        number int NOT NULL CHECK (number > 0),
        name text NOT NULL,
        balance jsonb,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (municipality_id, agreement_id) REFERENCES agreement (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, created_by) REFERENCES app_user (municipality_id, id),
        UNIQUE (agreement_id, number),
        UNIQUE (municipality_id, id)
      );
      CREATE TABLE agreement_snapshot_section (
        snapshot_id uuid NOT NULL,
        section_id uuid NOT NULL,
        municipality_id uuid NOT NULL,
        section_key text NOT NULL,
        title text NOT NULL,
        position int NOT NULL,
        state bytea NOT NULL,
        text text NOT NULL,
        PRIMARY KEY (snapshot_id, section_id),
        FOREIGN KEY (municipality_id, snapshot_id) REFERENCES agreement_snapshot (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, section_id) REFERENCES section (municipality_id, id) ON DELETE CASCADE
      );
      CREATE FUNCTION refuse_version_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'versions are immutable'; END $$;
      CREATE TRIGGER agreement_snapshot_immutable BEFORE UPDATE ON agreement_snapshot
        FOR EACH ROW EXECUTE FUNCTION refuse_version_update();
      CREATE TRIGGER agreement_snapshot_section_immutable BEFORE UPDATE ON agreement_snapshot_section
        FOR EACH ROW EXECUTE FUNCTION refuse_version_update();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE agreement_snapshot_section; DROP TABLE agreement_snapshot; DROP FUNCTION refuse_version_update();
      DROP TABLE comment;
      ALTER TABLE section DROP CONSTRAINT section_municipality_id_id_key;
    `);
  }
}
