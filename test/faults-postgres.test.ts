import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFailed, onTestFinished } from "vitest";
import { openDataSource } from "../server/db/data-source.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../server/db/embedded-postgres.js";
import { isDatabaseUnavailable } from "../server/db/unavailable.js";
import { verifyChains } from "../server/events/chain-verifier.js";
import { replayThenLive } from "../server/events/live-stream.js";
import { createAgreement } from "./support/agreements.js";
import { startChildServer, type ChildServer } from "./support/child-server.js";
import { seedMunicipality } from "./support/factories.js";
import { post } from "./support/fuzz-response.js";
import { actor, ok, type GraphqlError, type GraphqlResult } from "./support/graphql.js";
import { inScope } from "./support/owner.js";
import { collect, wsClient } from "./support/ws.js";
import { ResyncingEditor, ScriptedEditor, eventually } from "./support/yjs-client.js";

const ADD_COMMENT = "mutation($s: ID!, $b: String!) { addComment(sectionId: $s, body: $b) { id } }";
const ADD_LINE = `mutation($id: ID!, $v: Int!, $input: BalanceLineInput!) { addBalanceLine(agreementId: $id, expectedVersion: $v, input: $input) { version } }`;
const EVENTS = "subscription($id: ID!) { agreementEvents(agreementId: $id, afterSeq: 0) { seq } }";
const VERSION = "query($id: ID!) { agreement(id: $id) { balance { version } } }";
const AFTER = `query($id: ID!) { agreement(id: $id) {
  balance { lines { description } } sections { id comments { id } }
} }`;

/** What an answer must not show of a database failure: its driver's words, a stack frame. */
const LEAK = /ECONNREFUSED|postgres|terminating|connection|\bat \S+ \(/i;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the server answers on a health route: its status, or 0 when it does not answer at all. */
const status = (server: ChildServer, route: "/healthz" | "/readyz") =>
  fetch(`${server.url}${route}`, { signal: AbortSignal.timeout(3000) }).then(
    (r) => r.status,
    () => 0,
  );

/**
 * A PostgreSQL of this test's own, so that stopping it disturbs no other test. `restart` brings it
 * back on the same port and data directory, so every URL the server holds stays valid.
 */
async function ownPostgres() {
  const dir = mkdtempSync(join(tmpdir(), "balans-pg-restart-"));
  const log: string[] = [];
  const onLog = (line: string) => void log.push(line);
  let running: EmbeddedPostgres | null = await startEmbeddedPostgres(dir, onLog);
  const { appUrl, ownerUrl } = running;
  const port = Number(new URL(appUrl).port);
  return {
    appUrl,
    ownerUrl,
    log: () => log.join("").slice(-4000),
    async stop() {
      await running?.stop();
      running = null;
    },
    async restart() {
      running = await startEmbeddedPostgres(dir, onLog, { port });
    },
    async remove() {
      await running?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe("faults: PostgreSQL restarted under load", () => {
  it("keeps the server running, not ready while the database is away, ready again by itself; editors resync and nothing acknowledged is lost", async () => {
    const pg = await ownPostgres();
    let server: ChildServer | null = null;
    onTestFinished(async () => {
      await server?.stop(); // before its database, so its shutdown is an orderly one
      await pg.remove();
    });
    server = await startChildServer({ DATABASE_URL: pg.appUrl, MIGRATION_DATABASE_URL: pg.ownerUrl, BALANS_LOG_LEVEL: "warn" });
    onTestFailed(() => console.log(`The server's last words:\n${server?.output().slice(-12_000)}\nPostgreSQL's:\n${pg.log()}`));
    const alive = () => server!.process.exitCode === null && server!.process.signalCode === null;
    const owner = await openDataSource(pg.ownerUrl, { poolSize: 1 });
    const m = await seedMunicipality({ dataSource: owner }).finally(() => owner.destroy());
    const [vonChef, psChef] = [await actor(server, m, "von.chef"), await actor(server, m, "ps.chef")];
    const { id } = await createAgreement(vonChef, m);
    const sections = (
      ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id })).agreement.sections as Array<{
        id: string;
      }>
    ).map((s) => s.id);

    // Two editors on one section and one on another (so the group commit carries several sections), and
    // each keeps what it typed: all of it must end up in the server's document.
    const editors = [
      { name: "A", editor: new ResyncingEditor(server, vonChef.token, sections[0]), sectionId: sections[0], typed: [] as string[] },
      { name: "B", editor: new ResyncingEditor(server, psChef.token, sections[0]), sectionId: sections[0], typed: [] as string[] },
      { name: "C", editor: new ResyncingEditor(server, vonChef.token, sections[1]), sectionId: sections[1], typed: [] as string[] },
    ];
    // And one who only reads: it pushes nothing that could fail, so only the server can tell it to catch up.
    const reader = new ResyncingEditor(server, psChef.token, sections[0]);
    onTestFinished(() => [...editors.map((e) => e.editor), reader].forEach((editor) => editor.stop()));
    for (const editor of [...editors.map((e) => e.editor), reader]) await editor.connect();

    // A follower of the agreement's events, on one socket throughout: the bus loses its LISTEN connection
    // with the database, and what was committed while it was away must still arrive, once each.
    const events = collect<{ seq: number }>(wsClient(server, vonChef.token), EVENTS, { id }, "agreementEvents");
    await events.waitFor((seen) => seen.length >= 1);

    const acknowledged = { comments: [] as string[], lines: [] as string[] };
    const answers: Array<GraphqlResult<unknown>> = [];
    const answered = <T>(result: GraphqlResult<T> | null) => {
      if (result) answers.push(result);
      return result;
    };
    let running = true;
    // Paced, so that the load stays within one user's mutation budget (RATE_LIMITED would hide what we look for).
    const load = [
      (async () => {
        for (let n = 0; running; n++, await sleep(40)) {
          const result = answered(await vonChef(ADD_COMMENT, { s: sections[2], b: `Kommentar ${n}` }).catch(() => null));
          if (result?.data) acknowledged.comments.push((result.data as { addComment: { id: string } }).addComment.id);
        }
      })(),
      (async () => {
        for (let n = 0; running; n++, await sleep(40)) {
          const version = answered(await psChef<{ agreement: { balance: { version: number } } }>(VERSION, { id }).catch(() => null))?.data
            ?.agreement.balance.version;
          if (version === undefined) continue;
          const input = { kind: "RESOURCE", description: `Rad ${n}`, amount: "10.00" };
          const result = answered(await psChef(ADD_LINE, { id, v: version, input }).catch(() => null));
          if (result?.data) acknowledged.lines.push(input.description);
        }
      })(),
      (async () => {
        for (let n = 0; running; n++, await sleep(25))
          for (const e of editors) {
            const word = `${e.name}${n} `;
            e.editor.type(word);
            e.typed.push(word.trim());
          }
      })(),
    ];
    const progress = (comments: number, lines: number, acked: number) => () =>
      acknowledged.comments.length >= comments &&
      acknowledged.lines.length >= lines &&
      editors.every((e) => e.editor.acked.length >= acked);
    await eventually(progress(5, 3, 5), 20_000, "load before the restart");

    await pg.stop();
    const stoppedAt = { comments: acknowledged.comments.length, lines: acknowledged.lines.length };
    await eventually(async () => (await status(server, "/readyz")) === 503, 5_000, "/readyz to say not ready");
    // Down for a while under the same load: every request fails, none may take the process with it.
    for (let i = 0; i < 8; i++) {
      expect(await status(server, "/healthz")).toBe(200);
      expect(await status(server, "/readyz")).toBe(503);
      expect(alive()).toBe(true);
      await sleep(200);
    }
    expect(acknowledged.comments.length).toBe(stoppedAt.comments);
    // A request meanwhile fails in JSON as an internal error, with nothing of the cause.
    const reply = await post(server.graphqlUrl, VERSION, { id }, psChef.token);
    expect(reply.contentType).toMatch(/application\/json/);
    expect(JSON.parse(reply.text).errors.map((e: GraphqlError) => e.extensions?.code)).toEqual(["INTERNAL_SERVER_ERROR"]);
    expect(reply.text).not.toMatch(LEAK);

    const restartedAt = Date.now();
    await pg.restart();
    await eventually(async () => (await status(server, "/readyz")) === 200, 20_000, "/readyz to recover by itself");
    const recoveredInMs = Date.now() - restartedAt;
    await eventually(progress(stoppedAt.comments + 5, stoppedAt.lines + 3, 0), 20_000, "mutations after the restart");
    const ackedBefore = editors.map((e) => e.editor.acked.length);
    await eventually(() => editors.every((e, i) => e.editor.acked.length > ackedBefore[i]), 20_000, "co-editing after the restart");
    running = false;
    await Promise.all(load);

    // Every editor's edits, made before, during and after the outage, reach the server, and all converge.
    const serverText = (sectionId: string) => ScriptedEditor.serverText(server!, vonChef.token, sectionId);
    const everyone = [...editors, { name: "reader", editor: reader, sectionId: sections[0] }];
    const behind = async () => {
      const lagging: string[] = [];
      for (const { name, editor, sectionId } of everyone)
        if (editor.unacked.size > 0 || editor.text !== (await serverText(sectionId)))
          lagging.push(`${name} (${editor.unacked.size} unacknowledged, caught up ${editor.resyncs} times)`);
      return lagging;
    };
    await eventually(async () => (await behind()).length === 0, 15_000, "the editors to converge with the server").catch(async (error) => {
      throw new Error(`${(error as Error).message}; behind: ${(await behind()).join(", ")}`);
    });
    for (const { editor, sectionId, typed } of editors) {
      const text = await serverText(sectionId);
      expect(typed.filter((word) => !text.includes(`${word} `))).toEqual([]);
      expect(editor.text).toBe(text);
    }
    // The reader pushed nothing: it caught up because the server ended its stream when it dropped the
    // section's copy that a failed write had left behind.
    expect(reader.resyncs).toBeGreaterThan(0);

    const after = ok(await vonChef(AFTER, { id })).agreement;
    const comments = new Set((after.sections[2].comments as Array<{ id: string }>).map((c) => c.id));
    expect(acknowledged.comments.filter((c) => !comments.has(c))).toEqual([]);
    const lines = new Set((after.balance.lines as Array<{ description: string }>).map((l) => l.description));
    expect(acknowledged.lines.filter((l) => !lines.has(l))).toEqual([]);
    // What failed during the outage failed as an internal error, with nothing of the cause shown.
    const codes = new Set(answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions?.code));
    expect([...codes].filter((c) => c !== "INTERNAL_SERVER_ERROR")).toEqual([]);
    const messages = answers.flatMap((a) => a.errors ?? []).map((e) => e.message);
    expect(messages.filter((message) => LEAK.test(message))).toEqual([]);

    // The record: no gap in the agreement's events, every chain verifies (as the servers' role, as they would).
    const ds = await openDataSource(pg.appUrl, { poolSize: 1 });
    try {
      const [{ n, last, distinct }] = await inScope(
        ds,
        m.municipality.id,
        "SELECT count(*)::int AS n, max(seq) AS last, count(DISTINCT seq)::int AS distinct FROM agreement_event WHERE agreement_id = $1",
        [id],
      );
      expect({ n, distinct }).toEqual({ n: last, distinct: last });
      await events.waitFor((seen) => seen.length >= last, 15_000);
      expect(events.values.map((e) => e.seq)).toEqual(Array.from({ length: last }, (_, i) => i + 1));
      expect((await verifyChains(ds)).broken).toEqual([]);
    } finally {
      await ds.destroy();
    }
    expect(alive()).toBe(true);
    expect(recoveredInMs).toBeLessThan(20_000);
  }, 150_000);

  it("a live stream reads again while the database is away, and still ends on any other failure", async () => {
    const unavailable = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const outcomes: Array<Error | number[]> = [unavailable, new Error("Connection terminated unexpectedly"), [1, 2]];
    const stream = replayThenLive<number>({ listen: () => () => {}, readNext: async () => settle(outcomes.shift()!) });
    expect(await stream.next()).toEqual({ value: 1, done: false });
    expect(outcomes).toEqual([]);

    const broken = replayThenLive<number>({ listen: () => () => {}, readNext: async () => settle<number[]>(new TypeError("a defect")) });
    await expect(broken.next()).rejects.toThrow("a defect");
    expect(isDatabaseUnavailable({ name: "QueryFailedError", code: "57P01" })).toBe(true);
    expect(isDatabaseUnavailable({ name: "QueryFailedError", code: "23505" })).toBe(false);
  });
});

/** A read that fails with `outcome` if it is an error, else answers it. */
const settle = <T>(outcome: Error | T): T => {
  if (outcome instanceof Error) throw outcome;
  return outcome;
};
