import { createClient } from "graphql-ws";
import { inject } from "vitest";
import { describe, expect, it, onTestFinished } from "vitest";
import WebSocket from "ws";
import { openDataSource } from "../server/db/data-source.js";
import { verifyChains } from "../server/events/chain-verifier.js";
import { createAgreement } from "./support/agreements.js";
import { AGREEMENT_STATE, RECORD, SIGN, SUBMIT, agreeOnBalance, decision, fillRequiredSections, textUpdate } from "./support/approval.js";
import { startChildServer } from "./support/child-server.js";
import type { Caller } from "./support/command-matrix.js";
import { seedMunicipality, type TestMunicipality } from "./support/factories.js";
import { actor, ok } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { useTestServer } from "./support/server.js";
import { agreeRequiredSections } from "./support/section-marks.js";
import { tcpProxy } from "./support/tcp-proxy.js";
import { eventually } from "./support/yjs-client.js";

const ADD_COMMENT = "mutation($s: ID!, $b: String!) { addComment(sectionId: $s, body: $b) { id } }";
const ADD_LINE = `mutation($id: ID!, $v: Int!, $input: BalanceLineInput!) { addBalanceLine(agreementId: $id, expectedVersion: $v, input: $input) { version lines { description } } }`;
const PUSH = "mutation($s: ID!, $u: String!) { pushSectionUpdate(sectionId: $s, update: $u) { seq } }";
const VERSION = "query($id: ID!) { agreement(id: $id) { balance { version } } }";

describe("faults, with real processes on loopback", () => {
  it("loses nothing acknowledged when the server is SIGKILLed under mixed load (co-editing, balance, comments, approvals); events have no gaps and every chain verifies", async () => {
    const first = await startChildServer();
    const m = await seedMunicipality();
    const approvers = ["von.chef", "ps.chef", "von.sekreterare", "ps.sekreterare"] as const;
    const as = Object.fromEntries(await Promise.all(approvers.map(async (who) => [who, await actor(first, m, who)]))) as Approvers;
    const [vonChef, psChef] = [as["von.chef"], as["ps.chef"]];
    const { id } = await createAgreement(vonChef, m);
    const sections = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id })).agreement.sections as Array<{
      id: string;
    }>;
    const acknowledged = { comments: [] as string[], lines: [] as string[], pushes: 0, approvals: new Map<string, ApprovalSteps>() };
    let running = true;
    const load = [
      (async () => {
        for (let n = 0; running; n++) {
          const result = await vonChef(ADD_COMMENT, { s: sections[0].id, b: `Kommentar ${n}` }).catch(() => null);
          if (result?.data) acknowledged.comments.push(result.data.addComment.id);
        }
      })(),
      (async () => {
        for (let n = 0; running; n++) {
          const version = (await psChef(VERSION, { id }).catch(() => null))?.data?.agreement.balance.version;
          if (version === undefined) continue;
          const input = { kind: "RESOURCE", description: `Rad ${n}`, amount: "10.00" };
          const result = await psChef(ADD_LINE, { id, v: version, input }).catch(() => null);
          if (result?.data) acknowledged.lines.push(input.description);
        }
      })(),
      (async () => {
        for (let n = 0; running; n++) {
          const result = await vonChef(PUSH, { s: sections[1].id, u: textUpdate(`Text ${n}`) }).catch(() => null);
          if (result?.data) acknowledged.pushes++;
        }
      })(),
      // Agreement after agreement taken through submission, both committees' decisions and both signatures.
      (async () => {
        while (running) if (!(await approveAndSign(as, m, acknowledged.approvals).catch(() => false))) return;
      })(),
    ];
    const signed = () => [...acknowledged.approvals.values()].filter((a) => a.signedBy.length === 2).length;
    await eventually(
      () => acknowledged.comments.length >= 10 && acknowledged.lines.length >= 5 && acknowledged.pushes >= 10 && signed() >= 1,
      30_000,
      "mixed load",
    );
    // In the middle of the next agreement's approval: submitted, its committees' decisions on their way.
    const underway = () => [...acknowledged.approvals.values()].some((a) => a.hash && a.signedBy.length < 2);
    await eventually(underway, 10_000, "the next approval");
    await first.stop("SIGKILL");
    running = false;
    await Promise.all(load);

    const second = await startChildServer();
    const after = await actor(second, m, "von.chef");
    const agreement = ok(
      await after("query($id: ID!) { agreement(id: $id) { balance { lines { description } } sections { id seq comments { id } } } }", {
        id,
      }),
    ).agreement;
    const comments = new Set((agreement.sections[0].comments as Array<{ id: string }>).map((c) => c.id));
    expect(acknowledged.comments.filter((c) => !comments.has(c))).toEqual([]);
    const lines = new Set((agreement.balance.lines as Array<{ description: string }>).map((l) => l.description));
    expect(acknowledged.lines.filter((l) => !lines.has(l))).toEqual([]);
    expect(agreement.sections[1].seq).toBeGreaterThanOrEqual(acknowledged.pushes);
    // Every acknowledged step of every approval: the frozen version, each committee's decision, each signature.
    for (const [approved, steps] of acknowledged.approvals) {
      const state = ok(await after(AGREEMENT_STATE, { id: approved })).agreement;
      if (steps.hash) expect(state.currentVersion.contentHash).toBe(steps.hash);
      const decided = (state.approvals as Array<{ organ: { id: string }; decision: string }>).map((a) => `${a.organ.id} ${a.decision}`);
      expect(steps.decidedBy.map((organ) => `${organ} APPROVED`).filter((d) => !decided.includes(d))).toEqual([]);
      const signers = (state.signatures as Array<{ user: { email: string } }>).map((s) => s.user.email);
      expect(steps.signedBy.filter((email) => !signers.includes(email))).toEqual([]);
      if (steps.signedBy.length === 2) expect(state.status).toBe("SIGNED");
    }

    // No gaps in any agreement's events, the ones the kill cut short included.
    const chains = await asOwner(
      m.municipality.id,
      `SELECT a.id, a.last_event_seq AS head, count(e.seq)::int AS n, coalesce(max(e.seq), 0) AS last, count(DISTINCT e.seq)::int AS distinct
         FROM agreement a LEFT JOIN agreement_event e ON e.agreement_id = a.id GROUP BY a.municipality_id, a.id`,
    );
    expect(chains.length).toBeGreaterThanOrEqual(1 + acknowledged.approvals.size);
    for (const { n, last, distinct, head } of chains) expect({ n, distinct, head }).toEqual({ n: last, distinct: last, head: last });
    // As the servers' role, as they would: the verifier finds every municipality through the reviewed lookup.
    const ds = await openDataSource(inject("databaseUrl"), { poolSize: 1 });
    onTestFinished(() => ds.destroy());
    const report = await verifyChains(ds);
    expect(report.broken).toEqual([]);
    expect(report.events).toBeGreaterThanOrEqual(chains.reduce((sum, c) => sum + c.n, 0));
  });

  it("delivers every event once when a proxy drops and delays the WebSocket, as the subscriber resumes after its last seq", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const { id } = await createAgreement(vonChef, m);
    const sectionId = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id })).agreement.sections[0].id;
    const proxy = await tcpProxy({ host: "127.0.0.1", port: Number(new URL(server.url).port) });
    proxy.delay(20);

    const received: number[] = [];
    let stopped = false;
    const subscribe = () => {
      if (stopped) return;
      const client = createClient({
        url: proxy.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${vonChef.token}` },
        retryAttempts: 0,
      });
      const resume = () => {
        void client.dispose();
        setTimeout(subscribe, 30);
      };
      client.subscribe<{ agreementEvents: { seq: number } }>(
        {
          query: "subscription($id: ID!, $after: Int) { agreementEvents(agreementId: $id, afterSeq: $after) { seq } }",
          variables: { id, after: received.at(-1) ?? 0 },
        },
        { next: ({ data }) => data && received.push(data.agreementEvents.seq), error: resume, complete: resume },
      );
      onTestFinished(() => void client.dispose());
    };
    subscribe();

    const comments = 24;
    for (let i = 0; i < comments; i++) {
      ok(await vonChef(ADD_COMMENT, { s: sectionId, b: `Under störning ${i}` }));
      if (i === 6 || i === 15) proxy.dropAll();
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    const total = 1 + comments; // agreement.created, then one event per comment
    await eventually(() => received.length >= total, 20_000, "every event");
    stopped = true;
    expect(received).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  });
});

/** What was acknowledged of one agreement's way to signing. */
interface ApprovalSteps {
  hash?: string;
  /** Organ ids whose committee's decision was recorded. */
  decidedBy: string[];
  /** E-mails of the chiefs whose signature was acknowledged. */
  signedBy: string[];
}

type Approvers = Record<"von.chef" | "ps.chef" | "von.sekreterare" | "ps.sekreterare", Caller>;

/**
 * A new agreement made ready (text, agreed balance), submitted, approved by both committees and signed
 * by both chiefs, each step noted in `steps` once acknowledged. False when a step was not: the server is gone.
 */
async function approveAndSign(as: Approvers, m: TestMunicipality, acknowledged: Map<string, ApprovalSteps>): Promise<boolean> {
  const { id } = await createAgreement(as["von.chef"], m);
  await fillRequiredSections(as["von.chef"], id);
  await agreeOnBalance(as["von.chef"], as["ps.chef"], id);
  await agreeRequiredSections(as["von.chef"], as["ps.chef"], id);
  const steps: ApprovalSteps = { decidedBy: [], signedBy: [] };
  acknowledged.set(id, steps);
  const submitted = await as["ps.chef"](SUBMIT, { id });
  if (!submitted.data) return false;
  steps.hash = submitted.data.submitForApproval.currentVersion.contentHash as string;
  for (const [who, organ] of [
    ["von.sekreterare", m.organs.VON.id],
    ["ps.sekreterare", m.organs.PS.id],
  ] as const) {
    if (!(await as[who](RECORD, { id, input: decision(organ) })).data) return false;
    steps.decidedBy.push(organ);
  }
  for (const who of ["von.chef", "ps.chef"] as const) {
    if (!(await as[who](SIGN, { id, hash: steps.hash })).data) return false;
    steps.signedBy.push(m.email(who));
  }
  return true;
}
