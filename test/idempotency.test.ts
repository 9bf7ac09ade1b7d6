import { describe, expect, it } from "vitest";
import { createAgreement } from "./support/agreements.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, ok } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { useTestServer } from "./support/server.js";
import { wsClient } from "./support/ws.js";

const ADD = "mutation($s: ID!, $b: String!) { addComment(sectionId: $s, body: $b) { id body } }";

async function setup() {
  const [one, two] = [await useTestServer(), await useTestServer()];
  const m = await seedMunicipality();
  const vonChef = await actor(one, m, "von.chef");
  const { id } = await createAgreement(vonChef, m);
  const sectionId = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id })).agreement.sections[0]
    .id as string;
  const post = (server: { graphqlUrl: string }, key: string, body: string) =>
    fetch(server.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${vonChef.token}`, "idempotency-key": key },
      body: JSON.stringify({ query: ADD, variables: { s: sectionId, b: body } }),
    }).then((r) => r.json() as Promise<{ data?: { addComment: { id: string } }; errors?: Array<{ extensions: { code: string } }> }>);
  const comments = async () =>
    (await asOwner(m.municipality.id, "SELECT count(*)::int AS n FROM comment WHERE section_id = $1", [sectionId]))[0].n as number;
  return { one, two, vonChef, sectionId, post, comments };
}

describe("idempotent retries", () => {
  it("does a keyed mutation once, for parallel retries and across server processes, and answers the first result", async () => {
    const { one, two, post, comments } = await setup();
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => post(i % 2 ? two : one, "nyckel-1", "Gäller det helger?")));
    const ids = new Set(answers.map((a) => a.data?.addComment.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
    expect(await comments()).toBe(1);
    // A different request under the same key is refused; a new key is a new change.
    expect((await post(one, "nyckel-1", "Något annat")).errors?.[0].extensions.code).toBe("CONFLICT");
    expect((await post(two, "nyckel-2", "Gäller det helger?")).data?.addComment.id).not.toBe([...ids][0]);
    expect(await comments()).toBe(2);
  });

  it("does not spend a key on a refused change", async () => {
    const { one, post, comments } = await setup();
    expect((await post(one, "nyckel-3", "   ")).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(await comments()).toBe(0);
    expect((await post(one, "nyckel-3", "Nu med text")).data?.addComment.id).toBeTruthy();
  });

  it("takes the key from extensions.idempotencyKey over graphql-ws", async () => {
    const { one, vonChef, sectionId, comments } = await setup();
    const client = wsClient(one, vonChef.token);
    const send = () =>
      new Promise<{ data?: { addComment: { id: string } } | null }>((resolve, reject) => {
        let result: { data?: { addComment: { id: string } } | null } = {};
        client.subscribe(
          { query: ADD, variables: { s: sectionId, b: "Via WebSocket" }, extensions: { idempotencyKey: "ws-1" } },
          { next: (value) => (result = value as typeof result), error: reject, complete: () => resolve(result) },
        );
      });
    const first = await send();
    const again = await send();
    expect(again.data?.addComment.id).toBe(first.data?.addComment.id);
    expect(await comments()).toBe(1);
  });
});
