import { randomUUID } from "node:crypto";
import { describe, expect, it, onTestFinished } from "vitest";
import type { DemoWho } from "../server/seed/municipality-seed.js";
import { createAgreement } from "./support/agreements.js";
import { AGREE, EVENTS, PROPOSALS, PROPOSE, RESPOND, UPDATE_LINE, addLines, fixedResource, readBalance, scope } from "./support/balance.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { ownerDataSource } from "./support/owner.js";
import { useTestServer } from "./support/server.js";

async function setup() {
  const server = await useTestServer();
  const m = await seedMunicipality();
  const vonChef = await actor(server, m, "von.chef");
  const psChef = await actor(server, m, "ps.chef");
  const { id } = await createAgreement(vonChef, m);
  const balance = await addLines(vonChef, id, [scope("Hemtjänst", 1000, "400.00", "timmar"), fixedResource("Ersättning", "380000.00")]);
  const [hemtjanst, ersattning] = balance.lines;
  return { server, m, vonChef, psChef, id, balance, hemtjanst, ersattning };
}

// API.md: proposeBalance = FORVALTNINGSCHEF or HANDLAGGARE of either party; respondToProposal = of the
// other party than the proposer (here von.handlaggare, the purchaser, proposes).
const POLICY: Array<{ who: DemoWho; propose: boolean; respond: boolean }> = [
  { who: "von.chef", propose: true, respond: false },
  { who: "von.handlaggare", propose: true, respond: false },
  { who: "ps.chef", propose: true, respond: true },
  { who: "ps.handlaggare", propose: true, respond: true },
  { who: "kun.chef", propose: false, respond: false },
  { who: "von.sekreterare", propose: false, respond: false },
  { who: "ps.sekreterare", propose: false, respond: false },
  { who: "kommunledning", propose: false, respond: false },
  { who: "revisor", propose: false, respond: false },
  { who: "admin", propose: false, respond: false },
];

describe("balance proposals", () => {
  it.each(POLICY)(
    "$who: propose $propose, respond $respond",
    async ({ who, propose, respond }) => {
      const { server, m, id, balance, ersattning } = await setup();
      const proposer = await actor(server, m, "von.handlaggare");
      const change = { op: "UPDATE", lineId: ersattning.id, line: fixedResource("Ersättning", "400000.00") };
      const proposal = ok(
        await proposer(PROPOSE, { id, v: balance.version, input: { message: "Täck kostnaden", changes: [change] } }),
      ).proposeBalance;
      const caller = await actor(server, m, who);
      const proposed = await caller(PROPOSE, { id, v: balance.version, input: { message: "Mitt förslag", changes: [change] } });
      if (propose) expect(ok(proposed).proposeBalance.status).toBe("PENDING");
      else expect(errorCode(proposed)).toBe("FORBIDDEN");
      const listed = await caller(PROPOSALS, { id });
      if (!listed.errors) {
        const seen = listed.data!.agreement.proposals.find((p: { id: string }) => p.id === proposal.id);
        expect(seen.permissions).toEqual({ canAccept: respond, canReject: respond, canCounter: respond });
      }
      const responded = await caller(RESPOND, { pid: proposal.id, r: "REJECT", m: "Nej" });
      if (respond) expect(ok(responded).respondToProposal).toMatchObject({ status: "REJECTED", responseMessage: "Nej" });
      else expect(errorCode(responded)).toBe("FORBIDDEN");
    },
    60_000,
  );

  it("applies an accepted bundle atomically as one new version, and logs each amount before → after", async () => {
    const { vonChef, psChef, id, balance, hemtjanst, ersattning } = await setup();
    ok(await vonChef(AGREE, { id, v: balance.version, reason: "Timmarna räknas om i mars" }));
    const input = {
      message: "Fler timmar kräver mer ersättning",
      changes: [
        { op: "UPDATE", lineId: hemtjanst.id, line: scope("Hemtjänst", 1100, "400.00", "timmar") },
        { op: "REMOVE", lineId: ersattning.id },
        { op: "ADD", line: { kind: "RESOURCE", description: "Timersättning", volume: 1100, unit: "timmar", unitAmount: "402.50" } },
      ],
    };
    const proposal = ok(await psChef(PROPOSE, { id, v: balance.version, input })).proposeBalance;
    expect(proposal).toMatchObject({ status: "PENDING", party: "PROVIDER", baseVersion: balance.version, stale: false });
    expect(
      proposal.changes.map((c: { amountBefore: string | null; amountAfter: string | null }) => [c.amountBefore, c.amountAfter]),
    ).toEqual([
      ["400000.00", "440000.00"],
      ["380000.00", null],
      [null, "442750.00"],
    ]);
    expect(await readBalance(vonChef, id)).toMatchObject({ version: balance.version, lines: balance.lines }); // proposing changes nothing

    const accepted = ok(await vonChef(RESPOND, { pid: proposal.id, r: "ACCEPT", m: "Godtas" })).respondToProposal;
    expect(accepted).toMatchObject({
      status: "ACCEPTED",
      appliedVersion: balance.version + 1,
      respondedBy: { email: expect.stringContaining("von.chef") },
    });
    const after = await readBalance(vonChef, id);
    expect(after.version).toBe(balance.version + 1);
    expect(after.lines.map((l) => [l.description, l.amount])).toEqual([
      ["Hemtjänst", "440000.00"],
      ["Timersättning", "442750.00"],
    ]);
    expect(after).toMatchObject({ status: "OPEN", agreements: [], totals: { difference: "2750.00" } });

    const events = ok(await vonChef(EVENTS, { id })).agreement.events as Array<{ type: string; summary: string; actor: { email: string } }>;
    const types = events.map((e) => e.type);
    expect(types.slice(types.indexOf("balance.proposed"))).toEqual([
      "balance.proposed",
      "balance.proposalAccepted",
      "balance.marksCleared",
    ]);
    const acceptedEvent = events.find((e) => e.type === "balance.proposalAccepted")!;
    expect(acceptedEvent.summary).toContain("Beställaren godtog utförarens förslag");
    expect(acceptedEvent.summary).toContain("”Hemtjänst” 400\u00a0000,00\u00a0kr → 440\u00a0000,00\u00a0kr");
  });

  it("rolls the whole bundle back when one change fails while being applied", async () => {
    const { vonChef, psChef, id, balance, hemtjanst, ersattning } = await setup();
    // A fault injected into PostgreSQL itself: updating a line to this description fails.
    const poison = `Förgiftad ${randomUUID()}`;
    const fn = `balance_test_fail_${randomUUID().replace(/-/g, "")}`;
    const owner = await ownerDataSource(); // a trigger is the tables' owner's to make
    await owner.query(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected'; END $$`);
    await owner.query(
      `CREATE TRIGGER ${fn} BEFORE UPDATE ON balance_line FOR EACH ROW WHEN (NEW.description = '${poison}') EXECUTE FUNCTION ${fn}()`,
    );
    onTestFinished(async () => {
      await owner.query(`DROP TRIGGER ${fn} ON balance_line; DROP FUNCTION ${fn}()`);
    });
    const input = {
      message: "Tre ändringar",
      changes: [
        { op: "ADD", line: fixedResource("Tillägg", "1000.00") },
        { op: "REMOVE", lineId: hemtjanst.id },
        { op: "UPDATE", lineId: ersattning.id, line: fixedResource(poison, "1.00") },
      ],
    };
    const proposal = ok(await psChef(PROPOSE, { id, v: balance.version, input })).proposeBalance;
    const failed = await vonChef(RESPOND, { pid: proposal.id, r: "ACCEPT" });
    expect(errorCode(failed)).toBe("INTERNAL_SERVER_ERROR");
    expect(failed.errors![0].message).not.toContain("injected"); // no SQL leaks
    expect(await readBalance(vonChef, id)).toMatchObject({ version: balance.version, lines: balance.lines });
    const [stored] = ok(await vonChef(PROPOSALS, { id })).agreement.proposals;
    expect(stored).toMatchObject({ id: proposal.id, status: "PENDING", stale: false });
  });

  it("refuses to accept a stale proposal with CONFLICT; it can still be rejected, with a reason", async () => {
    const { vonChef, psChef, id, balance, ersattning } = await setup();
    const change = { op: "UPDATE", lineId: ersattning.id, line: fixedResource("Ersättning", "400000.00") };
    const proposal = ok(await psChef(PROPOSE, { id, v: balance.version, input: { message: "Höj", changes: [change] } })).proposeBalance;
    expect(errorCode(await psChef(PROPOSE, { id, v: balance.version - 1, input: { message: "Gammal", changes: [change] } }))).toBe(
      "CONFLICT",
    );
    ok(await vonChef(UPDATE_LINE, { lineId: ersattning.id, v: balance.version, input: fixedResource("Ersättning", "390000.00") }));

    const stale = await vonChef(RESPOND, { pid: proposal.id, r: "ACCEPT" });
    expect(errorCode(stale)).toBe("CONFLICT");
    expect(stale.errors![0].extensions?.currentVersion).toBe(balance.version + 1);
    const [listed] = ok(await vonChef(PROPOSALS, { id })).agreement.proposals;
    expect(listed).toMatchObject({ status: "PENDING", stale: true, permissions: { canAccept: false, canReject: true, canCounter: true } });
    expect((await readBalance(vonChef, id)).lines[1].amount).toBe("390000.00");

    const noReason = await vonChef(RESPOND, { pid: proposal.id, r: "REJECT" });
    expect(errorCode(noReason)).toBe("BAD_USER_INPUT");
    expect(noReason.errors![0].extensions?.field).toBe("message");
    ok(await vonChef(RESPOND, { pid: proposal.id, r: "REJECT", m: "Vi har redan höjt till 390 000 kr" }));
    expect(errorCode(await vonChef(RESPOND, { pid: proposal.id, r: "REJECT", m: "Igen" }))).toBe("INVALID_STATE");
    const events = ok(await vonChef(EVENTS, { id })).agreement.events as Array<{ type: string; summary: string }>;
    expect(events.at(-1)).toMatchObject({
      type: "balance.proposalRejected",
      summary: "Beställaren avvisade utförarens förslag: ”Vi har redan höjt till 390 000 kr”",
    });
  });

  it("lets the other party counter; the countered proposal is superseded and the counter can be accepted", async () => {
    const { server, m, vonChef, psChef, id, balance, ersattning } = await setup();
    const first = ok(
      await psChef(PROPOSE, {
        id,
        v: balance.version,
        input: {
          message: "Höj till 420 000",
          changes: [{ op: "UPDATE", lineId: ersattning.id, line: fixedResource("Ersättning", "420000.00") }],
        },
      }),
    ).proposeBalance;
    const counterInput = {
      message: "Vi möts på 400 000",
      counterTo: first.id,
      changes: [{ op: "UPDATE", lineId: ersattning.id, line: fixedResource("Ersättning", "400000.00") }],
    };
    expect(errorCode(await psChef(PROPOSE, { id, v: balance.version, input: counterInput }))).toBe("FORBIDDEN"); // not one's own
    const counter = ok(await vonChef(PROPOSE, { id, v: balance.version, input: counterInput })).proposeBalance;
    expect(counter).toMatchObject({ status: "PENDING", party: "PURCHASER", counterTo: first.id });
    expect(errorCode(await vonChef(RESPOND, { pid: counter.id, r: "ACCEPT" }))).toBe("FORBIDDEN"); // not one's own either
    const psHandlaggare = await actor(server, m, "ps.handlaggare");
    ok(await psHandlaggare(RESPOND, { pid: counter.id, r: "ACCEPT" }));
    expect(errorCode(await vonChef(RESPOND, { pid: first.id, r: "REJECT", m: "Sent" }))).toBe("INVALID_STATE"); // already answered
    expect(errorCode(await psChef(PROPOSE, { id, v: balance.version + 1, input: { ...counterInput, counterTo: first.id } }))).toBe(
      "FORBIDDEN",
    );

    const proposals = ok(await vonChef(PROPOSALS, { id })).agreement.proposals as Array<{
      id: string;
      status: string;
      respondedBy: { email: string };
    }>;
    expect(proposals.map((p) => [p.id, p.status])).toEqual([
      [counter.id, "ACCEPTED"],
      [first.id, "SUPERSEDED"],
    ]);
    expect(proposals[1].respondedBy.email).toBe(m.email("von.chef"));
    expect((await readBalance(vonChef, id)).lines[1].amount).toBe("400000.00");
    const events = ok(await vonChef(EVENTS, { id })).agreement.events as Array<{ type: string; summary: string; actor: { email: string } }>;
    expect(events.filter((e) => e.type.startsWith("balance.propos")).map((e) => [e.type, e.actor.email, e.summary])).toEqual([
      [
        "balance.proposed",
        m.email("ps.chef"),
        "Utföraren föreslog ändringar i balansen: ”Ersättning” 380\u00a0000,00\u00a0kr → 420\u00a0000,00\u00a0kr. ”Höj till 420 000”",
      ],
      [
        "balance.proposed",
        m.email("von.chef"),
        "Beställaren lade ett motförslag: ”Ersättning” 380\u00a0000,00\u00a0kr → 400\u00a0000,00\u00a0kr. ”Vi möts på 400 000”",
      ],
      [
        "balance.proposalAccepted",
        m.email("ps.handlaggare"),
        "Utföraren godtog beställarens förslag: ”Ersättning” 380\u00a0000,00\u00a0kr → 400\u00a0000,00\u00a0kr",
      ],
    ]);
  });

  it("serves concurrent proposals, answers, marks and edits without deadlock: each succeeds or is refused cleanly", async () => {
    const { server, m, vonChef, psChef, id, balance, ersattning } = await setup();
    const psHandlaggare = await actor(server, m, "ps.handlaggare");
    const pending = ok(
      await psHandlaggare(PROPOSE, {
        id,
        v: balance.version,
        input: { message: "Höj", changes: [{ op: "UPDATE", lineId: ersattning.id, line: fixedResource("Ersättning", "399000.00") }] },
      }),
    ).proposeBalance;
    const change = (amount: string) => ({ op: "UPDATE", lineId: ersattning.id, line: fixedResource("Ersättning", amount) });
    const results = await Promise.all([
      vonChef(RESPOND, { pid: pending.id, r: "ACCEPT" }),
      vonChef(UPDATE_LINE, { lineId: ersattning.id, v: balance.version, input: fixedResource("Ersättning", "390000.00") }),
      psChef(PROPOSE, { id, v: balance.version, input: { message: "A", changes: [change("401000.00")] } }),
      psChef(AGREE, { id, v: balance.version, reason: "Skäl" }),
      vonChef(AGREE, { id, v: balance.version, reason: "Skäl" }),
      psHandlaggare(PROPOSE, { id, v: balance.version, input: { message: "B", changes: [change("402000.00")] } }),
      vonChef(RESPOND, { pid: pending.id, r: "REJECT", m: "Nej" }),
      psChef(UPDATE_LINE, { lineId: ersattning.id, v: balance.version, input: fixedResource("Ersättning", "395000.00") }),
    ]);
    for (const result of results) if (result.errors) expect(["CONFLICT", "INVALID_STATE"]).toContain(errorCode(result));
    const after = await readBalance(vonChef, id);
    expect(after.version).toBe(balance.version + 1); // exactly one of the three changes went through
  });

  it("refuses malformed proposals with BAD_USER_INPUT naming the change", async () => {
    const { psChef, id, balance, hemtjanst } = await setup();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ message: " ", changes: [{ op: "REMOVE", lineId: hemtjanst.id }] }, "message"],
      [{ message: "Tom", changes: [] }, "changes"],
      [{ message: "Okänd rad", changes: [{ op: "REMOVE", lineId: randomUUID() }] }, "changes.0.lineId"],
      [{ message: "Utan rad", changes: [{ op: "ADD" }] }, "changes.0.line"],
      [
        {
          message: "Negativ",
          changes: [
            { op: "REMOVE", lineId: hemtjanst.id },
            { op: "UPDATE", lineId: hemtjanst.id, line: scope("Hemtjänst", -3, "1.00") },
          ],
        },
        "changes.1.line.volume",
      ],
    ];
    for (const [input, field] of cases) {
      const result = await psChef(PROPOSE, { id, v: balance.version, input });
      expect(errorCode(result), field).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions?.field).toBe(field);
    }
  });
});
