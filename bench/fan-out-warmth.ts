/**
 * Where the fan-out benchmark's CPU goes, event by event (not a target): `N` subscribers of
 * `agreementEvents` on a fresh built server, events appended by this process as in
 * `targets/fan-out.ts`, and the server's CPU per event printed for every ten events, first on the
 * sockets opened at the start, then on fresh ones on the same, warmed server. A server whose early
 * events cost more on old and new sockets alike is still compiling its code; one whose fresh sockets
 * cost more again pays per connection. `npm run build:server && npx tsx bench/fan-out-warmth.ts`
 * (`N=500`, `CHUNKS=5`; `BENCH_CPU_PROFILE=dir` for a profile).
 */
import type { Client } from "graphql-ws";
import { seedReaders } from "./harness/fan-out-support.js";
import { cpuSeconds, gqlHttp, loginAs, startBenchEnv, wsClient } from "./support.js";
import { openDataSource } from "../server/db/data-source.js";
import { Database } from "../server/db/database.js";
import { appendEvent } from "../server/events/event-log.js";

const N = Number(process.env.N ?? 50);
const CHUNKS = Number(process.env.CHUNKS ?? 5);
const SOCKETS_PER_USER = 25;
const SUBSCRIPTION = `subscription AgreementEvents($agreementId: ID!, $afterSeq: Int) {
  agreementEvents(agreementId: $agreementId, afterSeq: $afterSeq) { seq type at summary actor { id name } } }`;
const CREATE = `mutation($p: ID!, $q: ID!) { createAgreement(input: { title: "Fan-out", kind: DIREKTBESTALLNING, purchaserOrganId: $p, providerOrganId: $q, periodStart: "2027-01-01", periodEnd: "2027-12-31" }) { id } }`;

const env = await startBenchEnv();
try {
  const tokens = await Promise.all((await seedReaders(env, Math.ceil(N / SOCKETS_PER_USER))).map((who) => loginAs(env, who)));
  const chief = await loginAs(env, "von.chef");
  const organs = (await gqlHttp(env, "{ organs { id shortName } }", {}, chief)).organs as Array<{ id: string; shortName: string }>;
  const organ = (s: string) => organs.find((o) => o.shortName === s)!.id;
  const agreementId = (await gqlHttp(env, CREATE, { p: organ("VON"), q: organ("PS") }, chief)).createAgreement.id as string;
  const me = (await gqlHttp(env, "{ me { id municipality { id } } }", {}, chief)).me;
  const writer = new Database(await openDataSource(env.pg.appUrl, { poolSize: 2 }));

  let received = 0;
  let everyone = () => {};
  const open = (): Client[] =>
    Array.from({ length: N }, (_, i) => {
      const client = wsClient(env, tokens[Math.floor(i / SOCKETS_PER_USER)]);
      client.subscribe(
        { query: SUBSCRIPTION, variables: { agreementId } },
        { next: () => ++received === N && everyone(), error: (e) => console.error(e), complete: () => {} },
      );
      return client;
    });
  const publish = async () => {
    received = 0;
    const all = new Promise<void>((resolve) => (everyone = resolve));
    await writer.inMunicipality(me.municipality.id, (tx) =>
      appendEvent(tx, { agreementId, actorId: me.id, type: "comment.added", summary: "Ny kommentar" }),
    );
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, 3000))]);
  };

  let clients = open();
  for (const sockets of ["first sockets", "fresh sockets"]) {
    if (sockets === "fresh sockets") {
      await Promise.all(clients.map((c) => c.dispose()));
      clients = open();
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await publish(); // until every subscription is live
    for (let chunk = 0; chunk < CHUNKS; chunk++) {
      const before = cpuSeconds(env.server.pid!);
      for (let i = 0; i < 10; i++) await publish();
      const perEvent = (cpuSeconds(env.server.pid!) - before) / 10;
      console.log(`${sockets}, events ${chunk * 10 + 1}–${chunk * 10 + 10}: ${(perEvent * 1e3).toFixed(1)} ms CPU per event`);
    }
  }
  await Promise.all(clients.map((c) => c.dispose()));
  await writer.dataSource.destroy();
} finally {
  await env.stop();
}
