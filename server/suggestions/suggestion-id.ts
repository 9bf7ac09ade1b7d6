import { Party } from "../agreements/agreement.model.js";

/**
 * A suggestion's id, as the editor writes it into the `insertion`/`deletion` marks of the section's
 * Yjs document: `<PARTY>~<userId>~<epochMs>~<random>`, e.g.
 * `PROVIDER~5b0c…~1767225600000~k3x9qa`. It starts with a letter because the suggestion library reads an
 * id that starts with digits as a number. The server reads the party from here (never from the caller)
 * when it decides who may accept; the client makes the same ids (client/features/collab/suggestions).
 */
export const SEPARATOR = "~";

export interface SuggestionAuthor {
  party: Party;
  userId: string;
  at: Date;
}

const PARTIES: ReadonlySet<string> = new Set([Party.PURCHASER, Party.PROVIDER]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The party, user and time an id names; null for an id not made this way (nobody can accept it). */
export function parseSuggestionId(id: unknown): SuggestionAuthor | null {
  if (typeof id !== "string") return null;
  const [party, userId, ms, random, ...rest] = id.split(SEPARATOR);
  if (rest.length > 0 || !PARTIES.has(party) || !UUID.test(userId ?? "") || !/^\d{1,15}$/.test(ms ?? "") || !random) return null;
  return { party: party as Party, userId, at: new Date(Number(ms)) };
}

export function suggestionId(party: Party, userId: string, at: Date, random: string): string {
  return [party, userId, String(at.getTime()), random].join(SEPARATOR);
}
