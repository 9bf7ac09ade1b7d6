import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attachmentDisposition, publicExportFileName, versionPdfFileName } from "../server/documents/file-names.js";
import { pdfText } from "../server/documents/pdf-text.js";
import { formatAmount, formatDateTime, formatPercent, formatQuantity, stockholmDate } from "../server/documents/swedish-format.js";
import { RFC_4180, SWEDISH_EXCEL, numberCell, textCell, toCsv } from "../server/public/csv.js";
import { dispositionFileName, parseCsv } from "./support/documents.js";

const NBSP = "\u00a0";

describe("Swedish formats in documents", () => {
  it("groups kronor with no-break spaces, writes a decimal comma and always öre", () => {
    expect(formatAmount("20000000.00")).toBe(`20${NBSP}000${NBSP}000,00${NBSP}kr`);
    expect(formatAmount("-1234.5")).toBe(`-1${NBSP}234,50${NBSP}kr`);
    expect(formatAmount("0.05")).toBe(`0,05${NBSP}kr`);
    expect(formatAmount("999999999999.99")).toBe(`999${NBSP}999${NBSP}999${NBSP}999,99${NBSP}kr`);
    expect(formatPercent("1.23")).toBe(`1,23${NBSP}%`);
    expect(formatPercent("-0.50")).toBe(`-0,50${NBSP}%`);
    expect(formatQuantity("2000.000")).toBe(`2${NBSP}000`);
    expect(formatQuantity("12.50")).toBe("12,5");
  });

  it("never leaves a breakable space inside an amount, and reads back to the same decimal", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (ore) => {
        const abs = ore < 0n ? -ore : ore;
        const decimal = `${ore < 0n ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
        const shown = formatAmount(decimal);
        expect(shown).not.toMatch(/[ \t\n]/);
        const back = shown.replace(`${NBSP}kr`, "").replaceAll(NBSP, "").replace(",", ".");
        expect(back).toBe(decimal === "-0.00" ? "0.00" : decimal);
      }),
    );
  });

  it("gives times in Swedish time, winter and summer, as the web client shows them", () => {
    expect(formatDateTime(new Date("2026-03-03T13:05:00Z"))).toBe("3 mars 2026 14:05");
    expect(formatDateTime(new Date("2026-07-01T10:00:00Z"))).toBe("1 juli 2026 12:00");
    // Late on New Year's Eve in UTC is already the next year in Sweden.
    expect(stockholmDate(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
});

describe("file names", () => {
  it("names a version's PDF after its diarienummer and version, and a signed one as signed", () => {
    expect(versionPdfFileName("VON 2026/0042", 2, false)).toBe("VON-2026-0042-v2.pdf");
    expect(versionPdfFileName("VON 2026/0042", 2, true)).toBe("VON-2026-0042-v2-signerad.pdf");
    expect(versionPdfFileName("ÄLN 2026/7", 1, true)).toBe("ÄLN-2026-7-v1-signerad.pdf");
    expect(versionPdfFileName(' ..a\\b:"c"\t', 1, false)).toBe("a-b-c-v1.pdf");
    expect(publicExportFileName("demo", "excel")).toBe("overenskommelser-demo-excel.csv");
    expect(publicExportFileName("demo", "csv")).toBe("overenskommelser-demo.csv");
    expect(publicExportFileName("demo", "json")).toBe("overenskommelser-demo.json");
  });

  it("sends an ASCII name and the exact one (RFC 6266 filename*)", () => {
    const header = attachmentDisposition("ÄLN-2026-7-v1 (kopia)'s.pdf");
    expect(header).toBe(`attachment; filename="ALN-2026-7-v1 (kopia)'s.pdf"; filename*=UTF-8''%C3%84LN-2026-7-v1%20%28kopia%29%27s.pdf`);
    expect(dispositionFileName(header)).toBe("ÄLN-2026-7-v1 (kopia)'s.pdf");
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: "grapheme" }), (name) => {
        expect(dispositionFileName(attachmentDisposition(name))).toBe(name);
      }),
    );
  });
});

describe("text for the PDF's standard fonts", () => {
  it("keeps Swedish, maps the usual typography and replaces what the fonts cannot show", () => {
    expect(pdfText("Åtagandet – ”högst” 5 € • ok")).toBe("Åtagandet – ”högst” 5 € • ok");
    expect(pdfText("A\u030angström")).toBe("Ångström"); // decomposed å is composed
    expect(pdfText("\u2212 5 \u2265 3\u202f000\r\n")).toBe(`- 5 >= 3${NBSP}000\n`);
    expect(pdfText("日本 🙂")).toBe("?? ?");
  });
});

describe("the CSV dialects", () => {
  it("neutralises formula starts in text cells, never in numbers", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      expect(textCell(`${start}SUM(A1)`, SWEDISH_EXCEL)).toBe(`"'${start}SUM(A1)"`);
      expect(textCell(`${start}SUM(A1)`, RFC_4180)).toBe(`"'${start}SUM(A1)"`);
    }
    expect(numberCell("-250000.00", SWEDISH_EXCEL)).toBe("-250000,00");
    expect(numberCell("-250000.00", RFC_4180)).toBe("-250000.00");
    expect(numberCell("-1+1", SWEDISH_EXCEL)).toBe(`"'-1+1"`); // not a number: guarded text
    expect(textCell("a;b", SWEDISH_EXCEL)).toBe('"a;b"');
    expect(textCell("a;b", RFC_4180)).toBe("a;b");
    expect(textCell('a,"b"', RFC_4180)).toBe('"a,""b"""');
  });

  it("writes rows that parse back to the same cells, in either dialect", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "å", ";", ",", '"', "\r", "\n", "=", "-", " ", "1") });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 5 }), (rows) => {
        for (const dialect of [SWEDISH_EXCEL, RFC_4180]) {
          const csv = toCsv(
            [
              { header: "A", kind: "text" },
              { header: "B", kind: "text" },
            ],
            rows,
            dialect,
          );
          const parsed = parseCsv(csv.replace(/^\uFEFF/, ""), dialect.separator);
          const unguard = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);
          expect(parsed.slice(1).map((r) => r.map(unguard))).toEqual(rows.map((r) => [...r]));
          for (const row of parsed) for (const text of row) expect(text).not.toMatch(/^[=+\-@\t\r]/);
        }
      }),
    );
  });
});
