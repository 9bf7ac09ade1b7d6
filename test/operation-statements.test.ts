import { describe, expect, it } from "vitest";
import { FLUSH_EVERY_MS } from "../server/pipeline/batched-budget.js";
import { createAgreement } from "./support/agreements.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, ok } from "./support/graphql.js";
import { useTestServer, type TestServer } from "./support/server.js";
import { countStatements, type StatementCounter } from "./support/statement-counter.js";

/**
 * The statements (round trips through the pool) of the requests `npm run bench requests` measures,
 * sent exactly as it sends them, once the caller is known on the process. A mutation's are a
 * transaction's, so a new statement on this path costs every mutation a round trip.
 */
const ME = "{ me { id name } }";
const ADD_COMMENT = `mutation($s: ID!, $b: String!) { addComment(sectionId: $s, body: $b) { id } }`;
const ADD_LINE = `mutation($id: ID!, $v: Int!) { addBalanceLine(agreementId: $id, expectedVersion: $v, input: { kind: RESOURCE, description: "Grundersättning", amount: "1000.00" }) { version lines { id } } }`;
const UPDATE_LINE = `mutation($l: ID!, $v: Int!, $a: Money!) { updateBalanceLine(lineId: $l, expectedVersion: $v, input: { kind: RESOURCE, description: "Grundersättning", amount: $a }) { version } }`;

const FLUSH = /^\s*INSERT INTO rate_limit /;

/**
 * The statements of one request. The mutation budget's counts reach the table every FLUSH_EVERY_MS,
 * in one statement for all of a process's mutations: one may fall into a request's time (that
 * request's own count, when it took longer than the rest of the interval), and is not the request's.
 */
async function counted<T>(
  counter: StatementCounter,
  send: () => Promise<T>,
): Promise<{ count: number; texts: readonly string[]; answer: T }> {
  await new Promise((resolve) => setTimeout(resolve, 3 * FLUSH_EVERY_MS));
  counter.reset();
  const answer = await send();
  expect(counter.texts.filter((text) => FLUSH.test(text)).length).toBeLessThanOrEqual(1);
  const texts = counter.texts.filter((text) => !FLUSH.test(text));
  return { count: texts.length, texts, answer };
}

async function world(server: TestServer) {
  const m = await seedMunicipality();
  const chief = await actor(server, m, "von.chef");
  const handler = await actor(server, m, "von.handlaggare");
  const agreement = await createAgreement(chief, m);
  const sections = ok(await chief(`query($id: ID!) { agreement(id: $id) { sections { id } } }`, { id: agreement.id })).agreement.sections;
  const added = ok(await chief(ADD_LINE, { id: agreement.id, v: 0 })).addBalanceLine;
  ok(await handler(ME)); // the caller is known on the process from now on
  // and so is the window of their mutation budget
  ok(await handler(`mutation($s: ID!) { addComment(sectionId: $s, body: "Först") { id } }`, { s: sections[0].id }));
  return { handler, sectionId: sections[0].id as string, lineId: added.lines[0].id as string, version: added.version as number };
}

describe("statements per request, caller known", () => {
  it("me, addComment and updateBalanceLine send as few statements as listed in the README", async () => {
    const server = await useTestServer();
    const counter = countStatements(server.appDataSource);
    const w = await world(server);
    const me = await counted(counter, () => w.handler(ME));
    ok(me.answer);
    const comment = await counted(counter, () => w.handler(ADD_COMMENT, { s: w.sectionId, b: "Fråga" }));
    ok(comment.answer);
    const update = await counted(counter, () => w.handler(UPDATE_LINE, { l: w.lineId, v: w.version, a: "1200.00" }));
    ok(update.answer);
    const report = (name: string, r: { count: number; texts: readonly string[] }) => `${name}: ${r.count}\n  ${r.texts.join("\n  ")}`;
    console.log([report("me", me), report("addComment", comment), report("updateBalanceLine", update)].join("\n"));
    expect(me.count, report("me", me)).toBe(0);
    expect(comment.count, report("addComment", comment)).toBeLessThanOrEqual(6);
    expect(update.count, report("updateBalanceLine", update)).toBeLessThanOrEqual(9);
  });
});
