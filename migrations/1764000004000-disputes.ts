import type { MigrationInterface, QueryRunner } from "typeorm";

/** Disputes (tvister) with the parties' positions, kommunledning's escalation queue, and in-app notifications. */
export class Disputes1764000004000 implements MigrationInterface {
  name = "Disputes1764000004000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE section ADD CONSTRAINT section_municipality_id_id UNIQUE (municipality_id, id);
      CREATE TABLE dispute (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        section_id uuid,
        subject text NOT NULL CHECK (subject IN ('EKONOMI', 'MAL', 'KVALITETSKRAV', 'UPPFOLJNING', 'TOLKNING', 'OVRIGT')),
        description text NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'WITHDRAWN', 'ESCALATED', 'IN_REVIEW', 'REFERRED', 'DECIDED')),
        level text NOT NULL DEFAULT 'TJANSTEMANNA' CHECK (level IN ('TJANSTEMANNA', 'POLITISK')),
        priority text NOT NULL DEFAULT 'NORMAL' CHECK (priority IN ('HIGH', 'NORMAL', 'LOW')),
        raised_party text NOT NULL CHECK (raised_party IN ('PURCHASER', 'PROVIDER')),
        raised_by uuid NOT NULL,
        raised_at timestamptz NOT NULL DEFAULT now(),
        amount_at_stake numeric(15, 2) CHECK (amount_at_stake >= 0),
        escalated_by uuid,
        escalated_at timestamptz,
        assignee_id uuid,
        assigned_at timestamptz,
        referred_to text CHECK (referred_to IN ('KOMMUNSTYRELSE', 'KOMMUNFULLMAKTIGE')),
        referred_at timestamptz,
        withdrawn_by uuid,
        withdrawn_at timestamptz,
        withdrawal_note text,
        decision_text text,
        decision_reference text,
        decision_level text CHECK (decision_level IN ('TJANSTEMANNA', 'POLITISK')),
        decision_body text CHECK (decision_body IN ('KOMMUNSTYRELSE', 'KOMMUNFULLMAKTIGE')),
        decision_meeting_date date,
        decision_paragraph text,
        decision_balance_lines jsonb,
        decided_by uuid,
        decided_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (municipality_id, agreement_id) REFERENCES agreement (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, section_id) REFERENCES section (municipality_id, id),
        FOREIGN KEY (municipality_id, raised_by) REFERENCES app_user (municipality_id, id),
        FOREIGN KEY (municipality_id, escalated_by) REFERENCES app_user (municipality_id, id),
        FOREIGN KEY (municipality_id, assignee_id) REFERENCES app_user (municipality_id, id),
        FOREIGN KEY (municipality_id, withdrawn_by) REFERENCES app_user (municipality_id, id),
        FOREIGN KEY (municipality_id, decided_by) REFERENCES app_user (municipality_id, id),
        CHECK ((status = 'DECIDED') = (decided_at IS NOT NULL)),
        CHECK (status NOT IN ('ESCALATED', 'IN_REVIEW', 'REFERRED', 'DECIDED') OR escalated_at IS NOT NULL),
        UNIQUE (municipality_id, id)
      );
      CREATE INDEX dispute_agreement ON dispute (agreement_id, raised_at);
      CREATE INDEX dispute_queue ON dispute (municipality_id, escalated_at) WHERE status IN ('ESCALATED', 'IN_REVIEW', 'REFERRED');
      CREATE TABLE dispute_position (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        dispute_id uuid NOT NULL,
        party text NOT NULL CHECK (party IN ('PURCHASER', 'PROVIDER')),
        user_id uuid NOT NULL,
        text text NOT NULL,
        consequence text,
        at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (municipality_id, dispute_id) REFERENCES dispute (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id)
      );
      CREATE INDEX dispute_position_dispute ON dispute_position (dispute_id, at);
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        user_id uuid NOT NULL,
        kind text NOT NULL,
        summary text NOT NULL,
        agreement_id uuid,
        dispute_id uuid,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, agreement_id) REFERENCES agreement (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, dispute_id) REFERENCES dispute (municipality_id, id) ON DELETE CASCADE
      );
      CREATE INDEX notification_user ON notification (user_id, created_at DESC);
      CREATE INDEX notification_unread ON notification (user_id) WHERE read_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE notification; DROP TABLE dispute_position; DROP TABLE dispute;
      ALTER TABLE section DROP CONSTRAINT section_municipality_id_id;
    `);
  }
}
