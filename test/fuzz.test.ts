import fc from "fast-check";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { MAX_NESTING } from "../server/collab/yjs-codec.js";
import { RATE_LIMITS } from "../server/pipeline/rate-limits.js";
import { CREATE_AGREEMENT, agreementInput, createAgreement } from "./support/agreements.js";
import { SUBMIT, readyDraft, textUpdate } from "./support/approval.js";
import { REOPEN_SECTION, agreeRequiredSections } from "./support/section-marks.js";
import { addLines, fixedResource, scope } from "./support/balance.js";
import { DEACTIVATE_USER, SET_ROLES } from "./support/administration.js";
import type { Caller } from "./support/command-matrix.js";
import type { DemoWho } from "../server/seed/municipality-seed.js";
import { seedMunicipality } from "./support/factories.js";
import { argumentsArbitrary, mutationDocument, mutationFields } from "./support/fuzz-input.js";
import { nestedUpdate, resolvePicks } from "./support/fuzz-values.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { checkInvariants } from "./support/fuzz-invariants.js";
import { post, problemsOf } from "./support/fuzz-response.js";
import { fuzzWorld, readPools, restoreCallers, scene, scoped, type FuzzWorld } from "./support/fuzz-scene.js";
import { SocketPerCaller, problemsOfWs } from "./support/fuzz-ws.js";
import { startTestServer, useTestServer } from "./support/server.js";

/**
 * Point 11 of "Trust": every mutation of the schema, with arguments fast-check draws per GraphQL type
 * (valid, boundary and hostile: huge, unicode, NUL, lone surrogates, negative and huge numbers, SQL,
 * HTML, impossible dates, ids of nothing and of another municipality), sent as callers of every role
 * over real HTTP or, for a share fast-check draws too, over the caller's own graphql-ws socket (the
 * server's other door, with its own authentication, limits and error masking). No reply may be a 5xx,
 * or not JSON, or close the socket, or carry a code outside API.md, or show a stack trace, SQL or a
 * table name; afterwards the municipality's data still holds its invariants. The one close that is
 * right is the server's word that the fuzz's own administrator changed the caller: new roles (the
 * call is sent again on a new socket, as a client does) or a session ended (`SocketPerCaller`).
 *
 * Reproduce a failure with the seed fast-check prints: `FUZZ_SEED=<seed> npx vitest run test/fuzz.test.ts`
 * (the server's state differs between runs, so the same seed replays the same inputs, not always the same
 * answers). `FUZZ_RUNS=<n>` sets the calls per mutation (default 30), a third of them over graphql-ws.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** Who calls: mostly a party's förvaltningschef; the role a command names more often; the rest now and then. */
const PREFERRED: Record<string, string> = {
  assignDispute: "kommunledning",
  referDispute: "kommunledning",
  decideDispute: "kommunledning",
  setDisputePriority: "kommunledning",
  recordApproval: "von.sekreterare",
  respondToProposal: "von.chef",
  ...Object.fromEntries(
    [
      "createOrgan",
      "updateOrgan",
      "deactivateOrgan",
      "reactivateOrgan",
      "createUser",
      "resendInvitation",
      "setUserRoles",
      "deactivateUser",
      "reactivateUser",
      "setSectionTemplate",
      "updateMunicipalitySettings",
      "setDefaultResultRequirement",
      "setResultRequirement",
      "removeResultRequirement",
    ].map((name) => [name, "admin"]),
  ),
};
/** Which door a call takes: mostly HTTP, as most clients' mutations do; the browser's co-editing and scripts use the socket. */
const transportArbitrary = fc.oneof(
  { weight: 2, arbitrary: fc.constant("http" as const) },
  { weight: 1, arbitrary: fc.constant("ws" as const) },
);

const callerArbitrary = (mutation: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom("von.chef", "ps.chef") },
    { weight: PREFERRED[mutation] ? 4 : 0, arbitrary: fc.constant(PREFERRED[mutation] ?? "von.chef") },
    { weight: 1, arbitrary: fc.constantFrom("von.handlaggare", "ps.handlaggare", "kommunledning", "von.sekreterare", "ps.sekreterare") },
    { weight: 1, arbitrary: fc.constantFrom("kun.chef", "revisor", "admin", "other.chef", "anonymous") },
  );

describe("fuzzing every mutation with hostile input", () => {
  let w: FuzzWorld;
  let tables: string[];
  let sockets: SocketPerCaller;
  beforeAll(async () => {
    // A handful of callers send every mutation's hostile inputs, well over a thousand a minute each when
    // the machine is quick: far past a person's budget, which test/rate-limits.test.ts covers.
    w = await fuzzWorld(
      await startTestServer({ rateLimits: { ...RATE_LIMITS, mutationsPerUser: { points: 100_000, durationSeconds: 60 } } }),
    );
    sockets = new SocketPerCaller(w.server);
    tables = (
      await scoped<{ table_name: string }>(
        w.server,
        w.m.municipality.id,
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
      )
    ).map((t) => t.table_name);
  }, 120_000);
  afterAll(async () => {
    await sockets?.dispose();
    await w?.server.close();
  });

  for (const field of mutationFields) {
    it(field.name, { timeout: 120_000 }, async () => {
      await scene(w);
      const query = mutationDocument(field);
      const outcomes: Record<string, number> = {};
      try {
        await fc.assert(
          fc.asyncProperty(transportArbitrary, callerArbitrary(field.name), argumentsArbitrary(field), async (transport, who, drawn) => {
            const pools = { ...(await readPools(w.server, w.m.municipality.id)), foreign: w.foreign };
            const variables = resolvePicks(drawn, pools);
            const token = who === "anonymous" ? undefined : w.as[who].token;
            let problems: string[];
            let answer: string;
            if (transport === "http") {
              const reply = await post(w.server.graphqlUrl, query, variables, token);
              [problems, answer] = [problemsOf(reply, variables, tables), reply.text];
            } else {
              const reply = await sockets.send(token, query, variables);
              [problems, answer] = [
                problemsOfWs(reply, variables, tables),
                "sessionEnded" in reply ? '"code":"SESSION_ENDED"' : JSON.stringify(reply),
              ];
            }
            expect(problems, `${field.name} as ${who} over ${transport}`).toEqual([]);
            const outcome = `${transport} ${/"code":"(\w+)"/.exec(answer)?.[1] ?? "OK"}`;
            outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        );
      } finally {
        // An administrator's commands may have deactivated or changed the callers (and the reader below):
        // undone after a failure too, so that it stays this mutation's. Their sockets authenticated with
        // what was undone behind the server's back, so each caller opens a new one.
        await restoreCallers(w);
        await sockets.dispose();
      }
      // How deep the inputs reached: FUZZ_STATS=1 prints the answers per mutation.
      if (process.env.FUZZ_STATS) console.log(field.name, JSON.stringify(outcomes));
      await checkInvariants(w.server, w.m.municipality.id, w.as.revisor);
    });
  }
});

/** The failing cases the fuzz found, kept as they were found. */
describe("what the fuzz found", () => {
  it("a date in year 0 (PostgreSQL has none) is BAD_USER_INPUT, not an internal error; year 1 is a date", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    // Found as updateAgreement(input: { periodStart: "0000-01-01", periodEnd: "2027-12-31" }): HTTP 200, INTERNAL_SERVER_ERROR.
    const created = await vonChef(CREATE_AGREEMENT, { input: agreementInput(m, { periodStart: "0000-01-01" }) });
    expect(errorCode(created)).toBe("BAD_USER_INPUT");
    const { id } = await createAgreement(vonChef, m);
    const update =
      "mutation($id: ID!, $input: UpdateAgreementInput!) { updateAgreement(id: $id, expectedVersion: 1, input: $input) { periodStart } }";
    expect(errorCode(await vonChef(update, { id, input: { periodStart: "0000-01-01" } }))).toBe("BAD_USER_INPUT");
    expect(ok(await vonChef(update, { id, input: { periodStart: "0001-01-01" } })).updateAgreement.periodStart).toBe("0001-01-01");
  });

  it("co-editing refuses content nested deeper than the limit, at once or level by level; what it keeps can be submitted", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef, psChef } = await readyDraft(server, m);
    const sectionId = await firstSection(vonChef, id);
    ok(await vonChef(REOPEN_SECTION, { s: sectionId, r: "Djupare listor" })); // agreed by both: reopened to edit
    // Found as pushSectionUpdate of 3,000 nested list items: accepted, after which submitForApproval overflowed
    // the stack walking the section (INTERNAL_SERVER_ERROR) and kept doing so.
    for (const levels of [MAX_NESTING + 1, 3000]) {
      const refused = await vonChef(PUSH, { s: sectionId, u: nestedUpdate(levels) });
      expect(errorCode(refused)).toBe("BAD_USER_INPUT");
      expect(refused.errors![0].extensions).toMatchObject({ field: "update" });
    }
    // The limit itself is accepted; one level more, sent as a second update, is not.
    const deepest = nestedUpdate(MAX_NESTING);
    ok(await vonChef(PUSH, { s: sectionId, u: deepest }));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(deepest, "base64"));
    const before = Y.encodeStateVector(doc);
    let innermost = doc.getXmlFragment("content").get(0) as Y.XmlElement;
    while (innermost.get(0) instanceof Y.XmlElement) innermost = innermost.get(0) as Y.XmlElement;
    const paragraph = new Y.XmlElement("paragraph");
    innermost.insert(0, [paragraph]);
    paragraph.insert(0, [new Y.XmlText("en nivå till")]);
    const deeper = Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString("base64");
    expect(errorCode(await vonChef(PUSH, { s: sectionId, u: deeper }))).toBe("BAD_USER_INPUT");

    await agreeRequiredSections(vonChef, psChef, id);
    ok(await vonChef(SUBMIT, { id }));
    const pdf = await fetch(`${server.url}/api/agreements/${id}/versions/1.pdf`, { headers: { authorization: `Bearer ${vonChef.token}` } });
    expect(pdf.status).toBe(200);
  });
});

describe("the fuzz's own checks", () => {
  it("flag a 5xx, a body not JSON, a closed socket, a code outside API.md and a leak, but not what the caller sent echoed back", () => {
    const json = (body: unknown, status = 200) => ({ status, contentType: "application/json; charset=utf-8", text: JSON.stringify(body) });
    const error = (message: string, code = "BAD_USER_INPUT") => json({ errors: [{ message, extensions: { code } }], data: null });
    const tables = ["agreement", "balance_line"];
    expect(problemsOf(json({ data: null }, 502), {}, tables)).toHaveLength(1);
    expect(problemsOf({ status: 400, contentType: "text/html", text: "<pre>Bad</pre>" }, {}, tables)).toHaveLength(1);
    expect(problemsOf(error("Internt fel", "INTERNAL_SERVER_ERROR"), {}, tables)).toHaveLength(1);
    expect(problemsOf(error("x\n    at Object.write (/srv/server/x.ts:12:3)"), {}, tables).length).toBeGreaterThan(0);
    expect(problemsOf(error('duplicate key value violates unique constraint "balance_line_pkey"'), {}, tables).length).toBeGreaterThan(0);
    expect(problemsOf(error('relation "agreement" does not exist'), {}, tables).length).toBeGreaterThan(0);
    const sql = "'; DROP TABLE agreement; --";
    expect(problemsOf(error(`Variable "$t" got invalid value ${JSON.stringify(sql)}; Expected type "Date".`), { t: sql }, tables)).toEqual(
      [],
    );
    expect(problemsOf(json({ data: { ok: true } }), {}, tables)).toEqual([]);
    // Over graphql-ws: the same checks of the result, and a socket closed under the call is one too.
    expect(problemsOfWs({ closed: "4500 Internal server error" }, {}, tables)).toHaveLength(1);
    expect(
      problemsOfWs({ result: { errors: [{ message: "Internt fel", extensions: { code: "INTERNAL_SERVER_ERROR" } }] } }, {}, tables),
    ).toHaveLength(1);
    expect(problemsOfWs({ result: { data: { ok: true } } }, {}, tables)).toEqual([]);
    // The caller's session ending under a call (the fuzz's administrator deactivated them) is no failure.
    expect(problemsOfWs({ sessionEnded: "4401 Du har loggats ut" }, {}, tables)).toEqual([]);
  });

  it("take a socket the server closed for the fuzz's own administration as a client would: reconnect on new roles, no failure once logged out", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const [admin, kommunledning, psChef] = await Promise.all(
      ["admin", "kommunledning", "ps.chef"].map((who) => actor(server, m, who as DemoWho)),
    );
    const sockets = new SocketPerCaller(server);
    onTestFinished(() => sockets.dispose());
    // Each socket authenticated before the changes; subscriptions stay open, so the server's close comes under the call.
    for (const caller of [kommunledning, psChef])
      expect(problemsOfWs(await sockets.send(caller.token, "{ me { id } }", {}), {}, [])).toEqual([]);
    const queue = sockets.send(kommunledning.token, "subscription { escalationQueueChanged { id } }", {});
    const count = sockets.send(psChef.token, "subscription { notificationsChanged }", {});
    ok(await admin(SET_ROLES, { id: m.users.kommunledning.id, roles: [{ role: "REVISOR", organId: m.organs.KS.id }] }));
    ok(await admin(DEACTIVATE_USER, { id: m.users["ps.chef"].id }));
    // Closed with 1012, asked again on a new socket with the new roles: no longer the queue's.
    const requeued = await queue;
    expect(problemsOfWs(requeued, {}, [])).toEqual([]);
    expect(JSON.stringify(requeued)).toContain('"code":"FORBIDDEN"');
    expect(await count).toEqual({ sessionEnded: "4401 Du har loggats ut" });
  });

  it("see an amount off the rounding rule, a gap in an agreement's events and in a section's log", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const revisor = await actor(server, m, "revisor");
    const { id } = await createAgreement(vonChef, m);
    const balance = await addLines(vonChef, id, [scope("Hemtjänst", 3, "0.35"), fixedResource("Ersättning", "2.00")]);
    ok(await vonChef(PUSH, { s: await firstSection(vonChef, id), u: textUpdate("Text.") }));
    await checkInvariants(server, m.municipality.id, revisor);
    // Each tampering behind the API's back is found, and undone before the next.
    const line = balance.lines[0].id;
    const tamperings: Array<[string, string, string, RegExp]> = [
      [
        "UPDATE balance_line SET amount = amount + 0.01 WHERE id = $1",
        "UPDATE balance_line SET amount = amount - 0.01 WHERE id = $1",
        line,
        /rounding rule/,
      ],
      [
        "UPDATE agreement SET last_event_seq = last_event_seq + 1 WHERE id = $1",
        "UPDATE agreement SET last_event_seq = last_event_seq - 1 WHERE id = $1",
        id,
        /event seqs/,
      ],
      [
        "UPDATE section SET seq = seq + 1 WHERE agreement_id = $1",
        "UPDATE section SET seq = seq - 1 WHERE agreement_id = $1",
        id,
        /update seqs/,
      ],
    ];
    for (const [tamper, undo, target, found] of tamperings) {
      await scoped(server, m.municipality.id, tamper, [target]);
      await expect(checkInvariants(server, m.municipality.id, revisor)).rejects.toThrow(found);
      await scoped(server, m.municipality.id, undo, [target]);
    }
    await checkInvariants(server, m.municipality.id, revisor);
  });
});

const PUSH = "mutation($s: ID!, $u: String!) { pushSectionUpdate(sectionId: $s, update: $u) { seq } }";
const firstSection = async (caller: Caller, id: string): Promise<string> =>
  ok(await caller("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id })).agreement.sections[0].id;
