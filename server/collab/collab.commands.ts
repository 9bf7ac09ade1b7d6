import { AgreementStatus, type AgreementRef } from "../agreements/agreement.model.js";
import type { Command } from "../pipeline/command.js";
import { agreementPolicy } from "../policies/agreements.policy.js";

/** What a push acts on: the section's agreement, as the live section caches it. */
export interface SectionEditTarget {
  agreement: AgreementRef;
}

/**
 * `pushSectionUpdate`: who may edit a section's text, and when. Declared like every command so the
 * co-editing checks and the `editable` flags come from one place (`permits`, `lifecycleRefusal`), but
 * the runner never runs it: its write is the co-editing group commit (`CollabService`), which batches
 * the updates of many editors and sections into one transaction. A transaction per keystroke through
 * the runner would bound the throughput by one commit each; the group commit checks the freeze again
 * in its own transaction (`update-log.ts`).
 */
export const pushSectionUpdate: Pick<Command<never, SectionEditTarget>, "name" | "policy" | "lifecycle"> = {
  name: "pushSectionUpdate",
  policy: {
    allows: (actor, { agreement }) => agreementPolicy.isDrafter(actor, agreement),
    refusal: "Bara parternas förvaltningschefer och handläggare kan redigera",
  },
  lifecycle: { states: [AgreementStatus.DRAFT], refusal: "Överenskommelsen är låst för redigering" },
};
