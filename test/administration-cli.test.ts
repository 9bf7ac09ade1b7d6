import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, inject, it, onTestFinished } from "vitest";
import { openDataSource } from "../server/db/data-source.js";
import { startEmbeddedPostgres } from "../server/db/embedded-postgres.js";
import { CREATE_USER, ORGANS, TEMPLATE, USERS, loggedInAs } from "./support/administration.js";
import type { TestMunicipality } from "./support/factories.js";
import { ok } from "./support/graphql.js";
import { asOwner, inScope, ownerDataSource } from "./support/owner.js";
import { useTestServer } from "./support/server.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run balans -- …` as its own process (through tsx, so no build is needed), configured as a server is. */
function balans(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const database = { DATABASE_URL: inject("databaseUrl"), MIGRATION_DATABASE_URL: inject("ownerDatabaseUrl") };
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      ["--import", "tsx", "server/cli/main.ts", ...args],
      { cwd: root, env: { ...process.env, ...database, BALANS_PUBLIC_URL: "https://balans.example.se", ...env }, timeout: 90_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr }),
    ),
  );
}

const linkIn = (stdout: string) => /https:\/\/balans\.example\.se\/losenord#([A-Za-z0-9_-]{43})/.exec(stdout)?.[1];

/** The municipality of `slug`, through the reviewed lookup (the owner sees no municipality outside a scope); null when none. */
async function municipalityOf(slug: string): Promise<string | null> {
  const [row] = (await (await ownerDataSource()).query("SELECT municipality_by_slug($1) AS id", [slug])) as Array<{ id: string | null }>;
  return row?.id ?? null;
}

describe("npm run balans: the operator's command line", () => {
  it("creates a municipality ready for its admin: organs, template, requirement, ADMIN in KS and a one-time link", async () => {
    const slug = `cli-${randomBytes(4).toString("hex")}`;
    const email = `anna@${slug}.se`;
    const created = await balans([
      "municipality",
      "create",
      "--slug",
      slug,
      "--name",
      "Österåkers kommun",
      "--requirement",
      "min-margin:1",
      "--admin-email",
      email,
      "--admin-name",
      "Anna Andersson",
    ]);
    expect(created, created.stderr).toMatchObject({ code: 0 });
    const token = linkIn(created.stdout)!;
    expect(token, created.stdout).toBeDefined();
    const id = (await municipalityOf(slug))!;
    const [municipality] = await asOwner(id, "SELECT name, requirement_kind, min_margin_percent FROM municipality");
    expect(municipality).toEqual({ name: "Österåkers kommun", requirement_kind: "MIN_MARGIN", min_margin_percent: "1.00" });
    const [admin] = await asOwner(
      id,
      `SELECT u.id, u.email, u.password_hash, r.role, o.short_name FROM app_user u
         JOIN role_assignment r ON r.user_id = u.id JOIN organ o ON o.id = r.organ_id`,
    );
    expect(admin).toMatchObject({ email, password_hash: null, role: "ADMIN", short_name: "KS" });
    const [link] = await asOwner(id, "SELECT token_hash, purpose FROM password_token WHERE user_id = $1", [admin.id]);
    expect(link).toEqual({ token_hash: sha256(token), purpose: "INVITATION" });
    const [audit] = await asOwner(id, "SELECT actor_id, action, target_type FROM admin_audit");
    expect(audit).toEqual({ actor_id: null, action: "createMunicipality", target_type: "MUNICIPALITY" });

    // Through the API, as the server's role: the admin (once a password is set) has a municipality to run.
    const server = await useTestServer();
    const m = { municipality: { id } } as TestMunicipality;
    const adminCaller = await loggedInAs(server, m, admin as { id: string; email: string });
    const organs = ok(await adminCaller(ORGANS)).organs.map((o: { shortName: string; kind: string }) => `${o.shortName}:${o.kind}`);
    expect(organs.sort()).toEqual(["KF:KOMMUNFULLMAKTIGE", "KS:KOMMUNSTYRELSE", "PS:PRODUKTIONSSTYRELSE", "VON:BESTALLARNAMND"]);
    expect(ok(await adminCaller(TEMPLATE)).sectionTemplate.entries).toHaveLength(8);
    const von = ok(await adminCaller(ORGANS)).organs.find((o: { shortName: string }) => o.shortName === "VON").id;
    ok(
      await adminCaller(CREATE_USER, {
        input: { name: "Vera Lind", email: `vera@${slug}.se`, roles: [{ role: "FORVALTNINGSCHEF", organId: von }] },
      }),
    );
    expect(ok(await adminCaller(USERS)).users).toHaveLength(2);

    const listed = await balans(["municipality", "list"]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^${slug}\\s+Österåkers kommun\\s+2 \\(2\\)\\s+4\\s+0$`, "m"));

    const reset = await balans(["user", "reset-link", "--email", email.toUpperCase()]);
    expect(reset, reset.stderr).toMatchObject({ code: 0 });
    const newToken = linkIn(reset.stdout)!;
    expect(newToken).not.toBe(token);
    // The earlier link stopped working; a password is set now, so this one is a reset.
    expect(await asOwner(id, "SELECT token_hash, purpose FROM password_token WHERE user_id = $1", [admin.id])).toEqual([
      { token_hash: sha256(newToken), purpose: "RESET" },
    ]);
    const log = await asOwner(id, "SELECT actor_id, action FROM admin_audit ORDER BY seq DESC LIMIT 1");
    expect(log).toEqual([{ actor_id: null, action: "resetLink" }]);
  });

  it("refuses, with exit code 1 and the reason: a slug taken, an address in use, a bad requirement, missing options", async () => {
    const slug = `cli-${randomBytes(4).toString("hex")}`;
    const create = (overrides: Record<string, string>) => {
      const options = { slug, name: "Kommunen", "admin-email": `admin@${slug}.se`, "admin-name": "Ada", ...overrides };
      return balans(["municipality", "create", ...Object.entries(options).flatMap(([k, v]) => (v === "" ? [] : [`--${k}`, v]))]);
    };
    expect((await create({})).code).toBe(0);
    const refusals: Array<[Record<string, string>, RegExp]> = [
      [{}, /\(slug\): Det finns redan en kommun/],
      [{ slug: `${slug}-2` }, /email.*används redan/is],
      [{ slug: "Inte OK" }, /slug/],
      [{ slug: `${slug}-3`, "admin-email": `a@${slug}-3.se`, requirement: "min-margin:lots" }, /minMarginPercent/],
      [{ slug: `${slug}-4`, requirement: "ten percent" }, /--requirement/],
      [{ name: "" }, /--name is required/],
    ];
    for (const [overrides, reason] of refusals) {
      const run = await create(overrides);
      expect(run.code, JSON.stringify(overrides)).toBe(1);
      expect(run.stderr, JSON.stringify(overrides)).toMatch(reason);
    }
    expect(await municipalityOf(`${slug}-2`)).toBeNull();
    const unknown = await balans(["user", "reset-link", "--email", `nobody@${slug}.se`]);
    expect(unknown).toMatchObject({ code: 1 });
    expect(unknown.stderr).toMatch(/No active user/);
    expect((await balans(["frobnicate"])).code).toBe(1);
  });

  it("works on the embedded PostgreSQL: starts (and makes) one for the command, or uses the one a running Balans started", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "balans-cli-"));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const embedded = { DATABASE_URL: "", MIGRATION_DATABASE_URL: "", BALANS_DATA_DIR: dataDir };
    const made = await balans(
      [
        "municipality",
        "create",
        "--slug",
        "inbaddad",
        "--name",
        "Inbäddad kommun",
        "--admin-email",
        "a@inbaddad.se",
        "--admin-name",
        "Ada",
      ],
      embedded,
    );
    expect(made, made.stderr).toMatchObject({ code: 0 });
    expect(linkIn(made.stdout)).toBeDefined();

    // A Balans running on the same data: the command uses its PostgreSQL instead of starting (and so stopping) another.
    const running = await startEmbeddedPostgres(dataDir);
    onTestFinished(() => running.stop());
    const listed = await balans(["municipality", "list"], embedded);
    expect(listed, listed.stderr).toMatchObject({ code: 0 });
    expect(listed.stdout).toMatch(/^inbaddad\s+Inbäddad kommun\s+1 \(1\)\s+4\s+0$/m);
    const owner = await openDataSource(running.ownerUrl, { poolSize: 1 });
    onTestFinished(() => owner.destroy());
    const [{ id }] = (await owner.query("SELECT municipality_by_slug('inbaddad') AS id")) as Array<{ id: string }>;
    expect(await inScope(owner, id, "SELECT slug FROM municipality")).toEqual([{ slug: "inbaddad" }]);
  }, 120_000);
});
