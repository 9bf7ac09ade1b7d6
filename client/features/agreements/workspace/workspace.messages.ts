// The agreement's workspace: its parts (tabs), the outline of its sections, and the progress bar.
// Swedish first, English with the same keys. Avoid @ | { } unless they are vue-i18n syntax.

export const workspaceSv = {
  tabs: {
    label: 'Överenskommelsens delar',
    text: 'Text',
    balance: 'Balans',
    indicators: 'Indikatorer',
    followUp: 'Uppföljning',
    disputes: 'Tvister',
    history: 'Historik',
    decisions: 'Beslut',
    openDisputes: '{count} öppen tvist | {count} öppna tvister',
  },
  outline: {
    title: 'Avsnitt',
    show: 'Visa avsnitten ({count})',
    hide: 'Dölj avsnitten',
    goTo: 'Gå till avsnittet',
    required: 'Obligatoriskt',
    empty: 'Tomt',
    comments: '{count} öppen kommentar | {count} öppna kommentarer',
    disputed: 'Tvist pågår',
    agreed: 'Överenskommet',
    markedByOne: 'Godkänt av en part',
  },
  progress: {
    label: 'Var överenskommelsen står',
    step: 'Steg {n} av {total}: {step}',
    missing: '{count} sak saknas för nästa steg | {count} saker saknas för nästa steg',
    nothingMissing: 'Inget saknas för nästa steg',
    complete: 'Godkänd och undertecknad',
    showAll: 'Visa alla {count}',
    showFewer: 'Visa färre',
    details: 'Till Beslut',
  },
  live: 'Överenskommelsen uppdateras direkt när någon ändrar den.',
};

export type WorkspaceMessages = typeof workspaceSv;

export const workspaceEn: WorkspaceMessages = {
  tabs: {
    label: 'Parts of the agreement',
    text: 'Text',
    balance: 'Balance',
    indicators: 'Indicators',
    followUp: 'Follow-up',
    disputes: 'Disputes',
    history: 'History',
    decisions: 'Decisions',
    openDisputes: '{count} open dispute | {count} open disputes',
  },
  outline: {
    title: 'Sections',
    show: 'Show the sections ({count})',
    hide: 'Hide the sections',
    goTo: 'Go to the section',
    required: 'Required',
    empty: 'Empty',
    comments: '{count} open comment | {count} open comments',
    disputed: 'Disputed',
    agreed: 'Agreed',
    markedByOne: 'Agreed by one party',
  },
  progress: {
    label: 'Where the agreement stands',
    step: 'Step {n} of {total}: {step}',
    missing: '{count} thing is missing for the next step | {count} things are missing for the next step',
    nothingMissing: 'Nothing is missing for the next step',
    complete: 'Approved and signed',
    showAll: 'Show all {count}',
    showFewer: 'Show fewer',
    details: 'To Decisions',
  },
  live: 'The agreement updates as soon as anyone changes it.',
};
