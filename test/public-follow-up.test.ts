import { describe, expect, it } from "vitest";
import { dispositionFileName, parseCsv } from "./support/documents.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, gql, ok } from "./support/graphql.js";
import { AWKWARD, HOSTILE, WAITING, otherMunicipality, scene } from "./support/public-follow-up.js";
import { useTestServer, type TestServer } from "./support/server.js";

/** What only unaccepted periods, a draft and another municipality hold: none of it may be public here. */
const NEVER = ["HEMLIG", "11.111", "22.222", "33.333", "44.444", "99.99", "999999.99"];
const neverIn = (text: string) => {
  for (const secret of NEVER) {
    expect(text, secret).not.toContain(secret);
    expect(text, secret).not.toContain(secret.replace(".", ","));
  }
};

const FOLLOW_UP = `publicFollowUp {
  indicators { id name unit direction target warnAt frequency
    results { period value status comment actionPlan { description ownerName dueDate status } } }
  acceptedPeriods latestAcceptedPeriod green yellow red openActionPlans compensation actualCost
  scopeLines { description unit orderedVolume estimatedCost deliveredVolume actualCost periods { period deliveredVolume actualCost comment } }
}`;
const PUBLIC = `query($k: String!) { publicAgreements(kommun: $k) { id diarienummer ${FOLLOW_UP} } }`;

async function download(server: TestServer, slug: string, file: string) {
  const response = await fetch(`${server.url}/api/public/${slug}/${file}`);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    bytes,
    text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes),
    type: response.headers.get("content-type"),
    fileName: dispositionFileName(response.headers.get("content-disposition")),
  };
}

const HEADERS = [
  "Kommun",
  "Diarienummer",
  "Överenskommelse",
  "Indikator",
  "Enhet",
  "Riktning",
  "Målvärde",
  "Varningsgräns",
  "Period",
  "Värde",
  "Status",
  "Kommentar",
];

describe("public follow-up", () => {
  it("shows a signed agreement's indicators and only its accepted results, plans, volumes and costs, exactly as reported", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, draftId, vonChef, indicatorIds } = await scene(server, m);

    const result = await gql(server, PUBLIC, { k: m.slug });
    const agreements = ok(result).publicAgreements as Array<{ id: string; publicFollowUp: Record<string, any> }>;
    expect(agreements.map((a) => a.id)).toEqual([id]);
    const followUp = agreements[0].publicFollowUp;
    // The draft's own fixtures may have given it an indicator too: it has no accepted results.
    const others = followUp.indicators.filter((i: { id: string }) => !indicatorIds.includes(i.id));
    for (const other of others) expect(other.results).toEqual([]);
    expect(followUp.indicators.filter((i: { id: string }) => indicatorIds.includes(i.id))).toEqual([
      {
        id: expect.any(String),
        name: "Andel nöjda brukare",
        unit: "%",
        direction: "HIGHER_IS_BETTER",
        target: "90",
        warnAt: "85.5",
        frequency: "QUARTERLY",
        results: [{ period: "2027-Q1", value: "92.125", status: "GREEN", comment: HOSTILE, actionPlan: null }],
      },
      {
        id: expect.any(String),
        name: WAITING,
        unit: "dagar",
        direction: "LOWER_IS_BETTER",
        target: "14",
        warnAt: null,
        frequency: "QUARTERLY",
        results: [
          {
            period: "2027-Q1",
            value: "30.5",
            status: "RED",
            comment: AWKWARD,
            actionPlan: {
              description: "Fler i nattpatrullen",
              ownerName: m.users["ps.handlaggare"].name,
              dueDate: "2027-06-30",
              status: "IN_PROGRESS",
            },
          },
        ],
      },
    ]);
    expect(followUp).toMatchObject({
      acceptedPeriods: ["2027-Q1"],
      latestAcceptedPeriod: "2027-Q1",
      green: 1,
      yellow: 0,
      red: 1,
      openActionPlans: 1,
      compensation: "1020000.00",
      actualCost: "251234.50",
      scopeLines: [
        {
          description: "Hemtjänst",
          unit: "brukare",
          orderedVolume: "100",
          estimatedCost: "1000000.00",
          deliveredVolume: "24.5",
          actualCost: "251234.50",
          periods: [{ period: "2027-Q1", deliveredVolume: "24.5", actualCost: "251234.50", comment: null }],
        },
      ],
    });
    neverIn(JSON.stringify(result));

    // Signed in, the field reads the same; a draft has no public follow-up at all.
    const own = ok(
      await vonChef(
        `query($id: ID!, $d: ID!) { agreement(id: $id) { ${FOLLOW_UP} } draft: agreement(id: $d) { status publicFollowUp { acceptedPeriods } } }`,
        { id, d: draftId },
      ),
    );
    expect(own.agreement.publicFollowUp).toEqual(followUp);
    expect(own.draft).toEqual({ status: "DRAFT", publicFollowUp: null });
  });

  it("gives the accepted values as open data: Excel CSV, RFC 4180 CSV and JSON, guarded and exact", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    await scene(server, m);
    const [{ diarienummer, title }] = ok(
      await gql(server, `query($k: String!) { publicAgreements(kommun: $k) { diarienummer title } }`, { k: m.slug }),
    ).publicAgreements as Array<{ diarienummer: string; title: string }>;

    const excel = await download(server, m.slug, "follow-up-excel.csv");
    expect(excel.type).toBe("text/csv; charset=utf-8");
    expect(excel.fileName).toBe(`uppfoljning-${m.slug}-excel.csv`);
    expect([...excel.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(excel.text.slice(1), ";");
    expect(rows).toEqual([
      HEADERS,
      [
        `Testkommun ${m.slug}`,
        diarienummer,
        title,
        "Andel nöjda brukare",
        "%",
        "Högre är bättre",
        "90",
        "85,5",
        "2027-Q1",
        "92,125",
        "Grön",
        `'${HOSTILE}`,
      ],
      [`Testkommun ${m.slug}`, diarienummer, title, WAITING, "dagar", "Lägre är bättre", "14", "", "2027-Q1", "30,5", "Röd", AWKWARD],
    ]);
    // Raw: the formula quoted after its guard; decimals bare with a decimal comma, so Excel reads numbers.
    expect(excel.text).toContain(`;"'=HYPERLINK(""http://x"";""klicka"")"\r\n`);
    expect(excel.text).toContain(
      `;"Väntetid, ""första"" insats; dagar";dagar;Lägre är bättre;14;;2027-Q1;30,5;Röd;"${AWKWARD.replace(/"/g, '""')}"\r\n`,
    );
    neverIn(excel.text);

    const csv = await download(server, m.slug, "follow-up.csv");
    expect(csv.fileName).toBe(`uppfoljning-${m.slug}.csv`);
    expect(csv.bytes[0]).not.toBe(0xef);
    expect(parseCsv(csv.text, ",").map((row) => row.slice(6, 12))).toEqual([
      HEADERS.slice(6, 12),
      ["90", "85.5", "2027-Q1", "92.125", "Grön", `'${HOSTILE}`],
      ["14", "", "2027-Q1", "30.5", "Röd", AWKWARD],
    ]);
    expect(csv.text).toContain(`,"Väntetid, ""första"" insats; dagar",dagar,`);
    neverIn(csv.text);

    const json = await download(server, m.slug, "follow-up.json");
    expect(json.type).toBe("application/json; charset=utf-8");
    expect(json.fileName).toBe(`uppfoljning-${m.slug}.json`);
    const data = JSON.parse(json.text);
    expect(data.municipality).toEqual({ name: `Testkommun ${m.slug}`, slug: m.slug });
    expect(data.results).toHaveLength(2);
    expect(data.results[1]).toEqual({
      municipality: `Testkommun ${m.slug}`,
      diarienummer,
      agreementId: expect.any(String),
      agreementTitle: title,
      indicator: WAITING,
      unit: "dagar",
      direction: "LOWER_IS_BETTER",
      directionLabel: "Lägre är bättre",
      target: "14",
      warnAt: null,
      period: "2027-Q1",
      value: "30.5",
      status: "RED",
      statusLabel: "Röd",
      comment: AWKWARD,
    });
    expect(data.results[0].comment).toBe(HOSTILE); // JSON is data, not a spreadsheet: no guard
    neverIn(json.text);
  });

  it("keeps each municipality's follow-up to its own public pages and exports", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    await scene(server, m);
    const other = await otherMunicipality(server);

    const ours = [
      JSON.stringify(await gql(server, PUBLIC, { k: m.slug })),
      (await download(server, m.slug, "follow-up.csv")).text,
      (await download(server, m.slug, "follow-up.json")).text,
    ];
    for (const text of ours) {
      expect(text).not.toContain("Annan kommuns");
      neverIn(text);
    }
    const theirs = ok(await gql(server, PUBLIC, { k: other.slug })).publicAgreements as Array<{ publicFollowUp: any }>;
    expect(theirs).toHaveLength(1);
    expect(theirs[0].publicFollowUp.indicators[0].results[0]).toMatchObject({ value: "44.444", status: "RED" });
    const theirCsv = (await download(server, other.slug, "follow-up.csv")).text;
    expect(theirCsv).toContain("Annan kommuns indikator");
    expect(theirCsv).not.toContain("Andel nöjda brukare");
    expect(theirCsv).not.toContain("92.125");

    // Signed in to one municipality, the follow-up of another's agreement stays out of reach.
    const otherChef = await actor(server, other, "von.chef");
    const [ourAgreement] = ok(await gql(server, PUBLIC, { k: m.slug })).publicAgreements as Array<{ id: string }>;
    const probe = await otherChef(`query($id: ID!) { agreement(id: $id) { publicFollowUp { acceptedPeriods } } }`, { id: ourAgreement.id });
    expect(probe.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const unknown = await fetch(`${server.url}/api/public/no-such-kommun/follow-up.csv`);
    expect(unknown.status).toBe(404);
  });
});
