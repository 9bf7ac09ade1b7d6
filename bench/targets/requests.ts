/**
 * Issue 15, targets 2 and 3: authenticated requests and persisted mutations, over HTTP with bearer
 * tokens, each against `{ __typename }` on the same server at the same concurrency and duration.
 *
 * Rate limits: production's (600 mutations a minute per user, plus a reserve of 300 per ten minutes).
 * The mutations are spread over USERS seeded users (a handläggare of the purchaser each, with an
 * agreement and balance line of their own), so no user comes near the limit; a RATE_LIMITED answer
 * counts as an error and is printed.
 */
import pg from "pg";
import { HttpLoad, SlotPool, type LoadResult, type Shot } from "../harness/http-load.js";
import { ratioTarget, type Benchmark, type TargetResult } from "../harness/target.js";
import { gqlHttp, loginAs, percentile, startBenchEnv, type BenchEnv } from "../support.js";

const QUICK = process.env.BENCH_QUICK === "1";
const SECONDS = QUICK ? 3 : 8;
const CONCURRENCY = 20;
const USERS = 80;

export const CREATE = `mutation($p: ID!, $q: ID!, $t: String!) { createAgreement(input: { title: $t, kind: DIREKTBESTALLNING, purchaserOrganId: $p, providerOrganId: $q, periodStart: "2027-01-01", periodEnd: "2027-12-31" }) { id sections { id } } }`;
export const ADD_LINE = `mutation($id: ID!, $v: Int!) { addBalanceLine(agreementId: $id, expectedVersion: $v, input: { kind: RESOURCE, description: "Grundersättning", amount: "1000.00" }) { version lines { id } } }`;
export const UPDATE_LINE = `mutation($l: ID!, $v: Int!, $a: Money!) { updateBalanceLine(lineId: $l, expectedVersion: $v, input: { kind: RESOURCE, description: "Grundersättning", amount: $a }) { version } }`;
export const ADD_COMMENT = `mutation($s: ID!, $b: String!) { addComment(sectionId: $s, body: $b) { id } }`;

export interface Slot {
  token: string;
  sectionId: string;
  lineId: string;
  version: number;
  sent: number;
}

export const requests: Benchmark = {
  name: "requests",
  budgetSeconds: 240,
  async run() {
    const env = await startBenchEnv();
    const load = new HttpLoad(`${env.url}/graphql`);
    try {
      const slots = await seed(env);
      const results: TargetResult[] = [];
      const tokens = slots.map((s) => s.token);
      let n = 0;
      const typenameShot = () => ({ body: JSON.stringify({ query: "{ __typename }" }) });
      const typenameFirst = await closedLoop(load, typenameShot);
      const xactBefore = await transactions(env);
      const me = await closedLoop(load, () => ({
        body: JSON.stringify({ query: "{ me { id name } }" }),
        token: tokens[n++ % tokens.length],
      }));
      const xactPerMe = ((await transactions(env)) - xactBefore) / (me.requests + me.errors);
      // The floor is measured on both sides of the measured run, and the faster one counts: a floor
      // that dipped while something else took the CPU must not make a ratio look better than it is.
      const typenameAgain = await closedLoop(load, typenameShot);
      const typename = typenameAgain.perSecond > typenameFirst.perSecond ? typenameAgain : typenameFirst;
      const floor = { label: "{ __typename }", value: typename.perSecond, unit: "req/s" };
      results.push(
        ratioTarget(
          "requests-me",
          "`{ me { id name } }`, 20 concurrent: ≥ 70 % of `{ __typename }`'s throughput",
          { label: "me", value: me.perSecond, unit: "req/s" },
          floor,
          ">=",
          0.7,
          {
            ...figures("me", me),
            ...figures("typename", typename),
            "me transactions per request": xactPerMe.toFixed(2),
          },
        ),
      );

      const insertFloor = await insertCommitFloor(env);
      const mutations: Array<[string, string, (s: Slot) => Shot, (s: Slot, answer: any) => void]> = [
        [
          "addComment",
          "addComment",
          (s) => ({ body: JSON.stringify({ query: ADD_COMMENT, variables: { s: s.sectionId, b: `Fråga ${s.sent++}` } }), token: s.token }),
          () => {},
        ],
        [
          "updateBalanceLine",
          "balance line update",
          (s) => ({
            body: JSON.stringify({ query: UPDATE_LINE, variables: { l: s.lineId, v: s.version, a: `${1000 + (++s.sent % 500)}.00` } }),
            token: s.token,
          }),
          (s, answer) => {
            if (answer) s.version = answer.updateBalanceLine.version;
          },
        ],
      ];
      for (const [id, title, shot, answered] of mutations) {
        const pool = new SlotPool(slots);
        const held: Slot[] = [];
        const xact0 = await transactions(env);
        const max = await closedLoop(
          load,
          async (caller) => shot((held[caller] = await pool.take())),
          (caller, answer) => {
            answered(held[caller], answer);
            pool.give(held[caller]);
          },
        );
        const xactPer = ((await transactions(env)) - xact0) / (max.requests + max.errors);
        const half = await load.open(max.perSecond / 2, SECONDS, async () => {
          const slot = await pool.take();
          return {
            shot: shot(slot),
            release: (answer) => {
              answered(slot, answer);
              pool.give(slot);
            },
          };
        });
        const details = {
          ...figures(id, max),
          ...figures(`${id} at half rate`, half),
          [`${id} transactions per request`]: xactPer.toFixed(2),
          ...figures("pg insert+commit", insertFloor),
          "rate limit": `600/min + 300/10 min per user; ${USERS} users, ≤ ${Math.max(...slots.map((s) => s.sent))} mutations each so far`,
        };
        results.push(
          ratioTarget(
            `requests-${id}`,
            `${title}, 20 concurrent: ≥ 35 % of \`{ __typename }\`'s throughput`,
            { label: id, value: max.perSecond, unit: "req/s" },
            floor,
            ">=",
            0.35,
            details,
          ),
          {
            id: `requests-${id}-p99-half`,
            title: `${title} at half its maximum rate (${(max.perSecond / 2).toFixed(0)}/s, open loop): p99 ≤ 25 ms`,
            measured: { label: "p99", value: half.p99, unit: "ms" },
            floor: null,
            ratio: half.p99 / 25,
            bound: { op: "<=", limit: 1 },
            pass: half.p99 <= 25 && half.errors === 0,
            details,
          },
        );
      }
      return results;
    } finally {
      load.close();
      await env.stop();
    }
  },
};

async function closedLoop(
  load: HttpLoad,
  next: (caller: number) => Promise<Shot> | Shot,
  done?: (caller: number, answer: unknown) => void,
): Promise<LoadResult> {
  await load.closed(CONCURRENCY, QUICK ? 0.5 : 1, next, done); // warm up
  const result = await load.closed(CONCURRENCY, SECONDS, next, done);
  if (result.errors > 0) console.warn(`  ${result.errors} errors, first: ${result.firstError}`);
  return result;
}

function figures(name: string, r: LoadResult): Record<string, string | number> {
  return {
    [`${name} req/s`]: Math.round(r.perSecond),
    [`${name} p50 ms`]: r.p50.toFixed(2),
    [`${name} p99 ms`]: r.p99.toFixed(2),
    ...(r.errors ? { [`${name} errors`]: `${r.errors}: ${r.firstError}` } : {}),
  };
}

/** Transactions the database has counted (pg_stat_database), after its statistics caught up. */
async function transactions(env: BenchEnv): Promise<number> {
  await new Promise((r) => setTimeout(r, 700));
  const client = new pg.Client({ connectionString: env.pg.ownerUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_stat_force_next_flush()");
    const { rows } = await client.query("SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()");
    return Number(rows[0].n) - 1;
  } finally {
    await client.end();
  }
}

/**
 * The floor of a persisted write: a one-row insert and its commit into a tiny table of the bench's
 * database, straight through pg, 20 at a time for the same duration.
 */
async function insertCommitFloor(env: BenchEnv): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: env.pg.ownerUrl, max: CONCURRENCY });
  try {
    await pool.query("CREATE TABLE IF NOT EXISTS bench_insert_floor (id bigserial PRIMARY KEY, body text NOT NULL)");
    const latencies: number[] = [];
    const started = performance.now();
    const end = started + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        const client = await pool.connect();
        try {
          while (performance.now() < end) {
            const t0 = performance.now();
            await client.query("INSERT INTO bench_insert_floor (body) VALUES ($1)", ["Fråga"]);
            latencies.push(performance.now() - t0);
          }
        } finally {
          client.release();
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return {
      requests: latencies.length,
      errors: 0,
      seconds,
      perSecond: latencies.length / seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
    };
  } finally {
    await pool.end();
  }
}

/** USERS handläggare of VON, each logged in, with an agreement of their own holding one balance line. */
export async function seed(env: BenchEnv): Promise<Slot[]> {
  const chief = await loginAs(env, "von.chef");
  const organs = (await gqlHttp(env, "{ organs { id shortName } }", {}, chief)).organs as Array<{ id: string; shortName: string }>;
  const organ = (s: string) => organs.find((o) => o.shortName === s)!.id;
  const municipalityId = (await gqlHttp(env, "{ me { municipality { id } } }", {}, chief)).me.municipality.id as string;
  // Straight into the database as its owner: the administration's invitation would mail a link per user.
  const owner = new pg.Client({ connectionString: env.pg.ownerUrl });
  await owner.connect();
  try {
    await owner.query("BEGIN");
    await owner.query("SELECT set_config('app.municipality_id', $1, true)", [municipalityId]);
    const { rows: hash } = await owner.query(
      "SELECT password_hash FROM app_user WHERE municipality_id = $1 AND password_hash IS NOT NULL LIMIT 1",
      [municipalityId],
    );
    for (let i = 0; i < USERS; i++) {
      const { rows: user } = await owner.query(
        "INSERT INTO app_user (municipality_id, name, email, password_hash) VALUES ($1, $2, $3, $4) RETURNING id",
        [municipalityId, `Bänk ${i}`, `bench.${i}@${env.slug}.balans.se`, hash[0].password_hash],
      );
      await owner.query("INSERT INTO role_assignment (municipality_id, user_id, organ_id, role) VALUES ($1, $2, $3, 'HANDLAGGARE')", [
        municipalityId,
        user[0].id,
        organ("VON"),
      ]);
    }
    await owner.query("COMMIT");
  } finally {
    await owner.end();
  }
  const slots: Slot[] = [];
  for (let i = 0; i < USERS; i += 8) {
    slots.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(8, USERS - i) }, async (_, j) => {
          const token = await loginAs(env, `bench.${i + j}`);
          const agreement = (await gqlHttp(env, CREATE, { p: organ("VON"), q: organ("PS"), t: `Bänkavtal ${i + j}` }, chief))
            .createAgreement;
          const added = (await gqlHttp(env, ADD_LINE, { id: agreement.id, v: 0 }, chief)).addBalanceLine;
          return { token, sectionId: agreement.sections[0].id, lineId: added.lines[0].id, version: added.version, sent: 0 };
        }),
      )),
    );
  }
  return slots;
}
