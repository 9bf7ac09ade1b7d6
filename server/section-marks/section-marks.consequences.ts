import { AgreementStatus } from "../agreements/agreement.model.js";
import { AgreementEntity } from "../agreements/agreement.entities.js";
import { DisputeEvent } from "../disputes/disputes.events.js";
import { disputesStore } from "../disputes/disputes.store.js";
import type { Consequence } from "../pipeline/command.js";
import { reopenMarkedSections } from "./section-marks.commands.js";
import { sectionMarksStore } from "./section-marks.store.js";

/**
 * "A dispute decision on a section reopens it, so the text can be made to reflect the decision"
 * (issue 14): whichever level decided. Only in a DRAFT: a signed agreement's text changes by a
 * tilläggsuppdrag, which starts with every section open anyway.
 */
export const reopenDecidedSection: Consequence = {
  after: [DisputeEvent.decided],
  async run({ tx }, agreementId, events) {
    const agreement = await tx.em.findOneBy(AgreementEntity, { id: agreementId, municipalityId: tx.municipalityId });
    if (agreement?.status !== AgreementStatus.DRAFT) return [];
    const decided = events.filter((e) => e.type === DisputeEvent.decided.type).map((e) => (e.data as { disputeId: string }).disputeId);
    const sectionIds = (await disputesStore.findMany(tx, decided)).flatMap((d) => (d.sectionId ? [d.sectionId] : []));
    const sections = (await sectionMarksStore.sections(tx, agreementId)).filter((s) => sectionIds.includes(s.id));
    return reopenMarkedSections(tx, sections, { party: null, reason: "beslut i tvisten om avsnittet" });
  },
};

export const sectionMarksConsequences: Consequence[] = [reopenDecidedSection];
