import { scratchDatabase } from "./support/scratch-database.js";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, inject, it, onTestFinished } from "vitest";
import type { DataSource } from "typeorm";
import { openDataSource } from "../server/db/data-source.js";
import { Database } from "../server/db/database.js";
import { GENESIS_HASH, eventHash } from "../server/events/event-chain.js";
import { appendEvent } from "../server/events/event-log.js";
import { ResultRequirementKind } from "../server/identity/identity.model.js";
import { seedMunicipality as seed } from "../server/seed/municipality-seed.js";
import { verifyChains } from "../server/events/chain-verifier.js";
import { RECORD, SIGN, SUBMIT, decision, readyDraft } from "./support/approval.js";
import { createAgreement } from "./support/agreements.js";
import { seedMunicipality, type TestMunicipality } from "./support/factories.js";
import { actor, gql, ok } from "./support/graphql.js";
import { asOwner, inScope, ownerDataSource } from "./support/owner.js";
import { useTestServer, type TestServer } from "./support/server.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const REFUSED = /Händelseloggen kan inte ändras/;
const RENAME =
  "mutation($id: ID!, $v: Int!, $t: String!) { updateAgreement(id: $id, expectedVersion: $v, input: { title: $t }) { version } }";

interface StoredEvent {
  agreement_id: string;
  seq: number;
  type: string;
  actor_id: string | null;
  summary: string;
  data: unknown;
  at: Date;
  prev_hash: string;
  hash: string;
}

/** An agreement's events, read in its municipality (row-level security is forced, on the owner too). */
const eventsOf = (ds: DataSource, municipalityId: string, agreementId: string) =>
  inScope<StoredEvent>(ds, municipalityId, "SELECT * FROM agreement_event WHERE agreement_id = $1 ORDER BY seq", [agreementId]);

/** `npm run audit:verify` as its own process, against the run's database, configured as a server is (it reads as the owner). */
function auditVerify(): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: inject("databaseUrl"), MIGRATION_DATABASE_URL: inject("ownerDatabaseUrl") };
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      ["--import", "tsx", "server/events/audit-verify.ts"],
      { cwd: root, env, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr }),
    ),
  );
}

/** Submitted, approved by both committees, signed by both chiefs: every lifecycle step through GraphQL. */
async function signedAgreement(server: TestServer, m: TestMunicipality) {
  const { id, vonChef, psChef } = await readyDraft(server, m);
  const hash = ok(await vonChef(SUBMIT, { id })).submitForApproval.currentVersion.contentHash as string;
  ok(await (await actor(server, m, "von.sekreterare"))(RECORD, { id, input: decision(m.organs.VON.id) }));
  ok(await (await actor(server, m, "ps.sekreterare"))(RECORD, { id, input: decision(m.organs.PS.id) }));
  ok(await vonChef(SIGN, { id, hash }));
  ok(await psChef(SIGN, { id, hash }));
  return { id, vonChef };
}

/** Changes one event behind the trigger's back, as only the table's owner can (in the event's municipality). */
async function tamper(municipalityId: string, agreementId: string, seq: number, sql: string, params: unknown[] = []) {
  await (
    await ownerDataSource()
  ).transaction(async (em) => {
    await em.query("SELECT set_config('app.municipality_id', $1, true)", [municipalityId]);
    await em.query("ALTER TABLE agreement_event DISABLE TRIGGER agreement_event_append_only");
    await em.query(sql.replace("$EVENT", "agreement_id = $1 AND seq = $2"), [agreementId, seq, ...params]);
    await em.query("ALTER TABLE agreement_event ENABLE ALWAYS TRIGGER agreement_event_append_only");
  });
}

describe("the agreement event log as a hash chain", () => {
  it("chains every event of real commands, shows the head at signing, and refuses UPDATE, DELETE and TRUNCATE", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef } = await signedAgreement(server, m);

    const owner = await ownerDataSource();
    const events = await eventsOf(owner, m.municipality.id, id);
    expect(events.length).toBeGreaterThan(8);
    let prevHash = GENESIS_HASH;
    for (const e of events) {
      expect(e.prev_hash, `prev_hash of seq ${e.seq}`).toBe(prevHash);
      const { agreement_id: agreementId, actor_id: actorId, ...rest } = e;
      expect(e.hash, `hash of seq ${e.seq}`).toBe(eventHash({ ...rest, agreementId, actorId, prevHash }));
      prevHash = e.hash;
    }
    const [head] = await asOwner(m.municipality.id, "SELECT last_event_hash, last_event_seq FROM agreement WHERE id = $1", [id]);
    expect(head).toEqual({ last_event_hash: prevHash, last_event_seq: events.length });

    // The head at signing: the hash of the second signature's event, shown to staff and to anyone.
    const signing = events.filter((e) => e.type === "agreement.signed").at(-1)!;
    expect(signing.seq).toBe(events.length);
    const query = "query($id: ID!) { agreement(id: $id) { status recordHash } }";
    expect(ok(await vonChef(query, { id })).agreement).toEqual({ status: "SIGNED", recordHash: signing.hash });
    const record = ok(await gql(server, "query($k: String!) { publicAgreements(kommun: $k) { id recordHash } }", { k: m.slug }));
    expect(record.publicAgreements).toEqual([{ id, recordHash: signing.hash }]);
    // A tilläggsuppdrag appends to the original's log; the hash at signing stays what it was.
    ok(await vonChef("mutation($id: ID!) { startAmendment(agreementId: $id) { id } }", { id }));
    expect(ok(await vonChef(query, { id })).agreement.recordHash).toBe(signing.hash);
    const draft = await createAgreement(vonChef, m);
    expect(ok(await vonChef(query, { id: draft.id })).agreement.recordHash).toBeNull();

    // Refused for the owner of the table, in the events' municipality, and so for every role; nothing changed.
    const asTheOwner = (sql: string, params: unknown[] = []) => asOwner(m.municipality.id, sql, params);
    await expect(asTheOwner("UPDATE agreement_event SET summary = 'omskriven' WHERE agreement_id = $1", [id])).rejects.toThrow(REFUSED);
    await expect(asTheOwner("DELETE FROM agreement_event WHERE agreement_id = $1 AND seq = 1", [id])).rejects.toThrow(REFUSED);
    await expect(asTheOwner("UPDATE agreement_event SET hash = hash WHERE false")).rejects.toThrow(REFUSED);
    await expect(asTheOwner("TRUNCATE agreement_event CASCADE")).rejects.toThrow(REFUSED);
    // The servers' role is not even granted them (server/db/app-role.ts): the trigger is not all that stands there.
    const app = server.appDataSource;
    for (const sql of ["UPDATE agreement_event SET summary = 'omskriven'", "DELETE FROM agreement_event", "TRUNCATE agreement_event"])
      await expect(app.query(sql), sql).rejects.toThrow(/permission denied for table agreement_event/);
    // An agreement with events is never deleted: the record does not cascade away with it.
    await expect(asTheOwner("DELETE FROM agreement WHERE id = $1", [draft.id])).rejects.toThrow(/agreement_event_agreement_fkey/);
    expect((await eventsOf(owner, m.municipality.id, id)).slice(0, events.length)).toEqual(events);

    const report = await verifyChains(owner);
    expect(report.broken).toEqual([]);
    expect(report.events).toBeGreaterThanOrEqual(events.length);
    const script = await auditVerify();
    expect(script, script.stderr).toMatchObject({ code: 0 });
    expect(script.stdout.trim()).toMatch(/^every chain verifies \(\d+ events in \d+ agreements\)$/);
  });

  it("names the first broken link: agreement, diarienummer, seq, expected and found", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const { id, diarienummer } = await createAgreement(vonChef, m);
    for (let v = 1; v <= 3; v++) ok(await vonChef(RENAME, { id, v, t: `Namn ${v}` }));
    const ds = await ownerDataSource();
    const before = await eventsOf(ds, m.municipality.id, id);
    expect(before.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    const tamperWith = (seq: number, sql: string, params: unknown[] = []) => tamper(m.municipality.id, id, seq, sql, params);

    try {
      await tamperWith(2, "UPDATE agreement_event SET summary = summary || ' (i efterhand)' WHERE $EVENT");
      const report = await verifyChains(ds);
      expect(report.broken).toEqual([
        {
          municipalityId: m.municipality.id,
          agreementId: id,
          diarienummer,
          seq: 2,
          field: "hash",
          expected: expect.any(String),
          found: before[1].hash,
        },
      ]);
      expect(report.broken[0].expected).not.toBe(before[1].hash);
      const script = await auditVerify();
      expect(script.code).toBe(1);
      expect(script.stdout).toContain(
        `agreement ${id} (${diarienummer}), seq 2: hash expected ${report.broken[0].expected}, found ${before[1].hash}`,
      );
      await tamperWith(2, "UPDATE agreement_event SET summary = $3 WHERE $EVENT", [before[1].summary]);
      expect((await verifyChains(ds)).broken).toEqual([]);

      // A changed event given a matching hash of its own breaks the next link instead.
      const third = before[2];
      const forged = { ...third, summary: "En annan historia" };
      const forgedHash = eventHash({ ...forged, agreementId: id, actorId: third.actor_id, prevHash: third.prev_hash });
      await tamperWith(3, "UPDATE agreement_event SET summary = $3, hash = $4 WHERE $EVENT", [forged.summary, forgedHash]);
      expect((await verifyChains(ds)).broken).toEqual([
        expect.objectContaining({ agreementId: id, seq: 4, field: "prev_hash", expected: forgedHash, found: third.hash }),
      ]);

      await tamperWith(3, "UPDATE agreement_event SET summary = $3, hash = $4 WHERE $EVENT", [third.summary, third.hash]);

      // Removing the newest event leaves no broken link inside the chain, but the agreement's head names it.
      await tamperWith(4, "DELETE FROM agreement_event WHERE $EVENT");
      expect((await verifyChains(ds)).broken).toEqual([
        expect.objectContaining({ agreementId: id, seq: 4, field: "seq", expected: "seq 4", found: "no event" }),
      ]);
    } finally {
      // Put the record back as it was, for every other test on this database.
      await ds.transaction(async (em) => {
        await em.query("SELECT set_config('app.municipality_id', $1, true)", [m.municipality.id]);
        await em.query("ALTER TABLE agreement_event DISABLE TRIGGER agreement_event_append_only");
        await em.query("DELETE FROM agreement_event WHERE agreement_id = $1", [id]);
        for (const e of before)
          await em.query(
            "INSERT INTO agreement_event (municipality_id, agreement_id, seq, type, actor_id, summary, data, at, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            [m.municipality.id, id, e.seq, e.type, e.actor_id, e.summary, JSON.stringify(e.data), e.at, e.prev_hash, e.hash],
          );
        await em.query("ALTER TABLE agreement_event ENABLE ALWAYS TRIGGER agreement_event_append_only");
      });
    }
    expect((await verifyChains(ds)).broken).toEqual([]);
  });

  it("the migration chains existing events exactly as appendEvent does, and its down leaves them unchained", async () => {
    const ds = await openDataSource(await scratchDatabase("chain"), { migrate: true, poolSize: 1 });
    onTestFinished(() => ds.destroy());
    const m = await ds.transaction((em) =>
      seed(em, { slug: "kedja", name: "Kedjekommun", requirementKind: ResultRequirementKind.COST_PRICE, password: "x", passwordHash: "x" }),
    );
    const [{ id }] = await inScope(
      ds,
      m.municipality.id,
      `INSERT INTO agreement (municipality_id, diarienummer, title, kind, status, purchaser_organ_id, provider_organ_id, period_start, period_end, created_by)
       VALUES ($1, 'VON 2027/0001', 'Kedjan', 'DIREKTBESTALLNING', 'DRAFT', $2, $3, '2027-01-01', '2027-12-31', $4) RETURNING id`,
      [m.municipality.id, m.organs.VON.id, m.organs.PS.id, m.users["von.chef"].id],
    );
    // Data as a command might give it: keys in any order, a Date, an undefined, text beyond ASCII.
    const data = [{ b: 1, a: { d: [1, "två", null], c: 0.5 } }, { when: new Date("2027-03-01T12:00:00Z"), gone: undefined }, {}];
    for (const [i, d] of data.entries())
      await new Database(ds).inMunicipality(m.municipality.id, (tx) =>
        appendEvent(tx, {
          agreementId: id.toUpperCase(),
          actorId: i === 2 ? null : m.users["von.chef"].id,
          type: "test.step",
          summary: `Steg ${i} – åäö`,
          data: d,
        }),
      );
    const appended = await eventsOf(ds, m.municipality.id, id);
    expect((await verifyChains(ds)).broken).toEqual([]);

    // Undo the newer migrations, then this one.
    while ((await ds.query("SELECT name FROM migrations ORDER BY id DESC LIMIT 1"))[0].name !== "EventChain1764000008000")
      await ds.undoLastMigration({ transaction: "each" });
    await ds.undoLastMigration({ transaction: "each" });
    expect(Object.keys((await eventsOf(ds, m.municipality.id, id))[0])).not.toContain("hash");
    const touched = await inScope(
      ds,
      m.municipality.id,
      "UPDATE agreement_event SET summary = summary WHERE agreement_id = $1 RETURNING seq",
      [id],
    ); // no trigger now
    expect(touched).toHaveLength(3);
    // Row-level security is forced on the events, on their owner too: the backfill must still see them all.
    await ds.runMigrations({ transaction: "each" });
    expect(await eventsOf(ds, m.municipality.id, id)).toEqual(appended);
    expect(await verifyChains(ds)).toEqual({ events: 3, agreements: 1, broken: [] });
  });
});
