import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Follow-up reminders (issue 13, item 6).
 *
 * - `follow_up_reminder`: one row per reminder sent, keyed by what it was about and to whom: its kind
 *   (REPORT_DUE, REPORT_OVERDUE, ACTION_PLAN_OVERDUE), the agreement, the subject (a period such as
 *   "2027-Q1", or an action plan's id) and the user. The sweep (server/reminders/) inserts the row
 *   before it notifies, `ON CONFLICT DO NOTHING`: a reminder goes once, however often the sweep runs and
 *   however many server processes run it at the same moment (the second waits on the key, then finds it).
 */
export class FollowUpReminders1764000022000 implements MigrationInterface {
  name = "FollowUpReminders1764000022000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE follow_up_reminder (
        municipality_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('REPORT_DUE', 'REPORT_OVERDUE', 'ACTION_PLAN_OVERDUE')),
        agreement_id uuid NOT NULL,
        subject text NOT NULL,
        user_id uuid NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (municipality_id, kind, agreement_id, subject, user_id),
        FOREIGN KEY (municipality_id, agreement_id) REFERENCES agreement (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id) ON DELETE CASCADE
      );
    `);
    // Municipal data: the forced tenant policy every such table has (1764000007000-row-level-security).
    await q.query(`
      ALTER TABLE follow_up_reminder ENABLE ROW LEVEL SECURITY;
      ALTER TABLE follow_up_reminder FORCE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON follow_up_reminder
        USING (municipality_id = (SELECT current_municipality_id()))
        WITH CHECK (municipality_id = (SELECT current_municipality_id()));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE follow_up_reminder");
  }
}
