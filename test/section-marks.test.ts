import type { Client } from "graphql-ws";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createAgreement } from "./support/agreements.js";
import { AGREEMENT_STATE, agreeOnBalance, fillRequiredSections, textUpdate } from "./support/approval.js";
import { EVENTS } from "./support/balance.js";
import { startChildServer } from "./support/child-server.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, gql, ok, type GraphqlResult } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { AGREE_SECTION, REOPEN_SECTION, agreeRequiredSections, sectionStates } from "./support/section-marks.js";
import { useTestServer } from "./support/server.js";
import { collect, wsClient } from "./support/ws.js";
import { eventually } from "./support/yjs-client.js";

const PUSH = "mutation($s: ID!, $u: String!) { pushSectionUpdate(sectionId: $s, update: $u) { seq } }";
const LOCKED = "Avsnittet är överenskommet av båda parter och låst för redigering";

/** One mutation over graphql-ws. */
function overWs(client: Client, query: string, variables: Record<string, unknown>): Promise<GraphqlResult<any>> {
  return new Promise((resolve, reject) => {
    let result: GraphqlResult<any> = {};
    client.subscribe(
      { query, variables },
      { next: (r) => (result = r as GraphqlResult<any>), error: reject, complete: () => resolve(result) },
    );
  });
}

async function draftWithText() {
  const server = await useTestServer();
  const m = await seedMunicipality();
  const [vonChef, psChef, vonHandlaggare, psHandlaggare] = await Promise.all(
    (["von.chef", "ps.chef", "von.handlaggare", "ps.handlaggare"] as const).map((who) => actor(server, m, who)),
  );
  const { id } = await createAgreement(vonChef, m);
  const [section] = await sectionStates(vonChef, id);
  ok(await vonChef(PUSH, { s: section.id, u: textUpdate("Parterna är Vård- och omsorgsnämnden och Produktionsstyrelsen.") }));
  return { server, m, id, sectionId: section.id, title: section.title, vonChef, psChef, vonHandlaggare, psHandlaggare };
}

const stateOf = async (caller: Parameters<typeof sectionStates>[0], id: string, sectionId: string) =>
  (await sectionStates(caller, id)).find((s) => s.id === sectionId)!;

describe("agreed clauses", () => {
  it("both parties' marks on one seq make the section AGREED and locked over HTTP and graphql-ws; a reopen clears both", async () => {
    const { server, m, id, sectionId, title, vonChef, psChef, vonHandlaggare, psHandlaggare } = await draftWithText();
    const open = await stateOf(vonHandlaggare, id, sectionId);
    expect(open).toMatchObject({ status: "OPEN", seq: 1, agreedBy: [], canAgreeSection: true, canReopenSection: false });
    expect(errorCode(await vonHandlaggare(REOPEN_SECTION, { s: sectionId, r: "Inget att öppna" }))).toBe("INVALID_STATE");

    expect(ok(await vonHandlaggare(AGREE_SECTION, { s: sectionId, seq: 1 })).agreeSection).toMatchObject({ status: "OPEN", seq: 1 });
    const marked = await stateOf(vonChef, id, sectionId);
    expect(marked.agreedBy).toEqual([{ party: "PURCHASER", user: { email: m.email("von.handlaggare") }, seq: 1, at: expect.any(String) }]);
    expect(marked).toMatchObject({ status: "OPEN", editable: true, canAgreeSection: false, canReopenSection: true });
    expect((await stateOf(psChef, id, sectionId)).canAgreeSection).toBe(true);
    // Marking again changes nothing: the purchaser's mark stands.
    ok(await vonChef(AGREE_SECTION, { s: sectionId, seq: 1 }));

    expect(ok(await psHandlaggare(AGREE_SECTION, { s: sectionId, seq: 1 })).agreeSection.status).toBe("AGREED");
    for (const caller of [vonChef, psChef, vonHandlaggare, psHandlaggare])
      expect(await stateOf(caller, id, sectionId)).toMatchObject({
        status: "AGREED",
        editable: false,
        canAgreeSection: false,
        canReopenSection: true,
      });
    expect((await stateOf(vonChef, id, sectionId)).agreedBy.map((mark) => mark.party).sort()).toEqual(["PROVIDER", "PURCHASER"]);

    const http = await psChef(PUSH, { s: sectionId, u: textUpdate("Ändrad i smyg") });
    expect(errorCode(http)).toBe("INVALID_STATE");
    expect(http.errors![0].message).toContain(LOCKED);
    const ws = await overWs(wsClient(server, vonChef.token), PUSH, { s: sectionId, u: textUpdate("Ändrad över ws") });
    expect(ws.errors?.[0]?.extensions?.code).toBe("INVALID_STATE");
    expect(ws.errors?.[0]?.message).toContain(LOCKED);
    expect((await stateOf(vonChef, id, sectionId)).seq).toBe(1);

    expect(errorCode(await psChef(REOPEN_SECTION, { s: sectionId, r: "  " }))).toBe("BAD_USER_INPUT");
    expect(ok(await psChef(REOPEN_SECTION, { s: sectionId, r: "Vi behöver se över parterna" })).reopenSection.status).toBe("OPEN");
    expect(await stateOf(vonChef, id, sectionId)).toMatchObject({ status: "OPEN", agreedBy: [], editable: true, canReopenSection: false });
    ok(await vonChef(PUSH, { s: sectionId, u: textUpdate("Nu går det igen") }));

    const summaries = (ok(await vonChef(EVENTS, { id })).agreement.events as Array<{ type: string; summary: string }>).filter((e) =>
      e.type.startsWith("section."),
    );
    expect(summaries.map((e) => e.summary)).toEqual([
      `Beställaren godkände avsnittet ”${title}”`,
      `Utföraren godkände avsnittet ”${title}”`,
      `Avsnittet ”${title}” är överenskommet av båda parter`,
      `Utföraren öppnade avsnittet ”${title}” igen: Vi behöver se över parterna`,
    ]);
  });

  it("a mark on a stale seq gets CONFLICT with the current seq", async () => {
    const { id, sectionId, vonChef, psChef } = await draftWithText();
    ok(await psChef(PUSH, { s: sectionId, u: textUpdate("Ett tillägg") }));
    const stale = await vonChef(AGREE_SECTION, { s: sectionId, seq: 1 });
    expect(errorCode(stale)).toBe("CONFLICT");
    expect(stale.errors![0].extensions!.currentVersion).toBe(2);
    expect((await stateOf(vonChef, id, sectionId)).agreedBy).toEqual([]);
  });

  it("an accepted push clears a one-sided mark: the other side's mark on the new text does not make it AGREED", async () => {
    const { m, id, sectionId, title, vonChef, psChef, psHandlaggare } = await draftWithText();
    ok(await vonChef(AGREE_SECTION, { s: sectionId, seq: 1 }));
    const { seq } = ok(await psHandlaggare(PUSH, { s: sectionId, u: textUpdate("Utförarens ändring") })).pushSectionUpdate;
    expect(seq).toBe(2);
    expect(await stateOf(vonChef, id, sectionId)).toMatchObject({ seq: 2, agreedBy: [], canAgreeSection: true, canReopenSection: false });
    expect(ok(await psChef(AGREE_SECTION, { s: sectionId, seq: 2 })).agreeSection.status).toBe("OPEN");
    // The stored mark goes too, and the log says why (written once the push is durable).
    await eventually(
      async () =>
        (ok(await vonChef(EVENTS, { id })).agreement.events as Array<{ summary: string }>).some(
          (e) => e.summary === `Beställarens godkännande av avsnittet ”${title}” togs bort eftersom texten ändrades`,
        ),
      10_000,
      "the cleared mark in the log",
    );
    expect(await asOwner(m.municipality.id, "SELECT party, seq FROM section_mark WHERE section_id = $1", [sectionId])).toEqual([
      { party: "PROVIDER", seq: 2 },
    ]);
  });

  it("the durable write refuses an AGREED section even when a process's cache still says OPEN", async () => {
    const { m, sectionId, vonChef } = await draftWithText();
    // The live section is cached as OPEN; the row changes behind the server's back (no signal).
    ok(await vonChef("query($s: ID!) { sectionState(sectionId: $s) { seq } }", { s: sectionId }));
    await asOwner(m.municipality.id, "UPDATE section SET status = 'AGREED' WHERE id = $1", [sectionId]);
    const refused = await vonChef(PUSH, { s: sectionId, u: textUpdate("Förbi cachen") });
    expect(errorCode(refused)).toBe("INVALID_STATE");
    expect(refused.errors![0].message).toContain(LOCKED);
    const [{ seq, count }] = await asOwner(
      m.municipality.id,
      "SELECT s.seq, (SELECT count(*)::int FROM section_update u WHERE u.section_id = s.id) AS count FROM section s WHERE s.id = $1",
      [sectionId],
    );
    expect({ seq, count }).toEqual({ seq: 1, count: 1 });
  });

  it("an edit relayed before its durable write, then refused there, ends the followers' streams with CONFLICT and never reaches a state", async () => {
    const { server, m, sectionId, vonChef, psHandlaggare } = await draftWithText();
    const follower = collect<{ update: string }>(
      wsClient(server, psHandlaggare.token),
      "subscription($s: ID!) { sectionUpdates(sectionId: $s, afterSeq: 0) { update } }",
      { s: sectionId },
      "sectionUpdates",
    );
    await follower.waitFor((values) => values.length === 1); // the replayed draft text: the stream is live
    ok(await vonChef(PUSH, { s: sectionId, u: textUpdate("Före låset") }));
    await follower.waitFor((values) => values.length === 2);
    // The section is agreed behind the server's back (no signal): the next push passes the cached
    // check, is relayed at once, and is refused by the durable write.
    await asOwner(m.municipality.id, "UPDATE section SET status = 'AGREED' WHERE id = $1", [sectionId]);
    const phantom = textUpdate("Fantomtext");
    const pushed = vonChef(PUSH, { s: sectionId, u: phantom });
    const state = vonChef("query($s: ID!) { sectionState(sectionId: $s) { update seq } }", { s: sectionId });
    expect(errorCode(await pushed)).toBe("INVALID_STATE");
    await eventually(() => follower.errors.length === 1, 10_000, "the follower's stream to end");
    expect(follower.values.map((v) => v.update)).toContain(phantom); // it was relayed…
    expect((follower.errors[0] as Array<{ extensions: { code: string; currentVersion: number } }>)[0].extensions).toEqual({
      code: "CONFLICT",
      currentVersion: 2,
    }); // …and the follower told to read the section afresh
    // A state taken while the refused update was in memory leaves only once its write is settled.
    const { sectionState } = ok(await state);
    expect(sectionState.seq).toBe(2);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(sectionState.update, "base64"));
    expect(doc.getXmlFragment("content").toString()).toContain("Före låset");
    expect(doc.getXmlFragment("content").toString()).not.toContain("Fantomtext");
  });

  it("a section agreed through one server process refuses pushes on another", async () => {
    const { m, id, sectionId, vonChef, psChef } = await draftWithText();
    const other = await startChildServer();
    const psOnOther = await actor(other, m, "ps.handlaggare");
    // The other process holds the section live, as OPEN, and writes to it.
    ok(await psOnOther(PUSH, { s: sectionId, u: textUpdate("Från den andra processen") }));
    const { seq } = await stateOf(vonChef, id, sectionId);
    ok(await vonChef(AGREE_SECTION, { s: sectionId, seq }));
    ok(await psChef(AGREE_SECTION, { s: sectionId, seq }));
    const http = await psOnOther(PUSH, { s: sectionId, u: textUpdate("Efter överenskommelsen") });
    expect(errorCode(http)).toBe("INVALID_STATE");
    expect(http.errors![0].message).toContain(LOCKED);
    const ws = await overWs(wsClient(other, psOnOther.token), PUSH, { s: sectionId, u: textUpdate("Över ws") });
    expect(ws.errors?.[0]?.extensions?.code).toBe("INVALID_STATE");
    expect((await stateOf(vonChef, id, sectionId)).seq).toBe(seq);
    const state = ok(
      await gql(other, "query($s: ID!) { sectionState(sectionId: $s) { seq editable } }", { s: sectionId }, psOnOther.token),
    );
    expect(state.sectionState).toEqual({ seq, editable: false });
  }, 60_000);

  it("submission needs every required section agreed by both parties: a gap per section", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const psChef = await actor(server, m, "ps.chef");
    const { id } = await createAgreement(vonChef, m);
    await fillRequiredSections(vonChef, id);
    await agreeOnBalance(vonChef, psChef, id);
    const required = (await sectionStates(vonChef, id)).filter((s) => s.required);
    const gaps = async () => ok(await vonChef(AGREEMENT_STATE, { id })).agreement.missingForNextStep;
    expect(await gaps()).toEqual(required.map((s) => expect.objectContaining({ kind: "SECTION_NOT_AGREED", section: s.title })));
    const refused = await vonChef("mutation($id: ID!) { submitForApproval(agreementId: $id) { id } }", { id });
    expect(errorCode(refused)).toBe("INVALID_STATE");
    expect(refused.errors![0].extensions!.reasons).toContain(`avsnittet ”${required[0].title}” är inte överenskommet av båda parter`);

    // One party's mark is not enough.
    ok(await vonChef(AGREE_SECTION, { s: required[0].id, seq: required[0].seq }));
    expect(await gaps()).toHaveLength(required.length);
    ok(await psChef(AGREE_SECTION, { s: required[0].id, seq: required[0].seq }));
    expect((await gaps()).map((g: { section: string }) => g.section)).toEqual(required.slice(1).map((s) => s.title));
    await agreeRequiredSections(vonChef, psChef, id);
    expect(await gaps()).toEqual([]);
    ok(await psChef("mutation($id: ID!) { submitForApproval(agreementId: $id) { id } }", { id }));
  });
});
