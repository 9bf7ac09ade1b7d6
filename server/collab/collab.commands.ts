import { AgreementStatus, SectionStatus, type AgreementRef } from "../agreements/agreement.model.js";
import type { Command } from "../pipeline/command.js";
import { agreementPolicy } from "../policies/agreements.policy.js";

/** What a push acts on: the section's agreement and the section's own state, as the live section caches them. */
export interface SectionEditTarget {
  agreement: AgreementRef;
  section: { status: SectionStatus };
}

/** Why a push to an AGREED section is refused, here and at the durable write (`update-log.ts`). */
export const SECTION_AGREED_REFUSAL =
  "Avsnittet är överenskommet av båda parter och låst för redigering. Ändringen sparades inte; en part kan öppna avsnittet igen.";

/**
 * `pushSectionUpdate`: who may edit a section's text, and when. Declared like every command so the
 * co-editing checks and the `editable` flags come from one place (`permits`, `lifecycleRefusal`), but
 * the runner never runs it: its write is the co-editing group commit (`CollabService`), which batches
 * the updates of many editors and sections into one transaction. A transaction per keystroke through
 * the runner would bound the throughput by one commit each; the group commit checks the freeze and the
 * section's agreement again in its own transaction (`update-log.ts`).
 */
export const pushSectionUpdate: Pick<Command<never, SectionEditTarget>, "name" | "policy" | "lifecycle"> = {
  name: "pushSectionUpdate",
  policy: {
    allows: (actor, { agreement }) => agreementPolicy.isDrafter(actor, agreement),
    refusal: "Bara parternas förvaltningschefer och handläggare kan redigera",
  },
  lifecycle: {
    states: [AgreementStatus.DRAFT],
    refusal: "Överenskommelsen är låst för redigering",
    check: ({ section }) => (section.status === SectionStatus.AGREED ? SECTION_AGREED_REFUSAL : null),
  },
};
