import { AgreementEntity } from "../agreements/agreement.entities.js";
import type { Tx } from "../db/database.js";
import type { AgreementChild } from "./command.js";
import { isUuid } from "../validation/input.js";

/**
 * The one lock every change takes: the agreement's row, FOR NO KEY UPDATE. Changes of one agreement
 * queue up here, always first, so there is one lock order and no deadlock. Co-editing writes take it
 * FOR SHARE (`collab/update-log.ts`), which waits for a submission that is freezing the text.
 * Returns the locked agreement, or null when there is none in the caller's municipality.
 */
export function lockAgreement(tx: Tx, agreementId: string): Promise<AgreementEntity | null> {
  if (!isUuid(agreementId)) return Promise.resolve(null);
  return tx.em.findOne(AgreementEntity, {
    where: { id: agreementId, municipalityId: tx.municipalityId },
    lock: { mode: "for_no_key_update" },
  });
}

/**
 * `lockAgreement` for the agreement a row of `table` belongs to, found and locked in one statement
 * (one round trip less than reading the row first). Null when there is no such row.
 */
export function lockAgreementOf(tx: Tx, table: AgreementChild, id: string): Promise<AgreementEntity | null> {
  if (!isUuid(id)) return Promise.resolve(null);
  return tx.em
    .getRepository(AgreementEntity)
    .createQueryBuilder("a")
    .where(`a.municipality_id = :m AND a.id = (SELECT c.agreement_id FROM ${table} c WHERE c.municipality_id = :m AND c.id = :id)`, {
      m: tx.municipalityId,
      id,
    })
    .setLock("for_no_key_update")
    .getOne()
    .then((agreement) => agreement ?? null);
}
