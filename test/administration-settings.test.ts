import { beforeAll, describe, expect, it } from "vitest";
import { CREATE_AGREEMENT, agreementInput, createAgreement } from "./support/agreements.js";
import {
  ADMIN_LOG,
  REMOVE_REQUIREMENT,
  SETTINGS,
  SET_DEFAULT_REQUIREMENT,
  SET_REQUIREMENT,
  SET_TEMPLATE,
  TEMPLATE,
  UPDATE_SETTINGS,
  settingsVersion,
  templateVersion,
} from "./support/administration.js";
import { addLines, fixedResource, readBalance, scope } from "./support/balance.js";
import { ROLES, world, type World } from "./support/command-matrix.js";
import { seedMunicipality } from "./support/factories.js";
import { CLASSIFICATION, CLASSIFY } from "./support/follow-up-annual.js";
import { errorCode, ok } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { startTestServer, type TestServer } from "./support/server.js";

describe("section template, settings and the per-year result requirement", () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await world(server, await seedMunicipality());
    return () => server.close();
  });

  it("reads: the template anyone in the municipality; settings and the log ADMIN and REVISOR only", async () => {
    for (const who of ROLES) {
      ok(await w.as[who](TEMPLATE));
      const reader = who === "admin" || who === "revisor";
      for (const query of [SETTINGS, ADMIN_LOG, "{ users { id } }"]) {
        const result = await w.as[who](query);
        expect(result.errors?.[0]?.extensions?.code ?? "OK", `${who}: ${query}`).toBe(reader ? "OK" : "FORBIDDEN");
      }
    }
  });

  it("sets the template for agreements created afterwards; existing agreements keep their sections", async () => {
    const admin = w.as.admin;
    const before = ok(await w.as["von.chef"](TEMPLATE)).sectionTemplate;
    expect(before.entries.map((e: { key: string }) => e.key)).toEqual([
      "parter",
      "uppdrag",
      "mal",
      "uppfoljning",
      "ersattning",
      "rapportering",
      "villkor",
      "andringar",
    ]);
    const old = await createAgreement(w.as["von.chef"], w.m);
    const entries = [
      { key: "uppdrag", title: "Uppdraget", required: true },
      { key: "parter", title: "Parter och giltighetstid", required: false },
      { title: "Lokaler och utrustning", required: true },
      { title: "Lokaler & utrustning!", required: false },
      { key: "andringar", title: "Ändringar och oenighet", required: true },
    ];
    const set = ok(await admin(SET_TEMPLATE, { entries, v: before.version })).setSectionTemplate;
    expect(set.version).toBe(before.version + 1);
    expect(set.entries).toEqual([
      { key: "uppdrag", title: "Uppdraget", required: true, position: 0 },
      { key: "parter", title: "Parter och giltighetstid", required: false, position: 1 },
      { key: "lokaler-och-utrustning", title: "Lokaler och utrustning", required: true, position: 2 },
      { key: "lokaler-utrustning", title: "Lokaler & utrustning!", required: false, position: 3 },
      { key: "andringar", title: "Ändringar och oenighet", required: true, position: 4 },
    ]);
    const created = ok(await w.as["von.chef"](CREATE_AGREEMENT, { input: agreementInput(w.m) })).createAgreement;
    expect(created.sections.map((s: { key: string; title: string }) => `${s.key}:${s.title}`)).toEqual(
      set.entries.map((e: { key: string; title: string }) => `${e.key}:${e.title}`),
    );
    const kept = ok(await w.as["von.chef"]("query($id: ID!) { agreement(id: $id) { sections { key } } }", { id: old.id }));
    expect(kept.agreement.sections).toHaveLength(8);

    // Stale: CONFLICT with the current version; nothing changes.
    const stale = await admin(SET_TEMPLATE, { entries: [{ title: "Ensamt", required: true }], v: before.version });
    expect(stale.errors![0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: set.version });
    // A key the template does not have, a title twice, an empty list: BAD_USER_INPUT naming the place.
    for (const [bad, field] of [
      [[{ key: "finns-inte", title: "X", required: true }], "entries.0.key"],
      [
        [
          { title: "Samma", required: true },
          { title: "samma", required: false },
        ],
        "entries.1.title",
      ],
      [
        [
          { key: "parter", title: "A", required: true },
          { key: "parter", title: "B", required: true },
        ],
        "entries.1.key",
      ],
      [[], "entries"],
    ] as const) {
      const refused = await admin(SET_TEMPLATE, { entries: bad, v: set.version });
      expect(refused.errors![0].extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await templateVersion(admin)).toBe(set.version);
  });

  it("updates the queue days and the password-login setting, guarded by the settings version", async () => {
    const admin = w.as.admin;
    const v = await settingsVersion(admin);
    const input = { queueWarnDays: 7, queueOverdueDays: 21, passwordLoginAllowed: false };
    const updated = ok(await admin(UPDATE_SETTINGS, { input, v })).updateMunicipalitySettings;
    expect(updated).toMatchObject({ ...input, version: v + 1 });
    expect(ok(await w.as.revisor(SETTINGS)).municipalitySettings).toEqual(updated);
    expect((await admin(UPDATE_SETTINGS, { input, v })).errors![0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: v + 1 });
    for (const [bad, field] of [
      [{ queueWarnDays: 21, queueOverdueDays: 21 }, "queueOverdueDays"],
      [{ queueWarnDays: 0 }, "queueWarnDays"],
      [{ queueOverdueDays: 10_000 }, "queueOverdueDays"],
    ] as const) {
      const refused = await admin(UPDATE_SETTINGS, { input: { ...input, ...bad }, v: v + 1 });
      expect(refused.errors![0].extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    // The queue's age badges follow the new thresholds.
    const queue = ok(await w.as.kommunledning("{ escalationQueueSettings { warnDays overdueDays } }"));
    expect(queue.escalationQueueSettings).toEqual({ warnDays: 7, overdueDays: 21 });
  });

  it("sets the value classes' thresholds: ADMIN only, checked before writing, logged, and the classification follows", async () => {
    const m = await seedMunicipality();
    const p = await world(server, m);
    const { id } = await createAgreement(p.as["von.chef"], m);
    await addLines(p.as["von.chef"], id, [fixedResource("Ersättning", "6000000.00")]);
    ok(await p.as["von.handlaggare"](CLASSIFY, { id, impact: "HIGH", v: 1 }));
    const classOf = async () => ok(await p.as["von.chef"](CLASSIFICATION, { id })).agreement;
    expect(await classOf()).toMatchObject({ valueClass: "MEDIUM", suggestedStrategic: true });

    const before = ok(await p.as.revisor(SETTINGS)).municipalitySettings;
    expect(before).toMatchObject({ strategicValueMediumFrom: "5000000.00", strategicValueHighFrom: "25000000.00" });
    const base = { queueWarnDays: before.queueWarnDays, queueOverdueDays: before.queueOverdueDays, passwordLoginAllowed: true };
    const v = before.version;
    const latestLog = async () => ok(await p.as.admin(ADMIN_LOG, { limit: 1 })).adminLog[0];
    const logBefore = await latestLog();

    for (const who of ROLES.filter((r) => r !== "admin")) {
      const input = { ...base, strategicValueMediumFrom: "1000000", strategicValueHighFrom: "2000000" };
      expect(errorCode(await p.as[who](UPDATE_SETTINGS, { input, v })), who).toBe("FORBIDDEN");
    }
    for (const [bad, field] of [
      [{ strategicValueMediumFrom: "-1", strategicValueHighFrom: "2000000" }, "strategicValueMediumFrom"],
      [{ strategicValueHighFrom: "-0.01" }, "strategicValueHighFrom"],
      [{ strategicValueMediumFrom: "9000000", strategicValueHighFrom: "9000000" }, "strategicValueHighFrom"],
      [{ strategicValueMediumFrom: "9000000", strategicValueHighFrom: "8000000" }, "strategicValueHighFrom"],
      [{ strategicValueMediumFrom: "25000000" }, "strategicValueMediumFrom"], // not below the high threshold as it is
    ] as const) {
      const refused = await p.as.admin(UPDATE_SETTINGS, { input: { ...base, ...bad }, v });
      expect(refused.errors![0].extensions, JSON.stringify(bad)).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(refused.errors![0].message).toMatch(/belopp|gräns/i);
    }
    // Malformed amounts stop at the Money scalar, which names the field in its message.
    for (const malformed of ["5 000 000", "5000000,5", "1.005", "abc", "1000000000000.01"]) {
      const refused = await p.as.admin(UPDATE_SETTINGS, { input: { ...base, strategicValueHighFrom: malformed }, v });
      expect(errorCode(refused), malformed).toBe("BAD_USER_INPUT");
      expect(refused.errors![0].message, malformed).toContain("strategicValueHighFrom");
    }
    expect(ok(await p.as.revisor(SETTINGS)).municipalitySettings).toEqual(before);
    expect((await latestLog()).id).toBe(logBefore.id);
    // The table holds the same rule (migration 1764000035000): equal thresholds would leave MEDIUM empty.
    await expect(
      asOwner(m.municipality.id, "UPDATE municipality SET strategic_value_high_from = strategic_value_medium_from WHERE id = $1", [
        m.municipality.id,
      ]),
    ).rejects.toThrow(/municipality_strategic_value_classes/);

    const input = { ...base, strategicValueMediumFrom: "7000000", strategicValueHighFrom: "50000000.5" };
    const updated = ok(await p.as.admin(UPDATE_SETTINGS, { input, v })).updateMunicipalitySettings;
    expect(updated).toMatchObject({ version: v + 1, strategicValueMediumFrom: "7000000.00", strategicValueHighFrom: "50000000.50" });
    expect(ok(await p.as.revisor(SETTINGS)).municipalitySettings).toEqual(updated);
    const logged = await latestLog();
    expect(logged).toMatchObject({ action: "updateMunicipalitySettings", targetType: "SETTINGS", actor: { id: m.users.admin.id } });
    expect(logged.summary.replace(/\s/g, " ")).toBe(
      "Inställningarna ändrades; värdeklass medel från 7 000 000,00 kr, hög från 50 000 000,50 kr",
    );
    expect(JSON.parse(logged.before)).toMatchObject({ strategicValueMediumFrom: "5000000.00", strategicValueHighFrom: "25000000.00" });
    expect(JSON.parse(logged.after)).toMatchObject({ strategicValueMediumFrom: "7000000.00", strategicValueHighFrom: "50000000.50" });
    // The next read classes the same 6 MSEK below MEDIUM: nothing suggests it any longer.
    expect(await classOf()).toMatchObject({ valueClass: "LOW", suggestedStrategic: false });

    // One threshold alone is judged against the other as it stands; leaving both out keeps them.
    expect(
      (await p.as.admin(UPDATE_SETTINGS, { input: { ...base, strategicValueHighFrom: "6000000" }, v: v + 1 })).errors![0].extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "strategicValueHighFrom" });
    const lowered = ok(await p.as.admin(UPDATE_SETTINGS, { input: { ...base, strategicValueMediumFrom: "0" }, v: v + 1 }));
    expect(lowered.updateMunicipalitySettings).toMatchObject({ strategicValueMediumFrom: "0.00", strategicValueHighFrom: "50000000.50" });
    const high = { ...base, strategicValueMediumFrom: "1000000", strategicValueHighFrom: "6000000.00" };
    ok(await p.as.admin(UPDATE_SETTINGS, { input: high, v: v + 2 }));
    const kept = ok(await p.as.admin(UPDATE_SETTINGS, { input: base, v: v + 3 })).updateMunicipalitySettings;
    expect(kept).toMatchObject({ version: v + 4, strategicValueMediumFrom: "1000000.00", strategicValueHighFrom: "6000000.00" });
    expect((await latestLog()).summary).toBe("Inställningarna ändrades");
    expect(await classOf()).toMatchObject({ valueClass: "HIGH", suggestedStrategic: true });
  });

  it("judges an agreement by the requirement of its period's year, else the latest earlier year's, else the default", async () => {
    const m = await seedMunicipality({ minMarginPercent: "1" });
    const p = await world(server, m);
    let v = await settingsVersion(p.as.admin);
    // Österåker: 1 % in 2026, rising a point a year to 5 % in 2030.
    for (const [year, percent] of [
      [2026, "1"],
      [2027, "2"],
      [2028, "3"],
      [2029, "4"],
      [2030, "5"],
    ] as const) {
      const set = ok(await p.as.admin(SET_REQUIREMENT, { year, input: { kind: "MIN_MARGIN", minMarginPercent: percent }, v }));
      v = set.setResultRequirement.version;
    }
    const settings = ok(await p.as.revisor(SETTINGS)).municipalitySettings;
    expect(settings.requirements).toEqual(
      [2026, 2027, 2028, 2029, 2030].map((year, i) => ({ year, kind: "MIN_MARGIN", minMarginPercent: i + 1 })),
    );

    // The same balance, a 1.5 % margin, in agreements of different years.
    const margin15 = [scope("Hemtjänst", 1, "98500.00"), fixedResource("Ersättning", "100000.00")];
    const judged = async (year: number) => {
      const { id } = await createAgreement(p.as["von.chef"], m, { periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` });
      const balance = await addLines(p.as["von.chef"], id, margin15);
      expect(balance.totals.marginPercent).toBe(1.5);
      const requirement = ok(
        await p.as["von.chef"]("query($id: ID!) { agreement(id: $id) { balance { requirement { kind minMarginPercent } } } }", { id }),
      ).agreement.balance.requirement;
      return { met: balance.totals.requirementMet, percent: requirement.minMarginPercent, id };
    };
    expect(await judged(2026)).toMatchObject({ met: true, percent: 1 });
    const of2027 = await judged(2027);
    expect(of2027).toMatchObject({ met: false, percent: 2 });
    expect(await judged(2031)).toMatchObject({ met: false, percent: 5 });
    expect(await judged(2025)).toMatchObject({ met: true, percent: 1 }); // the default

    // Without 2027's own row, 2027 takes 2026's 1 %; the agreement is judged anew.
    v = ok(await p.as.admin(REMOVE_REQUIREMENT, { year: 2027, v })).removeResultRequirement.version;
    expect((await readBalance(p.as["von.chef"], of2027.id)).totals.requirementMet).toBe(true);
    expect(errorCode(await p.as.admin(REMOVE_REQUIREMENT, { year: 2027, v }))).toBe("NOT_FOUND");

    // Cost price for 2027 (Linköping's model): margin ≥ 0 holds.
    v = ok(await p.as.admin(SET_REQUIREMENT, { year: 2027, input: { kind: "COST_PRICE" }, v })).setResultRequirement.version;
    expect((await readBalance(p.as["von.chef"], of2027.id)).totals.requirementMet).toBe(true);
    // The default, for 2025 and earlier.
    const defaulted = ok(await p.as.admin(SET_DEFAULT_REQUIREMENT, { input: { kind: "MIN_MARGIN", minMarginPercent: "1,75" }, v }));
    expect(defaulted.setDefaultResultRequirement.defaultRequirement).toEqual({ kind: "MIN_MARGIN", minMarginPercent: 1.75 });
    v = defaulted.setDefaultResultRequirement.version;

    for (const [variables, field] of [
      [{ year: 2027, input: { kind: "MIN_MARGIN", minMarginPercent: "1.234" } }, "minMarginPercent"],
      [{ year: 2027, input: { kind: "MIN_MARGIN", minMarginPercent: "101" } }, "minMarginPercent"],
      [{ year: 2027, input: { kind: "MIN_MARGIN" } }, "minMarginPercent"],
      [{ year: 1999, input: { kind: "COST_PRICE" } }, "year"],
    ] as const) {
      const refused = await p.as.admin(SET_REQUIREMENT, { ...variables, v });
      expect(refused.errors![0].extensions, JSON.stringify(variables)).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });

  it("records every administrative change in the log, newest first, with actor, before and after", async () => {
    const m = await seedMunicipality();
    const p = await world(server, m);
    const created = ok(
      await p.as.admin('mutation { createOrgan(input: { name: "Miljönämnden", shortName: "MN", kind: BESTALLARNAMND }) { id } }'),
    ).createOrgan;
    ok(
      await p.as.admin(
        `mutation { updateOrgan(id: "${created.id}", input: { name: "Miljö- och hälsoskyddsnämnden", shortName: "MHN", kind: BESTALLARNAMND }) { id } }`,
      ),
    );
    // A refused change is not recorded.
    expect(errorCode(await p.as.admin(`mutation { deactivateUser(userId: "${m.users.admin.id}") { id } }`))).toBe("INVALID_STATE");
    const log = ok(await p.as.revisor(ADMIN_LOG)).adminLog;
    expect(log.map((e: { action: string }) => e.action)).toEqual(["updateOrgan", "createOrgan", "createMunicipality"]);
    const [updated, , provisioned] = log;
    expect(updated).toMatchObject({
      actor: { id: m.users.admin.id },
      targetType: "ORGAN",
      targetId: created.id,
      summary: "Organet Miljö- och hälsoskyddsnämnden (MHN) ändrades",
    });
    expect(JSON.parse(updated.before)).toEqual({ name: "Miljönämnden", shortName: "MN", kind: "BESTALLARNAMND", active: true });
    expect(JSON.parse(updated.after)).toMatchObject({ name: "Miljö- och hälsoskyddsnämnden", shortName: "MHN" });
    expect(provisioned).toMatchObject({ actor: null, targetType: "MUNICIPALITY", targetId: m.municipality.id });
    expect(ok(await p.as.admin(ADMIN_LOG, { limit: 1, offset: 1 })).adminLog.map((e: { action: string }) => e.action)).toEqual([
      "createOrgan",
    ]);
    expect(errorCode(await p.as.admin(ADMIN_LOG, { limit: 501 }))).toBe("BAD_USER_INPUT");
  });

  it("gives the ADMIN no agreement content unless another role does", async () => {
    const { id } = await createAgreement(w.as["von.chef"], w.m);
    expect(errorCode(await w.as.admin("query($id: ID!) { agreement(id: $id) { title } }", { id }))).toBe("FORBIDDEN");
    expect(ok(await w.as.admin("{ agreements { id } }")).agreements).toEqual([]);
  });
});
