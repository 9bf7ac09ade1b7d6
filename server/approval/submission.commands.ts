import type { AgreementEntity, SectionEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus, Party, SectionStatus, type AgreementRef } from "../agreements/agreement.model.js";
import { AgreementEvent, summaries as agreementSummaries } from "../agreements/agreements.events.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { balanceQueries } from "../balance/balance.queries.js";
import { BalanceStatus } from "../balance/balance.model.js";
import type { Tx } from "../db/database.js";
import { invalidState } from "../errors.js";
import { Role } from "../identity/identity.model.js";
import { asIs, type Command, type CommandLifecycle, type CommandPolicy } from "../pipeline/command.js";
import { approvalPolicy } from "../policies/approval.policy.js";
import type { FrozenContent, FrozenDecision } from "./approval.entities.js";
import { ApprovalNotice, summaries } from "./approval.events.js";
import { approvalStore } from "./approval.store.js";
import { contentHash } from "../events/canonical-hash.js";
import { followUpStore } from "../follow-up/follow-up.store.js";
import { frozenContent } from "./freeze.js";
import { describeGap, LifecycleGapKind, type LifecycleGap } from "./lifecycle-gaps.js";
import { sectionsWithPendingSuggestions } from "../suggestions/pending.js";

/** What a submission asks of the disputes capability, which answers it (wired in services.ts). */
export interface DisputesOfSubmission {
  /**
   * How many disputes block a submission (undecided ones), and the section title of each decision no
   * party has confirmed the text reflects: one read for both.
   */
  blockers(tx: Tx, agreementId: string): Promise<{ blocking: number; unreflected: string[] }>;
  /** Every decision that applies, as the frozen version keeps it. */
  appliedDecisions(tx: Tx, agreementId: string): Promise<FrozenDecisionSource[]>;
}

/** A decision as the disputes capability reads it; frozen with its time as ISO 8601. */
export type FrozenDecisionSource = Omit<FrozenDecision, "decidedAt" | "section"> & {
  decidedAt: Date;
  section: { key: string; title: string } | null;
};

/** A förvaltningschef of a party sends a DRAFT to both committees. */
export const submitsForApproval: { policy: CommandPolicy<{ agreement: AgreementRef }>; lifecycle: CommandLifecycle<object> } = {
  policy: {
    allows: (actor, { agreement }) => approvalPolicy.canSubmit(actor, agreement),
    refusal: "Bara parternas förvaltningschefer kan skicka till beslut",
  },
  lifecycle: { states: [AgreementStatus.DRAFT], refusal: "Bara ett utkast kan skickas till beslut" },
};

/**
 * What keeps a DRAFT from submission: a balance neither agreed nor decided; a balance with lines that
 * misses the result requirement while a party's förvaltningschef has not said why it holds (a balance set
 * by decision needs no reason, and an empty one is not settled anyway); undecided disputes; decisions on
 * a section that no party has confirmed the text reflects; empty required sections; required sections
 * the parties have not both agreed on (their status, read under the agreement's lock, which agreeing a
 * section takes too); suggested changes of the text not yet accepted or rejected; no indicator to follow
 * it up by.
 */
async function submissionGaps(
  tx: Tx,
  disputes: DisputesOfSubmission,
  agreementId: string,
  sections: ReadonlyArray<{ title: string; required: boolean; text: string }>,
  stored?: SectionEntity[],
): Promise<LifecycleGap[]> {
  const gaps: LifecycleGap[] = [];
  // The sections' rows (status, log position), read once for both checks that need them.
  const rows = stored ?? (await agreementsQueries.sections(tx, agreementId));
  const balance = await balanceQueries.state(tx, agreementId);
  if (balance.status !== BalanceStatus.AGREED && balance.status !== BalanceStatus.DECIDED)
    gaps.push({ kind: LifecycleGapKind.BALANCE_NOT_SETTLED });
  if (balance.status !== BalanceStatus.DECIDED && !balance.totals.requirementMet && balance.lines.length > 0)
    for (const party of [Party.PURCHASER, Party.PROVIDER])
      if (!balance.marks.some((m) => m.party === party && m.version === balance.version && m.reason))
        gaps.push({ kind: LifecycleGapKind.REQUIREMENT_REASON_MISSING, party });
  const { blocking, unreflected } = await disputes.blockers(tx, agreementId);
  if (blocking > 0) gaps.push({ kind: LifecycleGapKind.UNDECIDED_DISPUTES, count: blocking });
  for (const section of unreflected) gaps.push({ kind: LifecycleGapKind.DECISION_NOT_REFLECTED, section });
  for (const section of sections)
    if (section.required && section.text.trim() === "") gaps.push({ kind: LifecycleGapKind.EMPTY_SECTION, section: section.title });
  for (const section of rows)
    if (section.required && section.status !== SectionStatus.AGREED)
      gaps.push({ kind: LifecycleGapKind.SECTION_NOT_AGREED, section: section.title });
  for (const { title, count } of await sectionsWithPendingSuggestions(tx, rows))
    gaps.push({ kind: LifecycleGapKind.SUGGESTIONS_PENDING, section: title, count });
  if ((await followUpStore.count(tx, agreementId)) === 0) gaps.push({ kind: LifecycleGapKind.NO_INDICATOR });
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
 * Submission: it freezes a version and asks both committees. It needs the disputes that block it, the
 * decisions not yet reflected in the text and the decisions that apply, which the disputes capability
 * answers (`disputes`, wired in services.ts, so neither capability imports the other).
 */
export function createSubmission(disputes: DisputesOfSubmission): Submission {
  const submitForApproval: Submission["submitForApproval"] = {
    name: "submitForApproval",
    agreementOf: async (_tx, input) => input.agreementId,
    async load({ tx }, _input, agreement) {
      let frozen: Promise<FrozenContent> | null = null;
      const decisions = async () =>
        (await disputes.appliedDecisions(tx, agreement!.id)).map((d) => ({ ...d, decidedAt: d.decidedAt.toISOString() }));
      return { agreement: agreement!, frozen: () => (frozen ??= decisions().then((list) => frozenContent(tx, agreement!, list))) };
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
    draftGaps: async (tx, agreementId) => {
      const sections = await agreementsQueries.sections(tx, agreementId);
      return submissionGaps(tx, disputes, agreementId, sections, sections);
    },
  };
}
