/**
 * A suggestion's id in the `insertion`/`deletion` marks: `<PARTY>~<userId>~<epochMs>~<random>`
 * (server/suggestions/suggestion-id.ts reads it; the server decides who may accept from the party it
 * names). It starts with a letter: the suggestion library reads an id that starts with digits as a number.
 */
export type SuggestionParty = 'PURCHASER' | 'PROVIDER';

export interface SuggestionAuthor {
  party: SuggestionParty;
  userId: string;
}

export interface ParsedSuggestionId extends SuggestionAuthor {
  at: Date;
}

const SEPARATOR = '~';

export function newSuggestionId(author: SuggestionAuthor, now = Date.now()): string {
  const random = Math.random().toString(36).slice(2, 8) || '0';
  return [author.party, author.userId, String(now), random].join(SEPARATOR);
}

export function parseSuggestionId(id: unknown): ParsedSuggestionId | null {
  if (typeof id !== 'string') return null;
  const [party, userId, ms, random, ...rest] = id.split(SEPARATOR);
  if (rest.length > 0 || (party !== 'PURCHASER' && party !== 'PROVIDER') || !userId || !/^\d{1,15}$/.test(ms ?? '') || !random) return null;
  return { party, userId, at: new Date(Number(ms)) };
}

/** Whether a mark's id was made by this person (the same party and user). */
export function isByAuthor(id: unknown, author: SuggestionAuthor): boolean {
  const parsed = parseSuggestionId(id);
  return parsed !== null && parsed.party === author.party && parsed.userId === author.userId;
}

/** Whether a mark's id names the author's own side (a colleague's suggestion may be edited as one's own side's). */
export function isOfParty(id: unknown, party: SuggestionParty): boolean {
  return parseSuggestionId(id)?.party === party;
}
