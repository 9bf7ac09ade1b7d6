import { randomBytes, scryptSync } from "node:crypto";
import pg from "pg";
import { demoEmail } from "../../server/seed/municipality-seed.js";
import { gqlHttp, loginAs, type BenchEnv } from "../support.js";

/**
 * A password hash of `demo` at a low scrypt cost: the server verifies with the cost stored in the hash,
 * so the bench's hundreds of extra users log in through the ordinary `login` without each costing
 * 16 MiB and ~50 ms of scrypt. Only these fixture users have it; the server's own hashing is untouched.
 */
function cheapDemoHash(): string {
  const salt = randomBytes(16);
  const params = { N: 2 ** 10, r: 8, p: 1 };
  const key = scryptSync("demo".normalize("NFC"), salt, 32, params);
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64"), key.toString("base64")].join("$");
}

/** The municipality the token's login belongs to (its `mun` claim). */
export const municipalityOf = (token: string): string => JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()).mun;

/**
 * Adds `count` users named `<prefix>-<n>` holding `role` in the organ `organ`, written as the schema
 * owner in the municipality's scope (row-level security is forced on the owner too). Returns their
 * demo logins (the part before `@`).
 */
export async function seedUsers(
  env: BenchEnv,
  adminToken: string,
  options: { prefix: string; count: number; role: string; organ: string },
): Promise<string[]> {
  const organs = (await gqlHttp(env, "{ organs { id shortName } }", {}, adminToken)).organs as Array<{ id: string; shortName: string }>;
  const organId = organs.find((o) => o.shortName === options.organ)!.id;
  const municipalityId = municipalityOf(adminToken);
  const who = Array.from({ length: options.count }, (_, i) => `${options.prefix}-${i}`);
  const client = new pg.Client({ connectionString: env.pg.ownerUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.municipality_id', $1, true)", [municipalityId]);
    await client.query(
      `WITH created AS (
         INSERT INTO app_user (municipality_id, name, email, password_hash)
         SELECT $1, 'Bench ' || w, e, $4 FROM unnest($2::text[], $3::text[]) AS t(w, e) RETURNING id
       )
       INSERT INTO role_assignment (municipality_id, user_id, organ_id, role) SELECT $1, id, $5, $6 FROM created`,
      [municipalityId, who, who.map((w) => demoEmail(w, env.slug)), cheapDemoHash(), organId, options.role],
    );
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
  return who;
}

/** Logs each in (through `login`), a few at a time; their tokens in the same order. */
export async function loginAll(env: BenchEnv, who: string[], concurrency = 8): Promise<string[]> {
  const tokens: string[] = new Array(who.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < who.length) {
        const i = next++;
        tokens[i] = await loginAs(env, who[i]);
      }
    }),
  );
  return tokens;
}
