import { LessThanOrEqual, MoreThan } from "typeorm";
import type { Tx } from "../db/database.js";
import { DisputeEntity } from "../disputes/dispute.entities.js";
import { DisputeStatus } from "../disputes/disputes.model.js";
import { MunicipalityEntity } from "../identity/identity.entities.js";
import { AgreementVersionEntity } from "./approval.entities.js";

/** The reads a document needs beyond the approval's own: the issuing municipality and the decided disputes. */
export const documentsStore = {
  municipality(tx: Tx): Promise<MunicipalityEntity> {
    return tx.em.findOneByOrFail(MunicipalityEntity, { id: tx.municipalityId });
  },

  /** When the version after `number` was frozen, if there is one. */
  async nextVersionFrozenAt(tx: Tx, agreementId: string, number: number): Promise<Date | null> {
    const next = await tx.em.findOne(AgreementVersionEntity, {
      where: { agreementId, municipalityId: tx.municipalityId, number: MoreThan(number) },
      order: { number: "ASC" },
    });
    return next?.createdAt ?? null;
  },

  /** The agreement's decided disputes, oldest decision first; those decided after `until` left out. */
  decidedDisputes(tx: Tx, agreementId: string, until: Date | null): Promise<DisputeEntity[]> {
    return tx.em.find(DisputeEntity, {
      where: {
        agreementId,
        municipalityId: tx.municipalityId,
        status: DisputeStatus.DECIDED,
        ...(until ? { decidedAt: LessThanOrEqual(until) } : {}),
      },
      order: { decidedAt: "ASC" },
    });
  },
};
