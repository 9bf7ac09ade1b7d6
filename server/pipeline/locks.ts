import { AgreementEntity } from "../agreements/agreement.entities.js";
import type { Tx } from "../db/database.js";
import { entityOf } from "../db/plain-rows.js";
import { entityStatement } from "../db/prepared.js";
import type { AgreementChild } from "./command.js";
import { isUuid } from "../validation/input.js";

const LOCK = entityStatement(
  "lock_agreement",
  AgreementEntity,
  "a",
  (columns) => `SELECT ${columns} FROM agreement a WHERE a.id = $1 AND a.municipality_id = $2 FOR NO KEY UPDATE`,
);

const lockVia = (table: AgreementChild) =>
  entityStatement(
    `lock_agreement_of_${table}`,
    AgreementEntity,
    "a",
    (columns) =>
      `SELECT ${columns} FROM agreement a
        WHERE a.municipality_id = $1 AND a.id = (SELECT c.agreement_id FROM ${table} c WHERE c.municipality_id = $1 AND c.id = $2)
          FOR NO KEY UPDATE`,
  );
const LOCK_VIA: Record<AgreementChild, (tx: Tx) => string> = { section: lockVia("section"), balance_line: lockVia("balance_line") };

/**
 * The one lock every change takes: the agreement's row, FOR NO KEY UPDATE. Changes of one agreement
 * queue up here, always first, so there is one lock order and no deadlock. Co-editing writes take it
 * FOR SHARE (`collab/update-log.ts`), which waits for a submission that is freezing the text.
 * Returns the locked agreement, or null when there is none in the caller's municipality.
 */
export async function lockAgreement(tx: Tx, agreementId: string): Promise<AgreementEntity | null> {
  if (!isUuid(agreementId)) return null;
  return lockedRow(tx, await tx.em.query(LOCK(tx), [agreementId, tx.municipalityId]));
}

/**
 * `lockAgreement` for the agreement a row of `table` belongs to, found and locked in one statement
 * (one round trip less than reading the row first). Null when there is no such row.
 */
export async function lockAgreementOf(tx: Tx, table: AgreementChild, id: string): Promise<AgreementEntity | null> {
  if (!isUuid(id)) return null;
  return lockedRow(tx, await tx.em.query(LOCK_VIA[table](tx), [tx.municipalityId, id]));
}

function lockedRow(tx: Tx, rows: Array<Record<string, unknown>>): AgreementEntity | null {
  return rows.length === 0 ? null : entityOf(tx.em, AgreementEntity, rows[0]);
}
