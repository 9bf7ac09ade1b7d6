import type { MigrationInterface, QueryRunner } from "typeorm";

/** Municipalities, organs, users and roles; agreements with sections and their event log. */
export class Foundation1764000000000 implements MigrationInterface {
  name = "Foundation1764000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE municipality (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
        name text NOT NULL,
        requirement_kind text NOT NULL CHECK (requirement_kind IN ('MIN_MARGIN', 'COST_PRICE')),
        min_margin_percent numeric(6, 2) NOT NULL DEFAULT 0,
        queue_warn_days int NOT NULL DEFAULT 14,
        queue_overdue_days int NOT NULL DEFAULT 30,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE organ (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        name text NOT NULL,
        short_name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('KOMMUNFULLMAKTIGE', 'KOMMUNSTYRELSE', 'BESTALLARNAMND', 'PRODUKTIONSSTYRELSE')),
        UNIQUE (municipality_id, short_name),
        UNIQUE (municipality_id, id)
      );
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        name text NOT NULL,
        email text NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (municipality_id, id)
      );
      CREATE UNIQUE INDEX app_user_email ON app_user (lower(email));
      CREATE TABLE role_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        user_id uuid NOT NULL,
        organ_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('FORVALTNINGSCHEF', 'HANDLAGGARE', 'NAMNDSEKRETERARE', 'KOMMUNLEDNING', 'REVISOR', 'ADMIN')),
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, organ_id) REFERENCES organ (municipality_id, id) ON DELETE CASCADE,
        UNIQUE (user_id, organ_id, role)
      );
      CREATE TABLE section_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        key text NOT NULL,
        title text NOT NULL,
        required boolean NOT NULL,
        position int NOT NULL,
        UNIQUE (municipality_id, key)
      );
      CREATE TABLE diarie_counter (
        municipality_id uuid NOT NULL,
        organ_id uuid NOT NULL,
        year int NOT NULL,
        last_number int NOT NULL,
        PRIMARY KEY (organ_id, year),
        FOREIGN KEY (municipality_id, organ_id) REFERENCES organ (municipality_id, id) ON DELETE CASCADE
      );
      CREATE TABLE agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        diarienummer text NOT NULL,
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('DIREKTBESTALLNING', 'VERKSAMHETSUPPDRAG', 'TILLAGGSUPPDRAG')),
        status text NOT NULL CHECK (status IN ('DRAFT', 'IN_APPROVAL', 'APPROVED', 'SIGNED')),
        purchaser_organ_id uuid NOT NULL,
        provider_organ_id uuid NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL CHECK (period_end >= period_start),
        version int NOT NULL DEFAULT 1,
        last_event_seq int NOT NULL DEFAULT 0,
        parent_agreement_id uuid REFERENCES agreement(id),
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (municipality_id, diarienummer),
        UNIQUE (municipality_id, id),
        FOREIGN KEY (municipality_id, purchaser_organ_id) REFERENCES organ (municipality_id, id),
        FOREIGN KEY (municipality_id, provider_organ_id) REFERENCES organ (municipality_id, id)
      );
      CREATE INDEX agreement_purchaser ON agreement (purchaser_organ_id);
      CREATE INDEX agreement_provider ON agreement (provider_organ_id);
      CREATE TABLE section (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        key text NOT NULL,
        title text NOT NULL,
        required boolean NOT NULL,
        position int NOT NULL,
        text text NOT NULL DEFAULT '',
        seq int NOT NULL DEFAULT 0,
        FOREIGN KEY (municipality_id, agreement_id) REFERENCES agreement (municipality_id, id) ON DELETE CASCADE,
        UNIQUE (agreement_id, key)
      );
      CREATE TABLE agreement_event (
        id bigserial PRIMARY KEY,
        municipality_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        seq int NOT NULL,
        type text NOT NULL,
        actor_id uuid REFERENCES app_user(id),
        summary text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (municipality_id, agreement_id) REFERENCES agreement (municipality_id, id) ON DELETE CASCADE,
        UNIQUE (agreement_id, seq)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE agreement_event; DROP TABLE section; DROP TABLE agreement; DROP TABLE diarie_counter;
      DROP TABLE section_template; DROP TABLE role_assignment; DROP TABLE app_user; DROP TABLE organ;
      DROP TABLE municipality;
    `);
  }
}
