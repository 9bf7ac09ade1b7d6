/**
 * `npm run bench:pages`: how long the server takes to answer the queries behind the agreements list
 * (with 200 agreements) and an agreement page, as the client sends them. Prints numbers; asserts nothing.
 */
import { print } from "graphql";
import { AgreementDocument, AgreementsDocument } from "../client/gql/graphql.js";
import { fmt, gqlHttp, loginAs, ms, percentile, startBenchEnv } from "./support.js";

const AGREEMENTS = 200;
const RUNS = 100;
const CREATE = `mutation($p: ID!, $q: ID!, $t: String!) { createAgreement(input: { title: $t, kind: DIREKTBESTALLNING, purchaserOrganId: $p, providerOrganId: $q, periodStart: "2027-01-01", periodEnd: "2027-12-31" }) { id } }`;

async function timed(runs: number, request: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await request(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await request();
    times.push(ms(process.hrtime.bigint() - start));
  }
  return times;
}

const env = await startBenchEnv();
try {
  const token = await loginAs(env, "von.chef");
  const organs = (await gqlHttp(env, "{ organs { id shortName } }", {}, token)).organs as Array<{ id: string; shortName: string }>;
  const organ = (s: string) => organs.find((o) => o.shortName === s)!.id;
  let id = "";
  for (let i = 0; i < AGREEMENTS; i++)
    id = (await gqlHttp(env, CREATE, { p: organ("VON"), q: organ("PS"), t: `Avtal ${i}` }, token)).createAgreement.id;

  console.log("Balans page queries benchmark (server: built, NODE_ENV=production, own process)\n");
  const list = await timed(RUNS, () => gqlHttp(env, print(AgreementsDocument), {}, token));
  console.log(
    `  agreements list, ${AGREEMENTS} agreements      p50 ${fmt(percentile(list, 50))} ms   p99 ${fmt(percentile(list, 99))} ms   (n=${RUNS})`,
  );
  const page = await timed(RUNS, () => gqlHttp(env, print(AgreementDocument), { id }, token));
  console.log(
    `  agreement page (8 sections)            p50 ${fmt(percentile(page, 50))} ms   p99 ${fmt(percentile(page, 99))} ms   (n=${RUNS})`,
  );
} finally {
  await env.stop();
}
