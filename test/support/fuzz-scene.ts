import { expect } from "vitest";
import { NOTIFY_CHANNEL } from "../../server/events/event-bus.js";
import { UserEntity } from "../../server/identity/identity.entities.js";
import { RolesTopic } from "../../server/identity/identity.events.js";
import { DEMO_USERS, type DemoWho } from "../../server/seed/municipality-seed.js";
import { createAgreement } from "./agreements.js";
import { SUBMIT, readyDraft } from "./approval.js";
import { PROPOSE, addLines, fixedResource, scope } from "./balance.js";
import { ESCALATE, raiseDispute } from "./disputes.js";
import { ROLES, type Caller } from "./command-matrix.js";
import { seedMunicipality, type TestMunicipality } from "./factories.js";
import type { IdKind, Pools } from "./fuzz-values.js";
import { actor, gql, ok } from "./graphql.js";
import type { TestServer } from "./server.js";

/**
 * The world the fuzz runs in: a server, the test municipality with a caller per role, and another
 * municipality whose ids must answer exactly like unknown ones. `scene` adds, per mutation, an
 * agreement with lines, a pending proposal, an open and an escalated dispute, a comment and a named
 * version, so the generated ids name rows in every state a command can meet.
 */
export interface FuzzWorld {
  server: TestServer;
  m: TestMunicipality;
  other: TestMunicipality;
  as: Record<string, Caller>;
  foreign: string[];
}

export async function fuzzWorld(server: TestServer): Promise<FuzzWorld> {
  const [m, other] = await Promise.all([seedMunicipality(), seedMunicipality()]);
  const callers = await Promise.all(ROLES.map(async (who) => [who, await actor(server, m, who)] as const));
  const as: Record<string, Caller> = Object.fromEntries(callers);
  // Another municipality's chief: a valid token whose every id lies elsewhere.
  as["other.chef"] = await actor(server, other, "von.chef");
  const w: FuzzWorld = { server, m, other, as, foreign: [] };
  await scene(w, as["other.chef"], other);
  // One agreement in approval, so recordApproval and signAgreement meet a frozen version and its hash.
  const { id } = await readyDraft(server, m);
  ok(await as["ps.chef"](SUBMIT, { id }));
  w.foreign = Object.values(await readPools(server, other.municipality.id))
    .flat()
    .filter((x): x is string => typeof x === "string");
  return w;
}

/** An agreement between VON and PS with two lines, a proposal, two disputes, a comment and a version. */
export async function scene(w: FuzzWorld, vonChef = w.as["von.chef"], m = w.m): Promise<string> {
  const psChef = m === w.m ? w.as["ps.chef"] : vonChef;
  const { id } = await createAgreement(vonChef, m);
  const balance = await addLines(vonChef, id, [scope("Hemtjänst", 100, "10000.00"), fixedResource("Ersättning", "1020000.00")]);
  ok(
    await psChef(PROPOSE, {
      id,
      v: balance.version,
      input: {
        message: "Höj ersättningen",
        changes: [{ op: "UPDATE", lineId: balance.lines[1].id, line: fixedResource("Ersättning", "1030000.00") }],
      },
    }),
  );
  await raiseDispute(vonChef, id);
  const escalated = await raiseDispute(psChef, id, { subject: "KVALITETSKRAV" });
  ok(await psChef(ESCALATE, { id: escalated.id }));
  const sectionId = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id })).agreement.sections[0].id;
  ok(await vonChef('mutation($s: ID!) { addComment(sectionId: $s, body: "Gäller det även helger?") { id } }', { s: sectionId }));
  ok(await vonChef('mutation($id: ID!) { createVersion(agreementId: $id, name: "Före förhandlingen") { id } }', { id }));
  return id;
}

/**
 * Undoes what an administrator's fuzzed commands may have done to the fuzzing callers: every user and
 * organ active again, the callers' roles as seeded, and a new login for a caller whose session ended.
 */
export async function restoreCallers(w: FuzzWorld): Promise<void> {
  const id = w.m.municipality.id;
  await scoped(w.server, id, "UPDATE app_user SET active = true WHERE municipality_id = $1 AND NOT active", [id]);
  await scoped(w.server, id, "UPDATE organ SET active = true WHERE municipality_id = $1 AND NOT active", [id]);
  for (const user of DEMO_USERS) {
    const userId = w.m.users[user.who].id;
    await scoped(w.server, id, "DELETE FROM role_assignment WHERE municipality_id = $1 AND user_id = $2", [id, userId]);
    await scoped(w.server, id, "INSERT INTO role_assignment (municipality_id, user_id, organ_id, role) VALUES ($1, $2, $3, $4)", [
      id,
      userId,
      w.m.organs[user.organ].id,
      user.role,
    ]);
  }
  // Written behind the server's back, so the server is told as setUserRoles would tell it: every
  // process drops the users' cached callers. Then wait until it has (the signal comes after commit).
  for (const user of DEMO_USERS)
    await scoped(w.server, id, "SELECT pg_notify($1, $2)", [NOTIFY_CHANNEL, JSON.stringify(RolesTopic.signal(id, w.m.users[user.who].id))]);
  for (const who of ROLES) {
    const me = await w.as[who]("{ me { id } }");
    if (me.errors) w.as[who] = await signedIn(w.server, w.m, who);
  }
  for (const user of DEMO_USERS) {
    const seeded = (roles: Array<{ role: string; organ: { id: string } }>) =>
      roles.length === 1 && roles[0].role === user.role && roles[0].organ.id === w.m.organs[user.organ].id;
    await expect.poll(async () => seeded((await w.as[user.who]("{ me { roles { role organ { id } } } }")).data?.me.roles ?? [])).toBe(true);
  }
}

/**
 * A caller with a new session, opened as a login opens one but without the login: the fuzz's wrong
 * current passwords (changePassword) and logins have, rightly, spent its callers' login budgets from
 * this address for the next quarter of an hour.
 */
async function signedIn(server: TestServer, m: TestMunicipality, who: DemoWho): Promise<Caller> {
  const { identity, runner } = server.services;
  const { token } = await runner.readIn(m.municipality.id, async (tx) =>
    identity.openSession(tx, await tx.em.findOneByOrFail(UserEntity, { id: m.users[who].id, municipalityId: tx.municipalityId })),
  );
  const call = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) => gql<T>(server, query, variables, token);
  return Object.assign(call, { token });
}

/**
 * Reads in one transaction scoped to the municipality (`app.municipality_id`, as the server's own
 * transactions are), so the reads hold where row-level security confines the connection.
 */
export async function scoped<T = Record<string, any>>(server: TestServer, municipalityId: string, sql: string, params: unknown[] = []) {
  return server.appDataSource.transaction(async (em) => {
    await em.query("SELECT set_config('app.municipality_id', $1, true)", [municipalityId]);
    return (await em.query(sql, params)) as T[];
  });
}

const POOL_TABLES: Array<[IdKind, string]> = [
  ["agreement", "agreement"],
  ["section", "section"],
  ["line", "balance_line"],
  ["proposal", "balance_proposal"],
  ["dispute", "dispute"],
  ["comment", "comment"],
  ["snapshot", "agreement_snapshot"],
  ["user", "app_user"],
  ["organ", "organ"],
  ["notification", "notification"],
];

/** The municipality's ids by kind, versions and content hashes, as they are now. */
export async function readPools(server: TestServer, municipalityId: string): Promise<Omit<Pools, "foreign">> {
  const rows = await scoped<{ kind: string; value: string }>(
    server,
    municipalityId,
    [
      ...POOL_TABLES.map(([kind, table]) => `SELECT '${kind}' AS kind, id::text AS value FROM ${table} WHERE municipality_id = $1`),
      "SELECT 'purchaserOrgan', id::text FROM organ WHERE municipality_id = $1 AND kind = 'BESTALLARNAMND'",
      "SELECT 'providerOrgan', id::text FROM organ WHERE municipality_id = $1 AND kind = 'PRODUKTIONSSTYRELSE'",
      "SELECT 'version', version::text FROM agreement WHERE municipality_id = $1",
      "SELECT 'version', version::text FROM balance WHERE municipality_id = $1",
      "SELECT 'version', unnest(ARRAY[settings_version, template_version])::text FROM municipality WHERE id = $1",
      "SELECT 'hash', content_hash FROM agreement_version WHERE municipality_id = $1",
    ].join(" UNION ALL ") + " ORDER BY 1, 2",
    [municipalityId],
  );
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.value);
  const ids = Object.fromEntries(
    [...POOL_TABLES.map(([kind]) => kind), "purchaserOrgan", "providerOrgan"].map((kind) => [kind, of(kind)]),
  ) as Record<IdKind, string[]>;
  ids.any = POOL_TABLES.flatMap(([kind]) => ids[kind]);
  return { ids, versions: [...new Set(of("version").map(Number))], hashes: of("hash") };
}
