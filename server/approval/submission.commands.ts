import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus, type AgreementRef } from "../agreements/agreement.model.js";
import { AgreementEvent, summaries as agreementSummaries } from "../agreements/agreements.events.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { balanceQueries } from "../balance/balance.queries.js";
import { BalanceStatus } from "../balance/balance.model.js";
import type { Tx } from "../db/database.js";
import { invalidState } from "../errors.js";
import { Role } from "../identity/identity.model.js";
import { asIs, type Command, type CommandLifecycle, type CommandPolicy } from "../pipeline/command.js";
import { approvalPolicy } from "../policies/approval.policy.js";
import type { FrozenContent } from "./approval.entities.js";
import { ApprovalNotice, summaries } from "./approval.events.js";
import { approvalStore } from "./approval.store.js";
import { contentHash } from "../events/canonical-hash.js";
import { frozenContent } from "./freeze.js";
import { describeGap, LifecycleGapKind, type LifecycleGap } from "./lifecycle-gaps.js";

/** Counts the disputes that block a submission (the disputes capability answers it). */
export interface BlockingDisputes {
  blockingDisputes(tx: Tx, agreementId: string): Promise<number>;
}

/** A förvaltningschef of a party sends a DRAFT to both committees. */
export const submitsForApproval: { policy: CommandPolicy<{ agreement: AgreementRef }>; lifecycle: CommandLifecycle<object> } = {
  policy: {
    allows: (actor, { agreement }) => approvalPolicy.canSubmit(actor, agreement),
    refusal: "Bara parternas förvaltningschefer kan skicka till beslut",
  },
  lifecycle: { states: [AgreementStatus.DRAFT], refusal: "Bara ett utkast kan skickas till beslut" },
};

/** What keeps a DRAFT from submission: a balance neither agreed nor decided, undecided disputes, empty required sections. */
async function submissionGaps(
  tx: Tx,
  disputes: BlockingDisputes,
  agreementId: string,
  sections: ReadonlyArray<{ title: string; required: boolean; text: string }>,
): Promise<LifecycleGap[]> {
  const gaps: LifecycleGap[] = [];
  const balance = await balanceQueries.state(tx, agreementId);
  if (balance.status !== BalanceStatus.AGREED && balance.status !== BalanceStatus.DECIDED)
    gaps.push({ kind: LifecycleGapKind.BALANCE_NOT_SETTLED });
  const blocking = await disputes.blockingDisputes(tx, agreementId);
  if (blocking > 0) gaps.push({ kind: LifecycleGapKind.UNDECIDED_DISPUTES, count: blocking });
  for (const section of sections)
    if (section.required && section.text.trim() === "") gaps.push({ kind: LifecycleGapKind.EMPTY_SECTION, section: section.title });
  return gaps;
}

/** The locked agreement, and what a submission would freeze, read once when first needed. */
interface SubmitTarget {
  agreement: AgreementEntity;
  frozen: () => Promise<FrozenContent>;
}

export interface Submission {
  submitForApproval: Command<{ agreementId: string }, SubmitTarget, { agreementId: string }, AgreementEntity>;
  /** A DRAFT's gaps from its sections' stored text, for the stepper (`missingForNextStep`). */
  draftGaps(tx: Tx, agreementId: string): Promise<LifecycleGap[]>;
}

/**
 * Submission: it freezes a version and asks both committees. It needs the count of blocking disputes,
 * which the disputes capability answers; `disputes` is that answer until it exports one of its own.
 */
export function createSubmission(disputes: BlockingDisputes): Submission {
  const submitForApproval: Submission["submitForApproval"] = {
    name: "submitForApproval",
    agreementOf: async (_tx, input) => input.agreementId,
    async load({ tx }, _input, agreement) {
      let frozen: Promise<FrozenContent> | null = null;
      return { agreement: agreement!, frozen: () => (frozen ??= frozenContent(tx, agreement!)) };
    },
    ...submitsForApproval,
    // The gaps of the text being frozen (read under the lock co-editing writes wait for), every one named.
    async preconditions({ tx }, { agreement, frozen }) {
      const gaps = await submissionGaps(tx, disputes, agreement.id, (await frozen()).sections);
      if (gaps.length === 0) return;
      const reasons = gaps.map(describeGap);
      throw invalidState(`Kan inte skickas till beslut: ${reasons.join("; ")}`, { reasons, gaps });
    },
    validate: asIs,
    async write({ tx, actor }, { agreement, frozen }) {
      const content = await frozen();
      const number = ((await approvalStore.latestVersion(tx, agreement.id))?.number ?? 0) + 1;
      const hash = contentHash(content);
      await approvalStore.insertVersion(tx, { agreementId: agreement.id, number, contentHash: hash, content, createdBy: actor.userId });
      const organIds = [agreement.purchaserOrganId, agreement.providerOrganId];
      await approvalStore.insertApprovals(tx, agreement.id, number, organIds);
      await approvalStore.setStatus(tx, agreement.id, AgreementStatus.IN_APPROVAL);
      return {
        result: await agreementsQueries.current(tx, agreement.id),
        events: [AgreementEvent.submitted(agreementSummaries.submitted(number, hash), { version: number, contentHash: hash })],
        notices: [
          {
            to: { roles: [Role.NAMNDSEKRETERARE], organIds },
            kind: ApprovalNotice.requested,
            summary: summaries.requested(agreement.diarienummer),
            agreementId: agreement.id,
          },
        ],
      };
    },
  };
  return {
    submitForApproval,
    draftGaps: async (tx, agreementId) => submissionGaps(tx, disputes, agreementId, await agreementsQueries.sections(tx, agreementId)),
  };
}
