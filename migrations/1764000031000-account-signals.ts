import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Every change of a user's row or roles signals the bus (channel `balans_events`, topic `account`,
 * the user's id) when it commits, whatever statement made it: an administrator's command, the user's
 * own preferences, a password set through a link, a digest mailed, a fixture, an operator's psql.
 * Each server process keeps its callers and their own user row (`identity/actor-cache.ts`) and drops
 * a user's at this signal, so no code path can change a user and forget to say so.
 *
 * A NOTIFY is delivered only at commit, never after a rollback, and PostgreSQL folds identical ones
 * of one transaction into one. Inserting a user signals nothing: no process holds a new user yet.
 */
export class AccountSignals1764000031000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION signal_account_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- TG_ARGV[0]: the column holding the user's id.
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM pg_notify('balans_events', json_build_object('topic', 'account',
            'municipalityId', to_jsonb(OLD) ->> 'municipality_id', 'id', to_jsonb(OLD) ->> TG_ARGV[0])::text);
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
          PERFORM pg_notify('balans_events', json_build_object('topic', 'account',
            'municipalityId', to_jsonb(NEW) ->> 'municipality_id', 'id', to_jsonb(NEW) ->> TG_ARGV[0])::text);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER app_user_changed AFTER UPDATE ON app_user
        FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION signal_account_change('id');
      CREATE TRIGGER app_user_deleted AFTER DELETE ON app_user
        FOR EACH ROW EXECUTE FUNCTION signal_account_change('id');
      CREATE TRIGGER role_assignment_changed AFTER INSERT OR UPDATE OR DELETE ON role_assignment
        FOR EACH ROW EXECUTE FUNCTION signal_account_change('user_id');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER role_assignment_changed ON role_assignment;
      DROP TRIGGER app_user_deleted ON app_user;
      DROP TRIGGER app_user_changed ON app_user;
      DROP FUNCTION signal_account_change();
    `);
  }
}
