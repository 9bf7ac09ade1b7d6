import type { AgreementEntity, SectionEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus, SectionStatus, type Party } from "../agreements/agreement.model.js";
import type { Tx } from "../db/database.js";
import { invalidState, notFound } from "../errors.js";
import type { NewAgreementEvent } from "../events/event-types.js";
import type { Command, CommandContext, CommandLifecycle, CommandPolicy } from "../pipeline/command.js";
import { asIs } from "../pipeline/command.js";
import { sectionMarksPolicy } from "../policies/section-marks.policy.js";
import { pendingSuggestionCount } from "../suggestions/pending.js";
import { requiredText } from "../validation/input.js";
import type { SectionMarkEntity } from "./section-marks.entities.js";
import { SectionEvent, summaries } from "./section-marks.events.js";
import { sectionMarksStore } from "./section-marks.store.js";

/** What a mark command acts on: the agreement, locked, the section as it is under that lock, and its marks. */
export interface SectionTarget {
  agreement: AgreementEntity;
  section: SectionEntity;
  marks: SectionMarkEntity[];
}

/** The marks that hold: those on the section's current seq (a push moved the others' content). */
export const currentMarks = <M extends Pick<SectionMarkEntity, "seq">>(section: Pick<SectionEntity, "seq">, marks: readonly M[]): M[] =>
  marks.filter((m) => m.seq === section.seq);

/** Whether anything is marked on the section now: AGREED, or one party's mark on its current seq. */
export const isMarked = ({ section, marks }: Pick<SectionTarget, "section" | "marks">) =>
  section.status === SectionStatus.AGREED || currentMarks(section, marks).length > 0;

const onSection = {
  async agreementOf(tx: Tx, input: { sectionId: string }) {
    const section = await sectionMarksStore.section(tx, input.sectionId);
    if (!section) throw notFound("Avsnittet");
    return section.agreementId;
  },
  // Read again under the agreement's lock: co-editing writes take it FOR SHARE, so the seq is settled.
  async load({ tx }: CommandContext, input: { sectionId: string }, agreement: AgreementEntity | null): Promise<SectionTarget> {
    const section = await sectionMarksStore.section(tx, input.sectionId);
    if (!section) throw notFound("Avsnittet");
    return { agreement: agreement!, section, marks: await sectionMarksStore.marks(tx, [section.id]) };
  },
};

/** A drafting party marks and reopens sections, while the agreement is a DRAFT. */
const marksSections: { policy: CommandPolicy<SectionTarget>; lifecycle: CommandLifecycle<SectionTarget> } = {
  policy: {
    allows: (actor, { agreement }) => sectionMarksPolicy.markingParty(actor, agreement) !== null,
    refusal: "Bara parternas förvaltningschefer och handläggare kan godkänna avsnitt eller öppna dem igen",
  },
  lifecycle: { states: [AgreementStatus.DRAFT], refusal: "Överenskommelsen är inte ett utkast längre; avsnitten kan inte ändras" },
};

/**
 * A party marks a section as agreed on its exact content (`seq`); the second party's mark on the same
 * seq makes it AGREED and locks it. A mark on a seq the section has moved past is CONFLICT.
 */
export const agreeSection: Command<{ sectionId: string; seq: number }, SectionTarget, { sectionId: string; seq: number }, SectionEntity> = {
  name: "agreeSection",
  ...onSection,
  ...marksSections,
  // The content agreed on is the text as agreed so far; suggestions still open would make it ambiguous.
  async preconditions({ tx }, { section }) {
    if ((await pendingSuggestionCount(tx, section.id)) > 0)
      throw invalidState("Avsnittet har föreslagna ändringar som inte är godtagna eller avvisade; avgör dem först");
  },
  validate: asIs,
  conflict: async (_ctx, { section }, { seq }) =>
    seq === section.seq
      ? null
      : { currentVersion: section.seq, message: "Avsnittets text har ändrats sedan du såg den; läs den senaste texten och godkänn igen" },
  // The caller's side has marked this content already (an AGREED section has both marks on it).
  unchanged(target, actor) {
    const party = sectionMarksPolicy.markingParty(actor, target.agreement);
    return currentMarks(target.section, target.marks).some((m) => m.party === party) ? target.section : null;
  },
  async write({ tx, actor }, { agreement, section, marks }) {
    const party = sectionMarksPolicy.markingParty(actor, agreement)!;
    await sectionMarksStore.mark(tx, section.id, party, actor.userId, section.seq);
    const events: NewAgreementEvent[] = [
      SectionEvent.marked(summaries.marked(party, section.title), { sectionId: section.id, party, seq: section.seq }),
    ];
    if (currentMarks(section, marks).some((m) => m.party !== party)) {
      await sectionMarksStore.setStatus(tx, section.id, SectionStatus.AGREED);
      events.push(SectionEvent.agreed(summaries.agreed(section.title), { sectionId: section.id, seq: section.seq }));
    }
    return { result: (await sectionMarksStore.section(tx, section.id))!, events };
  },
};

const MAX_REASON = 2000;

/** Either party reopens a section that is agreed or marked, with a reason: both marks go. */
export const reopenSection: Command<{ sectionId: string; reason: string }, SectionTarget, string, SectionEntity> = {
  name: "reopenSection",
  ...onSection,
  ...marksSections,
  lifecycle: {
    ...marksSections.lifecycle,
    check: (target) => (isMarked(target) ? null : "Ingen part har godkänt avsnittet; det finns inget att öppna igen"),
  },
  validate: (_ctx, { reason }) => requiredText(reason, "reason", "Skälet", MAX_REASON),
  async write({ tx, actor }, { agreement, section }, reason) {
    const party = sectionMarksPolicy.markingParty(actor, agreement)!;
    const parties = await sectionMarksStore.reopen(tx, section.id);
    return {
      result: (await sectionMarksStore.section(tx, section.id))!,
      events: [SectionEvent.reopened(summaries.reopened(party, section.title, reason), { sectionId: section.id, party, reason, parties })],
    };
  },
};

/**
 * Reopens those of `sections` that are agreed or marked, in the caller's transaction: a restored version
 * (by the restoring party, with `RESTORED_REASON`) or a decision on a section (`party` null). Returns
 * the events to append.
 */
export async function reopenMarkedSections(
  tx: Tx,
  sections: readonly SectionEntity[],
  by: { party: Party | null; reason: string },
): Promise<NewAgreementEvent[]> {
  const marks = await sectionMarksStore.marks(
    tx,
    sections.map((s) => s.id),
  );
  const events: NewAgreementEvent[] = [];
  for (const section of sections) {
    if (!isMarked({ section, marks: marks.filter((m) => m.sectionId === section.id) })) continue;
    const parties = await sectionMarksStore.reopen(tx, section.id);
    const summary =
      by.party === null ? summaries.reopenedByDecision(section.title) : summaries.reopened(by.party, section.title, by.reason);
    events.push(SectionEvent.reopened(summary, { sectionId: section.id, party: by.party, reason: by.reason, parties }));
  }
  return events;
}

/**
 * After a push moved a section's seq: the marks on its older content no longer hold (they never count,
 * `currentMarks`); this removes them and says so in the log. Run by the co-editing service once the
 * push is durable, as the one who pushed: the push's own write is the group commit, which appends no
 * events (see `collab/collab.commands.ts`).
 */
export const clearOutdatedMarks: Command<{ sectionId: string }, SectionTarget, { sectionId: string }, SectionEntity> = {
  name: "clearOutdatedMarks",
  ...onSection,
  policy: marksSections.policy,
  // No states: it tidies up after edits the co-editing checks let through.
  lifecycle: { refusal: "" },
  validate: asIs,
  unchanged: ({ section, marks }) => (marks.some((m) => m.seq < section.seq) ? null : section),
  async write({ tx }, { section }) {
    const parties = await sectionMarksStore.clear(tx, section.id, section.seq);
    return {
      result: section,
      events: [
        SectionEvent.marksCleared(summaries.marksCleared(parties, section.title), { sectionId: section.id, seq: section.seq, parties }),
      ],
    };
  },
};
