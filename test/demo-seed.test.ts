import { getSchema } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { describe, expect, inject, it } from "vitest";
import * as Y from "yjs";
import { contentToJson } from "../server/collab/yjs-json.js";
import { plainText } from "../server/collab/yjs-codec.js";
import { prepareDatabase } from "../server/db/app-role.js";
import { APP_ROLE } from "../server/db/embedded-roles.js";
import { verifyChains } from "../server/events/chain-verifier.js";
import { DEMO_PASSWORD, seedDemoData } from "../server/seed/demo-seed.js";
import { demoEmail, type DemoWho } from "../server/seed/municipality-seed.js";
import { gql, ok } from "./support/graphql.js";
import { scratchDatabase } from "./support/scratch-database.js";
import { startTestServer, type TestServer } from "./support/server.js";

const AGREEMENTS = `{ agreements {
  id title kind status diarienummer amends { id }
  balance { status totals { marginPercent requirementMet } }
  proposals { status party message }
  disputes { status subject }
  approvals { organ { shortName } decision }
  signatures { party }
  sections { id key required text status agreedBy { party } comments { body quote anchor replies { body } } }
} }`;
const SECTION_STATE = "query($s: ID!) { sectionState(sectionId: $s) { update seq editable } }";
const QUEUE = "{ escalationQueue { status agreement { title } subject positions { party } } }";
const PUBLIC = "query($k: String!) { publicAgreements(kommun: $k) { title status signatures { party } } }";
const NOTIFICATIONS = "{ notifications { kind agreementId } }";
const ANNUAL_REPORT = `query($o: ID!, $y: Int!) { annualFollowUpReport(organId: $o, year: $y) {
  agreements { title impact purchaserResponsibleName providerResponsibleName } } }`;

/** The editor's schema: the client's StarterKit, headings of level 4 (client/features/collab/useSectionEditor.ts). */
const editorSchema = getSchema([StarterKit.configure({ undoRedo: false, heading: { levels: [4] } })]);

async function caller(server: TestServer, slug: string, who: DemoWho) {
  const login = ok(
    await gql<{ login: { token: string } }>(server, "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }", {
      e: demoEmail(who, slug),
      p: DEMO_PASSWORD,
    }),
  );
  return <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) =>
    gql<T>(server, query, variables, login.login.token);
}

describe("the demo seed", () => {
  it("writes agreements in every state through the commands: chains verify, the draft opens in the editor, the signed one is public", async () => {
    const ownerUrl = await scratchDatabase("demo");
    const appUrl = new URL(inject("databaseUrl"));
    appUrl.pathname = new URL(ownerUrl).pathname;
    // As `npm start` seeds on an empty database, and once only, even when two servers start at once
    // (each municipality is seeded by whichever gets to it first; the other finds it there).
    await prepareDatabase(ownerUrl, APP_ROLE);
    const together = await Promise.all([
      prepareDatabase(ownerUrl, APP_ROLE, seedDemoData),
      prepareDatabase(ownerUrl, APP_ROLE, seedDemoData),
    ]);
    expect(together).toContain(true);
    expect(await prepareDatabase(ownerUrl, APP_ROLE, seedDemoData)).toBe(false);
    // Closed before the scratch database is dropped (onTestFinished), so no connection of its pool is cut.
    const server = await startTestServer({ databaseUrl: appUrl.toString() });
    try {
      await checkEveryState(server);
      const chains = await verifyChains(server.appDataSource);
      expect(chains.broken).toEqual([]);
      expect(chains.agreements).toBe(12);
      expect(chains.events).toBeGreaterThanOrEqual(80);
    } finally {
      await server.close();
    }
  }, 120_000);
});

async function checkEveryState(server: TestServer): Promise<void> {
  const year = new Date().getFullYear() + 1;

  for (const [slug, kind] of [
    ["demo", "DIREKTBESTALLNING"],
    ["exempel", "VERKSAMHETSUPPDRAG"],
  ] as const) {
    const revisor = await caller(server, slug, "revisor");
    const agreements = ok(await revisor(AGREEMENTS)).agreements as any[];
    const titled = (title: string) => agreements.find((a) => a.title === `${title} ${year}`)!;
    expect(agreements.map((a) => [a.status, a.kind]).sort()).toEqual(
      [
        ["DRAFT", kind],
        ["DRAFT", kind],
        ["DRAFT", "TILLAGGSUPPDRAG"],
        ["IN_APPROVAL", kind],
        ["APPROVED", kind],
        ["SIGNED", kind],
      ].sort(),
    );

    // Signed last autumn for this year: its follow-up is under way.
    const signed = agreements.find((a) => a.title === `Hemtjänst i ordinarie boende ${year - 1}`)!;
    expect(signed).toMatchObject({ status: "SIGNED", balance: { status: "AGREED", totals: { requirementMet: true } } });
    expect(signed.signatures.map((s: { party: string }) => s.party).sort()).toEqual(["PROVIDER", "PURCHASER"]);
    await checkFollowUp(revisor, signed.id, year - 1);
    // One of the nämnd's strategic agreements, classified: its yearly follow-up report has it.
    const von = (ok(await revisor("{ organs { id shortName } }")).organs as any[]).find((o) => o.shortName === "VON");
    expect(ok(await revisor(ANNUAL_REPORT, { o: von.id, y: year - 1 })).annualFollowUpReport.agreements).toEqual([
      { title: signed.title, impact: "HIGH", purchaserResponsibleName: expect.any(String), providerResponsibleName: expect.any(String) },
    ]);
    const amendment = agreements.find((a) => a.kind === "TILLAGGSUPPDRAG");
    expect(amendment.amends).toEqual({ id: signed.id });
    expect(amendment.sections.find((s: { key: string }) => s.key === "uppdrag").text).toMatch(/utökad nattpatrull/i);

    const approved = titled("Matdistribution till hemmaboende");
    expect(approved.approvals.map((a: { decision: string }) => a.decision)).toEqual(["APPROVED", "APPROVED"]);
    expect(approved.signatures).toEqual([]);
    const inApproval = titled("Dagverksamhet för personer med demenssjukdom");
    expect(inApproval.approvals).toEqual(
      expect.arrayContaining([
        { organ: { shortName: "VON" }, decision: "APPROVED" },
        { organ: { shortName: "PS" }, decision: null },
      ]),
    );

    // Mid-negotiation: a rejected proposal and a pending counter, a comment thread anchored in the text, sections still to write.
    const draft = titled("Särskilt boende för äldre");
    expect(draft.status).toBe("DRAFT");
    expect(draft.proposals.map((p: { status: string; party: string }) => [p.status, p.party])).toEqual([
      ["PENDING", "PROVIDER"],
      ["REJECTED", "PROVIDER"],
    ]);
    const [thread] = draft.sections.find((s: { key: string }) => s.key === "mal").comments;
    expect(thread).toMatchObject({ quote: "minst två gånger per vecka", replies: [{ body: expect.stringMatching(/kvartalsvis/) }] });
    expect(thread.anchor).not.toBeNull();
    expect(draft.sections.filter((s: { required: boolean; text: string }) => s.required && s.text === "")).not.toHaveLength(0);
    // Its text is negotiated too: the parties agreed on, the assignment marked by production only.
    const marks = (key: string) => draft.sections.find((s: { key: string }) => s.key === key);
    expect(marks("parter")).toMatchObject({
      status: "AGREED",
      agreedBy: expect.arrayContaining([{ party: "PURCHASER" }, { party: "PROVIDER" }]),
    });
    expect(marks("uppdrag")).toMatchObject({ status: "OPEN", agreedBy: [{ party: "PROVIDER" }] });

    // The draft's sections open as Yjs documents the editor reads: every node fits its schema, the text is the stored one.
    const vonChef = await caller(server, slug, "von.chef");
    for (const section of draft.sections.filter((s: { text: string }) => s.text !== "")) {
      const state = ok(await vonChef(SECTION_STATE, { s: section.id })).sectionState;
      expect(state.editable).toBe(section.status === "OPEN"); // an agreed section is locked
      const doc = new Y.Doc();
      Y.applyUpdate(doc, new Uint8Array(Buffer.from(state.update, "base64")));
      expect(plainText(doc)).toBe(section.text);
      const node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment("content"), editorSchema);
      node.check();
      expect(node.toJSON()).toEqual(contentToJson(doc)); // nothing the editor's schema would drop
    }

    // The dispute waits in kommunledning's queue, with both parties' positions; they were told.
    const leadership = await caller(server, slug, "kommunledning");
    expect(ok(await leadership(QUEUE)).escalationQueue).toEqual([
      {
        status: "ESCALATED",
        subject: "EKONOMI",
        agreement: { title: `Fritidsgårdar och öppen fritidsverksamhet ${year}` },
        positions: [{ party: "PROVIDER" }, { party: "PURCHASER" }],
      },
    ]);
    expect(ok(await leadership(NOTIFICATIONS)).notifications.map((n: { kind: string }) => n.kind)).toContain("dispute.queued");
    const psSecretary = await caller(server, slug, "ps.sekreterare");
    expect(ok(await psSecretary(NOTIFICATIONS)).notifications.map((n: { agreementId: string }) => n.agreementId)).toContain(inApproval.id);

    // The public record lists the signed agreement only.
    expect(ok(await gql(server, PUBLIC, { k: slug })).publicAgreements).toEqual([
      { title: signed.title, status: "SIGNED", signatures: expect.any(Array) },
    ]);
  }
}

const FOLLOW_UP = `query($id: ID!) { agreement(id: $id) {
  indicators { name reports { period status actionPlan { status steps { done } } } }
  followUp { periods { key status deliveries { deliveredVolume actualCost } } }
} }`;

/** The signed agreement's quarters that have ended are reported; all but the latest accepted; the second quarter's RED value has a plan, done. */
async function checkFollowUp(reader: (q: string, v?: Record<string, unknown>) => Promise<any>, id: string, year: number): Promise<void> {
  const { indicators, followUp } = ok<any>(await reader(FOLLOW_UP, { id })).agreement;
  expect(indicators.map((i: { name: string }) => i.name)).toContain("Andel brukare nöjda med bemötandet");
  const today = new Date().toISOString().slice(0, 10);
  const quarterEnds = ["03-31", "06-30", "09-30"].map((end) => `${year}-${end}`);
  const ended = quarterEnds.filter((end) => end < today).length;
  const statuses = followUp.periods.slice(0, ended).map((p: { status: string }) => p.status);
  expect(statuses).toEqual([...Array(Math.max(0, ended - 1)).fill("ACCEPTED"), ...(ended > 0 ? ["REPORTED"] : [])]);
  if (ended >= 2) {
    const second = indicators[0].reports[1];
    expect(second).toMatchObject({ period: `${year}-Q2`, status: "RED", actionPlan: { status: "DONE" } });
    expect(second.actionPlan.steps.every((s: { done: boolean }) => s.done)).toBe(true);
    expect(followUp.periods[1].deliveries.every((d: { actualCost: string | null }) => d.actualCost !== null)).toBe(true);
  }
}
