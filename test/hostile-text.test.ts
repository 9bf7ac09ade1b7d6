import { describe, expect, it } from "vitest";
import { agreementInput, CREATE_AGREEMENT } from "./support/agreements.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, gql } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";

const NUL = "Hem\u0000tjänst";
const LONE_SURROGATE = "Hem\ud800tjänst";

describe("text PostgreSQL cannot store", () => {
  it("is refused with BAD_USER_INPUT naming the field, in every kind of input, and nothing is written", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const count = async () =>
      (await server.dataSource.query("SELECT count(*)::int AS n FROM agreement WHERE municipality_id = $1", [m.municipality.id]))[0].n;
    const before = await count();
    for (const bad of [NUL, LONE_SURROGATE]) {
      const created = await vonChef(CREATE_AGREEMENT, { input: agreementInput(m, { title: bad }) });
      expect(errorCode(created)).toBe("BAD_USER_INPUT");
      expect(created.errors![0].extensions).toMatchObject({ field: "input.title" });
      const login = await gql(server, 'mutation($e: String!) { login(email: $e, password: "x") { token } }', { e: `von${bad}@x.se` });
      expect(errorCode(login)).toBe("BAD_USER_INPUT");
      const anonymous = await gql(server, "query($k: String!) { publicAgreements(kommun: $k) { id } }", { k: bad });
      expect(errorCode(anonymous)).toBe("BAD_USER_INPUT");
    }
    expect(await count()).toBe(before);
  });
});
