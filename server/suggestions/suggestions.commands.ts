import type * as Y from "yjs";
import { SectionEntity, type AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus, type Party } from "../agreements/agreement.model.js";
import { SECTION_AGREED_REFUSAL } from "../collab/collab.commands.js";
import { plainText } from "../collab/yjs-codec.js";
import { isUuid, type Tx } from "../db/database.js";
import { invalidState, notFound } from "../errors.js";
import type { Actor } from "../identity/identity.model.js";
import { asIs, type Command, type CommandLifecycle } from "../pipeline/command.js";
import { suggestionsPolicy } from "../policies/suggestions.policy.js";
import { SuggestionEvent, summaries, type DecidedSuggestionData } from "./suggestions.events.js";
import { suggestionsStore, type DecidedSuggestion } from "./suggestions.store.js";
import { decideSuggestions, SuggestionDecision } from "./yjs-decide.js";
import { pendingSuggestions, type PendingSuggestion } from "./yjs-suggestions.js";

const OTHER_PARTY_ONLY = "Bara den andra partens förvaltningschef eller handläggare kan godta eller avvisa förslaget";
const ALREADY_DECIDED = "Förslaget är redan godtaget eller avvisat";

/** The section a decision acts on, its durable document, and its pending suggestions. */
export interface SectionSuggestionsTarget {
  agreement: AgreementEntity;
  section: SectionEntity;
  doc: Y.Doc;
  seq: number;
  pending: PendingSuggestion[];
}

export type OneSuggestionTarget = SectionSuggestionsTarget & {
  /** The pending suggestion; null when it was decided already (then `decided`). */
  suggestion: PendingSuggestion | null;
  decided: DecidedSuggestion | null;
};

function sectionOf(tx: Tx, sectionId: string): Promise<SectionEntity | null> {
  if (!isUuid(sectionId)) return Promise.resolve(null);
  return tx.em.findOne(SectionEntity, { where: { id: sectionId, municipalityId: tx.municipalityId } });
}

const ofSection = {
  agreementOf: async (tx: Tx, input: { sectionId: string }) => (await sectionOf(tx, input.sectionId))?.agreementId ?? null,
};

/** The section's durable state, read under the agreement's lock (pushes to it wait for the commit). */
async function loadSection(tx: Tx, sectionId: string, agreement: AgreementEntity): Promise<SectionSuggestionsTarget> {
  const section = (await sectionOf(tx, sectionId))!;
  const { doc, seq } = await suggestionsStore.document(tx, sectionId);
  return { agreement, section, doc, seq, pending: pendingSuggestions(doc) };
}

/** Suggestions are decided while the text is drafted. */
const whileDrafting: CommandLifecycle<object> = {
  states: [AgreementStatus.DRAFT],
  refusal: "Förslag kan bara godtas eller avvisas medan överenskommelsen är ett utkast",
};

/** The other party's pending suggestions, as the caller would decide them with "accept all" / "reject all". */
export function othersPending(actor: Actor, target: SectionSuggestionsTarget): PendingSuggestion[] {
  const party = suggestionsPolicy.decidingParty(actor, target.agreement);
  return party === null ? [] : target.pending.filter((s) => s.party !== party);
}

/** Applies the decision to the document and logs it as a server-made update, with its event. */
async function decide(
  tx: Tx,
  actor: Actor,
  { agreement, section, doc }: SectionSuggestionsTarget,
  suggestions: PendingSuggestion[],
  decision: SuggestionDecision,
) {
  const party = suggestionsPolicy.decidingParty(actor, agreement)!;
  const update = decideSuggestions(
    doc,
    suggestions.map((s) => s.id),
    decision,
  );
  const written = await suggestionsStore.append(tx, section.id, update, actor.userId, plainText(doc));
  if ("refused" in written) throw invalidState(written.refused === "AGREED" ? SECTION_AGREED_REFUSAL : whileDrafting.refusal);
  const seq = written.seqs[0]!;
  const decided: DecidedSuggestionData[] = suggestions.map(({ id, party: p, userId, kind, inserted, deleted }) => ({
    id,
    party: p,
    userId,
    kind,
    inserted,
    deleted,
  }));
  const eventData = { sectionId: section.id, sectionKey: section.key, seq, suggestions: decided };
  const event =
    decision === SuggestionDecision.ACCEPT
      ? SuggestionEvent.accepted(summaries.accepted(party, section.title, decided), eventData)
      : SuggestionEvent.rejected(summaries.rejected(party, section.title, decided), eventData);
  return { result: (await sectionOf(tx, section.id))!, events: [event] };
}

export interface DecideOneInput {
  sectionId: string;
  suggestionId: string;
}

/**
 * acceptSuggestion / rejectSuggestion: the other party decides one suggestion. An id that is not in
 * the section is NOT_FOUND, unless the agreement's events show it decided already (a concurrent
 * decision committed first): then CONFLICT with the section's seq, so the caller reloads.
 */
function decidesOne(
  name: string,
  decision: SuggestionDecision,
): Command<DecideOneInput, OneSuggestionTarget, DecideOneInput, SectionEntity> {
  return {
    name,
    ...ofSection,
    async load({ tx }, { sectionId, suggestionId }, agreement) {
      const target = await loadSection(tx, sectionId, agreement!);
      const suggestion = target.pending.find((s) => s.id === suggestionId) ?? null;
      const decided = suggestion ? null : await suggestionsStore.decided(tx, agreement!.id, suggestionId);
      if (!suggestion && !decided) throw notFound("Förslaget");
      return { ...target, suggestion, decided };
    },
    policy: {
      allows: (actor, { agreement, suggestion, decided }) =>
        suggestionsPolicy.mayDecide(actor, agreement, { party: (suggestion?.party ?? decided!.party) as Party }),
      refusal: OTHER_PARTY_ONLY,
    },
    lifecycle: whileDrafting,
    validate: asIs,
    conflict: async (_ctx, { suggestion, seq }) => (suggestion ? null : { currentVersion: seq, message: ALREADY_DECIDED }),
    write: ({ tx, actor }, target) => decide(tx, actor, target, [target.suggestion!], decision),
  };
}

export const acceptSuggestion = decidesOne("acceptSuggestion", SuggestionDecision.ACCEPT);
export const rejectSuggestion = decidesOne("rejectSuggestion", SuggestionDecision.REJECT);

/** acceptAllSuggestions / rejectAllSuggestions: every pending suggestion of the other party in the section. */
function decidesAll(
  name: string,
  decision: SuggestionDecision,
): Command<{ sectionId: string }, SectionSuggestionsTarget, { sectionId: string }, SectionEntity> {
  return {
    name,
    ...ofSection,
    async load({ tx }, { sectionId }, agreement) {
      const target = await loadSection(tx, sectionId, agreement!);
      if (target.pending.length === 0) throw notFound("Förslag i avsnittet");
      return target;
    },
    policy: { allows: (actor, target) => othersPending(actor, target).length > 0, refusal: OTHER_PARTY_ONLY },
    lifecycle: whileDrafting,
    validate: asIs,
    write: ({ tx, actor }, target) => decide(tx, actor, target, othersPending(actor, target), decision),
  };
}

export const acceptAllSuggestions = decidesAll("acceptAllSuggestions", SuggestionDecision.ACCEPT);
export const rejectAllSuggestions = decidesAll("rejectAllSuggestions", SuggestionDecision.REJECT);
