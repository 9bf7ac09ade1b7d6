import type { MigrationInterface, QueryRunner } from "typeorm";

/** The balance of an agreement: versioned state, lines, proposals and the parties' agreement marks. */
export class Balance1764000001000 implements MigrationInterface {
  name = "Balance1764000001000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE balance (
        agreement_id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL,
        version int NOT NULL DEFAULT 0 CHECK (version >= 0),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'AGREED', 'DECIDED')),
        model_prior_year_cost numeric(15, 2) CHECK (model_prior_year_cost >= 0),
        model_volume_change_percent numeric(9, 4),
        model_efficiency_percent numeric(9, 4),
        model_index_uplift_percent numeric(9, 4),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (municipality_id, agreement_id) REFERENCES agreement (municipality_id, id) ON DELETE CASCADE,
        UNIQUE (municipality_id, agreement_id)
      );
      CREATE TABLE balance_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('SCOPE', 'RESOURCE')),
        position int NOT NULL,
        description text NOT NULL,
        volume numeric(16, 6) CHECK (volume >= 0),
        unit text,
        unit_amount numeric(15, 2) CHECK (unit_amount >= 0),
        amount numeric(15, 2) NOT NULL CHECK (amount >= 0 AND amount <= 1000000000000),
        FOREIGN KEY (municipality_id, agreement_id) REFERENCES balance (municipality_id, agreement_id) ON DELETE CASCADE,
        UNIQUE (municipality_id, id)
      );
      CREATE INDEX balance_line_agreement ON balance_line (agreement_id, position);
      CREATE TABLE balance_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        party text NOT NULL CHECK (party IN ('PURCHASER', 'PROVIDER')),
        proposed_by uuid NOT NULL,
        message text NOT NULL,
        changes jsonb NOT NULL,
        base_version int NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED', 'SUPERSEDED')),
        counter_to uuid,
        responded_by uuid,
        response_message text,
        responded_at timestamptz,
        applied_version int,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (municipality_id, agreement_id) REFERENCES balance (municipality_id, agreement_id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, proposed_by) REFERENCES app_user (municipality_id, id),
        FOREIGN KEY (municipality_id, responded_by) REFERENCES app_user (municipality_id, id),
        FOREIGN KEY (municipality_id, counter_to) REFERENCES balance_proposal (municipality_id, id),
        UNIQUE (municipality_id, id)
      );
      CREATE INDEX balance_proposal_agreement ON balance_proposal (agreement_id, created_at);
      CREATE TABLE balance_mark (
        agreement_id uuid NOT NULL,
        party text NOT NULL CHECK (party IN ('PURCHASER', 'PROVIDER')),
        municipality_id uuid NOT NULL,
        user_id uuid NOT NULL,
        version int NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (agreement_id, party),
        FOREIGN KEY (municipality_id, agreement_id) REFERENCES balance (municipality_id, agreement_id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE balance_mark; DROP TABLE balance_proposal; DROP TABLE balance_line; DROP TABLE balance;`);
  }
}
