import { balanceEn } from '../features/balance/balance.messages';
import { collabEn } from '../features/collab/collab.messages';
import { suggestionsEn } from '../features/collab/suggestions/suggestions.messages';
import { commentsEn } from '../features/comments/comments.messages';
import { historyEn } from '../features/history/history.messages';
import { approvalEn } from '../features/approval/approval.messages';
import { publicRecordEn } from '../features/public/public.messages';
import { disputesEn } from '../features/disputes/disputes.messages';
import { notificationsEn } from '../features/notifications/notifications.messages';
import { adminEn } from '../features/administration/administration.messages';
import { accountEn } from '../features/account/account.messages';
import { ssoEn } from '../features/sso/sso.messages';
import { workspaceEn } from '../features/agreements/workspace/workspace.messages';
import { sectionMarksEn } from '../features/sectionMarks/sectionMarks.messages';
import { followUpAnnualEn } from '../features/follow-up-annual/followUpAnnual.messages';
import { followUpEn } from '../features/follow-up/follow-up-en.messages';
import type { MessageSchema } from './sv';

const en: MessageSchema = {
  app: {
    name: 'Balans',
    tagline: 'Agreements between committees and the in-house provider',
    skipLink: 'Skip to main content',
    mainNav: 'Main menu',
    signedInAsPrefix: 'Signed in as',
    logout: 'Sign out',
    otherLanguage: 'På svenska',
    loading: 'Loading…',
    pageFailed: 'The page could not be loaded. Check the connection and try again.',
    partFailed: 'This part of the page could not be loaded. Check the connection and try again.',
    reload: 'Reload the page',
    connectionLost:
      'The connection to the server was lost. Reconnecting… What you type in the text is kept in the browser meanwhile; other changes show once the connection is back.',
  },
  nav: {
    agreements: 'Agreements',
    newAgreement: 'New agreement',
  },
  login: {
    title: 'Sign in',
    intro: 'Sign in with your municipal account.',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    emailRequired: 'Enter your email address.',
    passwordRequired: 'Enter your password.',
    retryAfter: 'Too many failed sign-ins. Try again in {minutes} minute. | Too many failed sign-ins. Try again in {minutes} minutes.',
  },
  list: {
    title: 'Agreements',
    filterStatus: 'Show status',
    allStatuses: 'All',
    caption: 'Agreements ({count})',
    empty: 'There are no agreements to show.',
    diarienummer: 'Registry number',
    agreementTitle: 'Title',
    kind: 'Kind',
    status: 'Status',
    purchaser: 'Purchaser',
    provider: 'Provider',
    period: 'Period',
  },
  create: {
    title: 'New agreement',
    notAllowed:
      'Agreements are created by heads of administration and case officers of a purchaser or provider. Your role does not include that.',
    intro: 'Fields marked * are required. The registry number is assigned when the agreement is created.',
    agreementTitle: 'Title',
    kind: 'Kind of agreement',
    purchaser: 'Purchaser (committee)',
    provider: 'Provider (production board)',
    periodStart: 'Valid from',
    periodEnd: 'Valid until',
    choose: 'Choose…',
    submit: 'Create agreement',
    submitting: 'Creating…',
    cancel: 'Cancel',
  },
  validation: {
    summary: 'The form has errors. Correct the marked fields.',
    required: 'This field is required.',
    tooLong: 'The text is too long.',
    invalidDate: 'Enter a date as YYYY-MM-DD.',
    endBeforeStart: 'The end date cannot be before the start date.',
    invalid: 'The value was not accepted. Check the field.',
  },
  agreement: {
    diarienummer: 'Registry number',
    status: 'Status',
    kind: 'Kind',
    purchaser: 'Purchaser',
    provider: 'Provider',
    period: 'Period',
    periodValue: '{start} – {end}',
    edit: 'Edit details',
    editTitle: 'Edit title and period',
    agreementTitle: 'Title',
    periodStart: 'Valid from',
    periodEnd: 'Valid until',
    save: 'Save changes',
    saving: 'Saving…',
    cancel: 'Cancel',
    saved: 'Your changes have been saved.',
    conflict: 'Someone else made a change – updated to the latest version',
    sections: 'Sections',
    requiredSection: 'Required',
    emptySection: 'Empty',
    noSections: 'The agreement has no sections.',
    backToList: 'All agreements',
  },
  timeline: {
    title: 'Events',
    empty: 'No events yet.',
    by: 'by {name}',
    system: 'the system',
    showOlder: 'Show older events',
    loadingOlder: 'Loading older events…',
    recordLanguage: 'The events are recorded in Swedish, the language of the public record.',
  },
  collab: collabEn,
  suggestions: suggestionsEn,
  balance: balanceEn,
  comments: commentsEn,
  history: historyEn,
  approval: approvalEn,
  publicRecord: publicRecordEn,
  disputes: disputesEn,
  notifications: notificationsEn,
  admin: adminEn,
  account: accountEn,
  sso: ssoEn,
  workspace: workspaceEn,
  sectionMarks: sectionMarksEn,
  followUpAnnual: followUpAnnualEn,
  followUp: followUpEn,
  status: {
    DRAFT: 'Draft',
    IN_APPROVAL: 'In approval',
    APPROVED: 'Approved',
    SIGNED: 'Signed',
  },
  kind: {
    DIREKTBESTALLNING: 'Direct order (direktbeställning)',
    VERKSAMHETSUPPDRAG: 'Operating assignment (verksamhetsuppdrag)',
    TILLAGGSUPPDRAG: 'Amendment (tilläggsuppdrag)',
  },
  notFound: {
    title: 'Page not found',
    text: 'The address does not lead to a page in Balans.',
  },
  errors: {
    loginFailed: 'Wrong email address or password',
    UNAUTHENTICATED: 'You are not signed in, or your session has expired. Please sign in again.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'What you are looking for does not exist, or you do not have access to it.',
    BAD_USER_INPUT: 'The details were not accepted. Check the fields and try again.',
    CONFLICT: 'Someone else made a change – updated to the latest version',
    INVALID_STATE: 'This is not possible in the agreement’s current status.',
    RATE_LIMITED: 'Too many attempts. Please wait a moment and try again.',
    NETWORK: 'Could not reach the server. Check your connection and try again.',
    UNKNOWN: 'Something went wrong. Please try again shortly.',
  },
};

export default en;
