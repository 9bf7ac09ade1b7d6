import { describe, expect, it } from "vitest";
import { createAgreement } from "./support/agreements.js";
import { AGREE, ADD_LINE, fixedResource, readBalance } from "./support/balance.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";

/**
 * A balance mutation answers only what it was asked: a selection of the balance's own row (version,
 * status) is read alone, anything more (or a fragment) as the whole balance. Either way the answer is
 * the balance after the change and its consequences, in the same transaction.
 */
const UPDATE = (selection: string) =>
  `mutation($l: ID!, $v: Int!, $a: Money!) { updateBalanceLine(lineId: $l, expectedVersion: $v, input: { kind: RESOURCE, description: "Grundersättning", amount: $a }) ${selection} }`;

describe("balance mutations answer what was asked", () => {
  it("the version and status alone, the lines when asked, and a fragment in full", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const psChef = await actor(server, m, "ps.chef");
    const { id } = await createAgreement(vonChef, m);
    const added = ok(await vonChef(ADD_LINE, { id, v: 0, input: fixedResource("Grundersättning", "1000.00") })).addBalanceLine;
    const lineId = added.lines[0].id as string;
    ok(await vonChef(AGREE, { id, v: 1 }));
    ok(await psChef(AGREE, { id, v: 1 }));
    expect((await readBalance(vonChef, id)).status).toBe("AGREED");

    // The change clears both marks (a consequence): the row read after it says OPEN, version 2.
    const own = ok(await vonChef(UPDATE("{ __typename version status }"), { l: lineId, v: 1, a: "1200.00" })).updateBalanceLine;
    expect(own).toEqual({ __typename: "Balance", version: 2, status: "OPEN" });
    const read = await readBalance(vonChef, id);
    expect(read.version).toBe(2);
    expect(read.agreements).toEqual([]);

    const withLines = ok(await vonChef(UPDATE("{ version lines { amount } }"), { l: lineId, v: 2, a: "1300.00" })).updateBalanceLine;
    expect(withLines).toEqual({ version: 3, lines: [{ amount: "1300.00" }] });

    const fragment = `${UPDATE("{ ...B }")} fragment B on Balance { version totals { compensation } }`;
    const viaFragment = ok(await vonChef(fragment, { l: lineId, v: 3, a: "1400.00" })).updateBalanceLine;
    expect(viaFragment).toEqual({ version: 4, totals: { compensation: "1400.00" } });

    // A stale version is still a CONFLICT, whatever the answer asks for.
    expect(errorCode(await vonChef(UPDATE("{ version }"), { l: lineId, v: 3, a: "1500.00" }))).toBe("CONFLICT");
  });
});
