#!/bin/sh
# Balans's two database roles (README, "Database roles and row-level security"):
#   balans_owner  owns the schema and runs the migrations (MIGRATION_DATABASE_URL); no superuser
#   balans_app    the server's role (DATABASE_URL): owns nothing, bypasses nothing; the server grants
#                 it what it needs at every start
# The postgres image runs this on a new volume. It can be run again at any time (it puts the roles
# right and takes over tables an earlier Balans made as the superuser), e.g. on an older volume:
#   docker compose exec db sh /docker-entrypoint-initdb.d/10-balans-roles.sh
set -eu
: "${BALANS_OWNER_PASSWORD:?set BALANS_OWNER_PASSWORD (see README)}"
: "${BALANS_APP_PASSWORD:?set BALANS_APP_PASSWORD (see README)}"

psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname "${POSTGRES_DB:-$POSTGRES_USER}" \
  --set owner_password="$BALANS_OWNER_PASSWORD" --set app_password="$BALANS_APP_PASSWORD" <<'SQL'
SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'balans_owner') AS make_owner,
       NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'balans_app') AS make_app \gset
\if :make_owner
CREATE ROLE balans_owner;
\endif
\if :make_app
CREATE ROLE balans_app;
\endif
ALTER ROLE balans_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_password';
ALTER ROLE balans_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD :'app_password';
GRANT USAGE, CREATE ON SCHEMA public TO balans_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
-- Tables and functions an earlier Balans made as the superuser (a table's sequences follow it).
DO $$ DECLARE object text; BEGIN
  FOR object IN SELECT c.oid::regclass::text FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = current_user::regrole AND c.relkind IN ('r', 'p')
  LOOP EXECUTE format('ALTER TABLE %s OWNER TO balans_owner', object); END LOOP;
  FOR object IN SELECT p.oid::regprocedure::text FROM pg_proc p
     WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = current_user::regrole
       AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
  LOOP EXECUTE format('ALTER FUNCTION %s OWNER TO balans_owner', object); END LOOP;
END $$;
SQL
