import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAgreement } from "./support/agreements.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, gql, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";
import { eventually, ScriptedEditor } from "./support/yjs-client.js";

const PUSH = "mutation($s: ID!, $u: String!) { pushSectionUpdate(sectionId: $s, update: $u) { seq } }";

type Op =
  | { kind: "insert"; client: number; at: number; text: string }
  | { kind: "delete"; client: number; at: number; length: number }
  | { kind: "deliver"; client: number; pick: number }
  | { kind: "duplicate"; client: number; pick: number }
  | { kind: "reconnect"; client: number };

const client = fc.integer({ min: 0, max: 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant("insert" as const), client, at: fc.nat(40), text: fc.string({ minLength: 1, maxLength: 5 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("delete" as const), client, at: fc.nat(40), length: fc.integer({ min: 1, max: 4 }) }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("deliver" as const), client, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("duplicate" as const), client, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reconnect" as const), client }) },
);

describe("co-editing convergence", () => {
  it("3 clients with random concurrent edits, delivered out of order with duplicates and reconnects, end identical to each other and the server", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const callers = await Promise.all([actor(server, m, "von.chef"), actor(server, m, "ps.chef"), actor(server, m, "von.handlaggare")]);

    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 40 }), async (ops) => {
        const { id } = await createAgreement(callers[0], m);
        const sectionId = ok(await callers[0]("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id })).agreement.sections[0]
          .id as string;
        // Updates are delivered by the script, not as they happen: in any order, some twice.
        const editors = callers.map((c) => new ScriptedEditor(server, c.token, sectionId, false));
        await Promise.all(editors.map((e) => e.connect()));
        try {
          for (const step of ops) {
            const editor = editors[step.client];
            if (step.kind === "insert") editor.type(step.text, step.at);
            else if (step.kind === "delete") editor.deleteRange(step.at, step.length);
            else if (step.kind === "deliver") {
              const ids = [...editor.unacked.keys()];
              if (ids.length > 0) await editor.push(ids[step.pick % ids.length]);
            } else if (step.kind === "duplicate") {
              if (editor.acked.length > 0) {
                const update = editor.acked[step.pick % editor.acked.length];
                ok(await gql(server, PUSH, { s: sectionId, u: Buffer.from(update).toString("base64") }, callers[step.client].token));
              }
            } else {
              editor.disconnect();
              await editor.connect();
            }
          }
          for (const editor of editors) await editor.pushAll();
          const serverText = () => ScriptedEditor.serverText(server, callers[0].token, sectionId);
          await eventually(
            async () => {
              const expected = await serverText();
              return editors.every((e) => e.text === expected);
            },
            10_000,
            "all editors equal to the server",
          );
          expect(new Set(editors.map((e) => e.text)).size).toBe(1);
        } finally {
          for (const editor of editors) editor.disconnect();
        }
      }),
      { numRuns: 12 },
    );
  }, 180_000);
});
