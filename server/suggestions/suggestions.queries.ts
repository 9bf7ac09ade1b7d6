import * as Y from "yjs";
import type { AgreementEntity, SectionEntity } from "../agreements/agreement.entities.js";
import type { Actor } from "../identity/identity.model.js";
import { permits } from "../pipeline/permissions.js";
import { acceptAllSuggestions, acceptSuggestion, type SectionSuggestionsTarget } from "./suggestions.commands.js";
import type { SuggestionType } from "./suggestions.types.js";
import { pendingSuggestions } from "./yjs-suggestions.js";

/** A section's suggestions as the caller sees them now, from its current (live) document. */
export interface SectionSuggestions {
  suggestions: SuggestionType[];
  /** acceptAllSuggestions / rejectAllSuggestions: the other party has suggestions the caller may decide. */
  canDecideAll: boolean;
}

export const suggestionsQueries = {
  /** `state`: the section's current Yjs document, from the co-editing service. */
  ofSection(actor: Actor, agreement: AgreementEntity, section: SectionEntity, state: Uint8Array): SectionSuggestions {
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, state);
      const target: SectionSuggestionsTarget = { agreement, section, doc, seq: section.seq, pending: pendingSuggestions(doc) };
      const suggestions = target.pending.map((s) => ({
        ...s,
        text: s.inserted || s.deleted,
        canDecide: permits(acceptSuggestion, actor, { ...target, suggestion: s, decided: null }),
      }));
      return { suggestions, canDecideAll: target.pending.length > 0 && permits(acceptAllSuggestions, actor, target) };
    } finally {
      doc.destroy();
    }
  },
};
