import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { describe, expect, it, onTestFinished } from "vitest";
import { configureLogging } from "../server/logging.js";
import { createAgreement } from "./support/agreements.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { ownerDataSource } from "./support/owner.js";
import { useTestServer } from "./support/server.js";

function capture(): Array<Record<string, any>> {
  const lines: Array<Record<string, any>> = [];
  configureLogging(
    "info",
    new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    }),
  );
  onTestFinished(() => configureLogging("warn"));
  return lines;
}

describe("structured logs", () => {
  it("write one JSON line per operation, with request id, operation, actor, municipality, duration and outcome, and no secrets", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const lines = capture();
    const vonChef = await actor(server, m, "von.chef");
    const { id } = await createAgreement(vonChef, m);
    expect(
      errorCode(
        await vonChef('mutation Rename($id: ID!) { updateAgreement(id: $id, expectedVersion: 99, input: { title: "X" }) { id } }', { id }),
      ),
    ).toBe("CONFLICT");
    const operations = lines.filter((l) => l.msg === "operation");
    expect(operations.find((l) => l.operation === "Rename")).toMatchObject({
      actor: m.users["von.chef"].id,
      municipality: m.municipality.id,
      outcome: "CONFLICT",
    });
    expect(operations.every((l) => typeof l.requestId === "string" && typeof l.durationMs === "number")).toBe(true);
    const written = JSON.stringify(lines);
    expect(written).not.toContain(vonChef.token);
    expect(written).not.toContain(m.password === "demo" ? '"demo"' : m.password);
  });

  it("log an internal error's stack once under the request id, and give the client only that id", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const { id } = await createAgreement(vonChef, m);
    const poison = `Förgiftad ${randomUUID()}`;
    const fn = `log_test_fail_${randomUUID().replace(/-/g, "")}`;
    const owner = await ownerDataSource(); // a trigger is the tables' owner's to make
    await owner.query(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected'; END $$`);
    await owner.query(
      `CREATE TRIGGER ${fn} BEFORE UPDATE ON agreement FOR EACH ROW WHEN (NEW.title = '${poison}') EXECUTE FUNCTION ${fn}()`,
    );
    onTestFinished(() => owner.query(`DROP TRIGGER ${fn} ON agreement; DROP FUNCTION ${fn}()`));
    const lines = capture();

    const failed = await vonChef(
      "mutation($id: ID!, $t: String!) { updateAgreement(id: $id, expectedVersion: 1, input: { title: $t }) { id } }",
      { id, t: poison },
    );
    expect(errorCode(failed)).toBe("INTERNAL_SERVER_ERROR");
    const requestId = failed.errors![0].extensions!.requestId as string;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(failed)).not.toMatch(/injected|stack|\.ts/);
    const internal = lines.filter((l) => l.msg === "internal error");
    expect(internal).toHaveLength(1);
    expect(internal[0]).toMatchObject({ requestId, level: 50 });
    expect(internal[0].err.stack).toContain("injected");
    expect(ok(await vonChef("query($id: ID!) { agreement(id: $id) { title } }", { id })).agreement.title).not.toBe(poison);
  });
});
