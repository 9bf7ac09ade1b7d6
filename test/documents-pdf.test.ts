import { describe, expect, it } from "vitest";
import { Party } from "../server/agreements/agreement.model.js";
import { renderVersionPdf, type PdfInput } from "../server/approval/pdf.js";
import { RECORD, SIGN, SUBMIT, decision, fillRequiredSections, textUpdate, today } from "./support/approval.js";
import { createAgreement } from "./support/agreements.js";
import { AGREE, addLines, fixedResource, scope } from "./support/balance.js";
import { DECIDE, ESCALATE, REFER, raiseDispute } from "./support/disputes.js";
import { dispositionFileName, oneSpace, pdfOf, readPdf, type ReadPdf } from "./support/documents.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";
import { agreeRequiredSections } from "./support/section-marks.js";

/** An amount as a document writes it: groups of three, decimal comma, two decimals, "kr". */
const AMOUNT = /-?\d{1,3}(?: \d{3})*,\d{2} kr/;

/** Every figure with a decimal comma on a line is a whole amount or percentage: nothing broke inside one. */
function expectNoBrokenFigures(pdf: ReadPdf): void {
  for (const line of pdf.pages.flat())
    for (const match of line.matchAll(/\d[\d ]*,\d+(?: ?(?:kr|%))?/g)) expect(match[0], line).toMatch(/^[\d ]+,\d{2} (kr|%)$/);
}

/** A long text, so that the document runs over several pages. */
const longText = (words: number) =>
  Array.from({ length: words }, (_, i) => (i % 14 === 13 ? "brukare.\n" : "hemtjänst")).join(" ") + " Slut på texten.";

function input(overrides: Partial<PdfInput> = {}): PdfInput {
  return {
    municipalityName: "Österåkers kommun",
    version: { number: 2, contentHash: "c".repeat(64), createdAt: new Date("2026-03-03T13:05:00Z") },
    content: {
      agreement: {
        id: "x",
        diarienummer: "VON 2026/0042",
        kind: "DIREKTBESTALLNING",
        title: "Hemtjänst 2027",
        purchaser: { id: "1", name: "Vård- och omsorgsnämnden", shortName: "VON" },
        provider: { id: "2", name: "Produktionsstyrelsen", shortName: "PS" },
        periodStart: "2027-01-01",
        periodEnd: "2027-12-31",
      },
      sections: [
        { key: "omfattning", title: "Uppdragets omfattning", required: true, text: longText(1500), content: null },
        { key: "villkor", title: "Särskilda villkor", required: false, text: "", content: null },
      ],
      balance: {
        status: "AGREED",
        lines: [
          ...Array.from({ length: 70 }, (_, i) => ({
            kind: "SCOPE",
            description: `Insats ${i + 1}: hemtjänst i ordinärt boende med dubbelbemanning, kvällar och helger`,
            volume: "2000.000",
            unit: "timmar",
            unitAmount: "10000.00",
            amount: "20000000.00",
          })),
          { kind: "RESOURCE", description: "Ersättning", volume: null, unit: null, unitAmount: null, amount: "1417500000.00" },
        ],
        totals: {
          cost: "1400000000.00",
          compensation: "1417500000.00",
          difference: "17500000.00",
          marginPercent: "1.23",
          requirementMet: true,
        },
      },
    },
    approvals: [
      {
        organName: "Vård- och omsorgsnämnden",
        decision: "APPROVED",
        meetingDate: "2026-12-03",
        paragraph: "§ 145",
        remarks: "Nämnden betonar kontinuiteten.",
        recordedAt: new Date("2026-12-04T08:00:00Z"),
      },
      { organName: "Produktionsstyrelsen", decision: null, meetingDate: null, paragraph: null, remarks: null, recordedAt: null },
    ],
    disputeDecisions: [
      {
        subject: "TOLKNING",
        concerns: "Uppdragets omfattning",
        text: "Uppsägningstiden ska vara fyra månader.",
        reference: null,
        level: "POLITISK",
        body: "KOMMUNSTYRELSE",
        meetingDate: "2026-11-20",
        paragraph: "§ 201",
        decidedByName: "Kim Ledning",
        decidedAt: new Date("2026-11-21T10:00:00Z"),
        setsBalance: false,
      },
    ],
    signatures: [
      { party: Party.PURCHASER, userName: "Vera Lind", signedAt: new Date("2026-07-05T14:30:00Z"), contentHash: "c".repeat(64) },
    ],
    recordHash: null,
    ...overrides,
  };
}

describe("the version PDF's layout", () => {
  it("keeps amounts whole, writes Swedish figures and times, and numbers and heads every page", async () => {
    const pdf = await readPdf(await renderVersionPdf(input()));
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    pdf.pages.forEach((lines, i) => {
      expect(lines[0], `page ${i + 1}`).toBe("Österåkers kommun VON 2026/0042 · Version 2");
      expect(lines.at(-1), `page ${i + 1}`).toBe(`Sida ${i + 1} av ${pdf.pages.length}`);
    });
    const lines = pdf.pages.flat();
    // The 70 lines run over a page break: the table's header comes again, every amount on one line.
    expect(lines.filter((l) => l === "Typ Beskrivning Volym À-pris Belopp").length).toBeGreaterThanOrEqual(2);
    expect(lines.filter((l) => l.endsWith("2 000 timmar 10 000,00 kr 20 000 000,00 kr"))).toHaveLength(70);
    expect(lines).toContain("Ersättning Ersättning 1 417 500 000,00 kr");
    expect(lines).toContain("Marginal 1,23 %");
    expect(pdf.text).not.toMatch(/\d\.\d{2}/);
    expectNoBrokenFigures(pdf);
    // Swedish time: CET in March, CEST in July.
    expect(lines).toContain("Version 2, fryst 3 mars 2026 14:05");
    expect(lines).toContain("Beställare Vera Lind 5 juli 2026 16:30");
    expect(lines.some((l) => l.startsWith("Vård- och Godkänd 2026-12-03 § 145 4 dec. 2026 09:00"))).toBe(true);
    expect(pdf.text).toContain("Slut på texten.");
  });

  it("has a section of decisions: the committees', and each decided dispute with body, date and §", async () => {
    const { text } = await readPdf(await renderVersionPdf(input()));
    const decisions = text.slice(text.indexOf("Beslut Nämndernas beslut"));
    expect(decisions).toContain("Nämnd eller styrelse Beslut Sammanträde Paragraf Registrerat Anmärkning");
    expect(decisions).toContain("Nämnden betonar");
    expect(decisions).toContain("kontinuiteten.");
    expect(decisions).toContain("Produktionsstyrelsen Beslut väntar");
    expect(decisions).toContain(
      "Beslut i tvister Tvist om avsnittet Uppdragets omfattning (Tolkning) Ämne Tolkning Nivå Politisk nivå, Kommunstyrelsen " +
        "Sammanträde 2026-11-20, § 201 Beslutat av Kommunstyrelsen Registrerat 21 nov. 2026 11:00 Uppsägningstiden ska vara fyra månader.",
    );
    const none = await readPdf(await renderVersionPdf(input({ disputeDecisions: [], approvals: [] })));
    expect(none.text).toContain("Nämndernas beslut Inga nämndbeslut. Beslut i tvister Inga tvister om överenskommelsen har avgjorts.");
  });

  it("prints each party's mark on the balance with the reason given for a missed requirement, and a corrected decision as corrected", async () => {
    const base = input({ disputeDecisions: [] });
    const content = {
      ...base.content,
      balance: {
        ...base.content.balance,
        lines: base.content.balance.lines.slice(-2),
        totals: { ...base.content.balance.totals, requirementMet: false },
        marks: [
          {
            party: Party.PURCHASER,
            userName: "Vera Lind",
            version: 4,
            at: "2026-11-30T08:15:00Z",
            reason: "Volymerna sjunker under året.",
          },
          { party: Party.PROVIDER, userName: "Petra Sjöberg", version: 4, at: "2026-11-30T09:00:00Z", reason: null },
        ],
      },
    };
    const approvals = [{ ...base.approvals[0]!, correctedAt: new Date("2026-12-04T10:00:00Z") }];
    const { text } = await readPdf(await renderVersionPdf({ ...base, content, approvals }));
    expect(text).toContain("Resultatkravet Uppfylls inte");
    expect(text).toContain("Markeringar att balansen håller Part Namn Markerat Motivering (resultatkravet uppfylls inte)");
    expect(text).toContain("Beställare Vera Lind 30 nov. 2026 09:15 Volymerna sjunker under året.");
    expect(text).toContain("Utförare Petra Sjöberg 30 nov. 2026 10:00");
    expect(text).toContain("rättat 4 dec. 2026 11:00");
  });

  it("is tagged: a structure tree on every page, language sv-SE and a title", async () => {
    const pdf = await readPdf(await renderVersionPdf(input({ disputeDecisions: [] })));
    expect(pdf.marked).toBe(true);
    expect(pdf.structureRoots).toEqual(pdf.pages.map(() => "Document"));
    expect(pdf.language).toBe("sv-SE");
    expect(pdf.title).toBe("VON 2026/0042 Hemtjänst 2027");
  });

  it("writes text outside the standard fonts' range as the nearest it can, never as other letters", async () => {
    const content = input().content;
    content.sections = [{ key: "k", title: "Mål ≥ 95 %", required: true, text: "Kontinuitet − minst 80 % 🙂", content: null }];
    const { text } = await readPdf(await renderVersionPdf(input({ content })));
    expect(text).toContain("Mål >= 95 % Kontinuitet - minst 80 % ?");
  });
});

describe("the version PDF of an agreement", () => {
  it("shows what the record holds: the municipality, Swedish times, committees' and disputes' decisions; one file name scheme", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const psChef = await actor(server, m, "ps.chef");
    const leader = await actor(server, m, "kommunledning");
    const { id, diarienummer } = await createAgreement(vonChef, m);
    await fillRequiredSections(vonChef, id);
    const extra = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id required } } }", { id })).agreement.sections.find(
      (s: { required: boolean }) => !s.required,
    );
    ok(
      await vonChef("mutation($s: ID!, $u: String!) { pushSectionUpdate(sectionId: $s, update: $u) { seq } }", {
        s: extra.id,
        u: textUpdate(longText(1200)),
      }),
    );
    await addLines(vonChef, id, [scope("Hemtjänst", 2000, "10000.00", "timmar"), fixedResource("Ersättning", "20250000.00")]);

    const official = await raiseDispute(vonChef, id);
    ok(await vonChef(ESCALATE, { id: official.id }));
    ok(await leader(DECIDE, { id: official.id, input: { decision: "Ersättningen står fast.", reference: "KL 2026/17" } }));
    const political = await raiseDispute(psChef, id, { subject: "TOLKNING" });
    ok(await psChef(ESCALATE, { id: political.id }));
    ok(await leader(REFER, { id: political.id, body: "KOMMUNSTYRELSE" }));
    ok(await leader(DECIDE, { id: political.id, input: { decision: "Volymen gäller som tak.", reference: `KS ${today()} § 12` } }));

    const { version } = ok(await vonChef("query($id: ID!) { agreement(id: $id) { balance { version } } }", { id })).agreement.balance;
    ok(await vonChef(AGREE, { id, v: version }));
    ok(await psChef(AGREE, { id, v: version }));
    await agreeRequiredSections(vonChef, psChef, id);
    const hash = ok(await vonChef(SUBMIT, { id })).submitForApproval.currentVersion.contentHash;
    const url = `${server.url}/api/agreements/${id}/versions/1.pdf`;
    const safe = diarienummer.replace(/[ /]/g, "-");

    const before = await fetch(url, { headers: { authorization: `Bearer ${vonChef.token}` } });
    expect(dispositionFileName(before.headers.get("content-disposition"))).toBe(`${safe}-v1.pdf`);
    await pdfOf(before);

    ok(
      await (
        await actor(server, m, "von.sekreterare")
      )(RECORD, { id, input: decision(m.organs.VON.id, { remarks: "Med tillägg om kontinuitet." }) }),
    );
    ok(await (await actor(server, m, "ps.sekreterare"))(RECORD, { id, input: decision(m.organs.PS.id) }));
    ok(await vonChef(SIGN, { id, hash }));
    ok(await psChef(SIGN, { id, hash }));

    const signed = await fetch(url); // a public record now
    expect(dispositionFileName(signed.headers.get("content-disposition"))).toBe(`${safe}-v1-signerad.pdf`);
    const pdf = await readPdf(await pdfOf(signed));
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    pdf.pages.forEach((lines, i) => {
      expect(lines[0]).toBe(`${m.municipality.name} ${diarienummer} · Version 1`);
      expect(lines.at(-1)).toBe(`Sida ${i + 1} av ${pdf.pages.length}`);
    });
    expect(pdf.pages.flat()).toContain("Uppdrag Hemtjänst 2 000 timmar 10 000,00 kr 20 000 000,00 kr");
    expect(pdf.text).toMatch(AMOUNT);
    expect(pdf.text).toContain("Marginal 1,23 %");
    expectNoBrokenFigures(pdf);

    const record = ok(
      await vonChef("query($id: ID!) { agreement(id: $id) { recordHash currentVersion { createdAt } signatures { party signedAt } } }", {
        id,
      }),
    ).agreement;
    const stockholm = new Intl.DateTimeFormat("sv-SE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Stockholm" });
    const utc = new Intl.DateTimeFormat("sv-SE", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
    for (const s of record.signatures as Array<{ party: string; signedAt: string }>) {
      const party = s.party === "PURCHASER" ? "Beställare" : "Utförare";
      const name = s.party === "PURCHASER" ? m.users["von.chef"].name : m.users["ps.chef"].name;
      expect(pdf.text).toContain(`${party} ${name} ${stockholm.format(new Date(s.signedAt))}`);
      expect(pdf.text).not.toContain(utc.format(new Date(s.signedAt)));
    }
    expect(pdf.text).toContain(`Version 1, fryst ${stockholm.format(new Date(record.currentVersion.createdAt))}`);
    expect(pdf.text).toContain(`Händelseloggens kontrollsumma vid undertecknandet: ${record.recordHash}`);

    expect(pdf.text).toContain(`Vård- och omsorgsnämnden Godkänd ${today()} § 145`);
    expect(pdf.text).toContain("Med tillägg om kontinuitet.");
    expect(pdf.text).toContain(
      `Tvist om balansen (Ekonomi) Ämne Ekonomi Nivå Tjänstemannanivå Referens KL 2026/17 Beslutat av ${m.users.kommunledning.name}, kommunledningen`,
    );
    expect(pdf.text).toContain("Ersättningen står fast.");
    expect(pdf.text).toContain(
      `Tvist om balansen (Tolkning) Ämne Tolkning Nivå Politisk nivå, Kommunstyrelsen Sammanträde ${today()}, § 12 ` +
        `Referens KS ${today()} § 12 Beslutat av Kommunstyrelsen Registrerat`,
    );
    expect(pdf.text).toContain("Volymen gäller som tak.");
    expect(oneSpace(pdf.text)).not.toContain("DIREKTBESTALLNING");
    expect(pdf.marked).toBe(true);
  });
});
