import { print, type DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";
import {
  AgreementApprovalDocument,
  AgreementBalanceDocument,
  AgreementCommentsDocument,
  AgreementDisputesDocument,
  AgreementDocument,
  AgreementFollowUpDocument,
  AgreementsDocument,
  AgreementTimelineDocument,
  AgreementVersionsDocument,
  EscalationQueueDocument,
  PublicRecordsDocument,
} from "../client/gql/graphql.js";
import { createAgreement } from "./support/agreements.js";
import { seedMunicipality, type TestMunicipality } from "./support/factories.js";
import { RECORD, SIGN, SUBMIT, addIndicator, decision, readyDraft } from "./support/approval.js";
import { actor, gql, ok } from "./support/graphql.js";
import { cutTemplate, readingAgreement, type ReadingSize } from "./support/reading-world.js";
import { useTestServer, type TestServer } from "./support/server.js";
import { countStatements, type StatementCounter } from "./support/statement-counter.js";

/**
 * The main pages' queries, exactly as the client sends them, must cost as many statements for a small
 * agreement as for a large one: a count that grows with the sections, lines, disputes, events or
 * agreements is an N+1 (a read per row).
 */
const SMALL: ReadingSize = { sections: 2, lines: 2, proposals: 2, disputes: 2, escalated: 1, comments: 2 };
const LARGE: ReadingSize = { sections: 8, lines: 20, proposals: 6, disputes: 10, escalated: 5, comments: 8 };

/** The statements one operation sends: the fewest of three runs, so that a background sweep and a cold cache do not count. */
async function statementsOf(counter: StatementCounter, server: TestServer, document: DocumentNode, variables: object, token?: string) {
  let fewest = Infinity;
  let texts: readonly string[] = [];
  for (let run = 0; run < 3; run++) {
    counter.reset();
    ok(await gql(server, print(document), variables as Record<string, unknown>, token));
    if (counter.count < fewest) [fewest, texts] = [counter.count, counter.texts];
  }
  return { count: fewest, texts };
}

interface World {
  m: TestMunicipality;
  id: string;
  token: string;
  leadership: string;
  signedId: string;
}

/** A SIGNED agreement through the API, with `indicators` more than the one a submission needs. */
async function signedAgreement(server: TestServer, m: TestMunicipality, indicators: number): Promise<string> {
  const { id, vonChef, psChef } = await readyDraft(server, m);
  for (let i = 0; i < indicators; i++) await addIndicator(vonChef, id, { name: `Indikator ${i}` });
  const hash = ok(await psChef(SUBMIT, { id })).submitForApproval.currentVersion.contentHash as string;
  ok(await (await actor(server, m, "von.sekreterare"))(RECORD, { id, input: decision(m.organs.VON.id) }));
  ok(await (await actor(server, m, "ps.sekreterare"))(RECORD, { id, input: decision(m.organs.PS.id) }));
  ok(await vonChef(SIGN, { id, hash }));
  ok(await psChef(SIGN, { id, hash }));
  return id;
}

async function world(
  server: TestServer,
  size: ReadingSize,
  more: { agreements: number; signed: number; indicators: number },
): Promise<World> {
  const m = await seedMunicipality();
  const signedId = await signedAgreement(server, m, more.indicators);
  for (let i = 1; i < more.signed; i++) await signedAgreement(server, m, 0);
  await cutTemplate(m, size.sections);
  const { id, vonChef } = await readingAgreement(server, m, size);
  for (let i = 0; i < more.agreements; i++) await createAgreement(vonChef, m, { title: `Avtal ${i}` });
  return { m, id, token: vonChef.token, leadership: (await actor(server, m, "kommunledning")).token, signedId };
}

/**
 * Each page's query, its variables, and the most statements it may send (its transaction's start and
 * commit included): a ceiling at today's count, so that a statement added back shows here.
 */
const PAGES: Array<[string, DocumentNode, (w: World) => [object, string | undefined], number]> = [
  ["agreements list", AgreementsDocument, (w) => [{}, w.token], 4],
  ["agreement page", AgreementDocument, (w) => [{ id: w.id }, w.token], 6],
  ["events, newest page", AgreementTimelineDocument, (w) => [{ id: w.id, last: 50, beforeSeq: null }, w.token], 4],
  ["comments", AgreementCommentsDocument, (w) => [{ id: w.id }, w.token], 5],
  ["approval state", AgreementApprovalDocument, (w) => [{ id: w.id }, w.token], 11],
  ["balance", AgreementBalanceDocument, (w) => [{ id: w.id }, w.token], 9],
  ["disputes", AgreementDisputesDocument, (w) => [{ id: w.id }, w.token], 5],
  ["history", AgreementVersionsDocument, (w) => [{ id: w.id }, w.token], 7],
  ["follow-up", AgreementFollowUpDocument, (w) => [{ id: w.signedId }, w.token], 12],
  ["escalation queue", EscalationQueueDocument, (w) => [{}, w.leadership], 7],
  // Without login: every signed agreement with its versions, decisions, sections, balance and follow-up.
  ["public records", PublicRecordsDocument, (w) => [{ kommun: w.m.slug }, undefined], 29],
];

describe("statements per page query", () => {
  it("each main page's query sends as many statements for a small agreement as for a large one", { timeout: 240_000 }, async () => {
    const server = await useTestServer();
    const counter = countStatements(server.appDataSource);
    const small = await world(server, SMALL, { agreements: 0, signed: 1, indicators: 0 });
    const large = await world(server, LARGE, { agreements: 6, signed: 2, indicators: 3 });
    for (const [page, document, variables, most] of PAGES) {
      const a = await statementsOf(counter, server, document, ...variables(small));
      const b = await statementsOf(counter, server, document, ...variables(large));
      expect(b.count, `${page}: ${a.count} statements when small, ${b.count} when large:\n${b.texts.join("\n")}`).toBe(a.count);
      expect(b.count, `${page}: ${b.count} statements, at most ${most} expected:\n${b.texts.join("\n")}`).toBeLessThanOrEqual(most);
    }
  });
});
