// Transitional: the reads collab, comments, history, presence and disputes take from the old
// AgreementsService, until each imports `agreementsQueries` itself. Removed when they do.
import type { Tx } from "../db/database.js";
import type { Actor } from "../identity/identity.model.js";
import type { AgreementEntity, SectionEntity } from "./agreement.entities.js";
import { agreementsQueries } from "./agreements.queries.js";

export class AgreementsService {
  get(tx: Tx, actor: Actor, id: string): Promise<AgreementEntity> {
    return agreementsQueries.get(tx, actor, id);
  }

  sections(tx: Tx, agreementId: string): Promise<SectionEntity[]> {
    return agreementsQueries.sections(tx, agreementId);
  }

  agreementOfSection(tx: Tx, actor: Actor, section: SectionEntity & { agreement?: AgreementEntity }): Promise<AgreementEntity> {
    return agreementsQueries.agreementOfSection(tx, actor, section);
  }
}
