// Suggested changes of the text (suggestion mode, and the other party's decisions). Swedish first, English with the same keys.

export const suggestionsSv = {
  mode: 'Föreslå ändringar',
  modeHint: 'När knappen är intryckt blir det du skriver och stryker förslag som motparten godtar eller avvisar.',
  party: { PURCHASER: 'Beställaren', PROVIDER: 'Utföraren', unknown: 'Okänd part' },
  kind: { insertion: 'föreslog infogat', deletion: 'föreslog struket' },
  /** The tooltip and accessible description of a suggested run. */
  describe: '{party} ({name}) {kind}, {at}',
  refused: {
    OTHERS_SUGGESTION: 'Motpartens föreslagna text kan du inte ändra: godta eller avvisa förslaget först.',
    NOT_TEXT: 'Den ändringen kan inte göras som förslag – bara text kan föreslås. Stäng av ”Föreslå ändringar” för att göra den.',
  },
  pending: {
    heading: 'Väntande förslag',
    intro: 'Förslag som ännu inte godtagits eller avvisats ingår inte i texten ovan.',
  },
  panel: {
    heading: 'Förslag från motparten i ”{title}”',
    inserted: 'Infoga: ”{text}”',
    deleted: 'Stryk: ”{text}”',
    replaced: 'Ersätt ”{deleted}” med ”{inserted}”',
    by: '{party}, {name}, {at}',
    accept: 'Godta',
    reject: 'Avvisa',
    acceptLabel: 'Godta förslaget: {what}',
    rejectLabel: 'Avvisa förslaget: {what}',
    acceptAll: 'Godta alla',
    rejectAll: 'Avvisa alla',
    confirmAcceptAll: 'Godta alla {count} förslag från motparten i ”{title}”? Texten ändras och beslutet loggas.',
    confirmRejectAll: 'Avvisa alla {count} förslag från motparten i ”{title}”? Förslagen tas bort och beslutet loggas.',
    confirm: 'Ja, gör det',
    cancel: 'Avbryt',
    done: { accepted: 'Förslaget godtogs.', rejected: 'Förslaget avvisades.', all: 'Förslagen avgjordes.' },
  },
};

export type SuggestionsMessages = typeof suggestionsSv;

export const suggestionsEn: SuggestionsMessages = {
  mode: 'Suggest changes',
  modeHint: 'While this is pressed, what you type and delete becomes suggestions the other party accepts or rejects.',
  party: { PURCHASER: 'The purchaser', PROVIDER: 'The provider', unknown: 'Unknown party' },
  kind: { insertion: 'suggested inserting', deletion: 'suggested deleting' },
  describe: '{party} ({name}) {kind}, {at}',
  refused: {
    OTHERS_SUGGESTION: "You cannot change the other party's suggested text: accept or reject the suggestion first.",
    NOT_TEXT: 'That change cannot be made as a suggestion – only text can be suggested. Turn off “Suggest changes” to make it.',
  },
  pending: {
    heading: 'Pending suggestions',
    intro: 'Suggestions not yet accepted or rejected are not part of the text above.',
  },
  panel: {
    heading: 'Suggestions from the other party in “{title}”',
    inserted: 'Insert: “{text}”',
    deleted: 'Delete: “{text}”',
    replaced: 'Replace “{deleted}” with “{inserted}”',
    by: '{party}, {name}, {at}',
    accept: 'Accept',
    reject: 'Reject',
    acceptLabel: 'Accept the suggestion: {what}',
    rejectLabel: 'Reject the suggestion: {what}',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    confirmAcceptAll: 'Accept all {count} suggestions from the other party in “{title}”? The text changes and the decision is logged.',
    confirmRejectAll:
      'Reject all {count} suggestions from the other party in “{title}”? The suggestions are removed and the decision is logged.',
    confirm: 'Yes, do it',
    cancel: 'Cancel',
    done: { accepted: 'The suggestion was accepted.', rejected: 'The suggestion was rejected.', all: 'The suggestions were decided.' },
  },
};
