// Co-editing: editor, saving state and presence. Swedish first, English with the same keys.

export const collabSv = {
  status: {
    connecting: 'Ansluter…',
    saving: 'Sparar…',
    saved: 'Sparat',
    offline: 'Inte ansluten – ändringarna sparas i webbläsaren och skickas när anslutningen är tillbaka',
    readonly: 'Skrivskyddad',
  },
  toolbar: 'Formatering, {title}',
  tools: {
    bold: 'Fetstil',
    italic: 'Kursiv',
    bulletList: 'Punktlista',
    heading: 'Rubrik',
  },
  problem: {
    INVALID_STATE: 'Överenskommelsen är låst för redigering. Din senaste ändring sparades inte; texten visas nu som den är sparad.',
    SECTION_AGREED:
      'Avsnittet har just blivit överenskommet av båda parter och är låst. Din senaste ändring sparades inte; texten visas nu som den godkändes. Öppna avsnittet igen om den behöver ändras.',
    FORBIDDEN: 'Du har inte behörighet att redigera avsnittet. Din senaste ändring sparades inte.',
    BAD_USER_INPUT:
      'Ändringen godtogs inte och har tagits bort: den var för stor eller felaktig, eller ändrade den andra partens förslag (som bara kan godtas eller avvisas). Texten visas som den är sparad.',
    UNAUTHENTICATED: 'Sessionen har gått ut. Logga in igen – osparade ändringar finns kvar i webbläsaren.',
    NOT_FOUND: 'Avsnittet finns inte, eller så har du inte tillgång till det.',
  },
  presence: {
    heading: 'Här just nu',
    alone: 'Ingen annan har överenskommelsen öppen.',
    unavailable: 'Det går inte att se vilka som är här just nu.',
    inSection: '{name}, i avsnittet ”{section}”',
    inAgreement: '{name}, i överenskommelsen',
  },
};

export type CollabMessages = typeof collabSv;

export const collabEn: CollabMessages = {
  status: {
    connecting: 'Connecting…',
    saving: 'Saving…',
    saved: 'Saved',
    offline: 'Not connected – your changes are kept in the browser and sent when the connection is back',
    readonly: 'Read-only',
  },
  toolbar: 'Formatting, {title}',
  tools: {
    bold: 'Bold',
    italic: 'Italic',
    bulletList: 'Bullet list',
    heading: 'Heading',
  },
  problem: {
    INVALID_STATE: 'The agreement is locked for editing. Your last change was not saved; the text now shows what is saved.',
    SECTION_AGREED:
      'The section has just been agreed by both parties and is locked. Your last change was not saved; the text now shows what was agreed. Reopen the section if it needs to change.',
    FORBIDDEN: 'You are not allowed to edit this section. Your last change was not saved.',
    BAD_USER_INPUT:
      "The change was not accepted and has been removed: it was too large or malformed, or it changed the other party's suggestion (which can only be accepted or rejected). The text shows what is saved.",
    UNAUTHENTICATED: 'Your session has expired. Sign in again – unsaved changes are kept in the browser.',
    NOT_FOUND: 'The section does not exist, or you do not have access to it.',
  },
  presence: {
    heading: 'Here now',
    alone: 'No one else has the agreement open.',
    unavailable: 'Who is here cannot be shown right now.',
    inSection: '{name}, in the section “{section}”',
    inAgreement: '{name}, in the agreement',
  },
};
