import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The value thresholds of the classification become administrative settings (`updateMunicipalitySettings`).
 *
 * 1764000021000 let `strategic_value_high_from` equal `strategic_value_medium_from`, which leaves the
 * MEDIUM class empty: no agreement could then be HIGH × MEDIUM, and the suggestion of strategic would
 * silently narrow. The settings refuse it (medium < high), and so does the table now. A municipality
 * whose row was set equal by hand stops this migration on the constraint rather than having a threshold
 * moved behind its back; set the row apart first.
 */
export class StrategicValueThresholds1764000035000 implements MigrationInterface {
  name = "StrategicValueThresholds1764000035000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE municipality
        DROP CONSTRAINT municipality_strategic_value_classes,
        ADD CONSTRAINT municipality_strategic_value_classes CHECK (strategic_value_high_from > strategic_value_medium_from);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE municipality
        DROP CONSTRAINT municipality_strategic_value_classes,
        ADD CONSTRAINT municipality_strategic_value_classes CHECK (strategic_value_high_from >= strategic_value_medium_from);
    `);
  }
}
