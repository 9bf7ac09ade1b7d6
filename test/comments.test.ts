import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { createAgreement } from "./support/agreements.js";
import { setAgreementStatus } from "./support/balance.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, gql, ok, type GraphqlResult } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";
import { collect, wsClient } from "./support/ws.js";
import { eventually, ScriptedEditor } from "./support/yjs-client.js";

const SECTIONS = "query($id: ID!) { agreement(id: $id) { sections { id canComment } } }";
const FIELDS = "id sectionId parentId body anchor anchorEnd quote resolved resolvedAt onDeletedText author { email } resolvedBy { email }";
const COMMENTS = `query($id: ID!) { agreement(id: $id) { sections { id comments { ${FIELDS} replies { ${FIELDS} } } } } }`;
const ADD = `mutation($s: ID!, $b: String!, $a: String, $e: String, $q: String, $p: ID) {
  addComment(sectionId: $s, body: $b, anchor: $a, anchorEnd: $e, quote: $q, parentId: $p) { ${FIELDS} replies { id } } }`;
const RESOLVE =
  "mutation($c: ID!, $r: Boolean!) { setCommentResolved(commentId: $c, resolved: $r) { id resolved resolvedAt resolvedBy { email } } }";
const EVENTS = "subscription($id: ID!, $after: Int) { agreementEvents(agreementId: $id, afterSeq: $after) { seq type summary } }";
const STATE = "query($s: ID!) { sectionState(sectionId: $s) { update } }";

async function setup() {
  const server = await useTestServer();
  const m = await seedMunicipality();
  const vonChef = await actor(server, m, "von.chef");
  const psHandlaggare = await actor(server, m, "ps.handlaggare");
  const { id } = await createAgreement(vonChef, m);
  const sections = ok(await vonChef(SECTIONS, { id })).agreement.sections as Array<{ id: string; canComment: boolean }>;
  return {
    server,
    m,
    vonChef,
    psHandlaggare,
    agreementId: id,
    sectionId: sections[1].id,
    otherSectionId: sections[2].id,
    canComment: sections[1].canComment,
  };
}

/** The first paragraph's text node of an editor's document. */
const textNode = (doc: Y.Doc) => (doc.getXmlFragment("content").get(0) as Y.XmlElement).get(0) as Y.XmlText;
const anchorAt = (doc: Y.Doc, index: number, assoc = 0) =>
  JSON.stringify(Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(textNode(doc), index, assoc)));

async function serverDoc(server: { graphqlUrl: string }, token: string, sectionId: string): Promise<Y.Doc> {
  const state = ok(await gql<{ sectionState: { update: string } }>(server, STATE, { s: sectionId }, token)).sectionState;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(Buffer.from(state.update, "base64")));
  return doc;
}

type Caller = (query: string, variables: Record<string, unknown>) => Promise<GraphqlResult<Record<string, any>>>;

async function threads(caller: Caller, agreementId: string, sectionId: string) {
  const sections = ok(await caller(COMMENTS, { id: agreementId })).agreement.sections as Array<{ id: string; comments: any[] }>;
  return sections.find((s) => s.id === sectionId)!.comments;
}

describe("comments", () => {
  it("anchors a thread to a range that follows the text as it changes, and keeps it on deleted text", async () => {
    const { server, vonChef, psHandlaggare, agreementId, sectionId, canComment } = await setup();
    expect(canComment).toBe(true);
    const editor = new ScriptedEditor(server, vonChef.token, sectionId);
    await editor.connect();
    editor.type("Hemtjänst dygnet runt i hela kommunen");
    await eventually(() => editor.unacked.size === 0, 5000, "ack");
    // "dygnet runt" is characters 10–21.
    const added = ok(
      await psHandlaggare(ADD, {
        s: sectionId,
        b: "Gäller det även helger?",
        a: anchorAt(editor.doc, 10),
        e: anchorAt(editor.doc, 21, -1),
        q: "dygnet runt",
      }),
    ).addComment;
    expect(added).toMatchObject({
      body: "Gäller det även helger?",
      quote: "dygnet runt",
      resolved: false,
      onDeletedText: false,
      author: { email: expect.stringContaining("ps.handlaggare") },
    });

    editor.type("Utförd ", 0); // 7 characters before the range
    await eventually(() => editor.unacked.size === 0, 5000, "ack");
    const [thread] = await threads(vonChef, agreementId, sectionId);
    const doc = await serverDoc(server, vonChef.token, sectionId);
    const start = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(JSON.parse(thread.anchor)), doc)!;
    const end = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(JSON.parse(thread.anchorEnd)), doc)!;
    expect([start.index, end.index]).toEqual([17, 28]);
    expect(textNode(doc).toString().slice(start.index, end.index)).toBe("dygnet runt");
    expect(thread.onDeletedText).toBe(false);

    editor.deleteRange(15, 16); // "n dygnet runt i" → the whole range is gone
    await eventually(() => editor.unacked.size === 0, 5000, "ack");
    const after = await threads(vonChef, agreementId, sectionId);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: added.id, onDeletedText: true, quote: "dygnet runt" });
  });

  it("threads replies, and resolves and reopens a thread", async () => {
    const { vonChef, psHandlaggare, agreementId, sectionId, otherSectionId } = await setup();
    const thread = ok(await vonChef(ADD, { s: sectionId, b: "  Hela avsnittet behöver ses över  " })).addComment;
    expect(thread).toMatchObject({ body: "Hela avsnittet behöver ses över", anchor: null, onDeletedText: false, parentId: null });
    const reply = ok(await psHandlaggare(ADD, { s: sectionId, b: "Vi tar det på mötet", p: thread.id })).addComment;
    // A reply to a reply goes to the same thread.
    ok(await vonChef(ADD, { s: sectionId, b: "Bra", p: reply.id }));
    const [listed] = await threads(psHandlaggare, agreementId, sectionId);
    expect(listed.replies.map((r: { body: string; parentId: string }) => [r.body, r.parentId])).toEqual([
      ["Vi tar det på mötet", thread.id],
      ["Bra", thread.id],
    ]);

    const resolved = ok(await psHandlaggare(RESOLVE, { c: thread.id, r: true })).setCommentResolved;
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: { email: expect.stringContaining("ps.handlaggare") } });
    expect(resolved.resolvedAt).toBeTruthy();
    expect((await threads(vonChef, agreementId, sectionId))[0].resolved).toBe(true);
    const reopened = ok(await vonChef(RESOLVE, { c: thread.id, r: false })).setCommentResolved;
    expect(reopened).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null });

    // Validation: empty and too long bodies, a parent in another section, a reply with an anchor, half an anchor, a reply resolved alone.
    expect(errorCode(await vonChef(ADD, { s: sectionId, b: "   " }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await vonChef(ADD, { s: sectionId, b: "x".repeat(5001) }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await vonChef(ADD, { s: otherSectionId, b: "Fel tråd", p: thread.id }))).toBe("BAD_USER_INPUT");
    const anchor = JSON.stringify({ type: null, tname: null, item: { client: 1, clock: 0 }, assoc: 0 });
    expect(errorCode(await vonChef(ADD, { s: sectionId, b: "Svar", p: thread.id, a: anchor, e: anchor }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await vonChef(ADD, { s: sectionId, b: "Halvt", a: anchor }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await vonChef(ADD, { s: sectionId, b: "Trasigt", a: "{nej", e: anchor }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await vonChef(RESOLVE, { c: reply.id, r: true }))).toBe("BAD_USER_INPUT");
  });

  it("lets only the drafting parties comment, only in a DRAFT; others answer as the API says", async () => {
    const { server, m, vonChef, agreementId, sectionId } = await setup();
    const thread = ok(await vonChef(ADD, { s: sectionId, b: "Första" })).addComment;
    const revisor = await actor(server, m, "revisor");
    const sekreterare = await actor(server, m, "von.sekreterare");
    const kunChef = await actor(server, m, "kun.chef");
    const outsider = await actor(server, await seedMunicipality(), "von.chef");
    for (const caller of [revisor, sekreterare]) {
      expect(errorCode(await caller(ADD, { s: sectionId, b: "Får inte" }))).toBe("FORBIDDEN");
      expect(errorCode(await caller(RESOLVE, { c: thread.id, r: true }))).toBe("FORBIDDEN");
    }
    expect(await threads(revisor, agreementId, sectionId)).toHaveLength(1); // the revisor reads
    expect(ok(await revisor(SECTIONS, { id: agreementId })).agreement.sections[1].canComment).toBe(false);
    expect(errorCode(await kunChef(ADD, { s: sectionId, b: "Inte min nämnd" }))).toBe("FORBIDDEN");
    expect(errorCode(await outsider(ADD, { s: sectionId, b: "Annan kommun" }))).toBe("NOT_FOUND");
    expect(errorCode(await outsider(RESOLVE, { c: thread.id, r: true }))).toBe("NOT_FOUND");
    expect(errorCode(await outsider(COMMENTS, { id: agreementId }))).toBe("NOT_FOUND");
    await setAgreementStatus(m, agreementId, "IN_APPROVAL");
    expect(errorCode(await vonChef(ADD, { s: sectionId, b: "För sent" }))).toBe("INVALID_STATE");
    expect(errorCode(await vonChef(RESOLVE, { c: thread.id, r: true }))).toBe("INVALID_STATE");
  });

  it("delivers comment events live to the other party", async () => {
    const { server, vonChef, psHandlaggare, agreementId, sectionId } = await setup();
    const events = collect(wsClient(server, psHandlaggare.token), EVENTS, { id: agreementId, after: 0 }, "agreementEvents");
    await events.waitFor((values) => values.length === 1); // the replayed creation: the stream is live
    const thread = ok(await vonChef(ADD, { s: sectionId, b: "Kolla siffrorna" })).addComment;
    ok(await vonChef(ADD, { s: sectionId, b: "Svar", p: thread.id }));
    ok(await psHandlaggare(RESOLVE, { c: thread.id, r: true }));
    ok(await psHandlaggare(RESOLVE, { c: thread.id, r: true })); // already resolved: no event
    ok(await vonChef(RESOLVE, { c: thread.id, r: false }));
    const values = await events.waitFor((v) => v.some((e) => e.type === "comment.reopened"));
    expect(values.slice(1).map((e) => e.type)).toEqual(["comment.added", "comment.added", "comment.resolved", "comment.reopened"]);
    expect(values[1].summary).toContain("Uppdragets omfattning och innehåll");
  });
});
