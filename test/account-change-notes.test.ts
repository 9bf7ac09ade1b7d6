import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SERVER = join(import.meta.dirname, "..", "server");
/** Statements that change an existing user's row or roles (a new user has nothing cached yet). */
const WRITES_ACCOUNT = /UPDATE\s+app_user|update\(\s*UserEntity|DELETE\s+FROM\s+role_assignment|delete\(\s*RoleAssignmentEntity/i;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "migrations" ? [] : sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("code that changes a user's row or roles", () => {
  it("notes it on the transaction (noteAccountChange), so the caller's next request on this process sees it", () => {
    const writers = sources(SERVER).filter((path) => WRITES_ACCOUNT.test(readFileSync(path, "utf8")));
    // The check must see the writers it guards, or it guards nothing.
    expect(writers.length).toBeGreaterThanOrEqual(5);
    const silent = writers.filter((path) => !readFileSync(path, "utf8").includes("noteAccountChange(tx")).map((p) => relative(SERVER, p));
    expect(silent).toEqual([]);
  });
});
