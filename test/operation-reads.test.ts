import { randomUUID } from "node:crypto";
import { print } from "graphql";
import type pg from "pg";
import { describe, expect, it } from "vitest";
import { AgreementApprovalDocument } from "../client/gql/graphql.js";
import { createAgreement } from "./support/agreements.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, gql, ok } from "./support/graphql.js";
import { useTestServer, type TestServer } from "./support/server.js";
import { countStatements } from "./support/statement-counter.js";
import { collect, wsClient } from "./support/ws.js";

/**
 * An operation's fields read in one transaction of the caller's municipality (`graphql/operation-reads.ts`),
 * which ends with the operation's execution: over HTTP, over graphql-ws, and per event of a subscription,
 * also when a field fails. A transaction left open would keep its connection from the pool for good.
 */
const PAGE_WITH_A_MISSING_AGREEMENT = `query($id: ID!, $missing: ID!) {
  agreement(id: $id) { title status balance { version } sections { id title } approvals { decision } }
  missing: agreement(id: $missing) { title }
}`;
const UPDATE =
  "mutation($id: ID!, $v: Int!, $t: String!) { updateAgreement(id: $id, expectedVersion: $v, input: { title: $t }) { version title } }";
// The actor's roles are not the same for every reader: each event is executed for its subscriber, and reads.
const EVENTS = "subscription($id: ID!) { agreementEvents(agreementId: $id, afterSeq: 1) { seq actor { name roles { role } } } }";

/** Resolves once no connection of the server's pool is checked out; fails if one stays out. */
async function noConnectionHeld(server: TestServer): Promise<void> {
  const pool = (server.appDataSource.driver as unknown as { master: pg.Pool }).master;
  for (let waited = 0; waited < 3000; waited += 20) {
    if (pool.idleCount === pool.totalCount && pool.waitingCount === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${pool.totalCount - pool.idleCount} of ${pool.totalCount} connections still held`);
}

const transactionsIn = (texts: readonly string[]) => texts.filter((text) => text.startsWith("START TRANSACTION")).length;

describe("one read transaction per operation", () => {
  it("reads a page's fields in one transaction and holds no connection once it has answered, a failed field too", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const { id } = await createAgreement(vonChef, m);
    const counter = countStatements(server.appDataSource);
    await noConnectionHeld(server);

    counter.reset();
    ok(await gql(server, print(AgreementApprovalDocument), { id }, vonChef.token));
    expect(transactionsIn(counter.texts), counter.texts.join("\n")).toBe(1);
    await noConnectionHeld(server);

    // The missing agreement fails the whole answer while the other's fields may still be reading.
    const failed = await gql(server, PAGE_WITH_A_MISSING_AGREEMENT, { id, missing: randomUUID() }, vonChef.token);
    expect(errorCode(failed)).toBe("NOT_FOUND");
    expect(failed.data).toBeNull();
    await noConnectionHeld(server);

    // A mutation's command has its own transaction; the fields of its answer then read its write.
    const updated = ok(await vonChef(UPDATE, { id, v: 1, t: "Ändrad titel" })).updateAgreement;
    expect(updated).toEqual({ version: 2, title: "Ändrad titel" });
    await noConnectionHeld(server);
  });

  it("over graphql-ws: a query's transaction ends with it, and each event of a subscription reads in one of its own", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const reader = await actor(server, m, "kommunledning");
    const { id } = await createAgreement(vonChef, m);
    const client = wsClient(server, reader.token);
    const counter = countStatements(server.appDataSource);
    // Connected (and its caller known) before counting.
    await collect(client, "{ me { id } }", {}, "me").waitFor((values) => values.length === 1);

    counter.reset();
    const page = collect(client, print(AgreementApprovalDocument), { id }, "agreement");
    await page.waitFor((values) => values.length === 1);
    expect(page.values[0]).toMatchObject({ id, approvals: expect.any(Array) });
    expect(transactionsIn(counter.texts), counter.texts.join("\n")).toBe(1);
    await noConnectionHeld(server);

    const failed = collect(client, PAGE_WITH_A_MISSING_AGREEMENT, { id, missing: randomUUID() }, "agreement");
    await expect(failed.waitFor(() => false)).rejects.toThrow(/NOT_FOUND|finns inte|hittades/i);
    await noConnectionHeld(server);

    const events = collect(client, EVENTS, { id }, "agreementEvents");
    let version = 1;
    for (let i = 0; i < 3; i++) {
      version = ok(await vonChef(UPDATE, { id, v: version, t: `Titel ${i}` })).updateAgreement.version;
      await events.waitFor((values) => values.length === i + 1);
      await noConnectionHeld(server);
    }
    expect(events.values.map((event) => event.seq)).toEqual([2, 3, 4]);
    expect(events.values[2].actor.roles).toContainEqual({ role: "FORVALTNINGSCHEF" });
  });
});
