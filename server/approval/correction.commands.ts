import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { badInput } from "../errors.js";
import type { Command } from "../pipeline/command.js";
import { approvalPolicy } from "../policies/approval.policy.js";
import { requiredText } from "../validation/input.js";
import { loadDecision, toBothParties, type RecordTarget } from "./approval.commands.js";
import { ApprovalEvent, ApprovalNotice, summaries, type Minutes } from "./approval.events.js";
import { approvalStore, type RecordedDecision } from "./approval.store.js";
import { validateMinutes, type ApprovalInput } from "./approval.validation.js";

/** A recorded decision, and how many parties have signed its version. */
export type CorrectTarget = RecordTarget & { signatures: number };

interface Correction {
  before: Minutes;
  after: Pick<RecordedDecision, "meetingDate" | "paragraph" | "remarks">;
  reason: string;
}

const NOTHING_TO_CORRECT = "Det finns inget registrerat beslut att rätta";
const SIGNED = "Beslutet kan inte rättas sedan båda parter har undertecknat överenskommelsen";

/**
 * A secretary corrects the minutes' details of their committee's recorded decision on the newest version
 * — meeting date, paragraph, remarks — until both parties have signed it, giving a reason; the event
 * records the old and new values.
 *
 * The decision itself (approved ↔ returned) cannot be corrected: the lifecycle has already acted on it.
 * An återremiss made the agreement a DRAFT again, which the parties may have changed since; an approval
 * may have made it APPROVED and one party may have signed it. Turning either around would put back a
 * state whose text or signatures no longer match what the committee saw; a wrong decision is put
 * right by the committee's new decision on a new submission.
 */
export const correctApproval: Command<
  { agreementId: string; input: ApprovalInput; reason: string },
  CorrectTarget,
  Correction,
  AgreementEntity
> = {
  name: "correctApproval",
  agreementOf: async (_tx, input) => input.agreementId,
  async load({ tx }, { input }, agreement) {
    const target = await loadDecision(tx, agreement!, input.organId);
    const signatures = target.version ? (await approvalStore.signaturesOf(tx, agreement!.id, target.version.number)).length : 0;
    return { ...target, signatures };
  },
  policy: {
    allows: (actor, { agreement, organId }) => approvalPolicy.canRecordFor(actor, agreement, organId),
    refusal: "Bara nämndsekreteraren för nämnden som fattade beslutet kan rätta det",
  },
  lifecycle: {
    states: [AgreementStatus.DRAFT, AgreementStatus.IN_APPROVAL, AgreementStatus.APPROVED],
    refusal: SIGNED,
    check: ({ approval, signatures }) => (!approval?.decision ? NOTHING_TO_CORRECT : signatures >= 2 ? SIGNED : null),
  },
  validate(_ctx, { input, reason }, { approval, version }) {
    if (input.decision !== approval!.decision)
      throw badInput(
        "Själva beslutet (godkänt eller återremitterat) kan inte rättas, bara sammanträdesdatum, paragraf och anmärkning",
        "decision",
      );
    const after = validateMinutes(input, version!.createdAt);
    const before: Minutes = { meetingDate: approval!.meetingDate, paragraph: approval!.paragraph, remarks: approval!.remarks };
    const changed = (Object.keys(before) as Array<keyof Minutes>).some((key) => before[key] !== after[key]);
    if (!changed) throw badInput("Uppgifterna är desamma som de registrerade; det finns inget att rätta", "meetingDate");
    const minutes = { meetingDate: after.meetingDate, paragraph: after.paragraph, remarks: after.remarks };
    return { before, after: minutes, reason: requiredText(reason, "reason", "Skälet till rättelsen", 2000) };
  },
  async write({ tx, actor }, { agreement, approval, organId }, { before, after, reason }) {
    const { id, versionNumber: version, decision } = approval!;
    await approvalStore.correctMinutes(tx, id, after, actor.userId);
    const organ = (await agreementsQueries.organs(tx, [organId])).get(organId)!;
    const summary = summaries.corrected(organ.name, version, before, after, reason);
    return {
      result: await agreementsQueries.current(tx, agreement.id),
      events: [ApprovalEvent.corrected(summary, { organId, version, decision: decision!, before, after, reason })],
      notices: [toBothParties(agreement, ApprovalNotice.corrected, summary)],
    };
  },
};
