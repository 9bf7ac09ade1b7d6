import { AgreementStatus } from "../agreements/agreement.model.js";
import { asIs, type Command } from "../pipeline/command.js";
import { disputesPolicy } from "../policies/disputes.policy.js";
import { audiences, concernOf, onDispute, stepOutcome, type DisputeResult, type DisputeTarget } from "./dispute-step.js";
import { DisputeEvent, disputeSummaries } from "./disputes.events.js";
import { DisputeStatus } from "./disputes.model.js";
import { disputesStore } from "./disputes.store.js";

const NOT_A_DRAFT = "Texten kan ändras, och bekräftas återspegla beslutet, bara medan överenskommelsen är ett utkast";

/** Why a decision needs no confirmation (or cannot have one), or null when it waits for it. */
function awaitingReflection({ agreement, dispute }: DisputeTarget): string | null {
  if (dispute.status !== DisputeStatus.DECIDED || dispute.sectionId === null) return "Bara ett beslut om ett avsnitt bekräftas i texten";
  if (dispute.reflectedAt !== null) return "Det är redan bekräftat att texten återspeglar beslutet";
  return agreement.status === AgreementStatus.DRAFT ? null : NOT_A_DRAFT;
}

/**
 * A party confirms that the disputed section's text now reflects the decision (its conditions were
 * written in). Until then the section shows the decision, and submission lists it as missing. The
 * dispute's status stays DECIDED: this is no step of its lifecycle but of the agreement's text.
 */
export const confirmDecisionReflected: Command<{ disputeId: string }, DisputeTarget, { disputeId: string }, DisputeResult> = {
  name: "confirmDecisionReflected",
  ...onDispute,
  policy: {
    allows: (actor, { agreement }) => disputesPolicy.arguingParty(actor, agreement) !== null,
    refusal: "Bara parternas förvaltningschefer och handläggare kan bekräfta att texten återspeglar beslutet",
  },
  lifecycle: { refusal: NOT_A_DRAFT, check: awaitingReflection },
  validate: asIs,
  async write({ tx, actor }, target) {
    const { agreement } = target;
    const party = disputesPolicy.arguingParty(actor, agreement)!;
    const dispute = await disputesStore.update(tx, target.dispute.id, { reflectedBy: actor.userId, reflectedAt: new Date() });
    const summary = disputeSummaries.reflected(party, await concernOf(tx, dispute), dispute.decisionReference);
    const event = DisputeEvent.reflected(summary, { disputeId: dispute.id, status: dispute.status, party, sectionId: dispute.sectionId! });
    return stepOutcome(tx, agreement, dispute, event, audiences.otherParty(actor, agreement));
  },
};
