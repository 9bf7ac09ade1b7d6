// Agreed clauses: each party marks a section as agreed on its exact text; both marks lock it until
// either side reopens it. Swedish first, English with the same keys. Avoid @ | { } unless vue-i18n syntax.

export const sectionMarksSv = {
  heading: 'Överenskommet av parterna',
  party: { PURCHASER: 'Beställaren', PROVIDER: 'Utföraren' },
  marked: '{party}: godkänt av {name}',
  notMarked: '{party}: inte godkänt',
  agreed: 'Avsnittet är överenskommet av båda parter och låst för redigering. Vill någon ändra texten öppnas avsnittet igen först.',
  agree: 'Godkänn avsnittet',
  agreeHint: 'Du godkänner texten så som den står nu. Ändras den efteråt tas godkännandena bort.',
  waitForSave: 'Vänta tills dina ändringar har sparats innan du godkänner avsnittet.',
  agreedByYou: 'Din part har godkänt texten så som den står nu. När den andra parten också godkänner låses avsnittet.',
  done: 'Du har godkänt avsnittet.',
  stale: 'Texten har ändrats sedan du läste den. Läs den senaste texten och godkänn igen om den stämmer.',
  reopen: 'Öppna igen',
  reopened: 'Avsnittet är öppnat igen.',
  dialog: {
    title: 'Öppna avsnittet ”{section}” igen?',
    text: 'Båda parternas godkännanden tas bort och texten kan ändras igen. Skälet syns för båda parter i överenskommelsens logg.',
    reason: 'Skäl',
    reasonRequired: 'Skriv varför avsnittet öppnas igen.',
    confirm: 'Öppna avsnittet igen',
    cancel: 'Avbryt',
  },
};

export type SectionMarksMessages = typeof sectionMarksSv;

export const sectionMarksEn: SectionMarksMessages = {
  heading: 'Agreed by the parties',
  party: { PURCHASER: 'Purchaser', PROVIDER: 'Provider' },
  marked: '{party}: agreed by {name}',
  notMarked: '{party}: not agreed',
  agreed: 'The section is agreed by both parties and locked for editing. To change the text, reopen the section first.',
  agree: 'Agree to the section',
  agreeHint: 'You agree to the text as it stands now. If it changes afterwards, the agreements are removed.',
  waitForSave: 'Wait until your changes are saved before you agree to the section.',
  agreedByYou: 'Your party has agreed to the text as it stands now. When the other party agrees too, the section is locked.',
  done: 'You have agreed to the section.',
  stale: 'The text has changed since you read it. Read the latest text and agree again if it is right.',
  reopen: 'Reopen',
  reopened: 'The section is open again.',
  dialog: {
    title: 'Reopen the section “{section}”?',
    text: 'Both parties’ agreements are removed and the text can be changed again. The reason is shown to both parties in the agreement’s log.',
    reason: 'Reason',
    reasonRequired: 'Write why the section is reopened.',
    confirm: 'Reopen the section',
    cancel: 'Cancel',
  },
};
