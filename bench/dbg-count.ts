import { readFileSync } from "node:fs";
import { gqlHttp, loginAs, startBenchEnv } from "./support.js";
const env = await startBenchEnv();
const N = 20;
let t0 = performance.now();
const snap = async (label: string) => {
  console.log(`${label}: ${((performance.now() - t0) / N).toFixed(2)} ms each`);
  env.server.kill("SIGUSR2");
  await new Promise((r) => setTimeout(r, 300));
  t0 = performance.now() + 0;
  const c = JSON.parse(readFileSync("/tmp/pgcount.json", "utf8")) as Array<[string, number]>;
  console.log(`\n== ${label}: ${c.reduce((a, [, n]) => a + n, 0) / N} statements per request`);
  for (const [t, n] of c) console.log(`${(n / N).toFixed(2)}  ${t}`);
};
try {
  const token = await loginAs(env, "von.chef");
  const organs = (await gqlHttp(env, "{ organs { id shortName } }", {}, token)).organs as Array<{ id: string; shortName: string }>;
  const organ = (s: string) => organs.find((o) => o.shortName === s)!.id;
  const a = (await gqlHttp(env, `mutation($p: ID!, $q: ID!) { createAgreement(input: { title: "x", kind: DIREKTBESTALLNING, purchaserOrganId: $p, providerOrganId: $q, periodStart: "2027-01-01", periodEnd: "2027-12-31" }) { id sections { id } } }`, { p: organ("VON"), q: organ("PS") }, token)).createAgreement;
  let b = (await gqlHttp(env, `mutation($id: ID!) { addBalanceLine(agreementId: $id, expectedVersion: 0, input: { kind: RESOURCE, description: "G", amount: "1000.00" }) { version lines { id } } }`, { id: a.id }, token)).addBalanceLine;
  await snap("setup");
  for (let i = 0; i < N; i++) await gqlHttp(env, "{ __typename }", {}, token);
  await snap("typename");
  for (let i = 0; i < N; i++) await gqlHttp(env, "{ me { id name } }", {}, token);
  await snap("me");
  for (let i = 0; i < N; i++) await gqlHttp(env, `mutation($s: ID!) { addComment(sectionId: $s, body: "q") { id } }`, { s: a.sections[0].id }, token);
  await snap("addComment");
  let v = b.version;
  for (let i = 0; i < N; i++) v = (await gqlHttp(env, `mutation($l: ID!, $v: Int!, $a: Money!) { updateBalanceLine(lineId: $l, expectedVersion: $v, input: { kind: RESOURCE, description: "G", amount: $a }) { version } }`, { l: b.lines[0].id, v, a: `${1001 + i}.00` }, token)).updateBalanceLine.version;
  await snap("updateBalanceLine");
} finally {
  await env.stop();
}
