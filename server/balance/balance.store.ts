import type { Party } from "../agreements/agreement.model.js";
import type { Tx } from "../db/database.js";
import { In } from "typeorm";
import { columnsOf, entityOf } from "../db/plain-rows.js";
import { UserEntity } from "../identity/identity.entities.js";
import { entityStatement, prepared } from "../db/prepared.js";
import { isUuid } from "../validation/input.js";
import { unmarked } from "./unmarked-balances.js";
import { BalanceEntity, BalanceLineEntity, BalanceMarkEntity } from "./balance.entities.js";
import { BalanceStatus, type CalculationModelInput, type LineValues, type ResultRequirement } from "./balance.model.js";

// What every change of the balance's lines sends: prepared once per connection (`db/prepared.ts`).
const LINE = entityStatement(
  "balance_line",
  BalanceLineEntity,
  "l",
  (columns) => `SELECT ${columns} FROM balance_line l WHERE l.id = $1 AND l.municipality_id = $2`,
);
const VERSION_AND_MARKS = prepared(
  "balance_version_and_marks",
  `SELECT coalesce((SELECT version FROM balance WHERE agreement_id = $1 AND municipality_id = $2), 0) AS version,
          coalesce((SELECT json_agg(json_build_object('party', party, 'version', version))
                      FROM balance_mark WHERE agreement_id = $1 AND municipality_id = $2), '[]') AS marks`,
);
const BUMP_VERSION = prepared(
  "balance_bump_version",
  `INSERT INTO balance AS b (agreement_id, municipality_id, version, status)
   SELECT id, municipality_id, 1, $4 FROM agreement WHERE id = $1 AND municipality_id = $2
   ON CONFLICT (municipality_id, agreement_id) DO UPDATE SET version = b.version + 1, status = $4, updated_at = now() WHERE b.version = $3
   RETURNING version`,
);
const VERSION_AND_STATUS = prepared(
  "balance_version_and_status",
  "SELECT version, status FROM balance WHERE agreement_id = $1 AND municipality_id = $2",
);
const INSERT_LINE = prepared(
  "balance_insert_line",
  `INSERT INTO balance_line (municipality_id, agreement_id, kind, position, description, volume, unit, unit_amount, amount)
   SELECT $1, $2, $3, coalesce(max(position), 0) + 1, $4, $5, $6, $7, $8 FROM balance_line WHERE agreement_id = $2 AND municipality_id = $1
   RETURNING id`,
);
const UPDATE_LINE = prepared(
  "balance_update_line",
  `UPDATE balance_line SET kind = $3, description = $4, volume = $5, unit = $6, unit_amount = $7, amount = $8
    WHERE id = $1 AND municipality_id = $2`,
);
const CLEAR_MARKS = prepared(
  "balance_clear_marks",
  "DELETE FROM balance_mark WHERE agreement_id = $1 AND municipality_id = $2 RETURNING party",
);

/** A line's values in the order `INSERT_LINE` and `UPDATE_LINE` take them, from their third parameter. */
const lineParameters = (line: LineValues) => [line.kind, line.description, line.volume, line.unit, line.unitAmount, line.amount];

/**
 * The balance's SQL (its proposals: `proposals.store.ts`). Every write runs under the agreement's row lock, which the
 * command runner takes first; version and status change only through the guarded statements here.
 */
export class BalanceStore {
  /** Every command on a line reads it (under the agreement's lock). */
  async line(tx: Tx, lineId: string): Promise<BalanceLineEntity | null> {
    if (!isUuid(lineId)) return null;
    const [row] = (await tx.em.query(LINE(tx), [lineId, tx.municipalityId])) as Array<Record<string, unknown>>;
    return row ? entityOf(tx.em, BalanceLineEntity, row) : null;
  }

  balance(tx: Tx, agreementId: string): Promise<BalanceEntity | null> {
    return tx.em.findOneBy(BalanceEntity, { agreementId, municipalityId: tx.municipalityId });
  }

  lines(tx: Tx, agreementId: string): Promise<BalanceLineEntity[]> {
    return tx.em.find(BalanceLineEntity, { where: { agreementId, municipalityId: tx.municipalityId }, order: { position: "ASC" } });
  }

  // Through the ORM still: written out (plain-rows.ts), the Balans part of 200 lines measured no cheaper (within the noise).
  linesOf(tx: Tx, agreementIds: string[]): Promise<BalanceLineEntity[]> {
    return tx.em.find(BalanceLineEntity, {
      where: { agreementId: In(agreementIds), municipalityId: tx.municipalityId },
      order: { position: "ASC" },
    });
  }

  /** The marks "balansen håller" of each agreement, oldest first, each with its user, in one statement. */
  async marksWithUsersOf(tx: Tx, agreementIds: string[]): Promise<Array<BalanceMarkEntity & { user: UserEntity }>> {
    const rows = (await tx.em.query(
      `SELECT ${columnsOf(tx.em, BalanceMarkEntity, "m")}, ${columnsOf(tx.em, UserEntity, "u", "u_")}
         FROM balance_mark m LEFT JOIN app_user u ON u.id = m.user_id AND u.municipality_id = m.municipality_id
        WHERE m.agreement_id = ANY($1::uuid[]) AND m.municipality_id = $2 ORDER BY m.at ASC`,
      [agreementIds.filter(isUuid), tx.municipalityId],
    )) as Array<Record<string, unknown>>;
    return rows.map((row) => Object.assign(entityOf(tx.em, BalanceMarkEntity, row)!, { user: entityOf(tx.em, UserEntity, row, "u_")! }));
  }

  marks(tx: Tx, agreementId: string): Promise<BalanceMarkEntity[]> {
    return tx.em.find(BalanceMarkEntity, { where: { agreementId, municipalityId: tx.municipalityId }, order: { at: "ASC" } });
  }

  /**
   * The result requirement an agreement is judged by: that of the budget year its period starts in,
   * else of the latest earlier year that has one, else the municipality's default (issue 11: the
   * requirement is set per year, Österåker's 1 % rising to 5 %).
   */
  async requirement(tx: Tx, agreementId: string): Promise<ResultRequirement> {
    return (await this.balancesAndRequirements(tx, [agreementId])).requirements.get(agreementId)!;
  }

  /**
   * The balances of a list of agreements and the result requirement each is judged by, in one
   * statement: a balance's state needs both. The balance's columns come as the entity holds them
   * (numerics as text).
   */
  async balancesAndRequirements(
    tx: Tx,
    agreementIds: string[],
  ): Promise<{ balances: Map<string, BalanceEntity>; requirements: Map<string, ResultRequirement> }> {
    const rows = (await tx.em.query(
      `SELECT a.id, coalesce(r.kind, m.requirement_kind) AS kind, coalesce(r.min_margin_percent, m.min_margin_percent)::text AS "minMarginPercent",
              b.agreement_id AS "b_agreementId", b.version AS b_version, b.status AS b_status,
              b.model_prior_year_cost AS "b_modelPriorYearCost", b.model_volume_change_percent AS "b_modelVolumeChangePercent",
              b.model_efficiency_percent AS "b_modelEfficiencyPercent", b.model_index_uplift_percent AS "b_modelIndexUpliftPercent",
              b.updated_at AS "b_updatedAt"
         FROM agreement a JOIN municipality m ON m.id = a.municipality_id
         LEFT JOIN LATERAL (
           SELECT y.kind, y.min_margin_percent FROM result_requirement y
            WHERE y.municipality_id = a.municipality_id AND y.year <= extract(year FROM a.period_start)
            ORDER BY y.year DESC LIMIT 1) r ON true
         LEFT JOIN balance b ON b.agreement_id = a.id AND b.municipality_id = a.municipality_id
        WHERE a.id = ANY($1) AND a.municipality_id = $2`,
      [agreementIds, tx.municipalityId],
    )) as Array<ResultRequirement & { id: string } & Record<`b_${string}`, unknown>>;
    const balances = new Map<string, BalanceEntity>();
    const requirements = new Map<string, ResultRequirement>();
    for (const row of rows) {
      requirements.set(row.id, { kind: row.kind, minMarginPercent: row.minMarginPercent });
      if (row.b_agreementId === null) continue;
      balances.set(
        row.id,
        Object.assign(new BalanceEntity(), {
          agreementId: row.id,
          municipalityId: tx.municipalityId,
          version: row.b_version,
          status: row.b_status,
          modelPriorYearCost: row.b_modelPriorYearCost,
          modelVolumeChangePercent: row.b_modelVolumeChangePercent,
          modelEfficiencyPercent: row.b_modelEfficiencyPercent,
          modelIndexUpliftPercent: row.b_modelIndexUpliftPercent,
          updatedAt: row.b_updatedAt,
        } as BalanceEntity),
      );
    }
    return { balances, requirements };
  }

  modelInput(balance: BalanceEntity): CalculationModelInput {
    return {
      priorYearCost: balance.modelPriorYearCost!,
      volumeChangePercent: Number(balance.modelVolumeChangePercent),
      efficiencyPercent: Number(balance.modelEfficiencyPercent),
      indexUpliftPercent: Number(balance.modelIndexUpliftPercent),
    };
  }

  /** The balance row exists from the first change on; concurrent first changes insert it once. */
  async ensureBalance(tx: Tx, agreementId: string): Promise<void> {
    await tx.em.query(
      `INSERT INTO balance (agreement_id, municipality_id) SELECT id, municipality_id FROM agreement WHERE id = $1 AND municipality_id = $2
       ON CONFLICT (municipality_id, agreement_id) DO NOTHING`,
      [agreementId, tx.municipalityId],
    );
  }

  /**
   * The guarded write: the new version, or null when `expectedVersion` is no longer current. One
   * statement also makes the balance row when the agreement has none yet (its version is then 0; an
   * answer other than `expectedVersion + 1` is a conflict, and the caller's rollback undoes the row).
   */
  async bumpVersion(tx: Tx, agreementId: string, expectedVersion: number, status: BalanceStatus): Promise<number | null> {
    const [row] = (await tx.em.query(BUMP_VERSION, [agreementId, tx.municipalityId, expectedVersion, status])) as Array<{
      version: number;
    }>;
    return row?.version === expectedVersion + 1 ? row.version : null;
  }

  /** The balance's version (0 before its first change) and its parties' marks, in one statement. */
  async versionAndMarks(
    tx: Tx,
    agreementId: string,
  ): Promise<{ version: number; marks: Array<Pick<BalanceMarkEntity, "party" | "version">> }> {
    const [row] = (await tx.em.query(VERSION_AND_MARKS, [agreementId, tx.municipalityId])) as Array<{
      version: number;
      marks: Array<Pick<BalanceMarkEntity, "party" | "version">>;
    }>;
    if (row.marks.length === 0) unmarked(tx).add(agreementId);
    else unmarked(tx).delete(agreementId);
    return row;
  }

  /** The balance's version and status alone (0 and OPEN before its first change), in one statement. */
  async versionAndStatus(tx: Tx, agreementId: string): Promise<{ version: number; status: BalanceStatus }> {
    const [row] = (await tx.em.query(VERSION_AND_STATUS, [agreementId, tx.municipalityId])) as Array<{
      version: number;
      status: BalanceStatus;
    }>;
    return row ?? { version: 0, status: BalanceStatus.OPEN };
  }

  async currentVersion(tx: Tx, agreementId: string): Promise<number> {
    const balance = await this.balance(tx, agreementId);
    return balance?.version ?? 0;
  }

  async setStatus(tx: Tx, agreementId: string, status: BalanceStatus): Promise<void> {
    await tx.em.query("UPDATE balance SET status = $3 WHERE agreement_id = $1 AND municipality_id = $2", [
      agreementId,
      tx.municipalityId,
      status,
    ]);
  }

  async setModel(tx: Tx, agreementId: string, model: CalculationModelInput | null): Promise<void> {
    await tx.em.update(
      BalanceEntity,
      { agreementId, municipalityId: tx.municipalityId },
      {
        modelPriorYearCost: model?.priorYearCost ?? null,
        modelVolumeChangePercent: model ? String(model.volumeChangePercent) : null,
        modelEfficiencyPercent: model ? String(model.efficiencyPercent) : null,
        modelIndexUpliftPercent: model ? String(model.indexUpliftPercent) : null,
      },
    );
  }

  /** Appends a line after the others; call only while holding the balance row lock. */
  async insertLine(tx: Tx, agreementId: string, line: LineValues): Promise<string> {
    const [row] = (await tx.em.query(INSERT_LINE, [tx.municipalityId, agreementId, ...lineParameters(line)])) as Array<{ id: string }>;
    return row.id;
  }

  async updateLine(tx: Tx, lineId: string, line: LineValues): Promise<void> {
    await tx.em.query(UPDATE_LINE, [lineId, tx.municipalityId, ...lineParameters(line)]);
  }

  async deleteLine(tx: Tx, lineId: string): Promise<void> {
    await tx.em.delete(BalanceLineEntity, { id: lineId, municipalityId: tx.municipalityId });
  }

  async deleteLines(tx: Tx, agreementId: string): Promise<void> {
    await tx.em.delete(BalanceLineEntity, { agreementId, municipalityId: tx.municipalityId });
  }

  async mark(tx: Tx, agreementId: string, party: Party, userId: string, version: number, reason: string | null): Promise<void> {
    unmarked(tx).delete(agreementId);
    await tx.em.query(
      `INSERT INTO balance_mark (agreement_id, party, municipality_id, user_id, version, at, reason) VALUES ($1, $2, $3, $4, $5, now(), $6)
       ON CONFLICT (municipality_id, agreement_id, party) DO UPDATE SET user_id = EXCLUDED.user_id, version = EXCLUDED.version, at = EXCLUDED.at,
         reason = EXCLUDED.reason`,
      [agreementId, party, tx.municipalityId, userId, version, reason],
    );
  }

  /** Removes both marks; returns the parties whose mark was removed (none, with no statement, when it read none). */
  async clearMarks(tx: Tx, agreementId: string): Promise<Party[]> {
    if (unmarked(tx).has(agreementId)) return [];
    const [rows] = (await tx.em.query(CLEAR_MARKS, [agreementId, tx.municipalityId])) as [Array<{ party: Party }>, number];
    return rows.map((r) => r.party);
  }
}

/** A stored line (or one kept in a named version) as the exact values a proposal or event refers to. */
export function lineValues(line: LineValues): LineValues {
  return {
    kind: line.kind,
    description: line.description,
    volume: line.volume === null ? null : trimZeros(line.volume),
    unit: line.unit,
    unitAmount: line.unitAmount,
    amount: line.amount,
  };
}

/** numeric(16,6) comes back as "12.500000"; the value is 12.5. */
function trimZeros(value: string): string {
  return value.includes(".") ? value.replace(/0+$/, "").replace(/\.$/, "") : value;
}

/** The one store; it keeps no state of its own. */
export const balanceStore = new BalanceStore();
