import { parseSuggestionId } from './suggestionId.js';
import type { SuggestionMarkName } from './SuggestChanges.js';

type Translate = (key: string, named?: Record<string, unknown>) => string;

/** A suggestion's time, in the reader's language: "12 jan. 2027 10:14". */
export function formatAt(at: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(at);
}

/** "Utföraren (Anna Andersson) föreslog infogat, 12 jan. 2027 10:14": a suggested run's tooltip and description. */
export function describeSuggestion(
  t: Translate,
  locale: string,
  names: ReadonlyMap<string, string>,
  id: string,
  kind: SuggestionMarkName,
): string {
  const parsed = parseSuggestionId(id);
  return t('suggestions.describe', {
    party: t(`suggestions.party.${parsed?.party ?? 'unknown'}`),
    name: names.get(id) || '…',
    kind: t(`suggestions.kind.${kind}`),
    at: parsed ? formatAt(parsed.at, locale) : '',
  });
}
