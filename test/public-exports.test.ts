import { describe, expect, it } from "vitest";
import { RECORD, SIGN, SUBMIT, agreeOnBalance, decision, fillRequiredSections } from "./support/approval.js";
import { createAgreement } from "./support/agreements.js";
import { dispositionFileName, parseCsv } from "./support/documents.js";
import { seedMunicipality, type TestMunicipality } from "./support/factories.js";
import { actor, ok } from "./support/graphql.js";
import { useTestServer, type TestServer } from "./support/server.js";
import { agreeRequiredSections } from "./support/section-marks.js";

const HEADERS = [
  "Diarienummer",
  "Titel",
  "Typ",
  "Beställare",
  "Utförare",
  "Period från",
  "Period till",
  "Ersättning (kr)",
  "Kostnad (kr)",
  "Differens (kr)",
  "Marginal (%)",
  "Resultatkravet uppfyllt",
  "Ändrar överenskommelse",
  "Version",
  "Undertecknad",
  "Kontrollsumma (SHA-256)",
];
const FORMULA_START = /^[=+\-@\t\r]/;
const HOSTILE_TITLE = '=HYPERLINK("http://x";"klicka")';
const AWKWARD_TITLE = 'Hemtjänst; natt, "A-lag"\r\nrad två';

/** A signed agreement with `title` (both committees approve, both chiefs sign). */
async function signed(server: TestServer, m: TestMunicipality, title: string) {
  const vonChef = await actor(server, m, "von.chef");
  const psChef = await actor(server, m, "ps.chef");
  const { id, diarienummer } = await createAgreement(vonChef, m, { title });
  await fillRequiredSections(vonChef, id);
  await agreeOnBalance(vonChef, psChef, id);
  await agreeRequiredSections(vonChef, psChef, id);
  const hash = ok(await vonChef(SUBMIT, { id })).submitForApproval.currentVersion.contentHash as string;
  ok(await (await actor(server, m, "von.sekreterare"))(RECORD, { id, input: decision(m.organs.VON.id) }));
  ok(await (await actor(server, m, "ps.sekreterare"))(RECORD, { id, input: decision(m.organs.PS.id) }));
  ok(await vonChef(SIGN, { id, hash }));
  ok(await psChef(SIGN, { id, hash }));
  return { id, diarienummer, hash };
}

async function download(server: TestServer, m: TestMunicipality, file: string) {
  const response = await fetch(`${server.url}/api/public/${m.slug}/${file}`);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    bytes,
    text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes),
    type: response.headers.get("content-type"),
    fileName: dispositionFileName(response.headers.get("content-disposition")),
  };
}

/** Every text cell of every row (headers included) starts harmlessly; number columns are numbers. */
function expectGuarded(rows: string[][]): void {
  const numeric = new Set(["Ersättning (kr)", "Kostnad (kr)", "Differens (kr)", "Marginal (%)", "Version"].map((h) => HEADERS.indexOf(h)));
  for (const row of rows) row.forEach((cell, i) => !numeric.has(i) && expect(cell, cell).not.toMatch(FORMULA_START));
}

describe("the public list's exports", () => {
  it("for Swedish Excel: semicolons, UTF-8 with BOM, CRLF, readable headers and values, amounts as numbers with a decimal comma", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const hostile = await signed(server, m, HOSTILE_TITLE);
    const awkward = await signed(server, m, AWKWARD_TITLE);

    const excel = await download(server, m, "agreements-excel.csv");
    expect(excel.type).toBe("text/csv; charset=utf-8");
    expect(excel.fileName).toBe(`overenskommelser-${m.slug}-excel.csv`);
    expect([...excel.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.text.endsWith("\r\n")).toBe(true);
    expect(excel.text.replace(/\r\n/g, "").replace(/"[^"]*"/g, "")).not.toMatch(/[\r\n]/); // line breaks only between rows or quoted
    const rows = parseCsv(excel.text.slice(1), ";");
    expect(rows[0]).toEqual(HEADERS);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(HEADERS.length);
    const byNumber = new Map(rows.slice(1).map((row) => [row[0], Object.fromEntries(HEADERS.map((h, i) => [h, row[i]]))]));

    const first = byNumber.get(hostile.diarienummer)!;
    expect(first).toMatchObject({
      Titel: `'${HOSTILE_TITLE}`,
      Typ: "Direktbeställning",
      Beställare: "Vård- och omsorgsnämnden",
      Utförare: "Produktionsstyrelsen",
      "Period från": "2027-01-01",
      "Period till": "2027-12-31",
      "Ersättning (kr)": "1020000,00",
      "Kostnad (kr)": "1000000,00",
      "Differens (kr)": "20000,00",
      "Marginal (%)": "1,96",
      "Resultatkravet uppfyllt": "Ja",
      "Ändrar överenskommelse": "",
      Version: "1",
      "Kontrollsumma (SHA-256)": hostile.hash,
    });
    expect(first.Undertecknad).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(byNumber.get(awkward.diarienummer)!.Titel).toBe(AWKWARD_TITLE);
    // The raw file: the hostile cell quoted after its guard; the amounts bare, so Excel takes them as numbers.
    expect(excel.text).toContain(`;"'=HYPERLINK(""http://x"";""klicka"")";`);
    expect(excel.text).toContain(";1020000,00;1000000,00;20000,00;1,96;Ja;;1;");
    expect(excel.text).not.toContain("DIREKTBESTALLNING");
    expect(excel.text).not.toContain("kr;");
    expectGuarded(rows);
  });

  it("for open data: plain RFC 4180 CSV (commas, decimal point, no BOM) and JSON with exact amounts", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const hostile = await signed(server, m, HOSTILE_TITLE);

    const csv = await download(server, m, "agreements.csv");
    expect(csv.type).toBe("text/csv; charset=utf-8");
    expect(csv.fileName).toBe(`overenskommelser-${m.slug}.csv`);
    expect(csv.bytes[0]).not.toBe(0xef);
    expect(csv.text.split("\r\n")).toHaveLength(3); // header, one agreement, the final line break
    const rows = parseCsv(csv.text, ",");
    expect(rows[0]).toEqual(HEADERS);
    const row = Object.fromEntries(HEADERS.map((h, i) => [h, rows[1][i]]));
    expect(row).toMatchObject({
      Titel: `'${HOSTILE_TITLE}`,
      Typ: "Direktbeställning",
      "Ersättning (kr)": "1020000.00",
      "Kostnad (kr)": "1000000.00",
      "Marginal (%)": "1.96",
    });
    expect(csv.text).toContain(",1020000.00,1000000.00,20000.00,1.96,Ja,,1,");
    expectGuarded(rows);

    const json = await download(server, m, "agreements.json");
    expect(json.type).toBe("application/json; charset=utf-8");
    expect(json.fileName).toBe(`overenskommelser-${m.slug}.json`);
    const body = JSON.parse(json.text);
    expect(body.municipality).toEqual({ name: m.municipality.name, slug: m.slug });
    expect(body.agreements).toHaveLength(1);
    expect(body.agreements[0]).toMatchObject({
      id: hostile.id,
      diarienummer: hostile.diarienummer,
      title: HOSTILE_TITLE, // JSON is not a spreadsheet: the text as it is
      kind: "DIREKTBESTALLNING",
      kindLabel: "Direktbeställning",
      purchaser: "Vård- och omsorgsnämnden",
      compensation: "1020000.00",
      cost: "1000000.00",
      difference: "20000.00",
      marginPercent: "1.96",
      requirementMet: true,
      version: 1,
      contentHash: hostile.hash,
      pdf: `/api/agreements/${hostile.id}/versions/1.pdf`,
    });
    expect(new Date(body.agreements[0].signedAt).toISOString()).toBe(body.agreements[0].signedAt);
    const pdf = await fetch(`${server.url}${body.agreements[0].pdf}`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
  });

  it("answers NOT_FOUND for a municipality that does not exist, in every format", async () => {
    const server = await useTestServer();
    for (const file of ["agreements-excel.csv", "agreements.csv", "agreements.json"]) {
      const response = await fetch(`${server.url}/api/public/finns-inte/${file}`);
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("NOT_FOUND");
    }
  });
});
