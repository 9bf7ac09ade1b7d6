/**
 * Target 4, reading: an agreement's workspace as the client opens it (the page's query, the newest page
 * of its events, and the parts' queries it opens at once: comments, disputes, approval state), for an
 * agreement with 8 sections, 200 balance lines, 50 proposals, 20 disputes and 2,000 events; plus the
 * Balans part (lines and proposals). Floor: `{ me { id name } }` on the same server, one at a time.
 */
import { print } from "graphql";
import "reflect-metadata";
import {
  AgreementApprovalDocument,
  AgreementBalanceDocument,
  AgreementCommentsDocument,
  AgreementDisputesDocument,
  AgreementDocument,
  AgreementTimelineDocument,
} from "../../client/gql/graphql.js";
import { openDataSource } from "../../server/db/data-source.js";
import { appendEvent } from "../../server/events/event-log.js";
import { ratioTarget, type Benchmark } from "../harness/target.js";
import { gqlHttp, loginAs, ms, percentile, startBenchEnv, type BenchEnv } from "../support.js";

const QUICK = process.env.BENCH_QUICK === "1";
const SIZE = { lines: 200, proposals: 50, disputes: 20, events: 2000 };
const RUNS = QUICK ? 30 : 150;
const TIMELINE_PAGE = 50;

const CREATE = `mutation($p: ID!, $q: ID!) { createAgreement(input: { title: "Läsning", kind: DIREKTBESTALLNING, purchaserOrganId: $p, providerOrganId: $q, periodStart: "2027-01-01", periodEnd: "2027-12-31" }) { id } }`;
const ADD_LINE = `mutation($id: ID!, $v: Int!, $input: BalanceLineInput!) { addBalanceLine(agreementId: $id, expectedVersion: $v, input: $input) { version lines { id } } }`;
const PROPOSE = `mutation($id: ID!, $v: Int!, $input: ProposalInput!) { proposeBalance(agreementId: $id, baseVersion: $v, input: $input) { id } }`;
const RAISE = `mutation($input: RaiseDisputeInput!) { raiseDispute(input: $input) { id } }`;

/** The agreement through the API (lines, proposals, disputes), then events in bulk through the owner, chained as the runner chains them. */
export async function buildAgreement(env: BenchEnv, von: string, ps: string): Promise<string> {
  const organs = (await gqlHttp(env, "{ organs { id shortName } }", {}, von)).organs as Array<{ id: string; shortName: string }>;
  const organ = (s: string) => organs.find((o) => o.shortName === s)!.id;
  const id = (await gqlHttp(env, CREATE, { p: organ("VON"), q: organ("PS") }, von)).createAgreement.id as string;
  let balance = { version: 1, lines: [] as Array<{ id: string }> };
  balance.version = (
    await gqlHttp(env, "query($id: ID!) { agreement(id: $id) { balance { version } } }", { id }, von)
  ).agreement.balance.version;
  for (let i = 0; i < SIZE.lines; i++) {
    const input = { kind: "RESOURCE", description: `Resurs ${i}`, amount: `${1000 + i}.00` };
    balance = (await gqlHttp(env, ADD_LINE, { id, v: balance.version, input }, von)).addBalanceLine;
  }
  for (let i = 0; i < SIZE.proposals; i++) {
    const change = {
      op: "UPDATE",
      lineId: balance.lines[i].id,
      line: { kind: "RESOURCE", description: `Ändrad ${i}`, amount: `${2000 + i}.00` },
    };
    await gqlHttp(env, PROPOSE, { id, v: balance.version, input: { message: `Förslag ${i}`, changes: [change] } }, i % 2 ? von : ps);
  }
  for (let i = 0; i < SIZE.disputes; i++) {
    const input = { agreementId: id, subject: "EKONOMI", description: `Tvist ${i}`, position: "Ersättningen måste höjas" };
    await gqlHttp(env, RAISE, { input }, i % 2 ? von : ps);
  }
  const existing = (await gqlHttp(env, "query($id: ID!) { agreement(id: $id) { events(last: 1) { seq } } }", { id }, von)).agreement.events;
  const owner = await openDataSource(env.pg.ownerUrl, { poolSize: 1 });
  try {
    await owner.transaction(async (em) => {
      // Row-level security is forced for the owner too: the municipality comes from the caller's token.
      const municipalityId = (JSON.parse(Buffer.from(von.split(".")[1], "base64url").toString()) as { mun: string }).mun;
      await em.query("SELECT set_config('app.municipality_id', $1, true)", [municipalityId]);
      const [{ created_by: actorId }] = await em.query("SELECT created_by FROM agreement WHERE id = $1", [id]);
      for (let i = existing[0].seq; i < SIZE.events; i++)
        await appendEvent(
          { em, municipalityId, signals: [] },
          { agreementId: id, actorId, type: "comment.added", summary: `Kommentar ${i} på avsnittet Uppdrag`, data: { n: i } },
        );
    });
  } finally {
    await owner.destroy();
  }
  return id;
}

async function timed(runs: number, request: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await request();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await request();
    times.push(ms(process.hrtime.bigint() - start));
  }
  return times;
}

export const reading: Benchmark = {
  name: "reading",
  budgetSeconds: 240,
  async run() {
    const env = await startBenchEnv();
    try {
      const [von, ps] = [await loginAs(env, "von.chef"), await loginAs(env, "ps.chef")];
      const id = await buildAgreement(env, von, ps);
      const read = (document: Parameters<typeof print>[0], variables: object) => gqlHttp(env, print(document), variables, von);
      // As the workspace opens: its queries at once, done when the last has answered.
      const page = () =>
        Promise.all([
          read(AgreementDocument, { id }),
          read(AgreementTimelineDocument, { id, last: TIMELINE_PAGE, beforeSeq: null }),
          read(AgreementCommentsDocument, { id }),
          read(AgreementDisputesDocument, { id }),
          read(AgreementApprovalDocument, { id }),
        ]);
      const me = await timed(RUNS, () => gqlHttp(env, "{ me { id name } }", {}, von));
      const workspace = await timed(RUNS, page);
      const balance = await timed(RUNS, () => read(AgreementBalanceDocument, { id }));
      const wholeLog = await timed(Math.ceil(RUNS / 5), () =>
        gqlHttp(
          env,
          "query($id: ID!) { agreement(id: $id) { events(first: 500) { seq type at summary actor { id name } } } }",
          { id },
          von,
        ),
      );
      const floor = { label: "me p95", value: percentile(me, 95), unit: "ms" };
      const details = { n: RUNS, ...SIZE, sections: 8, "me p50 ms": percentile(me, 50) };
      return [
        ratioTarget(
          "reading-workspace-p95",
          "Agreement workspace (page, newest events, comments, disputes, approval): p95 ≤ 4× me",
          { label: "workspace p95", value: percentile(workspace, 95), unit: "ms" },
          floor,
          "<=",
          4,
          { ...details, "workspace p50 ms": percentile(workspace, 50) },
        ),
        ratioTarget(
          "reading-balance-p95",
          "Balans part (200 lines, 50 proposals): p95 ≤ 4× me",
          { label: "balance p95", value: percentile(balance, 95), unit: "ms" },
          floor,
          "<=",
          4,
          { ...details, "balance p50 ms": percentile(balance, 50), "500 events in one page p50 ms": percentile(wholeLog, 50) },
        ),
      ];
    } finally {
      await env.stop();
    }
  },
};
