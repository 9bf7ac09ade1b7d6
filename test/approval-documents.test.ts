import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, contentHash } from "../server/events/canonical-hash.js";
import { AGREEMENT_STATE, RECORD, SIGN, SUBMIT, decision, readyDraft } from "./support/approval.js";
import { createAgreement } from "./support/agreements.js";
import { seedMunicipality, type TestMunicipality } from "./support/factories.js";
import { actor, errorCode, gql, ok } from "./support/graphql.js";
import { useTestServer, type TestServer } from "./support/server.js";

const PUBLIC = `query($k: String!) { publicAgreements(kommun: $k) { id diarienummer title status periodStart periodEnd
  purchaser { name } provider { name } sections { title text }
  approvals { organ { name } decision meetingDate paragraph } signatures { party user { name } contentHash }
  balance { status lines { kind description amount } totals { cost compensation requirementMet } }
  currentVersion { number contentHash } } }`;

const RECORD_HASH_LABEL = "Händelseloggens kontrollsumma vid undertecknandet:";

/** The text of a PDF answer, page by page (pdfjs-dist), and whether it is tagged. */
async function pdfText(response: Response): Promise<{ text: string; marked: boolean }> {
  expect(response.headers.get("content-type")).toBe("application/pdf");
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: new Uint8Array(await response.arrayBuffer()), useSystemFonts: false, isEvalSupported: false })
    .promise;
  let text = "";
  for (let page = 1; page <= pdf.numPages; page++)
    text += (await (await pdf.getPage(page)).getTextContent()).items.map((i) => ("str" in i ? i.str : "")).join(" ");
  // Items of monospaced text come word by word, with spaces of their own: one space between words.
  return { text: text.replace(/\s+/g, " "), marked: (await pdf.getMarkInfo())?.Marked === true };
}

/** Submits, approves in both committees and signs by both chiefs. Returns the id and content hash. */
async function signedAgreement(server: TestServer, m: TestMunicipality) {
  const { id, vonChef, psChef } = await readyDraft(server, m);
  const hash = ok(await vonChef(SUBMIT, { id })).submitForApproval.currentVersion.contentHash as string;
  ok(await (await actor(server, m, "von.sekreterare"))(RECORD, { id, input: decision(m.organs.VON.id) }));
  ok(await (await actor(server, m, "ps.sekreterare"))(RECORD, { id, input: decision(m.organs.PS.id) }));
  ok(await vonChef(SIGN, { id, hash }));
  ok(await psChef(SIGN, { id, hash }));
  return { id, hash, vonChef };
}

describe("the canonical content hash", () => {
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small" },
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie("value"), { maxLength: 4 }),
      fc.dictionary(fc.string({ maxLength: 6 }), tie("value"), { maxKeys: 5 }),
    ),
  })).value;

  it("is the same whatever the key order", () => {
    fc.assert(
      fc.property(json, (value) => {
        const reordered = JSON.parse(JSON.stringify(value), (_k, v) =>
          v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
        );
        expect(contentHash(reordered)).toBe(contentHash(value));
      }),
    );
  });

  it("changes with any change of content", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 6 }), fc.string(), { minKeys: 1 }), fc.string({ minLength: 1 }), (value, extra) => {
        const key = Object.keys(value)[0];
        expect(contentHash({ ...value, [key]: value[key] + extra })).not.toBe(contentHash(value));
      }),
    );
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: "å" }] })).toBe('{"a":[{"c":"å","d":2}],"b":1}');
  });
});

describe("public records and documents", () => {
  it("shows only the municipality's SIGNED agreements, without login", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const other = await seedMunicipality();
    const { id, hash } = await signedAgreement(server, m);
    await createAgreement(await actor(server, m, "von.chef"), m, { title: "Utkast som inte får synas" });
    await signedAgreement(server, other);

    const listed = ok(await gql(server, PUBLIC, { k: m.slug })).publicAgreements;
    expect(listed.map((a: { id: string }) => a.id)).toEqual([id]);
    expect(listed[0]).toMatchObject({
      status: "SIGNED",
      purchaser: { name: "Vård- och omsorgsnämnden" },
      currentVersion: { contentHash: hash },
    });
    expect(listed[0].signatures).toHaveLength(2);
    expect(listed[0].sections[1].text).toContain("överenskommen text");
    expect(listed[0].balance).toMatchObject({
      status: "AGREED",
      totals: { cost: "1000000.00", compensation: "1020000.00", requirementMet: true },
    });
    expect(errorCode(await gql(server, PUBLIC, { k: "finns-inte" }))).toBe("NOT_FOUND");
    // An unsigned agreement's fields are not public, even by id.
    expect(errorCode(await gql(server, "query($id: ID!) { agreement(id: $id) { title } }", { id }))).toBe("UNAUTHENTICATED");

    const csv = await (await fetch(`${server.url}/api/public/${m.slug}/agreements.csv`)).text();
    expect(csv.split("\r\n")).toHaveLength(3); // header, one agreement, final newline
    expect(csv).toContain(hash);
  });

  it("neutralises cells that start like formulas in the CSV", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef } = await readyDraft(server, m);
    ok(
      await vonChef('mutation($id: ID!) { updateAgreement(id: $id, expectedVersion: 1, input: { title: "=HYPERLINK(1)" }) { id } }', {
        id,
      }),
    );
    const hash = ok(await vonChef(SUBMIT, { id })).submitForApproval.currentVersion.contentHash;
    ok(await (await actor(server, m, "von.sekreterare"))(RECORD, { id, input: decision(m.organs.VON.id) }));
    ok(await (await actor(server, m, "ps.sekreterare"))(RECORD, { id, input: decision(m.organs.PS.id) }));
    ok(await vonChef(SIGN, { id, hash }));
    ok(await (await actor(server, m, "ps.chef"))(SIGN, { id, hash }));
    const csv = await (await fetch(`${server.url}/api/public/${m.slug}/agreements.csv`)).text();
    expect(csv).toContain(`"'=HYPERLINK(1)"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it("renders a frozen version as a tagged PDF that parses and carries the diarienummer and hash", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef } = await readyDraft(server, m);
    const submitted = ok(await vonChef(SUBMIT, { id })).submitForApproval;
    const url = `${server.url}/api/agreements/${id}/versions/1.pdf`;
    expect((await fetch(url)).status).toBe(401); // a draft in approval is not public
    const response = await fetch(url, { headers: { authorization: `Bearer ${vonChef.token}` } });
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const { text, marked } = await pdfText(response);
    expect(marked).toBe(true);
    const agreement = ok(await vonChef("query($id: ID!) { agreement(id: $id) { diarienummer } }", { id })).agreement;
    expect(text).toContain(agreement.diarienummer);
    expect(text).toContain(submitted.currentVersion.contentHash);
    expect(text).toContain("Vård- och omsorgsnämnden");
    expect(text).toContain("Åtagandet");
    expect(text).not.toContain(RECORD_HASH_LABEL); // not signed
    const state = ok(await vonChef(AGREEMENT_STATE, { id })).agreement;
    expect(state.currentVersion.number).toBe(1);
  });

  it("shows, once signed, the event log's hash at signing in the PDF", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef } = await signedAgreement(server, m);
    const { recordHash } = ok(await vonChef("query($id: ID!) { agreement(id: $id) { recordHash } }", { id })).agreement;
    expect(recordHash).toMatch(/^[0-9a-f]{64}$/);
    const { text } = await pdfText(await fetch(`${server.url}/api/agreements/${id}/versions/1.pdf`)); // public now
    expect(text).toContain(RECORD_HASH_LABEL);
    expect(text).toContain(recordHash);
  });
});
