import { describe, expect, it } from "vitest";
import { agreementIn, world } from "./support/command-matrix.js";
import { seedMunicipality } from "./support/factories.js";
import { errorCode, gql, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";

const RECORD = `query($k: String!) { publicAgreements(kommun: $k) {
  diarienummer title purchaser { name } approvals { organ { name } decision meetingDate paragraph }
  signatures { party user { name } signedAt } sections { title text } balance { totals { compensation } }
} }`;

describe("the public record", () => {
  it("shows names, organs and dates to anyone; staff's e-mails, ids and roles only to those logged in", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const w = await world(server, m);
    await agreementIn(w, "SIGNED", true);

    const record = ok(await gql(server, RECORD, { k: m.slug })).publicAgreements;
    expect(record).toHaveLength(1);
    expect(record[0].signatures.map((s: { user: { name: string } }) => s.user.name).sort()).toEqual(
      [m.users["ps.chef"].name, m.users["von.chef"].name].sort(),
    );
    expect(JSON.stringify(record)).not.toMatch(/@/);

    for (const beyond of [
      "signatures { user { email } }",
      "signatures { user { id } }",
      "signatures { user { roles { role } } }",
      "approvals { recordedBy { name } }",
      "events { summary }",
      "disputes { id }",
    ]) {
      const result = await gql(server, `query($k: String!) { publicAgreements(kommun: $k) { id ${beyond} } }`, { k: m.slug });
      expect(errorCode(result), beyond).toBe("UNAUTHENTICATED");
      expect(JSON.stringify(result.data ?? null)).not.toMatch(/@/);
    }
    expect(errorCode(await gql(server, "{ organs { id } }"))).toBe("UNAUTHENTICATED");
  });
});
