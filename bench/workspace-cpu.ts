/**
 * Where the reading benchmark's workspace spends the server's CPU (not a target): the agreement of
 * `targets/reading.ts` on a fresh built server, then each of the workspace's five queries alone and the
 * five together, `N` times each, with the server's CPU per run and the p50 latency printed, and the time
 * the last phase started (for cutting a `BENCH_CPU_PROFILE` profile to it). `npm run build:server &&
 * npx tsx bench/workspace-cpu.ts` (`N=200`).
 */
import { print } from "graphql";
import {
  AgreementApprovalDocument,
  AgreementBalanceDocument,
  AgreementCommentsDocument,
  AgreementDisputesDocument,
  AgreementDocument,
  AgreementTimelineDocument,
} from "../client/gql/graphql.js";
import { buildAgreement } from "./targets/reading.js";
import { cpuSeconds, gqlHttp, loginAs, ms, percentile, startBenchEnv } from "./support.js";

const N = Number(process.env.N ?? 200);
const env = await startBenchEnv();
try {
  const [von, ps] = [await loginAs(env, "von.chef"), await loginAs(env, "ps.chef")];
  const id = await buildAgreement(env, von, ps);
  const read = (document: Parameters<typeof print>[0], variables: object) => gqlHttp(env, print(document), variables, von);
  const queries: Array<[string, () => Promise<unknown>]> = [
    ["me", () => gqlHttp(env, "{ me { id name } }", {}, von)],
    ["page", () => read(AgreementDocument, { id })],
    ["timeline", () => read(AgreementTimelineDocument, { id, last: 50, beforeSeq: null })],
    ["comments", () => read(AgreementCommentsDocument, { id })],
    ["disputes", () => read(AgreementDisputesDocument, { id })],
    ["approval", () => read(AgreementApprovalDocument, { id })],
  ];
  const all = () => Promise.all(queries.slice(1).map(([, q]) => q()));
  // The Balans part (not part of the workspace's five), measured before them.
  queries.push(["balance", () => read(AgreementBalanceDocument, { id })]);
  for (const [name, request] of [...queries, ["workspace", all] as [string, () => Promise<unknown>]]) {
    for (let i = 0; i < 20; i++) await request();
    if (name === "workspace") console.log(`workspace phase starts at ${Date.now()}`);
    const cpu = cpuSeconds(env.server.pid!);
    const times: number[] = [];
    for (let i = 0; i < N; i++) {
      const start = process.hrtime.bigint();
      await request();
      times.push(ms(process.hrtime.bigint() - start));
    }
    const perRun = ((cpuSeconds(env.server.pid!) - cpu) * 1000) / N;
    console.log(
      `${name.padEnd(10)} server CPU ${perRun.toFixed(2)} ms/run, p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`,
    );
  }
  console.log(`workspace phase ends at ${Date.now()}`);
} finally {
  await env.stop();
}
