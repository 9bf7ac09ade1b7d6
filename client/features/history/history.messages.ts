// Named versions, compare and restore. Swedish first, English with the same keys.

export const historySv = {
  title: 'Versioner',
  nameLabel: 'Namn på ny version',
  nameHint: 'Sparar alla avsnittens text och balansen som de ser ut nu.',
  create: 'Spara version',
  created: 'Version {number} ”{name}” är sparad.',
  none: 'Inga sparade versioner ännu.',
  versionLabel: 'Version {number}: {name}',
  createdBy: 'Sparad av {name}, {at}',
  now: 'Nu (aktuell text)',
  compare: 'Jämför versioner',
  from: 'Från',
  to: 'Till',
  choose: 'Välj version…',
  showCompare: 'Visa skillnader',
  compareHeading: 'Skillnader från {from} till {to}',
  legendAdded: 'tillagd text',
  legendRemoved: 'borttagen text',
  addedStart: '[tillagt: ',
  removedStart: '[borttaget: ',
  changeEnd: ']',
  noChanges: 'Ingen text skiljer sig.',
  changedCount: '{count} avsnitt har ändrats. | {count} avsnitt har ändrats.',
  unchangedSections: 'Oförändrade avsnitt: {titles}',
  restore: 'Återställ',
  restoreLabel: 'Återställ version {number}: {name}',
  confirmTitle: 'Återställa texten till version {number} ”{name}”?',
  confirmText:
    'Texten i avsnitten blir som i versionen, för alla som har överenskommelsen öppen. Det görs som en ny ändring: alla versioner och all historik finns kvar.',
  restoreBalance: 'Återställ även balansen till versionens rader',
  restoreBalanceHint:
    'Versionens balans: inga rader. Det är en ändring av balansen: båda markeringarna ”balansen håller” tas bort. | ' +
    'Versionens balans: {count} rad, kostnad {cost}, ersättning {compensation}. Det är en ändring av balansen: båda markeringarna ”balansen håller” tas bort. | ' +
    'Versionens balans: {count} rader, kostnad {cost}, ersättning {compensation}. Det är en ändring av balansen: båda markeringarna ”balansen håller” tas bort.',
  confirmRestore: 'Återställ texten',
  confirmRestoreWithBalance: 'Återställ text och balans',
  cancel: 'Avbryt',
  restored: 'Texten är återställd till version {number} ”{name}”.',
  restoredWithBalance: 'Texten och balansen är återställda till version {number} ”{name}”.',
};

export type HistoryMessages = typeof historySv;

export const historyEn: HistoryMessages = {
  title: 'Versions',
  nameLabel: 'Name of the new version',
  nameHint: 'Saves the text of every section and the balance as they are now.',
  create: 'Save version',
  created: 'Version {number} “{name}” is saved.',
  none: 'No saved versions yet.',
  versionLabel: 'Version {number}: {name}',
  createdBy: 'Saved by {name}, {at}',
  now: 'Now (current text)',
  compare: 'Compare versions',
  from: 'From',
  to: 'To',
  choose: 'Choose a version…',
  showCompare: 'Show differences',
  compareHeading: 'Differences from {from} to {to}',
  legendAdded: 'added text',
  legendRemoved: 'removed text',
  addedStart: '[added: ',
  removedStart: '[removed: ',
  changeEnd: ']',
  noChanges: 'No text differs.',
  changedCount: '{count} section has changed. | {count} sections have changed.',
  unchangedSections: 'Unchanged sections: {titles}',
  restore: 'Restore',
  restoreLabel: 'Restore version {number}: {name}',
  confirmTitle: 'Restore the text to version {number} “{name}”?',
  confirmText:
    'The sections’ text becomes that of the version, for everyone who has the agreement open. It is made as a new change: every version and all history remain.',
  restoreBalance: 'Also restore the balance to the version’s lines',
  restoreBalanceHint:
    'The version’s balance: no lines. It is a change of the balance: both “the balance holds” marks are removed. | ' +
    'The version’s balance: {count} line, cost {cost}, compensation {compensation}. It is a change of the balance: both “the balance holds” marks are removed. | ' +
    'The version’s balance: {count} lines, cost {cost}, compensation {compensation}. It is a change of the balance: both “the balance holds” marks are removed.',
  confirmRestore: 'Restore the text',
  confirmRestoreWithBalance: 'Restore text and balance',
  cancel: 'Cancel',
  restored: 'The text is restored to version {number} “{name}”.',
  restoredWithBalance: 'The text and the balance are restored to version {number} “{name}”.',
};
