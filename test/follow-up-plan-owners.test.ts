import { describe, expect, it } from "vitest";
import { createAgreement } from "./support/agreements.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";

const OWNERS = "query($id: ID!) { agreement(id: $id) { actionPlanOwners { name email } } }";

describe("Agreement.actionPlanOwners: whom the action plan form offers", () => {
  it("lists the active users with a role in either party's organ, by name, and no one else", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const { id } = await createAgreement(vonChef, m);
    const owners = ok(await (await actor(server, m, "ps.handlaggare"))(OWNERS, { id })).agreement.actionPlanOwners as Array<{
      name: string;
      email: string;
    }>;
    const emails = owners.map((o) => o.email);
    expect(emails.sort()).toEqual(
      (["von.chef", "von.handlaggare", "von.sekreterare", "ps.chef", "ps.handlaggare", "ps.sekreterare"] as const)
        .map((who) => m.email(who))
        .sort(),
    );
    expect(owners.map((o) => o.name)).toEqual([...owners.map((o) => o.name)].sort((a, b) => a.localeCompare(b, "sv")));

    // A deactivated user is no longer offered (addActionPlan would refuse them).
    const admin = await actor(server, m, "admin");
    ok(await admin("mutation($id: ID!) { deactivateUser(userId: $id) { id } }", { id: m.users["ps.handlaggare"].id }));
    const after = ok(await vonChef(OWNERS, { id })).agreement.actionPlanOwners as Array<{ email: string }>;
    expect(after.map((o) => o.email)).not.toContain(m.email("ps.handlaggare"));

    // Another municipality's user finds no such agreement.
    const other = await seedMunicipality();
    expect(errorCode(await (await actor(server, other, "von.chef"))(OWNERS, { id }))).toBe("NOT_FOUND");
  });
});
