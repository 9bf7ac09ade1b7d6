import { balanceSv } from '../features/balance/balance.messages';
import { collabSv } from '../features/collab/collab.messages';
import { suggestionsSv } from '../features/collab/suggestions/suggestions.messages';
import { commentsSv } from '../features/comments/comments.messages';
import { historySv } from '../features/history/history.messages';
import { approvalSv } from '../features/approval/approval.messages';
import { publicRecordSv } from '../features/public/public.messages';
import { disputesSv } from '../features/disputes/disputes.messages';
import { notificationsSv } from '../features/notifications/notifications.messages';
import { adminSv } from '../features/administration/administration.messages';
import { accountSv } from '../features/account/account.messages';
import { ssoSv } from '../features/sso/sso.messages';
import { workspaceSv } from '../features/agreements/workspace/workspace.messages';
import { sectionMarksSv } from '../features/sectionMarks/sectionMarks.messages';
import { followUpAnnualSv } from '../features/follow-up-annual/followUpAnnual.messages';
import { followUpSv } from '../features/follow-up/follow-up.messages';
// Swedish is the default language. Avoid the characters @ | { } in texts unless they are
// vue-i18n syntax (placeholders are {name}).
const sv = {
  app: {
    name: 'Balans',
    tagline: 'Överenskommelser mellan nämnd och egenregi',
    skipLink: 'Hoppa till huvudinnehållet',
    mainNav: 'Huvudmeny',
    signedInAsPrefix: 'Inloggad som',
    logout: 'Logga ut',
    otherLanguage: 'In English',
    loading: 'Laddar…',
    pageFailed: 'Sidan kunde inte laddas. Kontrollera anslutningen och försök igen.',
    partFailed: 'Den här delen av sidan kunde inte laddas. Kontrollera anslutningen och försök igen.',
    reload: 'Ladda om sidan',
    connectionLost:
      'Anslutningen till servern bröts. Försöker ansluta igen… Det du skriver i texten sparas i webbläsaren under tiden; annat som ändras syns när anslutningen är tillbaka.',
  },
  nav: {
    agreements: 'Överenskommelser',
    newAgreement: 'Ny överenskommelse',
  },
  login: {
    title: 'Logga in',
    intro: 'Logga in med ditt konto i kommunen.',
    email: 'E-postadress',
    password: 'Lösenord',
    submit: 'Logga in',
    submitting: 'Loggar in…',
    emailRequired: 'Ange din e-postadress.',
    passwordRequired: 'Ange ditt lösenord.',
    retryAfter:
      'För många misslyckade inloggningar. Försök igen om {minutes} minut. | För många misslyckade inloggningar. Försök igen om {minutes} minuter.',
  },
  list: {
    title: 'Överenskommelser',
    filterStatus: 'Visa status',
    allStatuses: 'Alla',
    caption: 'Överenskommelser ({count} st)',
    empty: 'Det finns inga överenskommelser att visa.',
    diarienummer: 'Diarienummer',
    agreementTitle: 'Titel',
    kind: 'Typ',
    status: 'Status',
    purchaser: 'Beställare',
    provider: 'Utförare',
    period: 'Period',
  },
  create: {
    title: 'Ny överenskommelse',
    notAllowed: 'Överenskommelser skapas av förvaltningschefer och handläggare hos beställare eller utförare. Din roll ger inte det.',
    intro: 'Fält markerade med * är obligatoriska. Diarienummer sätts när överenskommelsen skapas.',
    agreementTitle: 'Titel',
    kind: 'Typ av överenskommelse',
    purchaser: 'Beställare (nämnd)',
    provider: 'Utförare (produktionsstyrelse)',
    periodStart: 'Gäller från',
    periodEnd: 'Gäller till och med',
    choose: 'Välj…',
    submit: 'Skapa överenskommelse',
    submitting: 'Skapar…',
    cancel: 'Avbryt',
  },
  validation: {
    summary: 'Formuläret innehåller fel. Rätta de markerade fälten.',
    required: 'Fältet måste fyllas i.',
    tooLong: 'Texten är för lång.',
    invalidDate: 'Ange ett datum som ÅÅÅÅ-MM-DD.',
    endBeforeStart: 'Slutdatum kan inte vara före startdatum.',
    invalid: 'Värdet godtogs inte. Kontrollera fältet.',
  },
  agreement: {
    diarienummer: 'Diarienummer',
    status: 'Status',
    kind: 'Typ',
    purchaser: 'Beställare',
    provider: 'Utförare',
    period: 'Period',
    periodValue: '{start} – {end}',
    edit: 'Ändra uppgifter',
    editTitle: 'Ändra titel och period',
    agreementTitle: 'Titel',
    periodStart: 'Gäller från',
    periodEnd: 'Gäller till och med',
    save: 'Spara ändringar',
    saving: 'Sparar…',
    cancel: 'Avbryt',
    saved: 'Ändringarna är sparade.',
    conflict: 'Någon annan har ändrat under tiden – det senaste visas nu.',
    sections: 'Avsnitt',
    requiredSection: 'Obligatoriskt',
    emptySection: 'Tomt',
    noSections: 'Överenskommelsen har inga avsnitt.',
    backToList: 'Till alla överenskommelser',
  },
  timeline: {
    title: 'Händelser',
    empty: 'Inga händelser ännu.',
    by: 'av {name}',
    system: 'systemet',
    showOlder: 'Visa äldre händelser',
    loadingOlder: 'Hämtar äldre händelser…',
    recordLanguage: 'Händelserna förs på svenska, den allmänna handlingens språk.',
  },
  collab: collabSv,
  suggestions: suggestionsSv,
  balance: balanceSv,
  comments: commentsSv,
  history: historySv,
  approval: approvalSv,
  publicRecord: publicRecordSv,
  disputes: disputesSv,
  notifications: notificationsSv,
  admin: adminSv,
  account: accountSv,
  sso: ssoSv,
  workspace: workspaceSv,
  sectionMarks: sectionMarksSv,
  followUpAnnual: followUpAnnualSv,
  followUp: followUpSv,
  status: {
    DRAFT: 'Utkast',
    IN_APPROVAL: 'För beslut',
    APPROVED: 'Godkänd',
    SIGNED: 'Undertecknad',
  },
  kind: {
    DIREKTBESTALLNING: 'Direktbeställning',
    VERKSAMHETSUPPDRAG: 'Verksamhetsuppdrag',
    TILLAGGSUPPDRAG: 'Tilläggsuppdrag',
  },
  notFound: {
    title: 'Sidan finns inte',
    text: 'Adressen leder inte till någon sida i Balans.',
  },
  errors: {
    loginFailed: 'Fel e-postadress eller lösenord',
    UNAUTHENTICATED: 'Du är inte inloggad, eller så har sessionen gått ut. Logga in igen.',
    FORBIDDEN: 'Du har inte behörighet att göra detta.',
    NOT_FOUND: 'Det du söker finns inte, eller så har du inte tillgång till det.',
    BAD_USER_INPUT: 'Uppgifterna godtogs inte. Kontrollera fälten och försök igen.',
    CONFLICT: 'Någon annan har ändrat under tiden – det senaste visas nu.',
    INVALID_STATE: 'Det går inte att göra i överenskommelsens nuvarande status.',
    RATE_LIMITED: 'För många försök. Vänta en stund och försök igen.',
    NETWORK: 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.',
    UNKNOWN: 'Något gick fel. Försök igen om en stund.',
  },
};

export type MessageSchema = typeof sv;
export default sv;
