import type { MigrationInterface, QueryRunner } from "typeorm";

/** Frozen versions with their content hash, committee decisions on them, and the signatures. */
export class Approval1764000005000 implements MigrationInterface {
  name = "Approval1764000005000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agreement_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        number int NOT NULL,
        content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
        content jsonb NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (municipality_id, agreement_id) REFERENCES agreement (municipality_id, id) ON DELETE CASCADE,
        UNIQUE (agreement_id, number)
      );
      CREATE TABLE approval (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        version_number int NOT NULL,
        organ_id uuid NOT NULL,
        decision text CHECK (decision IN ('APPROVED', 'RETURNED')),
        meeting_date date,
        paragraph text,
        remarks text,
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz,
        FOREIGN KEY (agreement_id, version_number) REFERENCES agreement_version (agreement_id, number) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, organ_id) REFERENCES organ (municipality_id, id),
        UNIQUE (agreement_id, version_number, organ_id),
        CHECK ((decision IS NULL) = (recorded_at IS NULL))
      );
      CREATE TABLE signature (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        version_number int NOT NULL,
        party text NOT NULL CHECK (party IN ('PURCHASER', 'PROVIDER')),
        user_id uuid NOT NULL REFERENCES app_user(id),
        content_hash text NOT NULL,
        signed_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (agreement_id, version_number) REFERENCES agreement_version (agreement_id, number) ON DELETE CASCADE,
        UNIQUE (agreement_id, version_number, party)
      );
      CREATE INDEX agreement_status ON agreement (municipality_id, status);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP INDEX agreement_status; DROP TABLE signature; DROP TABLE approval; DROP TABLE agreement_version;");
  }
}
