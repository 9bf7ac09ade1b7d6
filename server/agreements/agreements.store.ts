import { In } from "typeorm";
import type { Tx } from "../db/database.js";
import { selectEntities } from "../db/plain-rows.js";
import { GENESIS_HASH } from "../events/event-chain.js";
import { OrganEntity } from "../identity/identity.entities.js";
import { isUuid } from "../validation/input.js";
import { AgreementEntity, SectionEntity, SectionTemplateEntity } from "./agreement.entities.js";
import { AgreementStatus, type AgreementKind } from "./agreement.model.js";

export interface NewAgreement {
  diarienummer: string;
  title: string;
  kind: AgreementKind;
  purchaserOrganId: string;
  providerOrganId: string;
  periodStart: string;
  periodEnd: string;
  parentAgreementId: string | null;
  createdBy: string;
}

export interface AgreementFieldValues {
  title: string;
  periodStart: string;
  periodEnd: string;
}

/**
 * The agreements' SQL: the agreement row, its sections and template, the organs it names and the
 * diarienummer counter. Changes run under the agreement's row lock (the command runner's).
 */
export const agreementsStore = {
  /** Read by every query about one agreement: written out (`plain-rows.ts`), not built by the ORM. */
  async get(tx: Tx, id: string): Promise<AgreementEntity | null> {
    if (!isUuid(id)) return null;
    const [agreement] = await selectEntities(
      tx.em,
      AgreementEntity,
      "a",
      (columns) => `SELECT ${columns} FROM agreement a WHERE a.id = $1 AND a.municipality_id = $2`,
      [id, tx.municipalityId],
    );
    return agreement ?? null;
  },

  /** Newest first; only agreements naming one of `organIds` as a party, unless it is null (everything). */
  list(
    tx: Tx,
    filter: { status?: AgreementStatus; organIds: readonly string[] | null },
    page: { first: number; offset: number },
  ): Promise<AgreementEntity[]> {
    if (filter.organIds?.length === 0) return Promise.resolve([]);
    const query = tx.em
      .getRepository(AgreementEntity)
      .createQueryBuilder("a")
      .where("a.municipality_id = :m", { m: tx.municipalityId })
      .orderBy("a.created_at", "DESC")
      .addOrderBy("a.id", "ASC")
      .limit(page.first)
      .offset(page.offset);
    if (filter.status) query.andWhere("a.status = :status", { status: filter.status });
    if (filter.organIds)
      query.andWhere("(a.purchaser_organ_id IN (:...organIds) OR a.provider_organ_id IN (:...organIds))", { organIds: filter.organIds });
    return query.getMany();
  },

  async sections(tx: Tx, agreementId: string): Promise<SectionEntity[]> {
    return (await this.sectionsOf(tx, [agreementId])).get(agreementId) ?? [];
  },

  /** The sections of each agreement, in template order, in one statement. */
  async sectionsOf(tx: Tx, agreementIds: readonly string[]): Promise<Map<string, SectionEntity[]>> {
    const byAgreement = new Map<string, SectionEntity[]>(agreementIds.map((id) => [id, []]));
    const sections = await selectEntities(
      tx.em,
      SectionEntity,
      "s",
      (columns) =>
        `SELECT ${columns} FROM section s WHERE s.agreement_id = ANY($1::uuid[]) AND s.municipality_id = $2 ORDER BY s.position ASC`,
      [agreementIds.filter(isUuid), tx.municipalityId],
    );
    for (const section of sections) byAgreement.get(section.agreementId)?.push(section);
    return byAgreement;
  },

  /** `share`: locked FOR SHARE until the transaction ends, against a concurrent change of the organ. */
  organ(tx: Tx, id: string, options: { share?: boolean } = {}): Promise<OrganEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    const query = tx.em
      .getRepository(OrganEntity)
      .createQueryBuilder("o")
      .where("o.id = :id AND o.municipality_id = :m", { id, m: tx.municipalityId });
    if (options.share) query.setLock("pessimistic_read");
    return query.getOne();
  },

  async organs(tx: Tx, ids: readonly string[]): Promise<Map<string, OrganEntity>> {
    const unique = [...new Set(ids)].filter(isUuid);
    if (unique.length === 0) return new Map();
    const organs = await tx.em.findBy(OrganEntity, { id: In(unique), municipalityId: tx.municipalityId });
    return new Map(organs.map((o) => [o.id, o]));
  },

  /**
   * `VON 2026/0042`: organ short name, year, running number per organ and year. The upsert takes a
   * row lock on the counter, so concurrent creations queue up and each gets its own number.
   */
  async nextDiarienummer(tx: Tx, organ: Pick<OrganEntity, "id" | "shortName">, year: number): Promise<string> {
    const [row] = (await tx.em.query(
      `INSERT INTO diarie_counter (municipality_id, organ_id, year, last_number) VALUES ($1, $2, $3, 1)
       ON CONFLICT (municipality_id, organ_id, year) DO UPDATE SET last_number = diarie_counter.last_number + 1
       RETURNING last_number`,
      [tx.municipalityId, organ.id, year],
    )) as Array<{ last_number: number }>;
    return `${organ.shortName} ${year}/${String(row.last_number).padStart(4, "0")}`;
  },

  insert(tx: Tx, agreement: NewAgreement): Promise<AgreementEntity> {
    return tx.em.save(
      tx.em.create(AgreementEntity, {
        ...agreement,
        municipalityId: tx.municipalityId,
        status: AgreementStatus.DRAFT,
        version: 1,
        lastEventSeq: 0,
        lastEventHash: GENESIS_HASH,
      }),
    );
  },

  /** The municipality's section template, copied into a new agreement as its empty sections. */
  async insertSectionsFromTemplate(tx: Tx, agreementId: string): Promise<void> {
    const template = await tx.em.find(SectionTemplateEntity, { where: { municipalityId: tx.municipalityId }, order: { position: "ASC" } });
    await tx.em.insert(
      SectionEntity,
      template.map((t) => ({
        municipalityId: tx.municipalityId,
        agreementId,
        key: t.key,
        title: t.title,
        required: t.required,
        position: t.position,
        text: "",
        seq: 0,
      })),
    );
  },

  /** Sets title and period and bumps the version; the runner already saw `expectedVersion` current under the lock. */
  async updateFields(tx: Tx, id: string, expectedVersion: number, fields: AgreementFieldValues): Promise<boolean> {
    const result = await tx.em
      .createQueryBuilder()
      .update(AgreementEntity)
      .set({ ...fields, version: () => "version + 1" })
      .where("id = :id AND municipality_id = :m AND version = :expectedVersion", { id, m: tx.municipalityId, expectedVersion })
      .execute();
    return result.affected === 1;
  },
};
