import type { MigrationInterface, QueryRunner } from "typeorm";

const TENANT_TABLES = ["indicator", "follow_up_period", "indicator_report", "scope_report", "action_plan", "action_plan_step"];

/**
 * Follow-up after signing (issue 13).
 *
 * - `indicator`: defined by the parties while the agreement is a DRAFT, frozen with its version. A volume
 *   indicator may name a SCOPE line of the balance (`balance_line_id`): delivered against ordered volume.
 * - `follow_up_period`: one row per agreement and reporting period once anything is reported in it; the
 *   purchaser accepts or returns it. `period` is "2027", "2027-Q1" or "2027-03" (server/follow-up/periods.ts).
 * - `indicator_report`: the provider's value for an indicator and period, its computed status, and its
 *   analysis. A second report of the same period replaces the first while the period is not accepted.
 * - `scope_report`: per SCOPE line and period, the delivered volume and the actual cost ("öppna böcker").
 * - `action_plan` (with its `action_plan_step`s): the handlingsplan a RED value needs before acceptance.
 * - `dispute` may be raised from a reported value or a plan.
 * - `municipality.follow_up_due_days`: a period's report is due this many days after the period ends.
 * - `agreement`: the avtalsansvarig of each side, the purchaser's impact assessment, and the strategic mark.
 */
export class FollowUp1764000020000 implements MigrationInterface {
  name = "FollowUp1764000020000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE municipality ADD COLUMN follow_up_due_days int NOT NULL DEFAULT 30 CHECK (follow_up_due_days BETWEEN 0 AND 365);
      ALTER TABLE balance_line ADD CONSTRAINT balance_line_municipality_agreement_id UNIQUE (municipality_id, agreement_id, id);

      ALTER TABLE agreement
        ADD COLUMN purchaser_responsible_id uuid,
        ADD COLUMN provider_responsible_id uuid,
        ADD COLUMN impact text CHECK (impact IN ('LOW', 'MEDIUM', 'HIGH')),
        ADD COLUMN strategic boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT agreement_purchaser_responsible FOREIGN KEY (municipality_id, purchaser_responsible_id) REFERENCES app_user (municipality_id, id),
        ADD CONSTRAINT agreement_provider_responsible FOREIGN KEY (municipality_id, provider_responsible_id) REFERENCES app_user (municipality_id, id);

      CREATE TABLE indicator (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        section_id uuid,
        balance_line_id uuid,
        position int NOT NULL,
        name text NOT NULL,
        unit text NOT NULL,
        direction text NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
        target numeric(18, 6) NOT NULL,
        warn_at numeric(18, 6),
        frequency text NOT NULL CHECK (frequency IN ('MONTHLY', 'QUARTERLY', 'YEARLY')),
        version int NOT NULL DEFAULT 1,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- The warning threshold lies on the bad side of the target (or on it).
        CHECK (warn_at IS NULL OR (direction = 'HIGHER_IS_BETTER' AND warn_at <= target) OR (direction = 'LOWER_IS_BETTER' AND warn_at >= target)),
        FOREIGN KEY (municipality_id, agreement_id) REFERENCES agreement (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, section_id) REFERENCES section (municipality_id, id) ON DELETE SET NULL (section_id),
        FOREIGN KEY (municipality_id, agreement_id, balance_line_id) REFERENCES balance_line (municipality_id, agreement_id, id) ON DELETE SET NULL (balance_line_id),
        UNIQUE (municipality_id, id),
        UNIQUE (municipality_id, agreement_id, id)
      );
      CREATE INDEX indicator_agreement ON indicator (agreement_id, position);

      CREATE TABLE follow_up_period (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        period text NOT NULL CHECK (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
        status text NOT NULL DEFAULT 'REPORTED' CHECK (status IN ('REPORTED', 'ACCEPTED', 'RETURNED')),
        remarks text,
        decided_by uuid,
        decided_at timestamptz,
        version int NOT NULL DEFAULT 1,
        FOREIGN KEY (municipality_id, agreement_id) REFERENCES agreement (municipality_id, id) ON DELETE CASCADE,
        UNIQUE (municipality_id, agreement_id, period),
        UNIQUE (municipality_id, id)
      );

      CREATE TABLE indicator_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        indicator_id uuid NOT NULL,
        period text NOT NULL,
        value numeric(18, 6) NOT NULL,
        status text NOT NULL CHECK (status IN ('GREEN', 'YELLOW', 'RED')),
        comment text,
        reported_by uuid NOT NULL,
        reported_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        FOREIGN KEY (municipality_id, agreement_id, indicator_id) REFERENCES indicator (municipality_id, agreement_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, agreement_id, period) REFERENCES follow_up_period (municipality_id, agreement_id, period) ON DELETE CASCADE,
        UNIQUE (municipality_id, indicator_id, period),
        UNIQUE (municipality_id, id)
      );

      CREATE TABLE scope_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        balance_line_id uuid NOT NULL,
        period text NOT NULL,
        delivered_volume numeric(16, 6) NOT NULL CHECK (delivered_volume >= 0),
        actual_cost numeric(15, 2) NOT NULL CHECK (actual_cost >= 0 AND actual_cost <= 1000000000000),
        comment text,
        reported_by uuid NOT NULL,
        reported_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        FOREIGN KEY (municipality_id, agreement_id, balance_line_id) REFERENCES balance_line (municipality_id, agreement_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, agreement_id, period) REFERENCES follow_up_period (municipality_id, agreement_id, period) ON DELETE CASCADE,
        UNIQUE (municipality_id, balance_line_id, period),
        UNIQUE (municipality_id, id)
      );

      CREATE TABLE action_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        report_id uuid NOT NULL,
        description text NOT NULL,
        owner_id uuid NOT NULL,
        due_date date NOT NULL,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE')),
        done_at timestamptz,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        FOREIGN KEY (municipality_id, agreement_id) REFERENCES agreement (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, report_id) REFERENCES indicator_report (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, owner_id) REFERENCES app_user (municipality_id, id),
        UNIQUE (municipality_id, report_id),
        UNIQUE (municipality_id, id)
      );
      CREATE INDEX action_plan_open ON action_plan (municipality_id, due_date) WHERE status <> 'DONE';

      CREATE TABLE action_plan_step (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        action_plan_id uuid NOT NULL,
        position int NOT NULL,
        description text NOT NULL,
        done_at timestamptz,
        done_by uuid,
        FOREIGN KEY (municipality_id, action_plan_id) REFERENCES action_plan (municipality_id, id) ON DELETE CASCADE,
        UNIQUE (municipality_id, action_plan_id, position),
        UNIQUE (municipality_id, id)
      );

      ALTER TABLE dispute
        ADD COLUMN indicator_report_id uuid,
        ADD COLUMN action_plan_id uuid,
        ADD CONSTRAINT dispute_indicator_report FOREIGN KEY (municipality_id, indicator_report_id) REFERENCES indicator_report (municipality_id, id),
        ADD CONSTRAINT dispute_action_plan FOREIGN KEY (municipality_id, action_plan_id) REFERENCES action_plan (municipality_id, id);
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
      ALTER TABLE dispute DROP COLUMN indicator_report_id, DROP COLUMN action_plan_id;
      DROP TABLE action_plan_step, action_plan, scope_report, indicator_report, follow_up_period, indicator;
      ALTER TABLE agreement DROP COLUMN purchaser_responsible_id, DROP COLUMN provider_responsible_id, DROP COLUMN impact, DROP COLUMN strategic;
      ALTER TABLE balance_line DROP CONSTRAINT balance_line_municipality_agreement_id;
      ALTER TABLE municipality DROP COLUMN follow_up_due_days;
    `);
  }
}
