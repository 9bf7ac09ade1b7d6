import { Party } from "../agreements/agreement.model.js";
import { data, defineEvents } from "../events/event-types.js";

/**
 * The agreement events of agreed clauses: the negotiation log of the text, beside the balance's. Each
 * names its section; the client fetches the sections again on any `section.*`.
 */
export const SectionEvent = defineEvents("section", {
  marked: data<{ sectionId: string; party: Party; seq: number }>(),
  agreed: data<{ sectionId: string; seq: number }>(),
  /** `party`: the side that reopened it; null when a decision did. `parties`: whose marks went. */
  reopened: data<{ sectionId: string; party: Party | null; reason: string; parties: Party[] }>(),
  /** The text changed after a one-sided mark: the mark no longer holds. */
  marksCleared: data<{ sectionId: string; seq: number; parties: Party[] }>(),
});

const PARTY = { [Party.PURCHASER]: "Beställaren", [Party.PROVIDER]: "Utföraren" } as const;
const PARTY_OBJECT = { [Party.PURCHASER]: "beställarens", [Party.PROVIDER]: "utförarens" } as const;

/** The reason a restored version gives for the sections it reopens. */
export const RESTORED_REASON = "återställd version";

export const summaries = {
  marked: (party: Party, title: string) => `${PARTY[party]} godkände avsnittet ”${title}”`,
  agreed: (title: string) => `Avsnittet ”${title}” är överenskommet av båda parter`,
  reopened: (party: Party, title: string, reason: string) => `${PARTY[party]} öppnade avsnittet ”${title}” igen: ${reason}`,
  reopenedByDecision: (title: string) =>
    `Avsnittet ”${title}” öppnades igen efter beslutet i tvisten om det, så att texten kan återspegla beslutet`,
  marksCleared: (parties: Party[], title: string) =>
    `${parties.length > 1 ? "Parternas godkännanden" : `${capitalised(PARTY_OBJECT[parties[0]])} godkännande`} av avsnittet ”${title}” togs bort eftersom texten ändrades`,
};

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
