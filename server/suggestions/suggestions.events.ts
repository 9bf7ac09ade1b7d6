import { Party } from "../agreements/agreement.model.js";
import { data, defineEvents } from "../events/event-types.js";
import type { SuggestionKind } from "./yjs-suggestions.js";

/** A decided suggestion as its event keeps it: the negotiation log of the text. */
export interface DecidedSuggestionData {
  id: string;
  party: Party;
  userId: string;
  kind: SuggestionKind;
  inserted: string;
  deleted: string;
}

/** The agreement events of the text's negotiation; the client refetches a section's suggestions on any `suggestion.*`. */
export const SuggestionEvent = defineEvents("suggestion", {
  accepted: data<{ sectionId: string; sectionKey: string; seq: number; suggestions: DecidedSuggestionData[] }>(),
  rejected: data<{ sectionId: string; sectionKey: string; seq: number; suggestions: DecidedSuggestionData[] }>(),
});

const PARTY = { [Party.PURCHASER]: "Beställaren", [Party.PROVIDER]: "Utföraren" } as const;
const OF_PARTY = { [Party.PURCHASER]: "Beställarens", [Party.PROVIDER]: "Utförarens" } as const;
const MAX_QUOTE = 120;

const quote = (text: string) => `”${text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text}”`;

/** What one suggestion changes, in words: "infoga ”…”", "stryka ”…”", "ersätta ”…” med ”…”". */
function change({ inserted, deleted }: DecidedSuggestionData): string {
  if (inserted && deleted) return `ersätta ${quote(deleted)} med ${quote(inserted)}`;
  return deleted ? `stryka ${quote(deleted)}` : `infoga ${quote(inserted)}`;
}

function decided(verb: string, party: Party, title: string, suggestions: DecidedSuggestionData[]): string {
  const suggester = OF_PARTY[suggestions[0].party];
  const what =
    suggestions.length === 1
      ? `ändring i avsnittet ”${title}”: ${change(suggestions[0])}`
      : `${suggestions.length} ändringar i avsnittet ”${title}”`;
  return `${PARTY[party]} ${verb} ${suggester} ${what}`;
}

export const summaries = {
  /** "Utföraren godtog Beställarens ändring i avsnittet ”Uppdrag”: infoga ”…”" */
  accepted: (party: Party, title: string, suggestions: DecidedSuggestionData[]) => decided("godtog", party, title, suggestions),
  rejected: (party: Party, title: string, suggestions: DecidedSuggestionData[]) => decided("avvisade", party, title, suggestions),
};
