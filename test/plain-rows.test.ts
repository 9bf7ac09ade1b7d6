import { describe, expect, it } from "vitest";
import { AgreementEntity, SectionEntity } from "../server/agreements/agreement.entities.js";
import { BalanceLineEntity, BalanceMarkEntity } from "../server/balance/balance.entities.js";
import { CommentEntity } from "../server/comments/comment.entity.js";
import { columnsOf, entitiesOf } from "../server/db/plain-rows.js";
import { DisputeEntity, DisputePositionEntity } from "../server/disputes/dispute.entities.js";
import { disputesStore } from "../server/disputes/disputes.store.js";
import { MunicipalityEntity, OrganEntity, UserEntity } from "../server/identity/identity.entities.js";
import { SectionMarkEntity } from "../server/section-marks/section-marks.entities.js";
import { readyDraft } from "./support/approval.js";
import { seedMunicipality } from "./support/factories.js";
import { readingAgreement } from "./support/reading-world.js";
import { useTestServer } from "./support/server.js";

/** The entities the workspace's reads select by written-out SQL, with their tables. */
const ENTITIES: Array<[new () => object, string]> = [
  [AgreementEntity, "agreement"],
  [SectionEntity, "section"],
  [OrganEntity, "organ"],
  [UserEntity, "app_user"],
  [DisputeEntity, "dispute"],
  [DisputePositionEntity, "dispute_position"],
  [CommentEntity, "comment"],
  [BalanceLineEntity, "balance_line"],
  [BalanceMarkEntity, "balance_mark"],
  [SectionMarkEntity, "section_mark"],
  [MunicipalityEntity, "municipality"],
];

describe("entities read by written-out SQL (db/plain-rows.ts)", () => {
  it(
    "are what TypeORM's find returns for the same rows: every selected column, the same values and types, no password hash",
    { timeout: 120_000 },
    async () => {
      const server = await useTestServer();
      const m = await seedMunicipality();
      await readyDraft(server, m);
      await readingAgreement(server, m, { sections: 3, lines: 4, proposals: 2, disputes: 3, escalated: 1, comments: 3 });
      await server.services.db.inMunicipality(m.municipality.id, async (tx) => {
        for (const [entity, table] of ENTITIES) {
          const key = tx.em.connection.getMetadata(entity).primaryColumns.map((c) => c.propertyName);
          const sort = (rows: object[]) =>
            [...rows].sort((a, b) =>
              key
                .map((k) => String((a as never)[k]))
                .join()
                .localeCompare(key.map((k) => String((b as never)[k])).join()),
            );
          const byOrm = sort(await tx.em.find(entity));
          const rows = (await tx.em.query(`SELECT ${columnsOf(tx.em, entity, "t", "t_")} FROM ${table} t`)) as Array<
            Record<string, unknown>
          >;
          const plain = sort(entitiesOf(tx.em, entity, rows, "t_"));
          expect(byOrm.length, `${table}: rows`).toBeGreaterThan(0);
          expect(plain, table).toStrictEqual(byOrm);
          for (const row of plain) expect(Object.keys(row).sort(), table).toEqual(Object.keys(byOrm[0]).sort());
        }
      });
      expect(columnsOf(server.appDataSource.manager, UserEntity, "u")).not.toContain("password_hash");
    },
  );

  it(
    "a dispute's positions as `parts` reads them (times to the millisecond, from JSON) are the rows TypeORM reads",
    { timeout: 120_000 },
    async () => {
      const server = await useTestServer();
      const m = await seedMunicipality();
      await readingAgreement(server, m, { sections: 2, lines: 2, proposals: 0, disputes: 4, escalated: 1, comments: 0 });
      await server.services.db.inMunicipality(m.municipality.id, async (tx) => {
        const disputes = await tx.em.find(DisputeEntity);
        const byOrm = await tx.em.find(DisputePositionEntity, { order: { at: "ASC", id: "ASC" } });
        const users = await tx.em.find(UserEntity);
        const parts = await disputesStore.parts(tx, disputes);
        expect(byOrm.length).toBeGreaterThanOrEqual(disputes.length);
        expect(parts.positions.map(({ user, ...position }) => [position, user])).toStrictEqual(
          byOrm.map((p) => [{ ...p }, users.find((u) => u.id === p.userId)]),
        );
        for (const d of disputes) expect(parts.users.get(d.raisedBy)).toStrictEqual(users.find((u) => u.id === d.raisedBy));
      });
    },
  );
});
