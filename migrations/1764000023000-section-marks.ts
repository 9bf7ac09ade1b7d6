import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Agreed clauses (issue 14, item 3).
 *
 * - `section.status`: OPEN, or AGREED once both parties have marked the same `seq`. An AGREED section
 *   is locked: the co-editing write (`collab/update-log.ts`) allocates a sequence number only to an OPEN
 *   section, in the statement that updates the section's row, so the lock holds at the durable write on
 *   every server process, whatever a process has cached.
 * - `section_mark`: a party's "avsnittet är överenskommet" on one exact `seq`, one per section and
 *   party. A mark counts only while it is on the section's current `seq`: a push moves the seq, and
 *   with it the content the mark agreed on.
 */
export class SectionMarks1764000023000 implements MigrationInterface {
  name = "SectionMarks1764000023000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE section ADD COLUMN status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'AGREED'));

      CREATE TABLE section_mark (
        section_id uuid NOT NULL,
        party text NOT NULL CHECK (party IN ('PURCHASER', 'PROVIDER')),
        municipality_id uuid NOT NULL,
        user_id uuid NOT NULL,
        seq int NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (section_id, party),
        FOREIGN KEY (municipality_id, section_id) REFERENCES section (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id)
      );
    `);
    // Municipal data: the forced tenant policy every such table has (1764000007000-row-level-security).
    await q.query(`
      ALTER TABLE section_mark ENABLE ROW LEVEL SECURITY;
      ALTER TABLE section_mark FORCE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON section_mark
        USING (municipality_id = (SELECT current_municipality_id()))
        WITH CHECK (municipality_id = (SELECT current_municipality_id()));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE section_mark");
    await q.query("ALTER TABLE section DROP COLUMN status");
  }
}
