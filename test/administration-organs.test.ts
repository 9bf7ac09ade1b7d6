import { beforeAll, describe, expect, it } from "vitest";
import { CREATE_AGREEMENT, agreementInput, createAgreement } from "./support/agreements.js";
import {
  CREATE_ORGAN,
  DEACTIVATE_ORGAN,
  ORGANS,
  REACTIVATE_ORGAN,
  UPDATE_ORGAN,
  createUser,
  freshShortName,
  loggedInAs,
} from "./support/administration.js";
import { seedMunicipality, type TestMunicipality } from "./support/factories.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { startTestServer, type TestServer } from "./support/server.js";

type Caller = Awaited<ReturnType<typeof actor>>;

describe("organs: the administrator's committees and boards", () => {
  let server: TestServer;
  let m: TestMunicipality;
  let admin: Caller;
  let vonChef: Caller;
  beforeAll(async () => {
    server = await startTestServer();
    m = await seedMunicipality();
    [admin, vonChef] = await Promise.all([actor(server, m, "admin"), actor(server, m, "von.chef")]);
    return () => server.close();
  });

  it("creates an organ, its short name kept in capitals; it is offered for new agreements and names their diarienummer", async () => {
    const shortName = freshShortName();
    const organ = ok(
      await admin(CREATE_ORGAN, { input: { name: " Socialnämnden ", shortName: shortName.toLowerCase(), kind: "BESTALLARNAMND" } }),
    ).createOrgan;
    expect(organ).toMatchObject({ name: "Socialnämnden", shortName, kind: "BESTALLARNAMND", active: true, inUse: false });
    expect(ok(await vonChef(ORGANS)).organs.map((o: { id: string }) => o.id)).toContain(organ.id);

    // A chief of the new nämnd creates an agreement with it: the diarienummer starts with its short name.
    const chief = await createUser(admin, m, { roles: [{ role: "FORVALTNINGSCHEF", organId: organ.id }] });
    expect(chief.user.roles).toEqual([{ role: "FORVALTNINGSCHEF", organ: { id: organ.id, shortName } }]);
    const chiefCaller = await loggedInAs(server, m, chief.user);
    const agreement = ok(await chiefCaller(CREATE_AGREEMENT, { input: agreementInput(m, { purchaserOrganId: organ.id }) })).createAgreement;
    expect(agreement.diarienummer).toMatch(new RegExp(`^${shortName} \\d{4}/0001$`));
    expect(ok(await admin(ORGANS)).organs.find((o: { id: string }) => o.id === organ.id).inUse).toBe(true);
  });

  it("refuses a short name already used in the municipality, in any case, naming the field; another municipality's is free", async () => {
    const other = await seedMunicipality();
    for (const shortName of ["VON", "von", " Ps "]) {
      const refused = await admin(CREATE_ORGAN, { input: { name: "Dubblett", shortName, kind: "BESTALLARNAMND" } });
      expect(errorCode(refused), shortName).toBe("BAD_USER_INPUT");
      expect(refused.errors![0].extensions).toMatchObject({ field: "shortName" });
    }
    const shortName = freshShortName();
    ok(await admin(CREATE_ORGAN, { input: { name: "Egen", shortName, kind: "BESTALLARNAMND" } }));
    const elsewhere = await actor(server, other, "admin");
    expect(ok(await elsewhere(CREATE_ORGAN, { input: { name: "Egen", shortName, kind: "BESTALLARNAMND" } })).createOrgan.shortName).toBe(
      shortName,
    );
  });

  it("refuses a short name that is not 1–10 capitals and digits starting with a letter, and an empty name", async () => {
    for (const shortName of ["", "1VON", "VON-2", "ABCDEFGHIJK", "V O N", "VÅN\u0000"]) {
      const refused = await admin(CREATE_ORGAN, { input: { name: "Nämnden", shortName, kind: "BESTALLARNAMND" } });
      expect(errorCode(refused), JSON.stringify(shortName)).toBe("BAD_USER_INPUT");
    }
    const nameless = await admin(CREATE_ORGAN, { input: { name: "  ", shortName: freshShortName(), kind: "BESTALLARNAMND" } });
    expect(nameless.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
    expect(
      ok(await admin(CREATE_ORGAN, { input: { name: "Äldrenämnden", shortName: "ÄN1", kind: "BESTALLARNAMND" } })).createOrgan.shortName,
    ).toBe("ÄN1");
  });

  it("renames freely, but locks short name and kind once an agreement names the organ (INVALID_STATE)", async () => {
    const shortName = freshShortName();
    const organ = ok(await admin(CREATE_ORGAN, { input: { name: "Tekniska nämnden", shortName, kind: "BESTALLARNAMND" } })).createOrgan;
    const renamed = ok(
      await admin(UPDATE_ORGAN, { id: organ.id, input: { name: "Tekniknämnden", shortName: `${shortName}X`, kind: "BESTALLARNAMND" } }),
    );
    expect(renamed.updateOrgan).toMatchObject({ name: "Tekniknämnden", shortName: `${shortName}X`, inUse: false });

    // VON is named by an agreement from now on.
    await createAgreement(vonChef, m);
    const von = m.organs.VON;
    const organs = ok(await admin(ORGANS)).organs as Array<{ id: string; inUse: boolean }>;
    expect(organs.find((o) => o.id === von.id)!.inUse).toBe(true);
    const shortChanged = await admin(UPDATE_ORGAN, { id: von.id, input: { name: von.name, shortName: "VOX", kind: "BESTALLARNAMND" } });
    expect(errorCode(shortChanged)).toBe("INVALID_STATE");
    expect(shortChanged.errors![0].message).toMatch(/diarienummer/);
    const kindChanged = await admin(UPDATE_ORGAN, { id: von.id, input: { name: von.name, shortName: "VON", kind: "KOMMUNSTYRELSE" } });
    expect(errorCode(kindChanged)).toBe("INVALID_STATE");
    const nameChanged = ok(
      await admin(UPDATE_ORGAN, { id: von.id, input: { name: "Vård- och omsorgsnämnd", shortName: "von", kind: "BESTALLARNAMND" } }),
    );
    expect(nameChanged.updateOrgan).toMatchObject({ name: "Vård- och omsorgsnämnd", shortName: "VON", inUse: true });
    // Renaming to another organ's short name is refused as a duplicate.
    const duplicate = await admin(UPDATE_ORGAN, {
      id: organ.id,
      input: { name: "Tekniknämnden", shortName: "KUN", kind: "BESTALLARNAMND" },
    });
    expect(duplicate.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "shortName" });
  });

  it("deactivates an organ: kept with what names it, left out of `organs` by default, refused for new agreements", async () => {
    const fresh = await seedMunicipality();
    const [freshAdmin, freshChief] = await Promise.all([actor(server, fresh, "admin"), actor(server, fresh, "von.chef")]);
    const existing = await createAgreement(freshChief, fresh);
    const deactivated = ok(await freshAdmin(DEACTIVATE_ORGAN, { id: fresh.organs.VON.id })).deactivateOrgan;
    expect(deactivated).toMatchObject({ active: false, shortName: "VON" });
    // Once more changes nothing.
    expect(ok(await freshAdmin(DEACTIVATE_ORGAN, { id: fresh.organs.VON.id })).deactivateOrgan.active).toBe(false);

    const active = ok(await freshChief(ORGANS)).organs.map((o: { shortName: string }) => o.shortName);
    expect(active).not.toContain("VON");
    const all = ok(await freshChief(ORGANS, { all: true })).organs.map((o: { shortName: string }) => o.shortName);
    expect(all).toContain("VON");

    const refused = await freshChief(CREATE_AGREEMENT, { input: agreementInput(fresh) });
    expect(refused.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "purchaserOrganId" });
    // The agreement that names it is still there, with its organ.
    const kept = ok(await freshChief("query($id: ID!) { agreement(id: $id) { purchaser { shortName active } } }", { id: existing.id }));
    expect(kept.agreement.purchaser).toEqual({ shortName: "VON", active: false });

    ok(await freshAdmin(REACTIVATE_ORGAN, { id: fresh.organs.VON.id }));
    ok(await freshChief(CREATE_AGREEMENT, { input: agreementInput(fresh) }));
  });

  it("answers another municipality's organ as one that does not exist", async () => {
    const other = await seedMunicipality();
    for (const [query, variables] of [
      [UPDATE_ORGAN, { id: other.organs.VON.id, input: { name: "X", shortName: "X", kind: "BESTALLARNAMND" } }],
      [DEACTIVATE_ORGAN, { id: other.organs.VON.id }],
      [REACTIVATE_ORGAN, { id: other.organs.VON.id }],
    ] as const) {
      const result = await admin(query, variables);
      expect(errorCode(result)).toBe("NOT_FOUND");
      expect(result.errors![0].message).toBe("Organet finns inte");
    }
  });
});
