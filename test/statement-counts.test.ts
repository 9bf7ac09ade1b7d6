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
  DisputeDocument,
  EscalationQueueDocument,
  PublicRecordsDocument,
} from "../client/gql/graphql.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, gql, ok } from "./support/graphql.js";
import { cutTemplate, readingAgreement, type ReadingSize } from "./support/reading-world.js";
import { useTestServer } from "./support/server.js";
import { countStatements, type StatementCounter } from "./support/statement-counter.js";

const SMALL: ReadingSize = { sections: 2, lines: 2, proposals: 2, disputes: 2, escalated: 1, comments: 2 };
const LARGE: ReadingSize = { sections: 8, lines: 20, proposals: 6, disputes: 10, escalated: 5, comments: 8 };

/** The statements one operation sends: the fewest of three runs, so a background sweep cannot add to it. */
async function statementsOf(
  counter: StatementCounter,
  server: { graphqlUrl: string },
  document: DocumentNode,
  variables: Record<string, unknown>,
  token?: string,
): Promise<number> {
  let fewest = Infinity;
  for (let run = 0; run < 3; run++) {
    counter.reset();
    ok(await gql(server, print(document), variables, token));
    fewest = Math.min(fewest, counter.count);
  }
  return fewest;
}

describe("statements per page query", () => {
  it("the workspace's queries send as many statements for a small agreement as for a large one", { timeout: 120_000 }, async () => {
    const server = await useTestServer();
    const counter = countStatements(server.appDataSource);
    const small = await seedMunicipality();
    const large = await seedMunicipality();
    await cutTemplate(small, SMALL.sections);
    const a = await readingAgreement(server, small, SMALL);
    const b = await readingAgreement(server, large, LARGE);
    const klA = await actor(server, small, "kommunledning");
    const klB = await actor(server, large, "kommunledning");
    const disputeOf = async (caller: typeof a.vonChef, id: string) =>
      ok(await caller("query($id: ID!) { agreement(id: $id) { disputes { id } } }", { id })).agreement.disputes[0].id as string;
    const pages: Array<[string, DocumentNode, (w: typeof a, kl: typeof klA) => Promise<[Record<string, unknown>, string]>]> = [
      ["agreement", AgreementDocument, async (w) => [{ id: w.id }, w.vonChef.token]],
      ["timeline", AgreementTimelineDocument, async (w) => [{ id: w.id }, w.vonChef.token]],
      ["comments", AgreementCommentsDocument, async (w) => [{ id: w.id }, w.vonChef.token]],
      ["approval", AgreementApprovalDocument, async (w) => [{ id: w.id }, w.vonChef.token]],
      ["balance", AgreementBalanceDocument, async (w) => [{ id: w.id }, w.vonChef.token]],
      ["disputes", AgreementDisputesDocument, async (w) => [{ id: w.id }, w.vonChef.token]],
      ["dispute", DisputeDocument, async (w) => [{ id: await disputeOf(w.vonChef, w.id) }, w.vonChef.token]],
      ["history", AgreementVersionsDocument, async (w) => [{ id: w.id }, w.vonChef.token]],
      ["escalation queue", EscalationQueueDocument, async (_w, kl) => [{}, kl.token]],
      ["agreements list", AgreementsDocument, async (w) => [{}, w.vonChef.token]],
    ];
    const counts: Record<string, [number, number]> = {};
    for (const [name, document, variables] of pages) {
      const [va, ta] = await variables(a, klA);
      const [vb, tb] = await variables(b, klB);
      counts[name] = [await statementsOf(counter, server, document, va, ta), await statementsOf(counter, server, document, vb, tb)];
    }
    console.log(counts);
    for (const d of [AgreementApprovalDocument, DisputeDocument]) {
      counter.reset();
      const vid = d === DisputeDocument ? await disputeOf(b.vonChef, b.id) : b.id;
      ok(await gql(server, print(d), { id: vid }, b.vonChef.token));
      console.log(counter.texts.join('\n'));
    }
    counter.reset(); ok(await gql(server, '{ me { id name } }', {}, b.vonChef.token)); console.log('ME', counter.texts.join('\n'));
    void AgreementFollowUpDocument;
    void PublicRecordsDocument;
  });
});
