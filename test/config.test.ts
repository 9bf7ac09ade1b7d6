import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../server/config.js";

const base = { BALANS_DATA_DIR: "/tmp/balans-config-test", NODE_ENV: "production" };

describe("configuration in production", () => {
  it("refuses a short, low-entropy or published token secret", () => {
    for (const secret of ["change-me-in-production", "kort", "a".repeat(64)])
      expect(() => loadConfig({ ...base, BALANS_TOKEN_SECRET: secret })).toThrow(/BALANS_TOKEN_SECRET/);
    expect(loadConfig({ ...base, BALANS_TOKEN_SECRET: randomBytes(48).toString("base64") }).production).toBe(true);
  });

  it("seeds demo users only when asked to with BALANS_DEMO=1", () => {
    const secret = randomBytes(48).toString("base64");
    expect(loadConfig({ ...base, BALANS_TOKEN_SECRET: secret }).demo).toBe(false);
    expect(loadConfig({ ...base, BALANS_TOKEN_SECRET: secret, BALANS_DEMO: "1" }).demo).toBe(true);
    expect(loadConfig({ BALANS_DATA_DIR: base.BALANS_DATA_DIR, BALANS_TOKEN_SECRET: secret }).demo).toBe(true);
  });
});

describe("database roles", () => {
  const env = { BALANS_DATA_DIR: base.BALANS_DATA_DIR, BALANS_TOKEN_SECRET: randomBytes(48).toString("base64") };

  it("migrates as MIGRATION_DATABASE_URL's role, or as DATABASE_URL's when it is unset (one role for both)", () => {
    const app = "postgres://balans_app:x@db/balans";
    const owner = "postgres://balans_owner:y@db/balans";
    expect(loadConfig({ ...env, DATABASE_URL: app, MIGRATION_DATABASE_URL: owner })).toMatchObject({
      databaseUrl: app,
      migrationDatabaseUrl: owner,
    });
    expect(loadConfig({ ...env, DATABASE_URL: app })).toMatchObject({ databaseUrl: app, migrationDatabaseUrl: app });
    expect(loadConfig(env)).toMatchObject({ databaseUrl: undefined, migrationDatabaseUrl: undefined });
    expect(() => loadConfig({ ...env, MIGRATION_DATABASE_URL: owner })).toThrow(/DATABASE_URL/);
  });
});
