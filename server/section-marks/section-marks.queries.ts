import type { AgreementEntity, SectionEntity } from "../agreements/agreement.entities.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import type { Tx } from "../db/database.js";
import type { Actor } from "../identity/identity.model.js";
import { permits } from "../pipeline/permissions.js";
import { agreeSection, reopenSection } from "./section-marks.commands.js";
import { sectionMarksStore, type MarkWithUser } from "./section-marks.store.js";

/** A section as `Agreement.sections` lists it: with its agreement, already read-checked. */
export type ListedSection = SectionEntity & { agreement?: AgreementEntity };

/** The reads of agreed clauses, each with the read check of the section's agreement. */
export const sectionMarksQueries = {
  /** Every stored mark of every section of the section's agreement, with its user (a list shows all of them). */
  async marksOfAgreement(tx: Tx, actor: Actor, section: ListedSection): Promise<MarkWithUser[]> {
    await agreementsQueries.agreementOfSection(tx, actor, section);
    return sectionMarksStore.withUsers(tx, await sectionMarksStore.marksOfAgreement(tx, section.agreementId));
  },

  /** agreeSection's and reopenSection's flags, from their declarations (`permits`). */
  flags(actor: Actor, agreement: AgreementEntity, section: ListedSection, marks: MarkWithUser[]) {
    const target = { agreement, section, marks };
    return { canAgreeSection: permits(agreeSection, actor, target), canReopenSection: permits(reopenSection, actor, target) };
  },
};
