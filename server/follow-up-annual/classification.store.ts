import { Party } from "../agreements/agreement.model.js";
import { AgreementEntity } from "../agreements/agreement.entities.js";
import type { Tx } from "../db/database.js";
import { DEFAULT_VALUE_THRESHOLDS, type Impact, type ValueThresholds } from "./classification.model.js";

/** A user who may be named avtalsansvarig of a side: active, with a role in that side's organ. */
export interface Candidate {
  id: string;
  name: string;
  email: string;
  active: boolean;
}

const RESPONSIBLE_COLUMN = { [Party.PURCHASER]: "purchaser_responsible_id", [Party.PROVIDER]: "provider_responsible_id" } as const;

/** The classification's reads and writes; every statement is scoped to the transaction's municipality. */
export const classificationStore = {
  async thresholds(tx: Tx): Promise<ValueThresholds> {
    const [row] = (await tx.em.query(
      `SELECT strategic_value_medium_from::text AS "mediumFrom", strategic_value_high_from::text AS "highFrom" FROM municipality WHERE id = $1`,
      [tx.municipalityId],
    )) as ValueThresholds[];
    return row ?? DEFAULT_VALUE_THRESHOLDS;
  },

  /** The compensation (the RESOURCE lines) of each agreement's balance, by agreement id; "0.00" without lines. */
  async compensations(tx: Tx, agreementIds: readonly string[]): Promise<Map<string, string>> {
    const rows = (await tx.em.query(
      `SELECT a.id, coalesce(sum(l.amount) FILTER (WHERE l.kind = 'RESOURCE'), 0)::numeric(15, 2)::text AS compensation
         FROM agreement a LEFT JOIN balance_line l ON l.agreement_id = a.id AND l.municipality_id = a.municipality_id
        WHERE a.municipality_id = $1 AND a.id = ANY($2::uuid[]) GROUP BY a.id`,
      [tx.municipalityId, agreementIds],
    )) as Array<{ id: string; compensation: string }>;
    return new Map(rows.map((r) => [r.id, r.compensation]));
  },

  async classificationVersion(tx: Tx, agreementId: string): Promise<number> {
    const [row] = (await tx.em.query(`SELECT classification_version AS v FROM agreement WHERE id = $1 AND municipality_id = $2`, [
      agreementId,
      tx.municipalityId,
    ])) as Array<{ v: number }>;
    return row?.v ?? 1;
  },

  /** Active users holding any role in the organ, by name. */
  candidates(tx: Tx, organId: string): Promise<Candidate[]> {
    return tx.em.query(
      `SELECT DISTINCT u.id, u.name, u.email, u.active FROM app_user u JOIN role_assignment r ON r.user_id = u.id AND r.municipality_id = u.municipality_id
        WHERE u.municipality_id = $1 AND r.organ_id = $2 AND u.active ORDER BY u.name, u.id`,
      [tx.municipalityId, organId],
    );
  },

  async setResponsible(tx: Tx, agreementId: string, party: Party, userId: string | null): Promise<void> {
    await tx.em.query(`UPDATE agreement SET ${RESPONSIBLE_COLUMN[party]} = $3 WHERE id = $1 AND municipality_id = $2`, [
      agreementId,
      tx.municipalityId,
      userId,
    ]);
  },

  async setImpact(tx: Tx, agreementId: string, impact: Impact): Promise<number> {
    const [[row]] = (await tx.em.query(
      `UPDATE agreement SET impact = $3, classification_version = classification_version + 1 WHERE id = $1 AND municipality_id = $2
       RETURNING classification_version AS v`,
      [agreementId, tx.municipalityId, impact],
    )) as [[{ v: number }], number];
    return row.v;
  },

  async setStrategic(tx: Tx, agreementId: string, strategic: boolean): Promise<void> {
    await tx.em.query(
      `UPDATE agreement SET strategic = $3, classification_version = classification_version + 1 WHERE id = $1 AND municipality_id = $2`,
      [agreementId, tx.municipalityId, strategic],
    );
  },

  /**
   * Per budget year of `years`, how many agreements the nämnd (as purchaser) has marked strategic whose
   * term reaches into that year, besides `except`.
   */
  async strategicCounts(tx: Tx, organId: string, years: readonly number[], except: string): Promise<Map<number, number>> {
    const rows = (await tx.em.query(
      `SELECT y.year, count(a.id)::int AS n FROM unnest($3::int[]) AS y(year)
         LEFT JOIN agreement a ON a.municipality_id = $1 AND a.purchaser_organ_id = $2 AND a.strategic AND a.id <> $4
          AND a.period_start <= make_date(y.year, 12, 31) AND a.period_end >= make_date(y.year, 1, 1)
        GROUP BY y.year`,
      [tx.municipalityId, organId, years, except],
    )) as Array<{ year: number; n: number }>;
    return new Map(rows.map((r) => [r.year, r.n]));
  },

  /** The nämnd's strategic agreements (as purchaser), in every state, whose term reaches into `year` when given. */
  strategicOf(tx: Tx, organId: string, year: number | null): Promise<AgreementEntity[]> {
    const query = tx.em
      .getRepository(AgreementEntity)
      .createQueryBuilder("a")
      .where("a.municipality_id = :m AND a.purchaser_organ_id = :organId AND a.strategic", { m: tx.municipalityId, organId });
    if (year !== null) query.andWhere("a.period_start <= make_date(:year, 12, 31) AND a.period_end >= make_date(:year, 1, 1)", { year });
    return query.orderBy("a.diarienummer").getMany();
  },
};
