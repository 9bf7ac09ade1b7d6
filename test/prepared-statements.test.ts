import type pg from "pg";
import { describe, expect, it } from "vitest";
import { AgreementEntity, SectionEntity } from "../server/agreements/agreement.entities.js";
import { BalanceLineEntity } from "../server/balance/balance.entities.js";
import { balanceStore } from "../server/balance/balance.store.js";
import { commentsStore } from "../server/comments/comments.store.js";
import { Database } from "../server/db/database.js";
import { prepared } from "../server/db/prepared.js";
import { lockAgreement, lockAgreementOf } from "../server/pipeline/locks.js";
import { createAgreement } from "./support/agreements.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";

const ADD_COMMENT = `mutation($s: ID!, $b: String!) { addComment(sectionId: $s, body: $b) { id } }`;
const ADD_LINE = `mutation($id: ID!, $v: Int!) { addBalanceLine(agreementId: $id, expectedVersion: $v, input: { kind: RESOURCE, description: "Grundersättning", amount: "1000.00" }) { version lines { id } } }`;
const UPDATE_LINE = `mutation($l: ID!, $v: Int!, $a: Money!) { updateBalanceLine(lineId: $l, expectedVersion: $v, input: { kind: RESOURCE, description: "Grundersättning", amount: $a }) { version } }`;

/** Each statement the server's pool sends, and the prepared statement's name it was sent as (if any). */
function recordStatements(server: { appDataSource: { driver: unknown } }) {
  const pool = (server.appDataSource.driver as { master: pg.Pool }).master;
  const sent: Array<{ text: string; name?: string }> = [];
  const wrapped = new WeakSet<object>();
  pool.on("acquire", (client) => {
    if (wrapped.has(client)) return;
    wrapped.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const config = args[0] as string | { text: string; name?: string };
      sent.push(typeof config === "string" ? { text: config } : { text: config.text, name: config.name });
      return query(...args);
    };
  });
  return sent;
}

describe("prepared statements on the mutation path", () => {
  it("sends every statement of addComment and updateBalanceLine but the opening and the commit as a named prepared statement", async () => {
    const server = await useTestServer();
    const sent = recordStatements(server);
    const m = await seedMunicipality();
    const chief = await actor(server, m, "von.chef");
    const agreement = await createAgreement(chief, m);
    const sections = ok(await chief(`query($id: ID!) { agreement(id: $id) { sections { id } } }`, { id: agreement.id })).agreement.sections;
    const added = ok(await chief(ADD_LINE, { id: agreement.id, v: 0 })).addBalanceLine;
    // Twice each: the second time on a connection binds what the first parsed.
    for (let i = 0; i < 2; i++) {
      sent.length = 0;
      ok(await chief(ADD_COMMENT, { s: sections[0].id, b: `Fråga ${i}` }));
      const comment = sent.filter((s) => !/^\s*INSERT INTO rate_limit /.test(s.text));
      expect(comment.map((s) => s.name ?? s.text.slice(0, 20))).toEqual([
        expect.stringMatching(/^START TRANSACTION/),
        "lock_agreement_of_section",
        "comment_section",
        "comment_insert",
        "event_append_after",
        "COMMIT",
      ]);
      sent.length = 0;
      ok(await chief(UPDATE_LINE, { l: added.lines[0].id, v: added.version + i, a: `${1200 + i}.00` }));
      const update = sent.filter((s) => !/^\s*INSERT INTO rate_limit /.test(s.text));
      expect(update.slice(1, -1).every((s) => s.name !== undefined)).toBe(true);
      expect(update.map((s) => s.name)).toContain("balance_update_line");
    }
  });

  it("reads rows exactly as TypeORM hydrates them", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const chief = await actor(server, m, "von.chef");
    const agreement = await createAgreement(chief, m);
    const sections = ok(await chief(`query($id: ID!) { agreement(id: $id) { sections { id } } }`, { id: agreement.id })).agreement.sections;
    const added = ok(await chief(ADD_LINE, { id: agreement.id, v: 0 })).addBalanceLine;
    const lineId = added.lines[0].id as string;
    const db = new Database(server.appDataSource);
    await db.inMunicipality(m.municipality.id, async (tx) => {
      const typeorm = await tx.em.findOneByOrFail(AgreementEntity, { id: agreement.id });
      expect(await lockAgreement(tx, agreement.id)).toStrictEqual(typeorm);
      expect(await lockAgreementOf(tx, "section", sections[0].id)).toStrictEqual(typeorm);
      expect(await lockAgreementOf(tx, "balance_line", lineId)).toStrictEqual(typeorm);
      expect(typeof typeorm.periodStart).toBe("string");
      expect(await commentsStore.section(tx, sections[0].id)).toStrictEqual(
        await tx.em.findOneByOrFail(SectionEntity, { id: sections[0].id }),
      );
      expect(await balanceStore.line(tx, lineId)).toStrictEqual(await tx.em.findOneByOrFail(BalanceLineEntity, { id: lineId }));
      // Nothing found, and ids that are not UUIDs, are null as before.
      expect(await lockAgreementOf(tx, "section", "00000000-0000-0000-0000-000000000000")).toBeNull();
      expect(await lockAgreement(tx, "not-a-uuid")).toBeNull();
      expect(await commentsStore.section(tx, "00000000-0000-0000-0000-000000000000")).toBeNull();
    });
  });

  it("refuses one name for two texts", () => {
    prepared("test_one_name", "SELECT 1");
    expect(() => prepared("test_one_name", "SELECT 2")).toThrow(/two texts/);
  });
});
