import type { MigrationInterface, QueryRunner } from "typeorm";

const TENANT_TABLES = ["annual_follow_up_assessment", "annual_follow_up_report"];

/**
 * Classification and the yearly follow-up report of the strategic agreements (issue 13, items 4 and 5;
 * the 2019 guideline, seeds/003).
 *
 * - `municipality.strategic_value_medium_from` / `_high_from`: the value classes of an agreement by the
 *   compensation of its balance (LOW below the first, HIGH from the second), per municipality.
 * - `agreement.classification_version`: guards the purchaser's impact assessment and strategic mark
 *   against a concurrent change (the agreement's own `version` guards its title and period).
 * - `annual_follow_up_assessment`: the purchaser side's assessment of one strategic agreement for one
 *   year — requirements met (null: as computed from the accepted values), deficiencies, the effect on the
 *   nämnd's goals, the action plan.
 * - `annual_follow_up_report`: the nämnd's decision on its yearly report, with the compiled content
 *   frozen as it was decided on and its SHA-256. One per nämnd and year; a decision is never changed
 *   (the trigger refuses UPDATE, as the administration log does).
 */
export class AnnualFollowUp1764000021000 implements MigrationInterface {
  name = "AnnualFollowUp1764000021000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE municipality
        ADD COLUMN strategic_value_medium_from numeric(15, 2) NOT NULL DEFAULT 5000000 CHECK (strategic_value_medium_from >= 0),
        ADD COLUMN strategic_value_high_from numeric(15, 2) NOT NULL DEFAULT 25000000,
        ADD CONSTRAINT municipality_strategic_value_classes CHECK (strategic_value_high_from >= strategic_value_medium_from);
      ALTER TABLE agreement ADD COLUMN classification_version int NOT NULL DEFAULT 1;
      CREATE INDEX agreement_strategic ON agreement (municipality_id, purchaser_organ_id) WHERE strategic;

      CREATE TABLE annual_follow_up_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2200),
        requirements_met text CHECK (requirements_met IN ('YES', 'NO', 'PARTLY')),
        deficiencies text,
        goal_effect text,
        action_plan text,
        version int NOT NULL DEFAULT 1,
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (municipality_id, agreement_id) REFERENCES agreement (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, updated_by) REFERENCES app_user (municipality_id, id),
        UNIQUE (municipality_id, agreement_id, year),
        UNIQUE (municipality_id, id)
      );

      CREATE TABLE annual_follow_up_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        organ_id uuid NOT NULL,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2200),
        meeting_date date NOT NULL,
        paragraph text NOT NULL,
        remarks text,
        content jsonb NOT NULL,
        content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (municipality_id, organ_id) REFERENCES organ (municipality_id, id),
        FOREIGN KEY (municipality_id, recorded_by) REFERENCES app_user (municipality_id, id),
        UNIQUE (municipality_id, organ_id, year),
        UNIQUE (municipality_id, id)
      );
      CREATE FUNCTION annual_follow_up_report_unchangeable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'Nämndens beslut om uppföljningsrapporten kan inte ändras (% nekas)', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER annual_follow_up_report_unchangeable BEFORE UPDATE ON annual_follow_up_report
        FOR EACH ROW EXECUTE FUNCTION annual_follow_up_report_unchangeable();
    `);
    // Municipal data: the forced tenant policy every such table has (1764000007000-row-level-security).
    for (const table of TENANT_TABLES)
      await q.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY tenant ON ${table}
          USING (municipality_id = (SELECT current_municipality_id()))
          WITH CHECK (municipality_id = (SELECT current_municipality_id()));
      `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE annual_follow_up_report, annual_follow_up_assessment;
      DROP FUNCTION annual_follow_up_report_unchangeable();
      DROP INDEX agreement_strategic;
      ALTER TABLE agreement DROP COLUMN classification_version;
      ALTER TABLE municipality DROP CONSTRAINT municipality_strategic_value_classes,
        DROP COLUMN strategic_value_medium_from, DROP COLUMN strategic_value_high_from;
    `);
  }
}
