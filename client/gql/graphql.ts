/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 */
  DateTime: { input: string; output: string; }
  /** Exact kronor with öre as a decimal string, e.g. "1250000.00"; at most 10^12 either way */
  Money: { input: string; output: string; }
};

/** A handlingsplan for a YELLOW or RED value */
export type ActionPlan = {
  __typename?: 'ActionPlan';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  doneAt: Maybe<Scalars['DateTime']['output']>;
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The indicator's name */
  indicatorName: Scalars['String']['output'];
  /** Not DONE, and its due date has passed */
  overdue: Scalars['Boolean']['output'];
  owner: User;
  /** The value's period */
  period: Scalars['String']['output'];
  permissions: ActionPlanPermissions;
  reportId: Scalars['ID']['output'];
  status: ActionPlanStatus;
  steps: Array<ActionPlanStep>;
  /** updateActionPlan's version */
  version: Scalars['Int']['output'];
};

/** What else changes with the status; absent fields keep their value */
export type ActionPlanChangesInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

export type ActionPlanInput = {
  description: Scalars['String']['input'];
  dueDate: Scalars['Date']['input'];
  /** An active user holding a role in either party's organ */
  ownerId: Scalars['ID']['input'];
  /** The plan's actions, in order */
  steps?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ActionPlanPermissions = {
  __typename?: 'ActionPlanPermissions';
  /** updateActionPlan and setActionStepDone */
  canUpdate: Scalars['Boolean']['output'];
};

export type ActionPlanStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** One action of a plan */
export type ActionPlanStep = {
  __typename?: 'ActionPlanStep';
  description: Scalars['String']['output'];
  done: Scalars['Boolean']['output'];
  doneAt: Maybe<Scalars['DateTime']['output']>;
  doneBy: Maybe<User>;
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
};

/** One administrative change: who, what, when, before and after */
export type AdminLogEntry = {
  __typename?: 'AdminLogEntry';
  /** The operation, e.g. createUser, setUserRoles, updateOrgan */
  action: Scalars['String']['output'];
  /** Null: an operator at the command line */
  actor: Maybe<User>;
  /** JSON of what it became */
  after: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** JSON of what it was */
  before: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** In Swedish */
  summary: Scalars['String']['output'];
  targetId: Maybe<Scalars['ID']['output']>;
  targetType: AdminTarget;
};

/** What an administrative change concerns */
export type AdminTarget =
  | 'MUNICIPALITY'
  | 'ORGAN'
  | 'SECTION_TEMPLATE'
  | 'SETTINGS'
  | 'SINGLE_SIGN_ON'
  | 'USER';

/** An överenskommelse: a direktbeställning, verksamhetsuppdrag or tilläggsuppdrag */
export type Agreement = {
  __typename?: 'Agreement';
  /** Who may own an action plan: active users with a role in either party's organ, by name */
  actionPlanOwners: Array<User>;
  /** The signed agreement a tilläggsuppdrag amends */
  amends: Maybe<Agreement>;
  approvals: Array<Approval>;
  balance: Balance;
  /** Disputes that block submission for approval (OPEN, ESCALATED, IN_REVIEW, REFERRED) */
  blockingDisputeCount: Scalars['Int']['output'];
  /** Whether the caller may raise a dispute on the agreement now */
  canRaiseDispute: Scalars['Boolean']['output'];
  classificationPermissions: ClassificationPermissions;
  /** Guards classifyAgreement against a concurrent change of the classification */
  classificationVersion: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The frozen version, once submitted */
  currentVersion: Maybe<AgreementVersion>;
  /** Every decision that applies to the agreement (its decided disputes), oldest first: part of the public record once signed */
  decisions: Array<AppliedDecision>;
  diarienummer: Scalars['String']['output'];
  /** The agreement's disputes, newest first */
  disputes: Array<Dispute>;
  /** The event log, oldest first: the first `first` after `afterSeq`; or, with `last` or `beforeSeq`, the newest `last` before `beforeSeq` (the latest page first, then older ones: seq 1 is the oldest, so a page starting above it has older ones) */
  events: Array<AgreementEvent>;
  /** The follow-up page: periods, deliveries, forecast, open plans, overdue reports */
  followUp: FollowUp;
  historyPermissions: HistoryPermissions;
  id: Scalars['ID']['output'];
  /** The purchaser's impact assessment; null until assessed */
  impact: Maybe<Impact>;
  /** Frozen with the version once submitted; without login only accepted values */
  indicators: Array<Indicator>;
  kind: AgreementKind;
  /** What is missing for the next lifecycle step (empty when signed) */
  missingForNextStep: Array<LifecycleGap>;
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  permissions: AgreementPermissions;
  /** The balance negotiation log, newest first */
  proposals: Array<Proposal>;
  provider: Organ;
  /** The provider side's avtalsansvarig */
  providerResponsible: Maybe<User>;
  /** Indicators, accepted results, their action plans, and delivered volume and cost; null until the agreement is signed */
  publicFollowUp: Maybe<PublicFollowUp>;
  purchaser: Organ;
  /** The purchaser side's avtalsansvarig */
  purchaserResponsible: Maybe<User>;
  /** The head of the agreement's event log when both parties had signed: the SHA-256 (hex) of its last `agreement.signed` event, which covers every event before it (`npm run audit:verify` recomputes the chain). Null until signed. */
  recordHash: Maybe<Scalars['String']['output']>;
  /** Who the caller may name avtalsansvarig of `party` (empty when the caller may not) */
  responsibleCandidates: Array<User>;
  sections: Array<Section>;
  signatures: Array<Signature>;
  status: AgreementStatus;
  /** Marked strategic by the purchaser's förvaltningschef */
  strategic: Scalars['Boolean']['output'];
  /** value × impact: both HIGH, or one HIGH and the other MEDIUM */
  suggestedStrategic: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  valueClass: ValueClass;
  /** Bumped by every change of title or period */
  version: Scalars['Int']['output'];
  /** Named versions, newest first */
  versions: Array<AgreementSnapshot>;
};


/** An överenskommelse: a direktbeställning, verksamhetsuppdrag or tilläggsuppdrag */
export type AgreementEventsArgs = {
  afterSeq: InputMaybe<Scalars['Int']['input']>;
  beforeSeq: InputMaybe<Scalars['Int']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
};


/** An överenskommelse: a direktbeställning, verksamhetsuppdrag or tilläggsuppdrag */
export type AgreementResponsibleCandidatesArgs = {
  party: Party;
};

/** One state change of an agreement */
export type AgreementEvent = {
  __typename?: 'AgreementEvent';
  actor: Maybe<User>;
  at: Scalars['DateTime']['output'];
  seq: Scalars['Int']['output'];
  summary: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type AgreementKind =
  | 'DIREKTBESTALLNING'
  | 'TILLAGGSUPPDRAG'
  | 'VERKSAMHETSUPPDRAG';

/** What the caller may do now, each flag named after its command; the client never re-derives rules */
export type AgreementPermissions = {
  __typename?: 'AgreementPermissions';
  /** updateAgreement, and editing the sections */
  canEdit: Scalars['Boolean']['output'];
  /** signAgreement: the caller's party has not signed the approved version yet */
  canSignAgreement: Scalars['Boolean']['output'];
  /** startAmendment: a tilläggsuppdrag from this signed agreement */
  canStartAmendment: Scalars['Boolean']['output'];
  canSubmitForApproval: Scalars['Boolean']['output'];
  /** The side the caller drafts for */
  party: Maybe<Party>;
};

/** A named version of an agreement: every section's text and the balance as they were */
export type AgreementSnapshot = {
  __typename?: 'AgreementSnapshot';
  /** Null when the version was saved without a balance */
  balance: Maybe<SnapshotBalance>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Running per agreement, from 1 */
  number: Scalars['Int']['output'];
};

/** DRAFT → IN_APPROVAL → APPROVED → SIGNED */
export type AgreementStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'IN_APPROVAL'
  | 'SIGNED';

/** A frozen version: what the committees approve and the parties sign */
export type AgreementVersion = {
  __typename?: 'AgreementVersion';
  /** The marks 'balansen håller' as frozen, with their reasons */
  balanceMarks: Array<FrozenBalanceMark>;
  /** SHA-256 (hex) over the canonical serialisation of the content */
  contentHash: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Every decision that applied when it was frozen, oldest first */
  decisions: Array<FrozenDecision>;
  number: Scalars['Int']['output'];
};

/** The purchaser side's assessment of a strategic agreement's year */
export type AnnualAssessment = {
  __typename?: 'AnnualAssessment';
  actionPlan: Maybe<Scalars['String']['output']>;
  deficiencies: Maybe<Scalars['String']['output']>;
  /** How the deficiencies affect the nämnd's goals */
  goalEffect: Maybe<Scalars['String']['output']>;
  /** Null: as computed from the accepted values */
  requirementsMet: Maybe<RequirementsMet>;
  /** ISO 8601 */
  updatedAt: Scalars['String']['output'];
  updatedByName: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type AnnualAssessmentInput = {
  actionPlan?: InputMaybe<Scalars['String']['input']>;
  deficiencies?: InputMaybe<Scalars['String']['input']>;
  goalEffect?: InputMaybe<Scalars['String']['input']>;
  /** Null keeps the answer computed from the accepted values */
  requirementsMet?: InputMaybe<RequirementsMet>;
};

/** A nämnd's yearly follow-up report of its strategic agreements (the 2019 guideline) */
export type AnnualFollowUpReport = {
  __typename?: 'AnnualFollowUpReport';
  agreements: Array<AnnualReportAgreement>;
  /** recordAnnualReportDecision is allowed to the caller now */
  canRecordDecision: Scalars['Boolean']['output'];
  /** SHA-256 of the content: frozen with the decision, else of the report as compiled now */
  contentHash: Scalars['String']['output'];
  decision: Maybe<AnnualReportDecision>;
  organ: Organ;
  totals: AnnualReportTotals;
  year: Scalars['Int']['output'];
  /** The year is over: its report can be decided on */
  yearEnded: Scalars['Boolean']['output'];
};

export type AnnualReportActionPlan = {
  __typename?: 'AnnualReportActionPlan';
  description: Scalars['String']['output'];
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  indicatorName: Scalars['String']['output'];
  ownerName: Scalars['String']['output'];
  period: Scalars['String']['output'];
  /** PLANNED, IN_PROGRESS or DONE */
  status: Scalars['String']['output'];
  steps: Scalars['Int']['output'];
  stepsDone: Scalars['Int']['output'];
};

/** One strategic agreement in a nämnd's yearly follow-up report */
export type AnnualReportAgreement = {
  __typename?: 'AnnualReportAgreement';
  actionPlans: Array<AnnualReportActionPlan>;
  assessment: Maybe<AnnualAssessment>;
  /** assessStrategicAgreement is allowed to the caller now */
  canAssess: Scalars['Boolean']['output'];
  compensation: Scalars['Money']['output'];
  /** From the accepted values alone; null when the year has none */
  computedRequirementsMet: Maybe<RequirementsMet>;
  deficiencies: Array<AnnualReportDeficiency>;
  diarienummer: Scalars['String']['output'];
  green: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  impact: Maybe<Impact>;
  indicators: Array<AnnualReportIndicator>;
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  providerName: Scalars['String']['output'];
  providerResponsibleName: Maybe<Scalars['String']['output']>;
  purchaserResponsibleName: Maybe<Scalars['String']['output']>;
  red: Scalars['Int']['output'];
  /** The assessment's answer where it gives one, else the computed one */
  requirementsMet: Maybe<RequirementsMet>;
  scope: Array<AnnualReportScopeLine>;
  title: Scalars['String']['output'];
  valueClass: ValueClass;
  yellow: Scalars['Int']['output'];
};

/** The nämnd's decision on its yearly report, as the secretary recorded it */
export type AnnualReportDecision = {
  __typename?: 'AnnualReportDecision';
  meetingDate: Scalars['Date']['output'];
  paragraph: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** The secretary who recorded it */
  recordedBy: Maybe<User>;
  remarks: Maybe<Scalars['String']['output']>;
};

export type AnnualReportDecisionInput = {
  meetingDate: Scalars['Date']['input'];
  paragraph: Scalars['String']['input'];
  remarks?: InputMaybe<Scalars['String']['input']>;
};

/** An accepted value short of GREEN, with the provider's analysis */
export type AnnualReportDeficiency = {
  __typename?: 'AnnualReportDeficiency';
  comment: Maybe<Scalars['String']['output']>;
  indicatorName: Scalars['String']['output'];
  period: Scalars['String']['output'];
  /** GREEN, YELLOW or RED */
  status: Scalars['String']['output'];
  target: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type AnnualReportIndicator = {
  __typename?: 'AnnualReportIndicator';
  direction: Scalars['String']['output'];
  green: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  red: Scalars['Int']['output'];
  target: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  values: Array<AnnualReportValue>;
  warnAt: Maybe<Scalars['String']['output']>;
  yellow: Scalars['Int']['output'];
};

/** Ordered volume, and over the year's accepted periods delivered volume and actual cost */
export type AnnualReportScopeLine = {
  __typename?: 'AnnualReportScopeLine';
  actualCost: Scalars['Money']['output'];
  deliveredVolume: Scalars['String']['output'];
  description: Scalars['String']['output'];
  orderedVolume: Maybe<Scalars['String']['output']>;
  unit: Maybe<Scalars['String']['output']>;
};

export type AnnualReportTotals = {
  __typename?: 'AnnualReportTotals';
  agreements: Scalars['Int']['output'];
  green: Scalars['Int']['output'];
  met: Scalars['Int']['output'];
  /** No accepted value in the year and no answer in the assessment */
  noBasis: Scalars['Int']['output'];
  notMet: Scalars['Int']['output'];
  openActionPlans: Scalars['Int']['output'];
  partly: Scalars['Int']['output'];
  red: Scalars['Int']['output'];
  yellow: Scalars['Int']['output'];
};

/** An accepted value of a period within the year */
export type AnnualReportValue = {
  __typename?: 'AnnualReportValue';
  /** The provider's analysis */
  comment: Maybe<Scalars['String']['output']>;
  period: Scalars['String']['output'];
  /** GREEN, YELLOW or RED */
  status: Scalars['String']['output'];
  /** Exact decimal */
  value: Scalars['String']['output'];
};

/** One nämnd in kommunledning's roll-up */
export type AnnualRollUpRow = {
  __typename?: 'AnnualRollUpRow';
  agreements: Array<AnnualReportAgreement>;
  contentHash: Scalars['String']['output'];
  decision: Maybe<AnnualReportDecision>;
  organ: Organ;
  totals: AnnualReportTotals;
};

/** A decision that applies to the agreement (a decided dispute): where, its conditions, and the minutes that carry them */
export type AppliedDecision = {
  __typename?: 'AppliedDecision';
  /** Political level: KOMMUNSTYRELSE or KOMMUNFULLMAKTIGE */
  body: Maybe<OrganKind>;
  decidedAt: Scalars['DateTime']['output'];
  /** The dispute it decided */
  disputeId: Scalars['ID']['output'];
  level: DisputeLevel;
  meetingDate: Maybe<Scalars['Date']['output']>;
  paragraph: Maybe<Scalars['String']['output']>;
  /** e.g. KS 2026-12-03 § 145, or at official level a tjänsteskrivelse */
  reference: Maybe<Scalars['String']['output']>;
  /** A decision on a section: when a party confirmed the text reflects it (null while it waits) */
  reflectedAt: Maybe<Scalars['DateTime']['output']>;
  /** The section it applies to; null: the balance */
  section: Maybe<DisputeSection>;
  subject: DisputeSubject;
  /** The conditions that apply */
  text: Scalars['String']['output'];
};

/** One committee's decision on a frozen version (pending while decision is null) */
export type Approval = {
  __typename?: 'Approval';
  /** Whether the caller may correct this recorded decision's meeting date, paragraph or remarks now (correctApproval) */
  canCorrect: Scalars['Boolean']['output'];
  /** Whether the caller may record this committee's decision now */
  canRecord: Scalars['Boolean']['output'];
  /** When the secretary last corrected the details (see the event log) */
  correctedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who last corrected the decision's details */
  correctedBy: Maybe<User>;
  decision: Maybe<ApprovalDecision>;
  meetingDate: Maybe<Scalars['Date']['output']>;
  organ: Organ;
  /** e.g. § 123 */
  paragraph: Maybe<Scalars['String']['output']>;
  recordedAt: Maybe<Scalars['DateTime']['output']>;
  recordedBy: Maybe<User>;
  remarks: Maybe<Scalars['String']['output']>;
  versionNumber: Scalars['Int']['output'];
};

/** APPROVED, or RETURNED (återremiss) */
export type ApprovalDecision =
  | 'APPROVED'
  | 'RETURNED';

export type ApprovalInput = {
  decision: ApprovalDecision;
  meetingDate: Scalars['Date']['input'];
  organId: Scalars['ID']['input'];
  paragraph: Scalars['String']['input'];
  remarks?: InputMaybe<Scalars['String']['input']>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  token: Scalars['String']['output'];
  user: User;
};

/** Balans mellan uppdrag och resurser */
export type Balance = {
  __typename?: 'Balance';
  /** The parties' marks on the current version */
  agreements: Array<BalanceAgreement>;
  calculationModel: Maybe<CalculationModel>;
  lines: Array<BalanceLine>;
  /** The side the caller drafts for */
  party: Maybe<Party>;
  permissions: BalancePermissions;
  requirement: ResultRequirement;
  status: BalanceStatus;
  totals: BalanceTotals;
  /** Bumped by every change; 0 before the first */
  version: Scalars['Int']['output'];
};

/** A förvaltningschef's mark that the balance holds, on one exact version */
export type BalanceAgreement = {
  __typename?: 'BalanceAgreement';
  at: Scalars['DateTime']['output'];
  party: Party;
  /** Why the balance holds although it misses the result requirement: required then (agreeBalance's reason), else null */
  reason: Maybe<Scalars['String']['output']>;
  user: User;
  version: Scalars['Int']['output'];
};

export type BalanceLine = {
  __typename?: 'BalanceLine';
  /** volume × unitAmount rounded to öre, or a fixed amount */
  amount: Scalars['Money']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: BalanceLineKind;
  unit: Maybe<Scalars['String']['output']>;
  /** Cost per unit (SCOPE) or rate per unit (RESOURCE) */
  unitAmount: Maybe<Scalars['Money']['output']>;
  volume: Maybe<Scalars['Float']['output']>;
};

/** SCOPE: volume × unitAmount. RESOURCE: a fixed amount, or volume × unitAmount */
export type BalanceLineInput = {
  amount?: InputMaybe<Scalars['Money']['input']>;
  description: Scalars['String']['input'];
  kind: BalanceLineKind;
  unit?: InputMaybe<Scalars['String']['input']>;
  unitAmount?: InputMaybe<Scalars['Money']['input']>;
  volume?: InputMaybe<Scalars['Float']['input']>;
};

/** SCOPE: uppdrag and its cost; RESOURCE: ersättning */
export type BalanceLineKind =
  | 'RESOURCE'
  | 'SCOPE';

/** What the caller may do with the balance now */
export type BalancePermissions = {
  __typename?: 'BalancePermissions';
  /** Mark 'balansen håller' for the caller's party on the current version (agreeBalance) */
  canAgreeBalance: Scalars['Boolean']['output'];
  canEdit: Scalars['Boolean']['output'];
  canPropose: Scalars['Boolean']['output'];
};

/** OPEN while negotiated; AGREED by both förvaltningschefer; DECIDED by kommunledning */
export type BalanceStatus =
  | 'AGREED'
  | 'DECIDED'
  | 'OPEN';

export type BalanceTotals = {
  __typename?: 'BalanceTotals';
  compensation: Scalars['Money']['output'];
  cost: Scalars['Money']['output'];
  /** compensation − cost */
  difference: Scalars['Money']['output'];
  /** difference ÷ compensation × 100, rounded to two decimals; null without compensation */
  marginPercent: Maybe<Scalars['Float']['output']>;
  /** Whether the municipality's result requirement holds, judged on the exact figures */
  requirementMet: Scalars['Boolean']['output'];
};

/** Linköping's calculation model and the compensation it suggests */
export type CalculationModel = {
  __typename?: 'CalculationModel';
  afterEfficiency: Scalars['Money']['output'];
  afterVolumeChange: Scalars['Money']['output'];
  efficiencyPercent: Scalars['Float']['output'];
  indexUpliftPercent: Scalars['Float']['output'];
  priorYearCost: Scalars['Money']['output'];
  /** Rounded once to öre; can be inserted as a RESOURCE line */
  suggestedCompensation: Scalars['Money']['output'];
  volumeChangePercent: Scalars['Float']['output'];
};

export type CalculationModelInput = {
  efficiencyPercent: Scalars['Float']['input'];
  indexUpliftPercent: Scalars['Float']['input'];
  /** Prior-year operating cost */
  priorYearCost: Scalars['Money']['input'];
  volumeChangePercent: Scalars['Float']['input'];
};

/** What the caller may change of the classification now, one flag per command */
export type ClassificationPermissions = {
  __typename?: 'ClassificationPermissions';
  /** classifyAgreement */
  canClassify: Scalars['Boolean']['output'];
  /** markStrategic */
  canMarkStrategic: Scalars['Boolean']['output'];
  /** setAgreementResponsible for the provider side */
  canSetProviderResponsible: Scalars['Boolean']['output'];
  /** setAgreementResponsible for the purchaser side */
  canSetPurchaserResponsible: Scalars['Boolean']['output'];
};

/** A comment on a section; a thread is a top-level comment with its replies */
export type Comment = {
  __typename?: 'Comment';
  /** JSON of Y.relativePositionToJSON for the range's start; null for replies and section-wide comments */
  anchor: Maybe<Scalars['String']['output']>;
  /** JSON of Y.relativePositionToJSON for the range's end */
  anchorEnd: Maybe<Scalars['String']['output']>;
  author: User;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The commented text has been deleted from the section's current document */
  onDeletedText: Scalars['Boolean']['output'];
  /** The thread a reply belongs to; null for a thread */
  parentId: Maybe<Scalars['ID']['output']>;
  /** The commented text as it read when the comment was made */
  quote: Maybe<Scalars['String']['output']>;
  /** Replies, oldest first (empty for a reply) */
  replies: Array<Comment>;
  resolved: Scalars['Boolean']['output'];
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  resolvedBy: Maybe<User>;
  sectionId: Scalars['ID']['output'];
};

export type CreateAgreementInput = {
  kind: AgreementKind;
  periodEnd: Scalars['Date']['input'];
  periodStart: Scalars['Date']['input'];
  providerOrganId: Scalars['ID']['input'];
  purchaserOrganId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type CreateUserInput = {
  /** Signs in with it; unique in the whole installation, case aside */
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  roles: Array<RoleInput>;
};

/** Kommunledning's, or at political level KS's or KF's, decision */
export type Decision = {
  __typename?: 'Decision';
  /** The balance lines the decision set, if any */
  balanceLines: Maybe<Array<ProposedLine>>;
  /** Political level: KOMMUNSTYRELSE or KOMMUNFULLMAKTIGE */
  body: Maybe<OrganKind>;
  decidedAt: Scalars['DateTime']['output'];
  decidedBy: User;
  level: DisputeLevel;
  meetingDate: Maybe<Scalars['Date']['output']>;
  paragraph: Maybe<Scalars['String']['output']>;
  /** Political level: the minutes, e.g. KS 2026-12-03 § 145 */
  reference: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

/** Political level needs the minutes: `reference` "KS 2026-12-03 § 145", or meetingDate and paragraph */
export type DecisionInput = {
  /** The balance that shall apply; applied at once, the balance becomes DECIDED */
  balanceLines?: InputMaybe<Array<BalanceLineInput>>;
  decision: Scalars['String']['input'];
  meetingDate?: InputMaybe<Scalars['Date']['input']>;
  paragraph?: InputMaybe<Scalars['String']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** Whether a part of a text is in both versions, only the newer, or only the older */
export type DiffKind =
  | 'ADDED'
  | 'REMOVED'
  | 'SAME';

export type DiffPart = {
  __typename?: 'DiffPart';
  kind: DiffKind;
  text: Scalars['String']['output'];
};

/** A disagreement between the parties on the balance or a section (tvist) */
export type Dispute = {
  __typename?: 'Dispute';
  /** The action plan the dispute was raised from */
  actionPlan: Maybe<ActionPlan>;
  agreement: Agreement;
  /** Balance disputes: |difference| of the balance totals when raised */
  amountAtStake: Maybe<Scalars['Money']['output']>;
  assignedAt: Maybe<Scalars['DateTime']['output']>;
  assignee: Maybe<User>;
  /** True: the dispute concerns the balance; false: a section, or a value or plan of the follow-up */
  concernsBalance: Scalars['Boolean']['output'];
  decision: Maybe<Decision>;
  description: Scalars['String']['output'];
  escalatedAt: Maybe<Scalars['DateTime']['output']>;
  /** Every step of the dispute in the agreement's event log, oldest first */
  history: Array<AgreementEvent>;
  id: Scalars['ID']['output'];
  /** The value the dispute was raised from */
  indicatorReport: Maybe<IndicatorReport>;
  level: DisputeLevel;
  permissions: DisputePermissions;
  /** Both sides' positions, oldest first */
  positions: Array<DisputePosition>;
  priority: DisputePriority;
  /** While in the queue: FRESH, WARN or OVERDUE */
  queueAge: Maybe<QueueAge>;
  /** Whole days since escalation (until decided or withdrawn) */
  queueDays: Maybe<Scalars['Int']['output']>;
  raisedAt: Scalars['DateTime']['output'];
  raisedBy: User;
  raisedParty: Party;
  referredAt: Maybe<Scalars['DateTime']['output']>;
  referredTo: Maybe<OrganKind>;
  /** A decision on a section: when a party confirmed that the text reflects it; null while the section shows it as pending */
  reflectedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who confirmed that the text reflects the decision */
  reflectedBy: Maybe<User>;
  section: Maybe<DisputeSection>;
  status: DisputeStatus;
  subject: DisputeSubject;
  withdrawalNote: Maybe<Scalars['String']['output']>;
  withdrawnAt: Maybe<Scalars['DateTime']['output']>;
};

/** TJANSTEMANNA (official level) until referred to KS or KF: POLITISK */
export type DisputeLevel =
  | 'POLITISK'
  | 'TJANSTEMANNA';

/** What the caller may do with the dispute now */
export type DisputePermissions = {
  __typename?: 'DisputePermissions';
  canAddPosition: Scalars['Boolean']['output'];
  canAssign: Scalars['Boolean']['output'];
  /** Confirm that the section's text reflects the decision (confirmDecisionReflected) */
  canConfirmReflected: Scalars['Boolean']['output'];
  canDecide: Scalars['Boolean']['output'];
  /** Send the dispute to kommunledning's queue (not Agreement.permissions.canEscalate) */
  canEscalateDispute: Scalars['Boolean']['output'];
  canRefer: Scalars['Boolean']['output'];
  canSetPriority: Scalars['Boolean']['output'];
  canWithdraw: Scalars['Boolean']['output'];
};

/** One party's position and the consequence it foresees */
export type DisputePosition = {
  __typename?: 'DisputePosition';
  at: Scalars['DateTime']['output'];
  /** The foreseen consequence, economic and/or for quality */
  consequence: Maybe<Scalars['String']['output']>;
  party: Party;
  text: Scalars['String']['output'];
  user: User;
};

/** HIGH on escalation when the amount at stake is at least 1 000 000 kr; kommunledning may change it */
export type DisputePriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL';

/** The section a dispute concerns */
export type DisputeSection = {
  __typename?: 'DisputeSection';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** OPEN → (ESCALATED → IN_REVIEW → REFERRED →) DECIDED; OPEN/ESCALATED → WITHDRAWN */
export type DisputeStatus =
  | 'DECIDED'
  | 'ESCALATED'
  | 'IN_REVIEW'
  | 'OPEN'
  | 'REFERRED'
  | 'WITHDRAWN';

export type DisputeSubject =
  | 'EKONOMI'
  | 'KVALITETSKRAV'
  | 'MAL'
  | 'OVRIGT'
  | 'TOLKNING'
  | 'UPPFOLJNING';

/** Whether a user hears of notifications by e-mail */
export type EmailPreference =
  /** One e-mail a day with the unread notifications, when there are any */
  | 'DAILY'
  /** An e-mail for each notification, at once */
  | 'IMMEDIATE'
  /** No e-mail; notifications only in the app */
  | 'NONE';

/** The municipality's age thresholds of the queue, in days */
export type EscalationQueueSettings = {
  __typename?: 'EscalationQueueSettings';
  overdueDays: Scalars['Int']['output'];
  warnDays: Scalars['Int']['output'];
};

/** The follow-up page of an agreement */
export type FollowUp = {
  __typename?: 'FollowUp';
  /** The rhythm of reportDelivery: the finest frequency of the indicators */
  deliveryFrequency: ReportFrequency;
  /** The municipality's followUpDueDays */
  dueDays: Scalars['Int']['output'];
  /** The current budget year; null outside the term */
  forecast: Maybe<FollowUpForecast>;
  openActionPlans: Array<ActionPlan>;
  /** Ended periods past their due date with nothing reported */
  overdueReports: Array<FollowUpPeriod>;
  /** Every period of the term for the frequencies in use, finest first, in order */
  periods: Array<FollowUpPeriod>;
  permissions: FollowUpPermissions;
};

/** One scope line in one period: ordered vs delivered volume, compensation vs actual cost */
export type FollowUpDelivery = {
  __typename?: 'FollowUpDelivery';
  actualCost: Maybe<Scalars['Money']['output']>;
  balanceLine: BalanceLine;
  comment: Maybe<Scalars['String']['output']>;
  /** The line's amount pro rata, rounded to öre */
  compensation: Scalars['Money']['output'];
  deliveredVolume: Maybe<Scalars['String']['output']>;
  /** The line's volume pro rata by the period's days within the term (6 decimals) */
  orderedVolume: Scalars['String']['output'];
  reportedAt: Maybe<Scalars['DateTime']['output']>;
};

/** The current budget year, within the term; linear extrapolation of what is reported */
export type FollowUpForecast = {
  __typename?: 'FollowUpForecast';
  actualCost: Scalars['Money']['output'];
  compensation: Scalars['Money']['output'];
  end: Scalars['Date']['output'];
  /** Sum of the lines' forecasts; null when no line has one */
  forecastCost: Maybe<Scalars['Money']['output']>;
  lines: Array<FollowUpForecastLine>;
  start: Scalars['Date']['output'];
  year: Scalars['Int']['output'];
};

export type FollowUpForecastLine = {
  __typename?: 'FollowUpForecastLine';
  /** Actual cost so far this year */
  actualCost: Scalars['Money']['output'];
  balanceLine: BalanceLine;
  compensation: Scalars['Money']['output'];
  /** Days of the year the reported periods cover */
  coveredDays: Scalars['Int']['output'];
  /** Delivered so far this year */
  deliveredVolume: Scalars['String']['output'];
  /** Actual cost so far, extrapolated linearly to the year's end */
  forecastCost: Maybe<Scalars['Money']['output']>;
  /** Delivered so far, extrapolated linearly to the year's end */
  forecastVolume: Maybe<Scalars['String']['output']>;
  /** Ordered for the year (within the term), pro rata */
  orderedVolume: Scalars['String']['output'];
};

export type FollowUpPeriod = {
  __typename?: 'FollowUpPeriod';
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decidedBy: Maybe<User>;
  /** Per scope line; empty unless the period is of the delivery frequency */
  deliveries: Array<FollowUpDelivery>;
  /** end + the municipality's followUpDueDays */
  dueDate: Scalars['Date']['output'];
  /** Last day within the term */
  end: Scalars['Date']['output'];
  frequency: ReportFrequency;
  /** "2027", "2027-Q1" or "2027-03" */
  key: Scalars['String']['output'];
  permissions: FollowUpPeriodPermissions;
  /** The purchaser's remarks when returned */
  remarks: Maybe<Scalars['String']['output']>;
  /** The values of the indicators of this frequency */
  reports: Array<IndicatorReport>;
  /** First day within the term */
  start: Scalars['Date']['output'];
  status: FollowUpPeriodStatus;
};

export type FollowUpPeriodPermissions = {
  __typename?: 'FollowUpPeriodPermissions';
  /** acceptFollowUp */
  canAccept: Scalars['Boolean']['output'];
  /** reportIndicator / reportDelivery for this period */
  canReport: Scalars['Boolean']['output'];
  /** returnFollowUp */
  canReturn: Scalars['Boolean']['output'];
};

/** NOT_DUE: not ended; DUE: ended, nothing reported, due date not passed; OVERDUE: due date passed with nothing reported; REPORTED, RETURNED (with remarks) or ACCEPTED by the purchaser */
export type FollowUpPeriodStatus =
  | 'ACCEPTED'
  | 'DUE'
  | 'NOT_DUE'
  | 'OVERDUE'
  | 'REPORTED'
  | 'RETURNED';

export type FollowUpPermissions = {
  __typename?: 'FollowUpPermissions';
  /** acceptFollowUp for some period now */
  canAccept: Scalars['Boolean']['output'];
  /** addIndicator */
  canAddIndicator: Scalars['Boolean']['output'];
  /** reportIndicator (for an ended period not accepted) */
  canReport: Scalars['Boolean']['output'];
  /** reportDelivery: as canReport, when the balance has scope lines */
  canReportDelivery: Scalars['Boolean']['output'];
  /** returnFollowUp for some period now */
  canReturn: Scalars['Boolean']['output'];
};

/** A förvaltningschef's mark 'balansen håller' as frozen with the version */
export type FrozenBalanceMark = {
  __typename?: 'FrozenBalanceMark';
  at: Scalars['DateTime']['output'];
  party: Party;
  /** Why the balance holds although it misses the result requirement */
  reason: Maybe<Scalars['String']['output']>;
  userName: Scalars['String']['output'];
  /** The balance version marked */
  version: Scalars['Int']['output'];
};

/** A decision that applied when the version was frozen */
export type FrozenDecision = {
  __typename?: 'FrozenDecision';
  /** KOMMUNSTYRELSE or KOMMUNFULLMAKTIGE */
  body: Maybe<Scalars['String']['output']>;
  decidedAt: Scalars['DateTime']['output'];
  /** TJANSTEMANNA or POLITISK */
  level: Scalars['String']['output'];
  meetingDate: Maybe<Scalars['Date']['output']>;
  paragraph: Maybe<Scalars['String']['output']>;
  reference: Maybe<Scalars['String']['output']>;
  /** The section it applies to; null: the balance */
  sectionTitle: Maybe<Scalars['String']['output']>;
  /** The dispute's subject (DisputeSubject) */
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** Members of a group at the provider get this role in this organ when created at first sign-in */
export type GroupRoleMapping = {
  __typename?: 'GroupRoleMapping';
  /** As the provider names it in the groups claim (Entra ID: the group's object id) */
  group: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  organ: Organ;
  role: Role;
};

export type GroupRoleMappingInput = {
  group: Scalars['String']['input'];
  organId: Scalars['ID']['input'];
  role: Role;
};

/** What the caller may do with the agreement's versions now */
export type HistoryPermissions = {
  __typename?: 'HistoryPermissions';
  canCreateVersion: Scalars['Boolean']['output'];
  canRestore: Scalars['Boolean']['output'];
};

/** The purchaser's assessment of the agreement's impact on the operations */
export type Impact =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type Indicator = {
  __typename?: 'Indicator';
  /** A SCOPE line: a volume indicator */
  balanceLine: Maybe<BalanceLine>;
  direction: IndicatorDirection;
  frequency: ReportFrequency;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  permissions: IndicatorPermissions;
  position: Scalars['Int']['output'];
  /** Oldest period first; without login only accepted periods */
  reports: Array<IndicatorReport>;
  section: Maybe<Section>;
  /** Exact decimal */
  target: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  /** updateIndicator's and removeIndicator's version */
  version: Scalars['Int']['output'];
  /** Exact decimal, on the bad side of the target (or on it) */
  warnAt: Maybe<Scalars['String']['output']>;
};

export type IndicatorDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

export type IndicatorInput = {
  /** A SCOPE line of the same agreement's balance */
  balanceLineId?: InputMaybe<Scalars['ID']['input']>;
  direction: IndicatorDirection;
  frequency: ReportFrequency;
  name: Scalars['String']['input'];
  /** A section of the same agreement */
  sectionId?: InputMaybe<Scalars['ID']['input']>;
  /** Exact decimal, e.g. "90" or "87.5" */
  target: Scalars['String']['input'];
  unit: Scalars['String']['input'];
  /** On the bad side of the target (or on it) */
  warnAt?: InputMaybe<Scalars['String']['input']>;
};

export type IndicatorPermissions = {
  __typename?: 'IndicatorPermissions';
  /** updateIndicator */
  canEdit: Scalars['Boolean']['output'];
  /** removeIndicator */
  canRemove: Scalars['Boolean']['output'];
  /** reportIndicator, for some ended period */
  canReport: Scalars['Boolean']['output'];
};

/** The provider's value of an indicator for a period */
export type IndicatorReport = {
  __typename?: 'IndicatorReport';
  actionPlan: Maybe<ActionPlan>;
  /** The provider's comment or analysis */
  comment: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  indicatorId: Scalars['ID']['output'];
  period: Scalars['String']['output'];
  permissions: IndicatorReportPermissions;
  reportedAt: Scalars['DateTime']['output'];
  reportedBy: User;
  status: IndicatorStatus;
  /** Exact decimal */
  value: Scalars['String']['output'];
  /** 1 for the first report; each replacement adds one */
  version: Scalars['Int']['output'];
};

export type IndicatorReportPermissions = {
  __typename?: 'IndicatorReportPermissions';
  canAddActionPlan: Scalars['Boolean']['output'];
};

/** GREEN: reaches the target; YELLOW: misses it but reaches the warning threshold; RED: otherwise */
export type IndicatorStatus =
  | 'GREEN'
  | 'RED'
  | 'YELLOW';

/** The language of a user's e-mails */
export type Language =
  | 'EN'
  | 'SV';

/** One thing missing for the next lifecycle step, as data for the client to word */
export type LifecycleGap = {
  __typename?: 'LifecycleGap';
  /** UNDECIDED_DISPUTES, SUGGESTIONS_PENDING: how many */
  count: Maybe<Scalars['Int']['output']>;
  kind: LifecycleGapKind;
  /** COMMITTEE_DECISION: the organ's name */
  organ: Maybe<Scalars['String']['output']>;
  /** SIGNATURE: whose förvaltningschef */
  party: Maybe<Party>;
  /** EMPTY_SECTION, SECTION_NOT_AGREED, SUGGESTIONS_PENDING, DECISION_NOT_REFLECTED: the section's title */
  section: Maybe<Scalars['String']['output']>;
};

/** What can stand between an agreement and its next lifecycle step */
export type LifecycleGapKind =
  | 'BALANCE_NOT_SETTLED'
  | 'COMMITTEE_DECISION'
  | 'DECISION_NOT_REFLECTED'
  | 'EMPTY_SECTION'
  | 'NO_INDICATOR'
  | 'REQUIREMENT_REASON_MISSING'
  | 'SECTION_NOT_AGREED'
  | 'SIGNATURE'
  | 'SUGGESTIONS_PENDING'
  | 'UNDECIDED_DISPUTES';

export type Municipality = {
  __typename?: 'Municipality';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

export type MunicipalitySettings = {
  __typename?: 'MunicipalitySettings';
  /** For budget years without a requirement of their own, or an earlier one */
  defaultRequirement: ResultRequirement;
  /** A follow-up period's report is due this many days after the period ends (0–365) */
  followUpDueDays: Scalars['Int']['output'];
  /** Whether staff may sign in with a password when single sign-on is configured */
  passwordLoginAllowed: Scalars['Boolean']['output'];
  /** Days in the escalation queue before an item is overdue */
  queueOverdueDays: Scalars['Int']['output'];
  /** Days in the escalation queue before an item's age warns */
  queueWarnDays: Scalars['Int']['output'];
  /** By year; an agreement is judged by its period start's year, else the latest earlier year, else the default */
  requirements: Array<YearRequirement>;
  /** An agreement whose balance's compensation is at least this is of value class HIGH */
  strategicValueHighFrom: Scalars['Money']['output'];
  /** Value classes of the classification: an agreement whose balance's compensation is below this is LOW, from it MEDIUM */
  strategicValueMediumFrom: Scalars['Money']['output'];
  /** Bumped by each change of the settings: their mutations' expectedVersion */
  version: Scalars['Int']['output'];
};

export type MunicipalitySettingsInput = {
  /** 0–365 days after a follow-up period's end; absent: unchanged */
  followUpDueDays?: InputMaybe<Scalars['Int']['input']>;
  passwordLoginAllowed: Scalars['Boolean']['input'];
  /** More than queueWarnDays */
  queueOverdueDays: Scalars['Int']['input'];
  queueWarnDays: Scalars['Int']['input'];
  /** An agreement's compensation from this is of value class HIGH; above strategicValueMediumFrom; absent: unchanged */
  strategicValueHighFrom?: InputMaybe<Scalars['Money']['input']>;
  /** An agreement's compensation from this is of value class MEDIUM; at least 0, below strategicValueHighFrom; absent: unchanged */
  strategicValueMediumFrom?: InputMaybe<Scalars['Money']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts every pending suggestion of the other party in the section */
  acceptAllSuggestions: Section;
  /** The purchaser's förvaltningschef; INVALID_STATE while a RED value has no plan, or with nothing reported for the period */
  acceptFollowUp: Array<IndicatorReport>;
  /** The other party makes a suggested change ordinary text (an insertion stays, a deletion goes) */
  acceptSuggestion: Section;
  /** The provider's drafters, SIGNED; for a YELLOW or RED value without a plan */
  addActionPlan: ActionPlan;
  addBalanceLine: Balance;
  /** Comments on a section: a new thread (optionally anchored to a text range) or, with parentId, a reply */
  addComment: Comment;
  addDisputePosition: Dispute;
  /** Either party's drafters, DRAFT */
  addIndicator: Indicator;
  /** A förvaltningschef marks that the balance holds, on this exact version. When the balance misses the result requirement, `reason` (why it holds anyway) is required: BAD_USER_INPUT naming `reason` without it. */
  agreeBalance: Balance;
  /** Marks the section as agreed for the caller's party, on this exact seq (CONFLICT when stale, with the current seq); when both parties have marked the same seq the section is AGREED and locked */
  agreeSection: Section;
  /** The purchaser side's assessment of a strategic, signed agreement for a year; expectedVersion 0 for the first */
  assessStrategicAgreement: AnnualFollowUpReport;
  assignDispute: Dispute;
  /** Changes the caller's password, the current one required; ends the caller's other sessions */
  changePassword: Scalars['Boolean']['output'];
  /** The purchaser's assessment of the impact; `version` is the classificationVersion read */
  classifyAgreement: Agreement;
  /** Creates or replaces the single sign-on (ADMIN); expectedVersion 0 when there is none yet */
  configureSingleSignOn: SingleSignOnConfig;
  /** A party confirms that the disputed section's text reflects the decision: the section's notice goes, and submission no longer lists it */
  confirmDecisionReflected: Dispute;
  /** The committee's secretary corrects the meeting date, paragraph or remarks of its recorded decision on the newest version, until both parties have signed; the decision itself (input.decision must stay as recorded) cannot change. Recorded as an agreement event with the old and new values and the reason. */
  correctApproval: Agreement;
  createAgreement: Agreement;
  createOrgan: Organ;
  createUser: UserInvitation;
  /** Saves a named version: every section's text and the balance as they are now */
  createVersion: AgreementSnapshot;
  /** Keeps the organ and what names it, but offers it for nothing new */
  deactivateOrgan: Organ;
  /** Ends the user's sessions and sockets at once; not the last active ADMIN (INVALID_STATE) */
  deactivateUser: User;
  decideDispute: Dispute;
  /** A förvaltningschef of a party sends the dispute to kommunledning's queue */
  escalateDispute: Dispute;
  /** Signs in; a wrong password and an unknown email answer alike */
  login: AuthPayload;
  /** Ends the session this request was made with: its token and cookie stop working at once, and its live connections close */
  logout: Scalars['Boolean']['output'];
  /** Marks the given notifications (all, without ids) read; returns the unread count */
  markNotificationsRead: Scalars['Int']['output'];
  /** The purchaser's förvaltningschef marks the agreement strategic (or not). Marking more than about 10 for the nämnd and a budget year answers INVALID_STATE with extensions { confirm: "confirmOverTen", limit, years } unless confirmOverTen is true. */
  markStrategic: Agreement;
  proposeBalance: Proposal;
  /** Applies a Yjs update (base64); answers once it is durably stored */
  pushSectionUpdate: SectionAck;
  raiseDispute: Dispute;
  reactivateOrgan: Organ;
  reactivateUser: User;
  /** The nämndsekreterare records the nämnd's decision on its report of an ended year; `contentHash` is the report's as shown (CONFLICT when it has changed since). The content is frozen with the decision. */
  recordAnnualReportDecision: AnnualFollowUpReport;
  /** Records a committee's decision on the frozen version */
  recordApproval: Agreement;
  /** Refers the question to KOMMUNSTYRELSE or KOMMUNFULLMAKTIGE: political level */
  referDispute: Dispute;
  /** Rejects every pending suggestion of the other party in the section */
  rejectAllSuggestions: Section;
  /** The other party rejects a suggested change (an insertion goes, a deletion stays) */
  rejectSuggestion: Section;
  removeBalanceLine: Balance;
  /** Either party's drafters, DRAFT; CONFLICT when `version` is stale */
  removeIndicator: Agreement;
  /** That year is then judged by the latest earlier year's requirement, else the default */
  removeResultRequirement: MunicipalitySettings;
  /** Removes the single sign-on and its group mappings (ADMIN) */
  removeSingleSignOn: Scalars['Boolean']['output'];
  /** Reopens an agreed or marked section, with a reason: both marks are cleared */
  reopenSection: Section;
  /** The provider's drafters, SIGNED: a scope line's delivered volume and actual cost for a period of the delivery frequency */
  reportDelivery: FollowUpPeriod;
  /** The provider's drafters, SIGNED. A second report of the same indicator and period replaces the first until the period is accepted */
  reportIndicator: IndicatorReport;
  /** Mails a reset link if the address is an active user's; true whether or not it is */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** A new one-time link (earlier ones stop working): an invitation, or a password reset once one is set */
  resendInvitation: UserInvitation;
  respondToProposal: Proposal;
  /** Makes a version's section texts current again, as new edits: history is never rewritten. With expectedBalanceVersion, the version's balance lines are restored too, as a change against that balance version (CONFLICT when stale); it clears both marks */
  restoreVersion: Agreement;
  /** The purchaser's drafters: back to the provider with remarks */
  returnFollowUp: FollowUpPeriod;
  /** The provider's drafters, SIGNED */
  setActionStepDone: ActionPlan;
  /** The förvaltningschef of `party` names its avtalsansvarig: an active user with a role in that side's organ; null clears it */
  setAgreementResponsible: Agreement;
  /** Sets the calculation model's inputs, or clears them with null */
  setCalculationModel: Balance;
  /** Resolves or reopens a thread */
  setCommentResolved: Comment;
  /** The requirement of budget years without one of their own */
  setDefaultResultRequirement: MunicipalitySettings;
  /** KOMMUNLEDNING: changes a queue item's priority */
  setDisputePriority: Dispute;
  /** Replaces the table of group → role in organ used when users are created at first sign-in (ADMIN) */
  setGroupRoleMappings: SingleSignOnConfig;
  /** Sets a password with the token of an invitation or reset link (valid 72 hours, once) and signs in; the user's other sessions end */
  setPassword: AuthPayload;
  /** The requirement of one budget year */
  setResultRequirement: MunicipalitySettings;
  /** The whole template in order; applies to agreements created from now on */
  setSectionTemplate: SectionTemplate;
  /** Replaces the user's roles; the last active ADMIN keeps that role (INVALID_STATE) */
  setUserRoles: User;
  /** Signs the frozen version whose content hash the signer was shown */
  signAgreement: Agreement;
  /** Starts a tilläggsuppdrag: a new DRAFT with the signed agreement's content */
  startAmendment: Agreement;
  /** Freezes a version and sends it to both committees */
  submitForApproval: Agreement;
  /** The provider's drafters, SIGNED; CONFLICT when `version` is stale */
  updateActionPlan: ActionPlan;
  /** Changes the title or period of a DRAFT */
  updateAgreement: Agreement;
  updateBalanceLine: Balance;
  /** Either party's drafters, DRAFT; CONFLICT when `version` is stale */
  updateIndicator: Indicator;
  updateMunicipalitySettings: MunicipalitySettings;
  /** The caller's e-mail preference for notifications, and the language of their mails */
  updateMyPreferences: User;
  /** Short name and kind are locked once an agreement names the organ (INVALID_STATE) */
  updateOrgan: Organ;
  /** Tells the others which section the caller is in and where its caret is */
  updatePresence: Scalars['Boolean']['output'];
  withdrawDispute: Dispute;
};


export type MutationAcceptAllSuggestionsArgs = {
  sectionId: Scalars['ID']['input'];
};


export type MutationAcceptFollowUpArgs = {
  agreementId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
};


export type MutationAcceptSuggestionArgs = {
  sectionId: Scalars['ID']['input'];
  suggestionId: Scalars['ID']['input'];
};


export type MutationAddActionPlanArgs = {
  input: ActionPlanInput;
  reportId: Scalars['ID']['input'];
};


export type MutationAddBalanceLineArgs = {
  agreementId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: BalanceLineInput;
};


export type MutationAddCommentArgs = {
  anchor: InputMaybe<Scalars['String']['input']>;
  anchorEnd: InputMaybe<Scalars['String']['input']>;
  body: Scalars['String']['input'];
  parentId: InputMaybe<Scalars['ID']['input']>;
  quote: InputMaybe<Scalars['String']['input']>;
  sectionId: Scalars['ID']['input'];
};


export type MutationAddDisputePositionArgs = {
  consequence: InputMaybe<Scalars['String']['input']>;
  disputeId: Scalars['ID']['input'];
  position: Scalars['String']['input'];
};


export type MutationAddIndicatorArgs = {
  agreementId: Scalars['ID']['input'];
  input: IndicatorInput;
};


export type MutationAgreeBalanceArgs = {
  agreementId: Scalars['ID']['input'];
  reason: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationAgreeSectionArgs = {
  sectionId: Scalars['ID']['input'];
  seq: Scalars['Int']['input'];
};


export type MutationAssessStrategicAgreementArgs = {
  agreementId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: AnnualAssessmentInput;
  year: Scalars['Int']['input'];
};


export type MutationAssignDisputeArgs = {
  assigneeId: Scalars['ID']['input'];
  disputeId: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationClassifyAgreementArgs = {
  agreementId: Scalars['ID']['input'];
  impact: Impact;
  version: Scalars['Int']['input'];
};


export type MutationConfigureSingleSignOnArgs = {
  expectedVersion: Scalars['Int']['input'];
  input: SingleSignOnInput;
};


export type MutationConfirmDecisionReflectedArgs = {
  disputeId: Scalars['ID']['input'];
};


export type MutationCorrectApprovalArgs = {
  agreementId: Scalars['ID']['input'];
  input: ApprovalInput;
  reason: Scalars['String']['input'];
};


export type MutationCreateAgreementArgs = {
  input: CreateAgreementInput;
};


export type MutationCreateOrganArgs = {
  input: OrganInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateVersionArgs = {
  agreementId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationDeactivateOrganArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeactivateUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationDecideDisputeArgs = {
  disputeId: Scalars['ID']['input'];
  input: DecisionInput;
};


export type MutationEscalateDisputeArgs = {
  disputeId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationMarkStrategicArgs = {
  agreementId: Scalars['ID']['input'];
  confirmOverTen?: Scalars['Boolean']['input'];
  strategic: Scalars['Boolean']['input'];
};


export type MutationProposeBalanceArgs = {
  agreementId: Scalars['ID']['input'];
  baseVersion: Scalars['Int']['input'];
  input: ProposalInput;
};


export type MutationPushSectionUpdateArgs = {
  origin: InputMaybe<Scalars['String']['input']>;
  sectionId: Scalars['ID']['input'];
  update: Scalars['String']['input'];
};


export type MutationRaiseDisputeArgs = {
  input: RaiseDisputeInput;
};


export type MutationReactivateOrganArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReactivateUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRecordAnnualReportDecisionArgs = {
  contentHash: Scalars['String']['input'];
  input: AnnualReportDecisionInput;
  organId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type MutationRecordApprovalArgs = {
  agreementId: Scalars['ID']['input'];
  input: ApprovalInput;
};


export type MutationReferDisputeArgs = {
  body: OrganKind;
  disputeId: Scalars['ID']['input'];
};


export type MutationRejectAllSuggestionsArgs = {
  sectionId: Scalars['ID']['input'];
};


export type MutationRejectSuggestionArgs = {
  sectionId: Scalars['ID']['input'];
  suggestionId: Scalars['ID']['input'];
};


export type MutationRemoveBalanceLineArgs = {
  expectedVersion: Scalars['Int']['input'];
  lineId: Scalars['ID']['input'];
};


export type MutationRemoveIndicatorArgs = {
  indicatorId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRemoveResultRequirementArgs = {
  expectedVersion: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type MutationReopenSectionArgs = {
  reason: Scalars['String']['input'];
  sectionId: Scalars['ID']['input'];
};


export type MutationReportDeliveryArgs = {
  actualCost: Scalars['String']['input'];
  agreementId: Scalars['ID']['input'];
  balanceLineId: Scalars['ID']['input'];
  comment: InputMaybe<Scalars['String']['input']>;
  deliveredVolume: Scalars['String']['input'];
  period: Scalars['String']['input'];
};


export type MutationReportIndicatorArgs = {
  comment: InputMaybe<Scalars['String']['input']>;
  indicatorId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  value: Scalars['String']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResendInvitationArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRespondToProposalArgs = {
  message: InputMaybe<Scalars['String']['input']>;
  proposalId: Scalars['ID']['input'];
  response: ProposalResponse;
};


export type MutationRestoreVersionArgs = {
  expectedBalanceVersion: InputMaybe<Scalars['Int']['input']>;
  versionId: Scalars['ID']['input'];
};


export type MutationReturnFollowUpArgs = {
  agreementId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  remarks: Scalars['String']['input'];
};


export type MutationSetActionStepDoneArgs = {
  done: Scalars['Boolean']['input'];
  stepId: Scalars['ID']['input'];
};


export type MutationSetAgreementResponsibleArgs = {
  agreementId: Scalars['ID']['input'];
  party: Party;
  userId: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSetCalculationModelArgs = {
  agreementId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: InputMaybe<CalculationModelInput>;
};


export type MutationSetCommentResolvedArgs = {
  commentId: Scalars['ID']['input'];
  resolved: Scalars['Boolean']['input'];
};


export type MutationSetDefaultResultRequirementArgs = {
  expectedVersion: Scalars['Int']['input'];
  input: ResultRequirementInput;
};


export type MutationSetDisputePriorityArgs = {
  disputeId: Scalars['ID']['input'];
  priority: DisputePriority;
};


export type MutationSetGroupRoleMappingsArgs = {
  mappings: Array<GroupRoleMappingInput>;
};


export type MutationSetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationSetResultRequirementArgs = {
  expectedVersion: Scalars['Int']['input'];
  input: ResultRequirementInput;
  year: Scalars['Int']['input'];
};


export type MutationSetSectionTemplateArgs = {
  entries: Array<SectionTemplateInput>;
  expectedVersion: Scalars['Int']['input'];
};


export type MutationSetUserRolesArgs = {
  roles: Array<RoleInput>;
  userId: Scalars['ID']['input'];
};


export type MutationSignAgreementArgs = {
  agreementId: Scalars['ID']['input'];
  contentHash: Scalars['String']['input'];
};


export type MutationStartAmendmentArgs = {
  agreementId: Scalars['ID']['input'];
};


export type MutationSubmitForApprovalArgs = {
  agreementId: Scalars['ID']['input'];
};


export type MutationUpdateActionPlanArgs = {
  changes: InputMaybe<ActionPlanChangesInput>;
  planId: Scalars['ID']['input'];
  status: ActionPlanStatus;
  version: Scalars['Int']['input'];
};


export type MutationUpdateAgreementArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateAgreementInput;
};


export type MutationUpdateBalanceLineArgs = {
  expectedVersion: Scalars['Int']['input'];
  input: BalanceLineInput;
  lineId: Scalars['ID']['input'];
};


export type MutationUpdateIndicatorArgs = {
  indicatorId: Scalars['ID']['input'];
  input: IndicatorInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateMunicipalitySettingsArgs = {
  expectedVersion: Scalars['Int']['input'];
  input: MunicipalitySettingsInput;
};


export type MutationUpdateMyPreferencesArgs = {
  input: PreferencesInput;
};


export type MutationUpdateOrganArgs = {
  id: Scalars['ID']['input'];
  input: OrganInput;
};


export type MutationUpdatePresenceArgs = {
  agreementId: Scalars['ID']['input'];
  clientId: Scalars['String']['input'];
  cursor: InputMaybe<Scalars['String']['input']>;
  sectionId: InputMaybe<Scalars['ID']['input']>;
};


export type MutationWithdrawDisputeArgs = {
  disputeId: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
};

/** An in-app notification of the caller */
export type Notification = {
  __typename?: 'Notification';
  agreementId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The agreement's diarienummer */
  diarienummer: Maybe<Scalars['String']['output']>;
  disputeId: Maybe<Scalars['ID']['output']>;
  /** A follow-up reminder's due date */
  dueDate: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** What happened, e.g. dispute.raised, dispute.queued, dispute.decided */
  kind: Scalars['String']['output'];
  /** A follow-up reminder's period, e.g. 2027-Q1 */
  period: Maybe<Scalars['String']['output']>;
  read: Scalars['Boolean']['output'];
  /** In Swedish, as the agreement's history says it */
  summary: Scalars['String']['output'];
};

/** A committee or board (nämnd/styrelse) of one municipality */
export type Organ = {
  __typename?: 'Organ';
  /** A deactivated organ keeps its agreements and roles, and is offered for nothing new */
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Named by an agreement: its short name and kind can no longer change */
  inUse: Scalars['Boolean']['output'];
  kind: OrganKind;
  name: Scalars['String']['output'];
  shortName: Scalars['String']['output'];
};

export type OrganInput = {
  kind: OrganKind;
  name: Scalars['String']['input'];
  /** 1–10 capital letters A–Ö and digits, starting with a letter; starts its diarienummer */
  shortName: Scalars['String']['input'];
};

export type OrganKind =
  | 'BESTALLARNAMND'
  | 'KOMMUNFULLMAKTIGE'
  | 'KOMMUNSTYRELSE'
  | 'PRODUKTIONSSTYRELSE';

/** A report past its due date and not reported (or returned), or an action plan past its date and not done */
export type OverdueFollowUp = {
  __typename?: 'OverdueFollowUp';
  actionPlanId: Maybe<Scalars['ID']['output']>;
  agreementId: Scalars['ID']['output'];
  /** Whole days since the due date (at least 1) */
  daysOverdue: Scalars['Int']['output'];
  diarienummer: Scalars['String']['output'];
  dueDate: Scalars['Date']['output'];
  /** Stable across reads */
  id: Scalars['ID']['output'];
  kind: OverdueFollowUpKind;
  /** The report's period ("2027", "2027-Q1", "2027-03"); for a plan, that of the report it answers */
  period: Scalars['String']['output'];
  provider: Organ;
  purchaser: Organ;
  /** Whom it is reminded to: the avtalsansvariga (or that side's förvaltningschefer), and a plan's owner */
  responsible: Array<User>;
  title: Scalars['String']['output'];
};

/** REPORT: a period's report; ACTION_PLAN: a handlingsplan */
export type OverdueFollowUpKind =
  | 'ACTION_PLAN'
  | 'REPORT';

export type Party =
  | 'PROVIDER'
  | 'PURCHASER';

export type PreferencesInput = {
  emailPreference: EmailPreference;
  language: Language;
};

export type PresenceMember = {
  __typename?: 'PresenceMember';
  clientId: Scalars['String']['output'];
  /** The member's caret colour, #rrggbb */
  color: Scalars['String']['output'];
  /** JSON {anchor, head} of Yjs relative positions */
  cursor: Maybe<Scalars['String']['output']>;
  /** The section the member is in */
  sectionId: Maybe<Scalars['ID']['output']>;
  user: User;
};

export type PresenceUpdate = {
  __typename?: 'PresenceUpdate';
  agreementId: Scalars['ID']['output'];
  members: Array<PresenceMember>;
};

/** A bundle of balance line changes one party offers the other */
export type Proposal = {
  __typename?: 'Proposal';
  /** The balance version accepting it produced */
  appliedVersion: Maybe<Scalars['Int']['output']>;
  baseVersion: Scalars['Int']['output'];
  changes: Array<ProposalChange>;
  /** The proposal this one counters */
  counterTo: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  party: Party;
  permissions: ProposalPermissions;
  proposedBy: User;
  respondedAt: Maybe<Scalars['DateTime']['output']>;
  respondedBy: Maybe<User>;
  responseMessage: Maybe<Scalars['String']['output']>;
  /** The balance changed since: it can be rejected or countered, not accepted */
  stale: Scalars['Boolean']['output'];
  status: ProposalStatus;
};

export type ProposalChange = {
  __typename?: 'ProposalChange';
  amountAfter: Maybe<Scalars['Money']['output']>;
  amountBefore: Maybe<Scalars['Money']['output']>;
  /** The line at the proposal's base version (UPDATE, REMOVE) */
  before: Maybe<ProposedLine>;
  description: Scalars['String']['output'];
  /** The line as proposed (ADD, UPDATE) */
  line: Maybe<ProposedLine>;
  lineId: Maybe<Scalars['ID']['output']>;
  op: ProposalOp;
};

export type ProposalChangeInput = {
  /** ADD, UPDATE: the line as proposed */
  line?: InputMaybe<BalanceLineInput>;
  /** UPDATE, REMOVE: the line */
  lineId?: InputMaybe<Scalars['ID']['input']>;
  op: ProposalOp;
};

export type ProposalInput = {
  changes: Array<ProposalChangeInput>;
  /** Counter this pending proposal of the other party (it becomes SUPERSEDED) */
  counterTo?: InputMaybe<Scalars['ID']['input']>;
  message: Scalars['String']['input'];
};

export type ProposalOp =
  | 'ADD'
  | 'REMOVE'
  | 'UPDATE';

export type ProposalPermissions = {
  __typename?: 'ProposalPermissions';
  /** The other party, pending, and made on the current version */
  canAccept: Scalars['Boolean']['output'];
  canCounter: Scalars['Boolean']['output'];
  canReject: Scalars['Boolean']['output'];
};

export type ProposalResponse =
  | 'ACCEPT'
  | 'REJECT';

export type ProposalStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED'
  | 'SUPERSEDED';

/** A line's values as a proposal states them */
export type ProposedLine = {
  __typename?: 'ProposedLine';
  amount: Scalars['Money']['output'];
  description: Scalars['String']['output'];
  kind: BalanceLineKind;
  unit: Maybe<Scalars['String']['output']>;
  unitAmount: Maybe<Scalars['Money']['output']>;
  volume: Maybe<Scalars['Float']['output']>;
};

/** The handlingsplan of an accepted RED value, as far as it is public */
export type PublicActionPlan = {
  __typename?: 'PublicActionPlan';
  description: Scalars['String']['output'];
  dueDate: Scalars['Date']['output'];
  /** Who owns the plan, by name (as the public record names the signatories) */
  ownerName: Scalars['String']['output'];
  status: ActionPlanStatus;
};

/** A signed agreement's follow-up as far as the purchaser has accepted it: nothing reported, returned or unsigned is in it */
export type PublicFollowUp = {
  __typename?: 'PublicFollowUp';
  /** Oldest first */
  acceptedPeriods: Array<Scalars['String']['output']>;
  /** The actual cost reported in the accepted periods */
  actualCost: Scalars['Money']['output'];
  /** The balance's compensation for the term */
  compensation: Scalars['Money']['output'];
  /** Indicators whose latest accepted value is GREEN */
  green: Scalars['Int']['output'];
  indicators: Array<PublicIndicator>;
  latestAcceptedPeriod: Maybe<Scalars['String']['output']>;
  /** Action plans of accepted values that are not done */
  openActionPlans: Scalars['Int']['output'];
  /** Indicators whose latest accepted value is RED */
  red: Scalars['Int']['output'];
  scopeLines: Array<PublicScopeLine>;
  /** Indicators whose latest accepted value is YELLOW */
  yellow: Scalars['Int']['output'];
};

/** An indicator of a signed agreement, with its accepted results only */
export type PublicIndicator = {
  __typename?: 'PublicIndicator';
  direction: IndicatorDirection;
  frequency: ReportFrequency;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Accepted periods only, oldest first */
  results: Array<PublicIndicatorResult>;
  /** Exact decimal */
  target: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  /** Exact decimal; null: anything short of the target is RED */
  warnAt: Maybe<Scalars['String']['output']>;
};

/** An indicator's value in a period the purchaser has accepted */
export type PublicIndicatorResult = {
  __typename?: 'PublicIndicatorResult';
  actionPlan: Maybe<PublicActionPlan>;
  /** The provider's comment or analysis */
  comment: Maybe<Scalars['String']['output']>;
  /** "2027", "2027-Q1" or "2027-03" */
  period: Scalars['String']['output'];
  status: IndicatorStatus;
  /** Exact decimal, as reported */
  value: Scalars['String']['output'];
};

/** A scope line of the balance: ordered for the term, delivered in the accepted periods */
export type PublicScopeLine = {
  __typename?: 'PublicScopeLine';
  /** The sum over the accepted periods */
  actualCost: Scalars['Money']['output'];
  /** Exact decimal, the sum over the accepted periods */
  deliveredVolume: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** The balance's cost of the line, for the term */
  estimatedCost: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  /** Exact decimal, for the agreement's term */
  orderedVolume: Maybe<Scalars['String']['output']>;
  /** Accepted periods only, oldest first */
  periods: Array<PublicScopeResult>;
  unit: Maybe<Scalars['String']['output']>;
};

/** What production delivered and spent on a scope line in an accepted period */
export type PublicScopeResult = {
  __typename?: 'PublicScopeResult';
  actualCost: Scalars['Money']['output'];
  comment: Maybe<Scalars['String']['output']>;
  /** Exact decimal */
  deliveredVolume: Scalars['String']['output'];
  period: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** ADMIN, REVISOR: every administrative change, newest first */
  adminLog: Array<AdminLogEntry>;
  agreement: Agreement;
  /** The agreements the caller may read, newest first */
  agreements: Array<Agreement>;
  /** A nämnd's yearly follow-up report: as decided, or compiled now */
  annualFollowUpReport: AnnualFollowUpReport;
  /** Every nämnd's yearly report for KS/KF (kommunledning, revisor) */
  annualFollowUpRollUp: Array<AnnualRollUpRow>;
  /** Drafts awaiting a decision by the caller's committee (nämndsekreterare) */
  approvalQueue: Array<Agreement>;
  /** The text difference per section from one version to another, or to now when toVersionId is null */
  compareVersions: Array<SectionDiff>;
  /** A dispute, for whoever may read its agreement */
  dispute: Dispute;
  /** KOMMUNLEDNING only: whom a queue item can be assigned to */
  escalationAssignees: Array<User>;
  /** KOMMUNLEDNING only: highest priority first, then longest in the queue */
  escalationQueue: Array<Dispute>;
  /** KOMMUNLEDNING only: the municipality's age thresholds */
  escalationQueueSettings: EscalationQueueSettings;
  me: User;
  /** ADMIN, REVISOR */
  municipalitySettings: MunicipalitySettings;
  /** The caller's newest notifications (at most 100), newest first */
  notifications: Array<Notification>;
  /** The organs of the caller's municipality: the active ones, unless includeInactive */
  organs: Array<Organ>;
  /** KOMMUNLEDNING, REVISOR: overdue reports and action plans of SIGNED agreements, longest overdue first */
  overdueFollowUp: Array<OverdueFollowUp>;
  /** A municipality's SIGNED agreements; no login needed (public records) */
  publicAgreements: Array<Agreement>;
  /** A municipality by slug, for public pages */
  publicMunicipality: Municipality;
  /** What the caller lacks of a section, given its Yjs state vector (base64) */
  sectionState: SectionState;
  sectionTemplate: SectionTemplate;
  /** The municipality's single sign-on (ADMIN); null when none is configured */
  singleSignOn: Maybe<SingleSignOnConfig>;
  /** The login page's button: the municipality named by its slug, or by the domain of an e-mail address, if it has single sign-on; no login needed */
  singleSignOnFor: Maybe<SingleSignOnOption>;
  /** A nämnd's strategic agreements as purchaser; those whose term reaches into `year` when given */
  strategicAgreements: Array<Agreement>;
  unreadNotificationCount: Scalars['Int']['output'];
  /** ADMIN, REVISOR: every user of the municipality, inactive ones too, by name (at most 5000) */
  users: Array<User>;
};


export type QueryAdminLogArgs = {
  limit: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgreementsArgs = {
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  status: InputMaybe<AgreementStatus>;
};


export type QueryAnnualFollowUpReportArgs = {
  organId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryAnnualFollowUpRollUpArgs = {
  year: Scalars['Int']['input'];
};


export type QueryCompareVersionsArgs = {
  agreementId: Scalars['ID']['input'];
  fromVersionId: Scalars['ID']['input'];
  toVersionId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDisputeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEscalationQueueArgs = {
  assigneeId: InputMaybe<Scalars['ID']['input']>;
  level: InputMaybe<DisputeLevel>;
  organId: InputMaybe<Scalars['ID']['input']>;
  subject: InputMaybe<DisputeSubject>;
};


export type QueryNotificationsArgs = {
  unreadOnly: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOrgansArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPublicAgreementsArgs = {
  kommun: Scalars['String']['input'];
};


export type QueryPublicMunicipalityArgs = {
  kommun: Scalars['String']['input'];
};


export type QuerySectionStateArgs = {
  sectionId: Scalars['ID']['input'];
  stateVector: InputMaybe<Scalars['String']['input']>;
};


export type QuerySingleSignOnForArgs = {
  email: InputMaybe<Scalars['String']['input']>;
  kommun: InputMaybe<Scalars['String']['input']>;
};


export type QueryStrategicAgreementsArgs = {
  organId: Scalars['ID']['input'];
  year: InputMaybe<Scalars['Int']['input']>;
};

/** Time in the queue against the municipality's thresholds */
export type QueueAge =
  | 'FRESH'
  | 'OVERDUE'
  | 'WARN';

/** Without sectionId, indicatorReportId or actionPlanId the dispute concerns the balance */
export type RaiseDisputeInput = {
  /** An action plan of the same agreement; subject UPPFOLJNING or TOLKNING */
  actionPlanId?: InputMaybe<Scalars['ID']['input']>;
  agreementId: Scalars['ID']['input'];
  /** The consequence it foresees, economic and/or for quality */
  consequence?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  /** A reported value of the same agreement; subject UPPFOLJNING or TOLKNING */
  indicatorReportId?: InputMaybe<Scalars['ID']['input']>;
  /** The raising party's position */
  position: Scalars['String']['input'];
  sectionId?: InputMaybe<Scalars['ID']['input']>;
  subject: DisputeSubject;
};

/** Periods "2027-03", "2027-Q1" or "2027" */
export type ReportFrequency =
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'YEARLY';

/** Does the supplier meet the essential quality requirements? */
export type RequirementsMet =
  | 'NO'
  | 'PARTLY'
  | 'YES';

/** The municipality's result requirement (its configuration) */
export type ResultRequirement = {
  __typename?: 'ResultRequirement';
  kind: ResultRequirementKind;
  /** MIN_MARGIN: the minimum margin %; COST_PRICE: 0 */
  minMarginPercent: Scalars['Float']['output'];
};

export type ResultRequirementInput = {
  kind: ResultRequirementKind;
  /** MIN_MARGIN: the minimum margin %, exact, e.g. "1.5"; COST_PRICE: none */
  minMarginPercent?: InputMaybe<Scalars['String']['input']>;
};

/** MIN_MARGIN (Österåker) or COST_PRICE (Linköping) */
export type ResultRequirementKind =
  | 'COST_PRICE'
  | 'MIN_MARGIN';

/** A role, held in an organ */
export type Role =
  | 'ADMIN'
  | 'FORVALTNINGSCHEF'
  | 'HANDLAGGARE'
  | 'KOMMUNLEDNING'
  | 'NAMNDSEKRETERARE'
  | 'REVISOR';

export type RoleAssignment = {
  __typename?: 'RoleAssignment';
  organ: Organ;
  role: Role;
};

export type RoleInput = {
  organId: Scalars['ID']['input'];
  role: Role;
};

/** One section of an agreement; its rich text is co-edited as a Yjs document */
export type Section = {
  __typename?: 'Section';
  /** The parties' marks on the section's current seq */
  agreedBy: Array<SectionMark>;
  /** agreeSection: the caller's party may mark the section's current seq */
  canAgreeSection: Scalars['Boolean']['output'];
  /** Whether the caller may comment on the section now */
  canComment: Scalars['Boolean']['output'];
  /** acceptAllSuggestions / rejectAllSuggestions: the other party has suggestions the caller may decide */
  canDecideAllSuggestions: Scalars['Boolean']['output'];
  /** reopenSection: the section is agreed or marked, and the caller may reopen it */
  canReopenSection: Scalars['Boolean']['output'];
  /** The section's comment threads, oldest first, resolved ones included */
  comments: Array<Comment>;
  /** Whether the caller may edit the section now */
  editable: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
  seq: Scalars['Int']['output'];
  status: SectionStatus;
  /** The pending suggestions, in the order of the text; live with sectionUpdates */
  suggestions: Array<Suggestion>;
  /** Plain text of the section's content */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type SectionAck = {
  __typename?: 'SectionAck';
  /** The update's position in the section's log: it is durably stored */
  seq: Scalars['Int']['output'];
};

/** The word-level difference of one section's plain text between two versions */
export type SectionDiff = {
  __typename?: 'SectionDiff';
  changed: Scalars['Boolean']['output'];
  parts: Array<DiffPart>;
  sectionKey: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A party's mark that the section is agreed, on one exact seq */
export type SectionMark = {
  __typename?: 'SectionMark';
  at: Scalars['DateTime']['output'];
  party: Party;
  seq: Scalars['Int']['output'];
  user: User;
};

export type SectionState = {
  __typename?: 'SectionState';
  /** Whether the caller may push updates now */
  editable: Scalars['Boolean']['output'];
  /** The section's durable log position; resume `sectionUpdates` after it */
  seq: Scalars['Int']['output'];
  /** Base64 Yjs update with what the given state vector lacks */
  update: Scalars['String']['output'];
};

/** OPEN, or AGREED by both parties on its exact content (its seq) and locked until either reopens it */
export type SectionStatus =
  | 'AGREED'
  | 'OPEN';

/** The sections new agreements start with; changes apply to agreements created later */
export type SectionTemplate = {
  __typename?: 'SectionTemplate';
  entries: Array<SectionTemplateEntry>;
  /** Bumped by each change: setSectionTemplate's expectedVersion */
  version: Scalars['Int']['output'];
};

/** A section every new agreement starts with */
export type SectionTemplateEntry = {
  __typename?: 'SectionTemplateEntry';
  /** Names the section in agreements; kept when the title changes */
  key: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  /** An agreement cannot go to approval with it empty */
  required: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

export type SectionTemplateInput = {
  /** An entry the template has (it keeps its key); absent for a new one */
  key?: InputMaybe<Scalars['String']['input']>;
  required: Scalars['Boolean']['input'];
  title: Scalars['String']['input'];
};

export type SectionUpdate = {
  __typename?: 'SectionUpdate';
  /** The `origin` the sender pushed it with */
  origin: Maybe<Scalars['String']['output']>;
  sectionId: Scalars['ID']['output'];
  /** Log position; for an update relayed before it is durable, the section's watermark */
  seq: Scalars['Int']['output'];
  /** Base64 Yjs update */
  update: Scalars['String']['output'];
};

export type Signature = {
  __typename?: 'Signature';
  contentHash: Scalars['String']['output'];
  party: Party;
  signedAt: Scalars['DateTime']['output'];
  user: User;
};

/** The municipality's sign-in with its own OpenID Connect provider; the client secret never leaves the server */
export type SingleSignOnConfig = {
  __typename?: 'SingleSignOnConfig';
  /** The redirect URI to register at the provider */
  callbackUrl: Scalars['String']['output'];
  clientId: Scalars['String']['output'];
  /** The environment variable (BALANS_OIDC_SECRET_*) that holds the secret, if it is kept there */
  clientSecretEnv: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  emailDomains: Array<Scalars['String']['output']>;
  groupRoleMappings: Array<GroupRoleMapping>;
  groupsClaim: Scalars['String']['output'];
  /** Whether a client secret is at hand: stored encrypted, or in the named environment variable on this server */
  hasClientSecret: Scalars['Boolean']['output'];
  issuer: Scalars['String']['output'];
  jitEnabled: Scalars['Boolean']['output'];
  /** Where the login page's button starts the sign-in */
  startUrl: Scalars['String']['output'];
  /** Addresses at emailDomains count as verified without email_verified (Entra ID) */
  trustDomainEmail: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type SingleSignOnInput = {
  clientId: Scalars['String']['input'];
  /** Write-only; left out or empty keeps the secret there is */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  /** Instead of a secret: the environment variable that holds it, BALANS_OIDC_SECRET_… */
  clientSecretEnv?: InputMaybe<Scalars['String']['input']>;
  displayName: Scalars['String']['input'];
  emailDomains: Array<Scalars['String']['input']>;
  /** Default: groups */
  groupsClaim?: InputMaybe<Scalars['String']['input']>;
  /** https URL of the provider (http only on loopback) */
  issuer: Scalars['String']['input'];
  jitEnabled: Scalars['Boolean']['input'];
  /** The provider is the municipality's own directory: its addresses at emailDomains count as verified without email_verified (Entra ID sends none). Default false */
  trustDomainEmail?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The login page's button for a municipality with single sign-on */
export type SingleSignOnOption = {
  __typename?: 'SingleSignOnOption';
  displayName: Scalars['String']['output'];
  /** The municipality's slug */
  kommun: Scalars['String']['output'];
  startUrl: Scalars['String']['output'];
};

/** The balance as a named version keeps it */
export type SnapshotBalance = {
  __typename?: 'SnapshotBalance';
  compensation: Scalars['Money']['output'];
  cost: Scalars['Money']['output'];
  lineCount: Scalars['Int']['output'];
  /** The balance's version when the named version was saved */
  version: Scalars['Int']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Replays the events after `afterSeq`, then streams live ones; without `afterSeq`, only new ones */
  agreementEvents: AgreementEvent;
  /** KOMMUNLEDNING only: each dispute of the municipality that enters, changes in or leaves the queue */
  escalationQueueChanged: Dispute;
  /** The caller's unread count: at once, then after every change */
  notificationsChanged: Scalars['Int']['output'];
  /** KOMMUNLEDNING, REVISOR: how many items are overdue, at once and whenever a due date passing adds some */
  overdueFollowUpChanged: Scalars['Int']['output'];
  /** Who is in the agreement and where; with `clientId` the subscriber is present until it unsubscribes or drops */
  presence: PresenceUpdate;
  /** Replays the durable updates after `afterSeq`, then relays live ones as soon as they are applied */
  sectionUpdates: SectionUpdate;
};


export type SubscriptionAgreementEventsArgs = {
  afterSeq: InputMaybe<Scalars['Int']['input']>;
  agreementId: Scalars['ID']['input'];
};


export type SubscriptionPresenceArgs = {
  agreementId: Scalars['ID']['input'];
  clientId: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionSectionUpdatesArgs = {
  afterSeq: InputMaybe<Scalars['Int']['input']>;
  origin: InputMaybe<Scalars['String']['input']>;
  sectionId: Scalars['ID']['input'];
};

/** A change of a section's text one party suggested and the other has yet to accept or reject (Negotiating the text) */
export type Suggestion = {
  __typename?: 'Suggestion';
  at: Scalars['DateTime']['output'];
  /** acceptSuggestion / rejectSuggestion: the caller may decide it now */
  canDecide: Scalars['Boolean']['output'];
  /** The text it strikes (empty for an insertion) */
  deleted: Scalars['String']['output'];
  /** The id of its marks in the section's Yjs document: PARTY~userId~epochMs~random */
  id: Scalars['ID']['output'];
  /** The text it puts in (empty for a deletion) */
  inserted: Scalars['String']['output'];
  kind: SuggestionKind;
  /** The suggesting side, as the id names it */
  party: Party;
  /** The inserted text, or for a deletion the struck text */
  text: Scalars['String']['output'];
  /** Who suggested it (null for an id naming no user of the municipality) */
  user: Maybe<User>;
};

/** INSERTION: text put in; DELETION: text struck; REPLACEMENT: text struck and other text in its place */
export type SuggestionKind =
  | 'DELETION'
  | 'INSERTION'
  | 'REPLACEMENT';

export type UpdateAgreementInput = {
  periodEnd?: InputMaybe<Scalars['Date']['input']>;
  periodStart?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  /** A deactivated user cannot sign in; their sessions ended when they were deactivated */
  active: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  /** The user's own choice; null to anyone else */
  emailPreference: Maybe<EmailPreference>;
  id: Scalars['ID']['output'];
  /** The language of the user's mails; null to anyone else */
  language: Maybe<Language>;
  municipality: Municipality;
  name: Scalars['String']['output'];
  roles: Array<RoleAssignment>;
};

/** A user and their one-time link to set a password */
export type UserInvitation = {
  __typename?: 'UserInvitation';
  /** The one-time link (72 hours, once); null when it went by e-mail */
  setPasswordUrl: Maybe<Scalars['String']['output']>;
  user: User;
};

/** The agreement's value by the compensation of its balance, against the municipality's thresholds */
export type ValueClass =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** The result requirement of one budget year */
export type YearRequirement = {
  __typename?: 'YearRequirement';
  kind: ResultRequirementKind;
  /** MIN_MARGIN: the minimum margin %; COST_PRICE: 0 */
  minMarginPercent: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type SetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SetPasswordMutation = { __typename?: 'Mutation', setPassword: { __typename?: 'AuthPayload', user: { __typename?: 'User', id: string, name: string, email: string, roles: Array<{ __typename?: 'RoleAssignment', role: Role, organ: { __typename?: 'Organ', id: string, name: string, shortName: string, kind: OrganKind } }> } } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type MyAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccountQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, name: string, email: string, emailPreference: EmailPreference | null, language: Language | null } };

export type UpdateMyPreferencesMutationVariables = Exact<{
  input: PreferencesInput;
}>;


export type UpdateMyPreferencesMutation = { __typename?: 'Mutation', updateMyPreferences: { __typename?: 'User', id: string, emailPreference: EmailPreference | null, language: Language | null } };

export type AdminOrganFragment = { __typename?: 'Organ', id: string, name: string, shortName: string, kind: OrganKind, active: boolean, inUse: boolean };

export type AdminUserFragment = { __typename?: 'User', id: string, name: string, email: string, active: boolean, roles: Array<{ __typename?: 'RoleAssignment', role: Role, organ: { __typename?: 'Organ', id: string, name: string, shortName: string } }> };

export type AdminSettingsFragment = { __typename?: 'MunicipalitySettings', version: number, queueWarnDays: number, queueOverdueDays: number, passwordLoginAllowed: boolean, followUpDueDays: number, strategicValueMediumFrom: string, strategicValueHighFrom: string, defaultRequirement: { __typename?: 'ResultRequirement', kind: ResultRequirementKind, minMarginPercent: number }, requirements: Array<{ __typename?: 'YearRequirement', year: number, kind: ResultRequirementKind, minMarginPercent: number }> };

export type AdminTemplateFragment = { __typename?: 'SectionTemplate', version: number, entries: Array<{ __typename?: 'SectionTemplateEntry', key: string, title: string, required: boolean, position: number }> };

export type AdminOrgansQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOrgansQuery = { __typename?: 'Query', organs: Array<{ __typename?: 'Organ', id: string, name: string, shortName: string, kind: OrganKind, active: boolean, inUse: boolean }> };

export type CreateOrganMutationVariables = Exact<{
  input: OrganInput;
}>;


export type CreateOrganMutation = { __typename?: 'Mutation', createOrgan: { __typename?: 'Organ', id: string, name: string, shortName: string, kind: OrganKind, active: boolean, inUse: boolean } };

export type UpdateOrganMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: OrganInput;
}>;


export type UpdateOrganMutation = { __typename?: 'Mutation', updateOrgan: { __typename?: 'Organ', id: string, name: string, shortName: string, kind: OrganKind, active: boolean, inUse: boolean } };

export type DeactivateOrganMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeactivateOrganMutation = { __typename?: 'Mutation', deactivateOrgan: { __typename?: 'Organ', id: string, name: string, shortName: string, kind: OrganKind, active: boolean, inUse: boolean } };

export type ReactivateOrganMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReactivateOrganMutation = { __typename?: 'Mutation', reactivateOrgan: { __typename?: 'Organ', id: string, name: string, shortName: string, kind: OrganKind, active: boolean, inUse: boolean } };

export type AdminUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, name: string, email: string, active: boolean, roles: Array<{ __typename?: 'RoleAssignment', role: Role, organ: { __typename?: 'Organ', id: string, name: string, shortName: string } }> }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'UserInvitation', setPasswordUrl: string | null, user: { __typename?: 'User', id: string, name: string, email: string, active: boolean, roles: Array<{ __typename?: 'RoleAssignment', role: Role, organ: { __typename?: 'Organ', id: string, name: string, shortName: string } }> } } };

export type ResendInvitationMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type ResendInvitationMutation = { __typename?: 'Mutation', resendInvitation: { __typename?: 'UserInvitation', setPasswordUrl: string | null, user: { __typename?: 'User', id: string, name: string, email: string, active: boolean, roles: Array<{ __typename?: 'RoleAssignment', role: Role, organ: { __typename?: 'Organ', id: string, name: string, shortName: string } }> } } };

export type SetUserRolesMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  roles: Array<RoleInput> | RoleInput;
}>;


export type SetUserRolesMutation = { __typename?: 'Mutation', setUserRoles: { __typename?: 'User', id: string, name: string, email: string, active: boolean, roles: Array<{ __typename?: 'RoleAssignment', role: Role, organ: { __typename?: 'Organ', id: string, name: string, shortName: string } }> } };

export type DeactivateUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type DeactivateUserMutation = { __typename?: 'Mutation', deactivateUser: { __typename?: 'User', id: string, name: string, email: string, active: boolean, roles: Array<{ __typename?: 'RoleAssignment', role: Role, organ: { __typename?: 'Organ', id: string, name: string, shortName: string } }> } };

export type ReactivateUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type ReactivateUserMutation = { __typename?: 'Mutation', reactivateUser: { __typename?: 'User', id: string, name: string, email: string, active: boolean, roles: Array<{ __typename?: 'RoleAssignment', role: Role, organ: { __typename?: 'Organ', id: string, name: string, shortName: string } }> } };

export type AdminSectionTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSectionTemplateQuery = { __typename?: 'Query', sectionTemplate: { __typename?: 'SectionTemplate', version: number, entries: Array<{ __typename?: 'SectionTemplateEntry', key: string, title: string, required: boolean, position: number }> } };

export type SetSectionTemplateMutationVariables = Exact<{
  entries: Array<SectionTemplateInput> | SectionTemplateInput;
  expectedVersion: Scalars['Int']['input'];
}>;


export type SetSectionTemplateMutation = { __typename?: 'Mutation', setSectionTemplate: { __typename?: 'SectionTemplate', version: number, entries: Array<{ __typename?: 'SectionTemplateEntry', key: string, title: string, required: boolean, position: number }> } };

export type AdminSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSettingsQuery = { __typename?: 'Query', municipalitySettings: { __typename?: 'MunicipalitySettings', version: number, queueWarnDays: number, queueOverdueDays: number, passwordLoginAllowed: boolean, followUpDueDays: number, strategicValueMediumFrom: string, strategicValueHighFrom: string, defaultRequirement: { __typename?: 'ResultRequirement', kind: ResultRequirementKind, minMarginPercent: number }, requirements: Array<{ __typename?: 'YearRequirement', year: number, kind: ResultRequirementKind, minMarginPercent: number }> } };

export type UpdateMunicipalitySettingsMutationVariables = Exact<{
  input: MunicipalitySettingsInput;
  expectedVersion: Scalars['Int']['input'];
}>;


export type UpdateMunicipalitySettingsMutation = { __typename?: 'Mutation', updateMunicipalitySettings: { __typename?: 'MunicipalitySettings', version: number, queueWarnDays: number, queueOverdueDays: number, passwordLoginAllowed: boolean, followUpDueDays: number, strategicValueMediumFrom: string, strategicValueHighFrom: string, defaultRequirement: { __typename?: 'ResultRequirement', kind: ResultRequirementKind, minMarginPercent: number }, requirements: Array<{ __typename?: 'YearRequirement', year: number, kind: ResultRequirementKind, minMarginPercent: number }> } };

export type SetDefaultResultRequirementMutationVariables = Exact<{
  input: ResultRequirementInput;
  expectedVersion: Scalars['Int']['input'];
}>;


export type SetDefaultResultRequirementMutation = { __typename?: 'Mutation', setDefaultResultRequirement: { __typename?: 'MunicipalitySettings', version: number, queueWarnDays: number, queueOverdueDays: number, passwordLoginAllowed: boolean, followUpDueDays: number, strategicValueMediumFrom: string, strategicValueHighFrom: string, defaultRequirement: { __typename?: 'ResultRequirement', kind: ResultRequirementKind, minMarginPercent: number }, requirements: Array<{ __typename?: 'YearRequirement', year: number, kind: ResultRequirementKind, minMarginPercent: number }> } };

export type SetResultRequirementMutationVariables = Exact<{
  year: Scalars['Int']['input'];
  input: ResultRequirementInput;
  expectedVersion: Scalars['Int']['input'];
}>;


export type SetResultRequirementMutation = { __typename?: 'Mutation', setResultRequirement: { __typename?: 'MunicipalitySettings', version: number, queueWarnDays: number, queueOverdueDays: number, passwordLoginAllowed: boolean, followUpDueDays: number, strategicValueMediumFrom: string, strategicValueHighFrom: string, defaultRequirement: { __typename?: 'ResultRequirement', kind: ResultRequirementKind, minMarginPercent: number }, requirements: Array<{ __typename?: 'YearRequirement', year: number, kind: ResultRequirementKind, minMarginPercent: number }> } };

export type RemoveResultRequirementMutationVariables = Exact<{
  year: Scalars['Int']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type RemoveResultRequirementMutation = { __typename?: 'Mutation', removeResultRequirement: { __typename?: 'MunicipalitySettings', version: number, queueWarnDays: number, queueOverdueDays: number, passwordLoginAllowed: boolean, followUpDueDays: number, strategicValueMediumFrom: string, strategicValueHighFrom: string, defaultRequirement: { __typename?: 'ResultRequirement', kind: ResultRequirementKind, minMarginPercent: number }, requirements: Array<{ __typename?: 'YearRequirement', year: number, kind: ResultRequirementKind, minMarginPercent: number }> } };

export type AdminLogQueryVariables = Exact<{
  limit: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
}>;


export type AdminLogQuery = { __typename?: 'Query', adminLog: Array<{ __typename?: 'AdminLogEntry', id: string, at: string, action: string, targetType: AdminTarget, summary: string, before: string | null, after: string | null, actor: { __typename?: 'User', id: string, name: string } | null }> };

export type AgreementQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgreementQuery = { __typename?: 'Query', agreement: { __typename?: 'Agreement', version: number, createdAt: string, id: string, diarienummer: string, title: string, kind: AgreementKind, status: AgreementStatus, periodStart: string, periodEnd: string, permissions: { __typename?: 'AgreementPermissions', canEdit: boolean }, sections: Array<{ __typename?: 'Section', id: string, key: string, title: string, required: boolean, text: string, seq: number, editable: boolean, status: SectionStatus, canAgreeSection: boolean, canReopenSection: boolean, agreedBy: Array<{ __typename?: 'SectionMark', party: Party, seq: number, at: string, user: { __typename?: 'User', id: string, name: string } }> }>, purchaser: { __typename?: 'Organ', id: string, name: string, shortName: string }, provider: { __typename?: 'Organ', id: string, name: string, shortName: string } } };

export type AgreementSummaryFragment = { __typename?: 'Agreement', id: string, diarienummer: string, title: string, kind: AgreementKind, status: AgreementStatus, periodStart: string, periodEnd: string, purchaser: { __typename?: 'Organ', id: string, name: string, shortName: string }, provider: { __typename?: 'Organ', id: string, name: string, shortName: string } };

export type AgreementEventItemFragment = { __typename?: 'AgreementEvent', seq: number, type: string, at: string, summary: string, actor: { __typename?: 'User', id: string, name: string } | null };

export type AgreementTimelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  last: InputMaybe<Scalars['Int']['input']>;
  beforeSeq: InputMaybe<Scalars['Int']['input']>;
}>;


export type AgreementTimelineQuery = { __typename?: 'Query', agreement: { __typename?: 'Agreement', id: string, events: Array<{ __typename?: 'AgreementEvent', seq: number, type: string, at: string, summary: string, actor: { __typename?: 'User', id: string, name: string } | null }> } };

export type AgreementEventsSubscriptionVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  afterSeq: InputMaybe<Scalars['Int']['input']>;
}>;


export type AgreementEventsSubscription = { __typename?: 'Subscription', agreementEvents: { __typename?: 'AgreementEvent', seq: number, type: string, at: string, summary: string, actor: { __typename?: 'User', id: string, name: string } | null } };

export type AgreementsQueryVariables = Exact<{
  status: InputMaybe<AgreementStatus>;
}>;


export type AgreementsQuery = { __typename?: 'Query', agreements: Array<{ __typename?: 'Agreement', id: string, diarienummer: string, title: string, kind: AgreementKind, status: AgreementStatus, periodStart: string, periodEnd: string, purchaser: { __typename?: 'Organ', id: string, name: string, shortName: string }, provider: { __typename?: 'Organ', id: string, name: string, shortName: string } }> };

export type CreateAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type CreateAgreementMutation = { __typename?: 'Mutation', createAgreement: { __typename?: 'Agreement', version: number, id: string, diarienummer: string, title: string, kind: AgreementKind, status: AgreementStatus, periodStart: string, periodEnd: string, purchaser: { __typename?: 'Organ', id: string, name: string, shortName: string }, provider: { __typename?: 'Organ', id: string, name: string, shortName: string } } };

export type UpdateAgreementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: UpdateAgreementInput;
}>;


export type UpdateAgreementMutation = { __typename?: 'Mutation', updateAgreement: { __typename?: 'Agreement', version: number, id: string, diarienummer: string, title: string, kind: AgreementKind, status: AgreementStatus, periodStart: string, periodEnd: string, purchaser: { __typename?: 'Organ', id: string, name: string, shortName: string }, provider: { __typename?: 'Organ', id: string, name: string, shortName: string } } };

export type ApprovalRecordFragment = { __typename?: 'Approval', decision: ApprovalDecision | null, meetingDate: string | null, paragraph: string | null, remarks: string | null, recordedAt: string | null, versionNumber: number, canRecord: boolean, canCorrect: boolean, correctedAt: string | null, organ: { __typename?: 'Organ', id: string, name: string, shortName: string }, recordedBy: { __typename?: 'User', id: string, name: string } | null };

export type SignatureRecordFragment = { __typename?: 'Signature', party: Party, contentHash: string, signedAt: string, user: { __typename?: 'User', id: string, name: string } };

export type FrozenVersionFragment = { __typename?: 'AgreementVersion', number: number, contentHash: string, createdAt: string };

export type FrozenRecordFragment = { __typename?: 'AgreementVersion', balanceMarks: Array<{ __typename?: 'FrozenBalanceMark', party: Party, userName: string, version: number, at: string, reason: string | null }>, decisions: Array<{ __typename?: 'FrozenDecision', subject: string, sectionTitle: string | null, level: string, body: string | null, text: string, reference: string | null, meetingDate: string | null, paragraph: string | null, decidedAt: string }> };

export type ApprovalStateFragment = { __typename?: 'Agreement', id: string, diarienummer: string, status: AgreementStatus, purchaser: { __typename?: 'Organ', id: string, name: string, shortName: string }, provider: { __typename?: 'Organ', id: string, name: string, shortName: string }, permissions: { __typename?: 'AgreementPermissions', canEdit: boolean, canSubmitForApproval: boolean, canSignAgreement: boolean, canStartAmendment: boolean, party: Party | null }, missingForNextStep: Array<{ __typename?: 'LifecycleGap', kind: LifecycleGapKind, count: number | null, section: string | null, organ: string | null, party: Party | null }>, currentVersion: { __typename?: 'AgreementVersion', number: number, contentHash: string, createdAt: string, balanceMarks: Array<{ __typename?: 'FrozenBalanceMark', party: Party, userName: string, version: number, at: string, reason: string | null }>, decisions: Array<{ __typename?: 'FrozenDecision', subject: string, sectionTitle: string | null, level: string, body: string | null, text: string, reference: string | null, meetingDate: string | null, paragraph: string | null, decidedAt: string }> } | null, approvals: Array<{ __typename?: 'Approval', decision: ApprovalDecision | null, meetingDate: string | null, paragraph: string | null, remarks: string | null, recordedAt: string | null, versionNumber: number, canRecord: boolean, canCorrect: boolean, correctedAt: string | null, organ: { __typename?: 'Organ', id: string, name: string, shortName: string }, recordedBy: { __typename?: 'User', id: string, name: string } | null }>, signatures: Array<{ __typename?: 'Signature', party: Party, contentHash: string, signedAt: string, user: { __typename?: 'User', id: string, name: string } }>, amends: { __typename?: 'Agreement', id: string, diarienummer: string, title: string } | null };

export type AgreementApprovalQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgreementApprovalQuery = { __typename?: 'Query', agreement: { __typename?: 'Agreement', id: string, diarienummer: string, status: AgreementStatus, purchaser: { __typename?: 'Organ', id: string, name: string, shortName: string }, provider: { __typename?: 'Organ', id: string, name: string, shortName: string }, permissions: { __typename?: 'AgreementPermissions', canEdit: boolean, canSubmitForApproval: boolean, canSignAgreement: boolean, canStartAmendment: boolean, party: Party | null }, missingForNextStep: Array<{ __typename?: 'LifecycleGap', kind: LifecycleGapKind, count: number | null, section: string | null, organ: string | null, party: Party | null }>, currentVersion: { __typename?: 'AgreementVersion', number: number, contentHash: string, createdAt: string, balanceMarks: Array<{ __typename?: 'FrozenBalanceMark', party: Party, userName: string, version: number, at: string, reason: string | null }>, decisions: Array<{ __typename?: 'FrozenDecision', subject: string, sectionTitle: string | null, level: string, body: string | null, text: string, reference: string | null, meetingDate: string | null, paragraph: string | null, decidedAt: string }> } | null, approvals: Array<{ __typename?: 'Approval', decision: ApprovalDecision | null, meetingDate: string | null, paragraph: string | null, remarks: string | null, recordedAt: string | null, versionNumber: number, canRecord: boolean, canCorrect: boolean, correctedAt: string | null, organ: { __typename?: 'Organ', id: string, name: string, shortName: string }, recordedBy: { __typename?: 'User', id: string, name: string } | null }>, signatures: Array<{ __typename?: 'Signature', party: Party, contentHash: string, signedAt: string, user: { __typename?: 'User', id: string, name: string } }>, amends: { __typename?: 'Agreement', id: string, diarienummer: string, title: string } | null } };

export type ApprovalQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalQueueQuery = { __typename?: 'Query', approvalQueue: Array<{ __typename?: 'Agreement', id: string, diarienummer: string, title: string, kind: AgreementKind, status: AgreementStatus, periodStart: string, periodEnd: string, currentVersion: { __typename?: 'AgreementVersion', number: number, contentHash: string, createdAt: string } | null, approvals: Array<{ __typename?: 'Approval', decision: ApprovalDecision | null, meetingDate: string | null, paragraph: string | null, remarks: string | null, recordedAt: string | null, versionNumber: number, canRecord: boolean, canCorrect: boolean, correctedAt: string | null, organ: { __typename?: 'Organ', id: string, name: string, shortName: string }, recordedBy: { __typename?: 'User', id: string, name: string } | null }>, purchaser: { __typename?: 'Organ', id: string, name: string, shortName: string }, provider: { __typename?: 'Organ', id: string, name: string, shortName: string } }> };

export type ApprovalQueueWakeSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ApprovalQueueWakeSubscription = { __typename?: 'Subscription', notificationsChanged: number };

export type LifecycleGapFieldsFragment = { __typename?: 'LifecycleGap', kind: LifecycleGapKind, count: number | null, section: string | null, organ: string | null, party: Party | null };

export type SubmitForApprovalMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
}>;


export type SubmitForApprovalMutation = { __typename?: 'Mutation', submitForApproval: { __typename?: 'Agreement', version: number, id: string, diarienummer: string, status: AgreementStatus, sections: Array<{ __typename?: 'Section', id: string, editable: boolean }>, purchaser: { __typename?: 'Organ', id: string, name: string, shortName: string }, provider: { __typename?: 'Organ', id: string, name: string, shortName: string }, permissions: { __typename?: 'AgreementPermissions', canEdit: boolean, canSubmitForApproval: boolean, canSignAgreement: boolean, canStartAmendment: boolean, party: Party | null }, missingForNextStep: Array<{ __typename?: 'LifecycleGap', kind: LifecycleGapKind, count: number | null, section: string | null, organ: string | null, party: Party | null }>, currentVersion: { __typename?: 'AgreementVersion', number: number, contentHash: string, createdAt: string, balanceMarks: Array<{ __typename?: 'FrozenBalanceMark', party: Party, userName: string, version: number, at: string, reason: string | null }>, decisions: Array<{ __typename?: 'FrozenDecision', subject: string, sectionTitle: string | null, level: string, body: string | null, text: string, reference: string | null, meetingDate: string | null, paragraph: string | null, decidedAt: string }> } | null, approvals: Array<{ __typename?: 'Approval', decision: ApprovalDecision | null, meetingDate: string | null, paragraph: string | null, remarks: string | null, recordedAt: string | null, versionNumber: number, canRecord: boolean, canCorrect: boolean, correctedAt: string | null, organ: { __typename?: 'Organ', id: string, name: string, shortName: string }, recordedBy: { __typename?: 'User', id: string, name: string } | null }>, signatures: Array<{ __typename?: 'Signature', party: Party, contentHash: string, signedAt: string, user: { __typename?: 'User', id: string, name: string } }>, amends: { __typename?: 'Agreement', id: string, diarienummer: string, title: string } | null } };

export type RecordApprovalMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  input: ApprovalInput;
}>;


export type RecordApprovalMutation = { __typename?: 'Mutation', recordApproval: { __typename?: 'Agreement', id: string, diarienummer: string, status: AgreementStatus, purchaser: { __typename?: 'Organ', id: string, name: string, shortName: string }, provider: { __typename?: 'Organ', id: string, name: string, shortName: string }, permissions: { __typename?: 'AgreementPermissions', canEdit: boolean, canSubmitForApproval: boolean, canSignAgreement: boolean, canStartAmendment: boolean, party: Party | null }, missingForNextStep: Array<{ __typename?: 'LifecycleGap', kind: LifecycleGapKind, count: number | null, section: string | null, organ: string | null, party: Party | null }>, currentVersion: { __typename?: 'AgreementVersion', number: number, contentHash: string, createdAt: string, balanceMarks: Array<{ __typename?: 'FrozenBalanceMark', party: Party, userName: string, version: number, at: string, reason: string | null }>, decisions: Array<{ __typename?: 'FrozenDecision', subject: string, sectionTitle: string | null, level: string, body: string | null, text: string, reference: string | null, meetingDate: string | null, paragraph: string | null, decidedAt: string }> } | null, approvals: Array<{ __typename?: 'Approval', decision: ApprovalDecision | null, meetingDate: string | null, paragraph: string | null, remarks: string | null, recordedAt: string | null, versionNumber: number, canRecord: boolean, canCorrect: boolean, correctedAt: string | null, organ: { __typename?: 'Organ', id: string, name: string, shortName: string }, recordedBy: { __typename?: 'User', id: string, name: string } | null }>, signatures: Array<{ __typename?: 'Signature', party: Party, contentHash: string, signedAt: string, user: { __typename?: 'User', id: string, name: string } }>, amends: { __typename?: 'Agreement', id: string, diarienummer: string, title: string } | null } };

export type CorrectApprovalMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  input: ApprovalInput;
  reason: Scalars['String']['input'];
}>;


export type CorrectApprovalMutation = { __typename?: 'Mutation', correctApproval: { __typename?: 'Agreement', id: string, diarienummer: string, status: AgreementStatus, purchaser: { __typename?: 'Organ', id: string, name: string, shortName: string }, provider: { __typename?: 'Organ', id: string, name: string, shortName: string }, permissions: { __typename?: 'AgreementPermissions', canEdit: boolean, canSubmitForApproval: boolean, canSignAgreement: boolean, canStartAmendment: boolean, party: Party | null }, missingForNextStep: Array<{ __typename?: 'LifecycleGap', kind: LifecycleGapKind, count: number | null, section: string | null, organ: string | null, party: Party | null }>, currentVersion: { __typename?: 'AgreementVersion', number: number, contentHash: string, createdAt: string, balanceMarks: Array<{ __typename?: 'FrozenBalanceMark', party: Party, userName: string, version: number, at: string, reason: string | null }>, decisions: Array<{ __typename?: 'FrozenDecision', subject: string, sectionTitle: string | null, level: string, body: string | null, text: string, reference: string | null, meetingDate: string | null, paragraph: string | null, decidedAt: string }> } | null, approvals: Array<{ __typename?: 'Approval', decision: ApprovalDecision | null, meetingDate: string | null, paragraph: string | null, remarks: string | null, recordedAt: string | null, versionNumber: number, canRecord: boolean, canCorrect: boolean, correctedAt: string | null, organ: { __typename?: 'Organ', id: string, name: string, shortName: string }, recordedBy: { __typename?: 'User', id: string, name: string } | null }>, signatures: Array<{ __typename?: 'Signature', party: Party, contentHash: string, signedAt: string, user: { __typename?: 'User', id: string, name: string } }>, amends: { __typename?: 'Agreement', id: string, diarienummer: string, title: string } | null } };

export type SignAgreementMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  contentHash: Scalars['String']['input'];
}>;


export type SignAgreementMutation = { __typename?: 'Mutation', signAgreement: { __typename?: 'Agreement', id: string, diarienummer: string, status: AgreementStatus, purchaser: { __typename?: 'Organ', id: string, name: string, shortName: string }, provider: { __typename?: 'Organ', id: string, name: string, shortName: string }, permissions: { __typename?: 'AgreementPermissions', canEdit: boolean, canSubmitForApproval: boolean, canSignAgreement: boolean, canStartAmendment: boolean, party: Party | null }, missingForNextStep: Array<{ __typename?: 'LifecycleGap', kind: LifecycleGapKind, count: number | null, section: string | null, organ: string | null, party: Party | null }>, currentVersion: { __typename?: 'AgreementVersion', number: number, contentHash: string, createdAt: string, balanceMarks: Array<{ __typename?: 'FrozenBalanceMark', party: Party, userName: string, version: number, at: string, reason: string | null }>, decisions: Array<{ __typename?: 'FrozenDecision', subject: string, sectionTitle: string | null, level: string, body: string | null, text: string, reference: string | null, meetingDate: string | null, paragraph: string | null, decidedAt: string }> } | null, approvals: Array<{ __typename?: 'Approval', decision: ApprovalDecision | null, meetingDate: string | null, paragraph: string | null, remarks: string | null, recordedAt: string | null, versionNumber: number, canRecord: boolean, canCorrect: boolean, correctedAt: string | null, organ: { __typename?: 'Organ', id: string, name: string, shortName: string }, recordedBy: { __typename?: 'User', id: string, name: string } | null }>, signatures: Array<{ __typename?: 'Signature', party: Party, contentHash: string, signedAt: string, user: { __typename?: 'User', id: string, name: string } }>, amends: { __typename?: 'Agreement', id: string, diarienummer: string, title: string } | null } };

export type StartAmendmentMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
}>;


export type StartAmendmentMutation = { __typename?: 'Mutation', startAmendment: { __typename?: 'Agreement', id: string, diarienummer: string } };

export type BalanceLineFieldsFragment = { __typename?: 'BalanceLine', id: string, kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string };

export type BalanceFieldsFragment = { __typename?: 'Balance', version: number, status: BalanceStatus, party: Party | null, lines: Array<{ __typename?: 'BalanceLine', id: string, kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string }>, totals: { __typename?: 'BalanceTotals', cost: string, compensation: string, difference: string, marginPercent: number | null, requirementMet: boolean }, agreements: Array<{ __typename?: 'BalanceAgreement', party: Party, version: number, at: string, reason: string | null, user: { __typename?: 'User', id: string, name: string } }>, requirement: { __typename?: 'ResultRequirement', kind: ResultRequirementKind, minMarginPercent: number }, calculationModel: { __typename?: 'CalculationModel', priorYearCost: string, volumeChangePercent: number, efficiencyPercent: number, indexUpliftPercent: number, afterVolumeChange: string, afterEfficiency: string, suggestedCompensation: string } | null, permissions: { __typename?: 'BalancePermissions', canEdit: boolean, canPropose: boolean, canAgreeBalance: boolean } };

export type ProposedLineFieldsFragment = { __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string };

export type ProposalFieldsFragment = { __typename?: 'Proposal', id: string, status: ProposalStatus, party: Party, message: string, baseVersion: number, stale: boolean, counterTo: string | null, createdAt: string, respondedAt: string | null, responseMessage: string | null, appliedVersion: number | null, proposedBy: { __typename?: 'User', id: string, name: string }, respondedBy: { __typename?: 'User', id: string, name: string } | null, changes: Array<{ __typename?: 'ProposalChange', op: ProposalOp, lineId: string | null, description: string, amountBefore: string | null, amountAfter: string | null, before: { __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string } | null, line: { __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string } | null }>, permissions: { __typename?: 'ProposalPermissions', canAccept: boolean, canReject: boolean, canCounter: boolean } };

export type AgreementBalanceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgreementBalanceQuery = { __typename?: 'Query', agreement: { __typename?: 'Agreement', id: string, status: AgreementStatus, balance: { __typename?: 'Balance', version: number, status: BalanceStatus, party: Party | null, lines: Array<{ __typename?: 'BalanceLine', id: string, kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string }>, totals: { __typename?: 'BalanceTotals', cost: string, compensation: string, difference: string, marginPercent: number | null, requirementMet: boolean }, agreements: Array<{ __typename?: 'BalanceAgreement', party: Party, version: number, at: string, reason: string | null, user: { __typename?: 'User', id: string, name: string } }>, requirement: { __typename?: 'ResultRequirement', kind: ResultRequirementKind, minMarginPercent: number }, calculationModel: { __typename?: 'CalculationModel', priorYearCost: string, volumeChangePercent: number, efficiencyPercent: number, indexUpliftPercent: number, afterVolumeChange: string, afterEfficiency: string, suggestedCompensation: string } | null, permissions: { __typename?: 'BalancePermissions', canEdit: boolean, canPropose: boolean, canAgreeBalance: boolean } }, proposals: Array<{ __typename?: 'Proposal', id: string, status: ProposalStatus, party: Party, message: string, baseVersion: number, stale: boolean, counterTo: string | null, createdAt: string, respondedAt: string | null, responseMessage: string | null, appliedVersion: number | null, proposedBy: { __typename?: 'User', id: string, name: string }, respondedBy: { __typename?: 'User', id: string, name: string } | null, changes: Array<{ __typename?: 'ProposalChange', op: ProposalOp, lineId: string | null, description: string, amountBefore: string | null, amountAfter: string | null, before: { __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string } | null, line: { __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string } | null }>, permissions: { __typename?: 'ProposalPermissions', canAccept: boolean, canReject: boolean, canCounter: boolean } }> } };

export type AddBalanceLineMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: BalanceLineInput;
}>;


export type AddBalanceLineMutation = { __typename?: 'Mutation', addBalanceLine: { __typename?: 'Balance', version: number } };

export type UpdateBalanceLineMutationVariables = Exact<{
  lineId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: BalanceLineInput;
}>;


export type UpdateBalanceLineMutation = { __typename?: 'Mutation', updateBalanceLine: { __typename?: 'Balance', version: number } };

export type RemoveBalanceLineMutationVariables = Exact<{
  lineId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type RemoveBalanceLineMutation = { __typename?: 'Mutation', removeBalanceLine: { __typename?: 'Balance', version: number } };

export type SetCalculationModelMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: InputMaybe<CalculationModelInput>;
}>;


export type SetCalculationModelMutation = { __typename?: 'Mutation', setCalculationModel: { __typename?: 'Balance', version: number } };

export type AgreeBalanceMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reason: InputMaybe<Scalars['String']['input']>;
}>;


export type AgreeBalanceMutation = { __typename?: 'Mutation', agreeBalance: { __typename?: 'Balance', version: number } };

export type ProposeBalanceMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  baseVersion: Scalars['Int']['input'];
  input: ProposalInput;
}>;


export type ProposeBalanceMutation = { __typename?: 'Mutation', proposeBalance: { __typename?: 'Proposal', id: string } };

export type RespondToProposalMutationVariables = Exact<{
  proposalId: Scalars['ID']['input'];
  response: ProposalResponse;
  message: InputMaybe<Scalars['String']['input']>;
}>;


export type RespondToProposalMutation = { __typename?: 'Mutation', respondToProposal: { __typename?: 'Proposal', id: string, status: ProposalStatus } };

export type PresenceMemberItemFragment = { __typename?: 'PresenceMember', clientId: string, sectionId: string | null, color: string, cursor: string | null, user: { __typename?: 'User', id: string, name: string } };

export type PresenceSubscriptionVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  clientId: InputMaybe<Scalars['String']['input']>;
}>;


export type PresenceSubscription = { __typename?: 'Subscription', presence: { __typename?: 'PresenceUpdate', agreementId: string, members: Array<{ __typename?: 'PresenceMember', clientId: string, sectionId: string | null, color: string, cursor: string | null, user: { __typename?: 'User', id: string, name: string } }> } };

export type UpdatePresenceMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  clientId: Scalars['String']['input'];
  sectionId: InputMaybe<Scalars['ID']['input']>;
  cursor: InputMaybe<Scalars['String']['input']>;
}>;


export type UpdatePresenceMutation = { __typename?: 'Mutation', updatePresence: boolean };

export type SectionStateQueryVariables = Exact<{
  sectionId: Scalars['ID']['input'];
  stateVector: InputMaybe<Scalars['String']['input']>;
}>;


export type SectionStateQuery = { __typename?: 'Query', sectionState: { __typename?: 'SectionState', update: string, seq: number, editable: boolean } };

export type PushSectionUpdateMutationVariables = Exact<{
  sectionId: Scalars['ID']['input'];
  update: Scalars['String']['input'];
  origin: InputMaybe<Scalars['String']['input']>;
}>;


export type PushSectionUpdateMutation = { __typename?: 'Mutation', pushSectionUpdate: { __typename?: 'SectionAck', seq: number } };

export type SectionUpdatesSubscriptionVariables = Exact<{
  sectionId: Scalars['ID']['input'];
  afterSeq: InputMaybe<Scalars['Int']['input']>;
  origin: InputMaybe<Scalars['String']['input']>;
}>;


export type SectionUpdatesSubscription = { __typename?: 'Subscription', sectionUpdates: { __typename?: 'SectionUpdate', sectionId: string, seq: number, update: string } };

export type SuggestionItemFragment = { __typename?: 'Suggestion', id: string, party: Party, kind: SuggestionKind, inserted: string, deleted: string, text: string, at: string, canDecide: boolean, user: { __typename?: 'User', id: string, name: string } | null };

export type SectionSuggestionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SectionSuggestionsQuery = { __typename?: 'Query', agreement: { __typename?: 'Agreement', id: string, permissions: { __typename?: 'AgreementPermissions', party: Party | null }, sections: Array<{ __typename?: 'Section', id: string, title: string, canDecideAllSuggestions: boolean, suggestions: Array<{ __typename?: 'Suggestion', id: string, party: Party, kind: SuggestionKind, inserted: string, deleted: string, text: string, at: string, canDecide: boolean, user: { __typename?: 'User', id: string, name: string } | null }> }> } };

export type AcceptSuggestionMutationVariables = Exact<{
  sectionId: Scalars['ID']['input'];
  suggestionId: Scalars['ID']['input'];
}>;


export type AcceptSuggestionMutation = { __typename?: 'Mutation', acceptSuggestion: { __typename?: 'Section', id: string, text: string, seq: number } };

export type RejectSuggestionMutationVariables = Exact<{
  sectionId: Scalars['ID']['input'];
  suggestionId: Scalars['ID']['input'];
}>;


export type RejectSuggestionMutation = { __typename?: 'Mutation', rejectSuggestion: { __typename?: 'Section', id: string, text: string, seq: number } };

export type AcceptAllSuggestionsMutationVariables = Exact<{
  sectionId: Scalars['ID']['input'];
}>;


export type AcceptAllSuggestionsMutation = { __typename?: 'Mutation', acceptAllSuggestions: { __typename?: 'Section', id: string, text: string, seq: number } };

export type RejectAllSuggestionsMutationVariables = Exact<{
  sectionId: Scalars['ID']['input'];
}>;


export type RejectAllSuggestionsMutation = { __typename?: 'Mutation', rejectAllSuggestions: { __typename?: 'Section', id: string, text: string, seq: number } };

export type CommentFieldsFragment = { __typename?: 'Comment', id: string, sectionId: string, parentId: string | null, body: string, anchor: string | null, anchorEnd: string | null, quote: string | null, resolved: boolean, resolvedAt: string | null, createdAt: string, onDeletedText: boolean, author: { __typename?: 'User', id: string, name: string }, resolvedBy: { __typename?: 'User', id: string, name: string } | null };

export type CommentThreadFragment = { __typename?: 'Comment', id: string, sectionId: string, parentId: string | null, body: string, anchor: string | null, anchorEnd: string | null, quote: string | null, resolved: boolean, resolvedAt: string | null, createdAt: string, onDeletedText: boolean, replies: Array<{ __typename?: 'Comment', id: string, sectionId: string, parentId: string | null, body: string, anchor: string | null, anchorEnd: string | null, quote: string | null, resolved: boolean, resolvedAt: string | null, createdAt: string, onDeletedText: boolean, author: { __typename?: 'User', id: string, name: string }, resolvedBy: { __typename?: 'User', id: string, name: string } | null }>, author: { __typename?: 'User', id: string, name: string }, resolvedBy: { __typename?: 'User', id: string, name: string } | null };

export type AgreementCommentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgreementCommentsQuery = { __typename?: 'Query', agreement: { __typename?: 'Agreement', id: string, sections: Array<{ __typename?: 'Section', id: string, canComment: boolean, comments: Array<{ __typename?: 'Comment', id: string, sectionId: string, parentId: string | null, body: string, anchor: string | null, anchorEnd: string | null, quote: string | null, resolved: boolean, resolvedAt: string | null, createdAt: string, onDeletedText: boolean, replies: Array<{ __typename?: 'Comment', id: string, sectionId: string, parentId: string | null, body: string, anchor: string | null, anchorEnd: string | null, quote: string | null, resolved: boolean, resolvedAt: string | null, createdAt: string, onDeletedText: boolean, author: { __typename?: 'User', id: string, name: string }, resolvedBy: { __typename?: 'User', id: string, name: string } | null }>, author: { __typename?: 'User', id: string, name: string }, resolvedBy: { __typename?: 'User', id: string, name: string } | null }> }> } };

export type AddCommentMutationVariables = Exact<{
  sectionId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  anchor: InputMaybe<Scalars['String']['input']>;
  anchorEnd: InputMaybe<Scalars['String']['input']>;
  quote: InputMaybe<Scalars['String']['input']>;
  parentId: InputMaybe<Scalars['ID']['input']>;
}>;


export type AddCommentMutation = { __typename?: 'Mutation', addComment: { __typename?: 'Comment', id: string, sectionId: string, parentId: string | null, body: string, anchor: string | null, anchorEnd: string | null, quote: string | null, resolved: boolean, resolvedAt: string | null, createdAt: string, onDeletedText: boolean, replies: Array<{ __typename?: 'Comment', id: string, sectionId: string, parentId: string | null, body: string, anchor: string | null, anchorEnd: string | null, quote: string | null, resolved: boolean, resolvedAt: string | null, createdAt: string, onDeletedText: boolean, author: { __typename?: 'User', id: string, name: string }, resolvedBy: { __typename?: 'User', id: string, name: string } | null }>, author: { __typename?: 'User', id: string, name: string }, resolvedBy: { __typename?: 'User', id: string, name: string } | null } };

export type SetCommentResolvedMutationVariables = Exact<{
  commentId: Scalars['ID']['input'];
  resolved: Scalars['Boolean']['input'];
}>;


export type SetCommentResolvedMutation = { __typename?: 'Mutation', setCommentResolved: { __typename?: 'Comment', id: string, sectionId: string, parentId: string | null, body: string, anchor: string | null, anchorEnd: string | null, quote: string | null, resolved: boolean, resolvedAt: string | null, createdAt: string, onDeletedText: boolean, replies: Array<{ __typename?: 'Comment', id: string, sectionId: string, parentId: string | null, body: string, anchor: string | null, anchorEnd: string | null, quote: string | null, resolved: boolean, resolvedAt: string | null, createdAt: string, onDeletedText: boolean, author: { __typename?: 'User', id: string, name: string }, resolvedBy: { __typename?: 'User', id: string, name: string } | null }>, author: { __typename?: 'User', id: string, name: string }, resolvedBy: { __typename?: 'User', id: string, name: string } | null } };

export type RaiseDisputeMutationVariables = Exact<{
  input: RaiseDisputeInput;
}>;


export type RaiseDisputeMutation = { __typename?: 'Mutation', raiseDispute: { __typename?: 'Dispute', id: string, subject: DisputeSubject, status: DisputeStatus, level: DisputeLevel, priority: DisputePriority, referredTo: OrganKind | null, description: string, concernsBalance: boolean, amountAtStake: string | null, raisedParty: Party, raisedAt: string, escalatedAt: string | null, queueDays: number | null, queueAge: QueueAge | null, withdrawnAt: string | null, withdrawalNote: string | null, reflectedAt: string | null, section: { __typename?: 'DisputeSection', id: string, title: string } | null, raisedBy: { __typename?: 'User', id: string, name: string }, assignee: { __typename?: 'User', id: string, name: string } | null, positions: Array<{ __typename?: 'DisputePosition', party: Party, text: string, consequence: string | null, at: string, user: { __typename?: 'User', id: string, name: string } }>, decision: { __typename?: 'Decision', text: string, reference: string | null, level: DisputeLevel, body: OrganKind | null, meetingDate: string | null, paragraph: string | null, decidedAt: string, decidedBy: { __typename?: 'User', id: string, name: string }, balanceLines: Array<{ __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string }> | null } | null, reflectedBy: { __typename?: 'User', id: string, name: string } | null, permissions: { __typename?: 'DisputePermissions', canAddPosition: boolean, canWithdraw: boolean, canEscalateDispute: boolean, canAssign: boolean, canRefer: boolean, canDecide: boolean, canSetPriority: boolean, canConfirmReflected: boolean } } };

export type AddDisputePositionMutationVariables = Exact<{
  disputeId: Scalars['ID']['input'];
  position: Scalars['String']['input'];
  consequence: InputMaybe<Scalars['String']['input']>;
}>;


export type AddDisputePositionMutation = { __typename?: 'Mutation', addDisputePosition: { __typename?: 'Dispute', id: string, subject: DisputeSubject, status: DisputeStatus, level: DisputeLevel, priority: DisputePriority, referredTo: OrganKind | null, description: string, concernsBalance: boolean, amountAtStake: string | null, raisedParty: Party, raisedAt: string, escalatedAt: string | null, queueDays: number | null, queueAge: QueueAge | null, withdrawnAt: string | null, withdrawalNote: string | null, reflectedAt: string | null, section: { __typename?: 'DisputeSection', id: string, title: string } | null, raisedBy: { __typename?: 'User', id: string, name: string }, assignee: { __typename?: 'User', id: string, name: string } | null, positions: Array<{ __typename?: 'DisputePosition', party: Party, text: string, consequence: string | null, at: string, user: { __typename?: 'User', id: string, name: string } }>, decision: { __typename?: 'Decision', text: string, reference: string | null, level: DisputeLevel, body: OrganKind | null, meetingDate: string | null, paragraph: string | null, decidedAt: string, decidedBy: { __typename?: 'User', id: string, name: string }, balanceLines: Array<{ __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string }> | null } | null, reflectedBy: { __typename?: 'User', id: string, name: string } | null, permissions: { __typename?: 'DisputePermissions', canAddPosition: boolean, canWithdraw: boolean, canEscalateDispute: boolean, canAssign: boolean, canRefer: boolean, canDecide: boolean, canSetPriority: boolean, canConfirmReflected: boolean } } };

export type WithdrawDisputeMutationVariables = Exact<{
  disputeId: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
}>;


export type WithdrawDisputeMutation = { __typename?: 'Mutation', withdrawDispute: { __typename?: 'Dispute', id: string, subject: DisputeSubject, status: DisputeStatus, level: DisputeLevel, priority: DisputePriority, referredTo: OrganKind | null, description: string, concernsBalance: boolean, amountAtStake: string | null, raisedParty: Party, raisedAt: string, escalatedAt: string | null, queueDays: number | null, queueAge: QueueAge | null, withdrawnAt: string | null, withdrawalNote: string | null, reflectedAt: string | null, section: { __typename?: 'DisputeSection', id: string, title: string } | null, raisedBy: { __typename?: 'User', id: string, name: string }, assignee: { __typename?: 'User', id: string, name: string } | null, positions: Array<{ __typename?: 'DisputePosition', party: Party, text: string, consequence: string | null, at: string, user: { __typename?: 'User', id: string, name: string } }>, decision: { __typename?: 'Decision', text: string, reference: string | null, level: DisputeLevel, body: OrganKind | null, meetingDate: string | null, paragraph: string | null, decidedAt: string, decidedBy: { __typename?: 'User', id: string, name: string }, balanceLines: Array<{ __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string }> | null } | null, reflectedBy: { __typename?: 'User', id: string, name: string } | null, permissions: { __typename?: 'DisputePermissions', canAddPosition: boolean, canWithdraw: boolean, canEscalateDispute: boolean, canAssign: boolean, canRefer: boolean, canDecide: boolean, canSetPriority: boolean, canConfirmReflected: boolean } } };

export type EscalateDisputeMutationVariables = Exact<{
  disputeId: Scalars['ID']['input'];
}>;


export type EscalateDisputeMutation = { __typename?: 'Mutation', escalateDispute: { __typename?: 'Dispute', id: string, subject: DisputeSubject, status: DisputeStatus, level: DisputeLevel, priority: DisputePriority, referredTo: OrganKind | null, description: string, concernsBalance: boolean, amountAtStake: string | null, raisedParty: Party, raisedAt: string, escalatedAt: string | null, queueDays: number | null, queueAge: QueueAge | null, withdrawnAt: string | null, withdrawalNote: string | null, reflectedAt: string | null, section: { __typename?: 'DisputeSection', id: string, title: string } | null, raisedBy: { __typename?: 'User', id: string, name: string }, assignee: { __typename?: 'User', id: string, name: string } | null, positions: Array<{ __typename?: 'DisputePosition', party: Party, text: string, consequence: string | null, at: string, user: { __typename?: 'User', id: string, name: string } }>, decision: { __typename?: 'Decision', text: string, reference: string | null, level: DisputeLevel, body: OrganKind | null, meetingDate: string | null, paragraph: string | null, decidedAt: string, decidedBy: { __typename?: 'User', id: string, name: string }, balanceLines: Array<{ __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string }> | null } | null, reflectedBy: { __typename?: 'User', id: string, name: string } | null, permissions: { __typename?: 'DisputePermissions', canAddPosition: boolean, canWithdraw: boolean, canEscalateDispute: boolean, canAssign: boolean, canRefer: boolean, canDecide: boolean, canSetPriority: boolean, canConfirmReflected: boolean } } };

export type AssignDisputeMutationVariables = Exact<{
  disputeId: Scalars['ID']['input'];
  assigneeId: Scalars['ID']['input'];
}>;


export type AssignDisputeMutation = { __typename?: 'Mutation', assignDispute: { __typename?: 'Dispute', id: string, subject: DisputeSubject, status: DisputeStatus, level: DisputeLevel, priority: DisputePriority, referredTo: OrganKind | null, description: string, concernsBalance: boolean, amountAtStake: string | null, raisedParty: Party, raisedAt: string, escalatedAt: string | null, queueDays: number | null, queueAge: QueueAge | null, withdrawnAt: string | null, withdrawalNote: string | null, reflectedAt: string | null, section: { __typename?: 'DisputeSection', id: string, title: string } | null, raisedBy: { __typename?: 'User', id: string, name: string }, assignee: { __typename?: 'User', id: string, name: string } | null, positions: Array<{ __typename?: 'DisputePosition', party: Party, text: string, consequence: string | null, at: string, user: { __typename?: 'User', id: string, name: string } }>, decision: { __typename?: 'Decision', text: string, reference: string | null, level: DisputeLevel, body: OrganKind | null, meetingDate: string | null, paragraph: string | null, decidedAt: string, decidedBy: { __typename?: 'User', id: string, name: string }, balanceLines: Array<{ __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string }> | null } | null, reflectedBy: { __typename?: 'User', id: string, name: string } | null, permissions: { __typename?: 'DisputePermissions', canAddPosition: boolean, canWithdraw: boolean, canEscalateDispute: boolean, canAssign: boolean, canRefer: boolean, canDecide: boolean, canSetPriority: boolean, canConfirmReflected: boolean } } };

export type ReferDisputeMutationVariables = Exact<{
  disputeId: Scalars['ID']['input'];
  body: OrganKind;
}>;


export type ReferDisputeMutation = { __typename?: 'Mutation', referDispute: { __typename?: 'Dispute', id: string, subject: DisputeSubject, status: DisputeStatus, level: DisputeLevel, priority: DisputePriority, referredTo: OrganKind | null, description: string, concernsBalance: boolean, amountAtStake: string | null, raisedParty: Party, raisedAt: string, escalatedAt: string | null, queueDays: number | null, queueAge: QueueAge | null, withdrawnAt: string | null, withdrawalNote: string | null, reflectedAt: string | null, section: { __typename?: 'DisputeSection', id: string, title: string } | null, raisedBy: { __typename?: 'User', id: string, name: string }, assignee: { __typename?: 'User', id: string, name: string } | null, positions: Array<{ __typename?: 'DisputePosition', party: Party, text: string, consequence: string | null, at: string, user: { __typename?: 'User', id: string, name: string } }>, decision: { __typename?: 'Decision', text: string, reference: string | null, level: DisputeLevel, body: OrganKind | null, meetingDate: string | null, paragraph: string | null, decidedAt: string, decidedBy: { __typename?: 'User', id: string, name: string }, balanceLines: Array<{ __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string }> | null } | null, reflectedBy: { __typename?: 'User', id: string, name: string } | null, permissions: { __typename?: 'DisputePermissions', canAddPosition: boolean, canWithdraw: boolean, canEscalateDispute: boolean, canAssign: boolean, canRefer: boolean, canDecide: boolean, canSetPriority: boolean, canConfirmReflected: boolean } } };

export type DecideDisputeMutationVariables = Exact<{
  disputeId: Scalars['ID']['input'];
  input: DecisionInput;
}>;


export type DecideDisputeMutation = { __typename?: 'Mutation', decideDispute: { __typename?: 'Dispute', id: string, subject: DisputeSubject, status: DisputeStatus, level: DisputeLevel, priority: DisputePriority, referredTo: OrganKind | null, description: string, concernsBalance: boolean, amountAtStake: string | null, raisedParty: Party, raisedAt: string, escalatedAt: string | null, queueDays: number | null, queueAge: QueueAge | null, withdrawnAt: string | null, withdrawalNote: string | null, reflectedAt: string | null, section: { __typename?: 'DisputeSection', id: string, title: string } | null, raisedBy: { __typename?: 'User', id: string, name: string }, assignee: { __typename?: 'User', id: string, name: string } | null, positions: Array<{ __typename?: 'DisputePosition', party: Party, text: string, consequence: string | null, at: string, user: { __typename?: 'User', id: string, name: string } }>, decision: { __typename?: 'Decision', text: string, reference: string | null, level: DisputeLevel, body: OrganKind | null, meetingDate: string | null, paragraph: string | null, decidedAt: string, decidedBy: { __typename?: 'User', id: string, name: string }, balanceLines: Array<{ __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string }> | null } | null, reflectedBy: { __typename?: 'User', id: string, name: string } | null, permissions: { __typename?: 'DisputePermissions', canAddPosition: boolean, canWithdraw: boolean, canEscalateDispute: boolean, canAssign: boolean, canRefer: boolean, canDecide: boolean, canSetPriority: boolean, canConfirmReflected: boolean } } };

export type ConfirmDecisionReflectedMutationVariables = Exact<{
  disputeId: Scalars['ID']['input'];
}>;


export type ConfirmDecisionReflectedMutation = { __typename?: 'Mutation', confirmDecisionReflected: { __typename?: 'Dispute', id: string, subject: DisputeSubject, status: DisputeStatus, level: DisputeLevel, priority: DisputePriority, referredTo: OrganKind | null, description: string, concernsBalance: boolean, amountAtStake: string | null, raisedParty: Party, raisedAt: string, escalatedAt: string | null, queueDays: number | null, queueAge: QueueAge | null, withdrawnAt: string | null, withdrawalNote: string | null, reflectedAt: string | null, section: { __typename?: 'DisputeSection', id: string, title: string } | null, raisedBy: { __typename?: 'User', id: string, name: string }, assignee: { __typename?: 'User', id: string, name: string } | null, positions: Array<{ __typename?: 'DisputePosition', party: Party, text: string, consequence: string | null, at: string, user: { __typename?: 'User', id: string, name: string } }>, decision: { __typename?: 'Decision', text: string, reference: string | null, level: DisputeLevel, body: OrganKind | null, meetingDate: string | null, paragraph: string | null, decidedAt: string, decidedBy: { __typename?: 'User', id: string, name: string }, balanceLines: Array<{ __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string }> | null } | null, reflectedBy: { __typename?: 'User', id: string, name: string } | null, permissions: { __typename?: 'DisputePermissions', canAddPosition: boolean, canWithdraw: boolean, canEscalateDispute: boolean, canAssign: boolean, canRefer: boolean, canDecide: boolean, canSetPriority: boolean, canConfirmReflected: boolean } } };

export type SetDisputePriorityMutationVariables = Exact<{
  disputeId: Scalars['ID']['input'];
  priority: DisputePriority;
}>;


export type SetDisputePriorityMutation = { __typename?: 'Mutation', setDisputePriority: { __typename?: 'Dispute', id: string, subject: DisputeSubject, status: DisputeStatus, level: DisputeLevel, priority: DisputePriority, referredTo: OrganKind | null, description: string, concernsBalance: boolean, amountAtStake: string | null, raisedParty: Party, raisedAt: string, escalatedAt: string | null, queueDays: number | null, queueAge: QueueAge | null, withdrawnAt: string | null, withdrawalNote: string | null, reflectedAt: string | null, section: { __typename?: 'DisputeSection', id: string, title: string } | null, raisedBy: { __typename?: 'User', id: string, name: string }, assignee: { __typename?: 'User', id: string, name: string } | null, positions: Array<{ __typename?: 'DisputePosition', party: Party, text: string, consequence: string | null, at: string, user: { __typename?: 'User', id: string, name: string } }>, decision: { __typename?: 'Decision', text: string, reference: string | null, level: DisputeLevel, body: OrganKind | null, meetingDate: string | null, paragraph: string | null, decidedAt: string, decidedBy: { __typename?: 'User', id: string, name: string }, balanceLines: Array<{ __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string }> | null } | null, reflectedBy: { __typename?: 'User', id: string, name: string } | null, permissions: { __typename?: 'DisputePermissions', canAddPosition: boolean, canWithdraw: boolean, canEscalateDispute: boolean, canAssign: boolean, canRefer: boolean, canDecide: boolean, canSetPriority: boolean, canConfirmReflected: boolean } } };

export type DisputeFieldsFragment = { __typename?: 'Dispute', id: string, subject: DisputeSubject, status: DisputeStatus, level: DisputeLevel, priority: DisputePriority, referredTo: OrganKind | null, description: string, concernsBalance: boolean, amountAtStake: string | null, raisedParty: Party, raisedAt: string, escalatedAt: string | null, queueDays: number | null, queueAge: QueueAge | null, withdrawnAt: string | null, withdrawalNote: string | null, reflectedAt: string | null, section: { __typename?: 'DisputeSection', id: string, title: string } | null, raisedBy: { __typename?: 'User', id: string, name: string }, assignee: { __typename?: 'User', id: string, name: string } | null, positions: Array<{ __typename?: 'DisputePosition', party: Party, text: string, consequence: string | null, at: string, user: { __typename?: 'User', id: string, name: string } }>, decision: { __typename?: 'Decision', text: string, reference: string | null, level: DisputeLevel, body: OrganKind | null, meetingDate: string | null, paragraph: string | null, decidedAt: string, decidedBy: { __typename?: 'User', id: string, name: string }, balanceLines: Array<{ __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string }> | null } | null, reflectedBy: { __typename?: 'User', id: string, name: string } | null, permissions: { __typename?: 'DisputePermissions', canAddPosition: boolean, canWithdraw: boolean, canEscalateDispute: boolean, canAssign: boolean, canRefer: boolean, canDecide: boolean, canSetPriority: boolean, canConfirmReflected: boolean } };

export type AgreementDisputesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgreementDisputesQuery = { __typename?: 'Query', agreement: { __typename?: 'Agreement', id: string, status: AgreementStatus, canRaiseDispute: boolean, blockingDisputeCount: number, disputes: Array<{ __typename?: 'Dispute', id: string, subject: DisputeSubject, status: DisputeStatus, level: DisputeLevel, priority: DisputePriority, referredTo: OrganKind | null, description: string, concernsBalance: boolean, amountAtStake: string | null, raisedParty: Party, raisedAt: string, escalatedAt: string | null, queueDays: number | null, queueAge: QueueAge | null, withdrawnAt: string | null, withdrawalNote: string | null, reflectedAt: string | null, section: { __typename?: 'DisputeSection', id: string, title: string } | null, raisedBy: { __typename?: 'User', id: string, name: string }, assignee: { __typename?: 'User', id: string, name: string } | null, positions: Array<{ __typename?: 'DisputePosition', party: Party, text: string, consequence: string | null, at: string, user: { __typename?: 'User', id: string, name: string } }>, decision: { __typename?: 'Decision', text: string, reference: string | null, level: DisputeLevel, body: OrganKind | null, meetingDate: string | null, paragraph: string | null, decidedAt: string, decidedBy: { __typename?: 'User', id: string, name: string }, balanceLines: Array<{ __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string }> | null } | null, reflectedBy: { __typename?: 'User', id: string, name: string } | null, permissions: { __typename?: 'DisputePermissions', canAddPosition: boolean, canWithdraw: boolean, canEscalateDispute: boolean, canAssign: boolean, canRefer: boolean, canDecide: boolean, canSetPriority: boolean, canConfirmReflected: boolean } }> } };

export type DisputeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DisputeQuery = { __typename?: 'Query', dispute: { __typename?: 'Dispute', referredAt: string | null, id: string, subject: DisputeSubject, status: DisputeStatus, level: DisputeLevel, priority: DisputePriority, referredTo: OrganKind | null, description: string, concernsBalance: boolean, amountAtStake: string | null, raisedParty: Party, raisedAt: string, escalatedAt: string | null, queueDays: number | null, queueAge: QueueAge | null, withdrawnAt: string | null, withdrawalNote: string | null, reflectedAt: string | null, agreement: { __typename?: 'Agreement', id: string, diarienummer: string, title: string, status: AgreementStatus, purchaser: { __typename?: 'Organ', id: string, name: string }, provider: { __typename?: 'Organ', id: string, name: string }, balance: { __typename?: 'Balance', lines: Array<{ __typename?: 'BalanceLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string }> } }, history: Array<{ __typename?: 'AgreementEvent', seq: number, type: string, at: string, summary: string, actor: { __typename?: 'User', id: string, name: string } | null }>, section: { __typename?: 'DisputeSection', id: string, title: string } | null, raisedBy: { __typename?: 'User', id: string, name: string }, assignee: { __typename?: 'User', id: string, name: string } | null, positions: Array<{ __typename?: 'DisputePosition', party: Party, text: string, consequence: string | null, at: string, user: { __typename?: 'User', id: string, name: string } }>, decision: { __typename?: 'Decision', text: string, reference: string | null, level: DisputeLevel, body: OrganKind | null, meetingDate: string | null, paragraph: string | null, decidedAt: string, decidedBy: { __typename?: 'User', id: string, name: string }, balanceLines: Array<{ __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string }> | null } | null, reflectedBy: { __typename?: 'User', id: string, name: string } | null, permissions: { __typename?: 'DisputePermissions', canAddPosition: boolean, canWithdraw: boolean, canEscalateDispute: boolean, canAssign: boolean, canRefer: boolean, canDecide: boolean, canSetPriority: boolean, canConfirmReflected: boolean } } };

export type EscalationQueueQueryVariables = Exact<{
  organId: InputMaybe<Scalars['ID']['input']>;
  subject: InputMaybe<DisputeSubject>;
  level: InputMaybe<DisputeLevel>;
}>;


export type EscalationQueueQuery = { __typename?: 'Query', escalationQueue: Array<{ __typename?: 'Dispute', id: string, subject: DisputeSubject, status: DisputeStatus, level: DisputeLevel, priority: DisputePriority, referredTo: OrganKind | null, description: string, concernsBalance: boolean, amountAtStake: string | null, raisedParty: Party, raisedAt: string, escalatedAt: string | null, queueDays: number | null, queueAge: QueueAge | null, withdrawnAt: string | null, withdrawalNote: string | null, reflectedAt: string | null, agreement: { __typename?: 'Agreement', id: string, diarienummer: string, title: string, purchaser: { __typename?: 'Organ', id: string, name: string, shortName: string } }, section: { __typename?: 'DisputeSection', id: string, title: string } | null, raisedBy: { __typename?: 'User', id: string, name: string }, assignee: { __typename?: 'User', id: string, name: string } | null, positions: Array<{ __typename?: 'DisputePosition', party: Party, text: string, consequence: string | null, at: string, user: { __typename?: 'User', id: string, name: string } }>, decision: { __typename?: 'Decision', text: string, reference: string | null, level: DisputeLevel, body: OrganKind | null, meetingDate: string | null, paragraph: string | null, decidedAt: string, decidedBy: { __typename?: 'User', id: string, name: string }, balanceLines: Array<{ __typename?: 'ProposedLine', kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string }> | null } | null, reflectedBy: { __typename?: 'User', id: string, name: string } | null, permissions: { __typename?: 'DisputePermissions', canAddPosition: boolean, canWithdraw: boolean, canEscalateDispute: boolean, canAssign: boolean, canRefer: boolean, canDecide: boolean, canSetPriority: boolean, canConfirmReflected: boolean } }>, escalationQueueSettings: { __typename?: 'EscalationQueueSettings', warnDays: number, overdueDays: number } };

export type EscalationAssigneesQueryVariables = Exact<{ [key: string]: never; }>;


export type EscalationAssigneesQuery = { __typename?: 'Query', escalationAssignees: Array<{ __typename?: 'User', id: string, name: string }> };

export type EscalationQueueChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type EscalationQueueChangedSubscription = { __typename?: 'Subscription', escalationQueueChanged: { __typename?: 'Dispute', id: string, status: DisputeStatus } };

export type OverdueFollowUpQueryVariables = Exact<{ [key: string]: never; }>;


export type OverdueFollowUpQuery = { __typename?: 'Query', overdueFollowUp: Array<{ __typename?: 'OverdueFollowUp', id: string, kind: OverdueFollowUpKind, agreementId: string, diarienummer: string, title: string, period: string, actionPlanId: string | null, dueDate: string, daysOverdue: number, purchaser: { __typename?: 'Organ', id: string, name: string }, responsible: Array<{ __typename?: 'User', id: string, name: string }> }> };

export type OverdueFollowUpChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OverdueFollowUpChangedSubscription = { __typename?: 'Subscription', overdueFollowUpChanged: number };

export type AnnualReportTotalsFieldsFragment = { __typename?: 'AnnualReportTotals', agreements: number, green: number, yellow: number, red: number, met: number, partly: number, notMet: number, noBasis: number, openActionPlans: number };

export type AnnualReportDecisionFieldsFragment = { __typename?: 'AnnualReportDecision', meetingDate: string, paragraph: string, remarks: string | null, recordedAt: string, recordedBy: { __typename?: 'User', id: string, name: string } | null };

export type AnnualReportAgreementFieldsFragment = { __typename?: 'AnnualReportAgreement', id: string, diarienummer: string, title: string, providerName: string, periodStart: string, periodEnd: string, purchaserResponsibleName: string | null, providerResponsibleName: string | null, impact: Impact | null, valueClass: ValueClass, compensation: string, green: number, yellow: number, red: number, computedRequirementsMet: RequirementsMet | null, requirementsMet: RequirementsMet | null, canAssess: boolean, indicators: Array<{ __typename?: 'AnnualReportIndicator', id: string, name: string, unit: string, target: string, values: Array<{ __typename?: 'AnnualReportValue', period: string, value: string, status: string, comment: string | null }> }>, deficiencies: Array<{ __typename?: 'AnnualReportDeficiency', indicatorName: string, unit: string, period: string, value: string, target: string, status: string, comment: string | null }>, actionPlans: Array<{ __typename?: 'AnnualReportActionPlan', id: string, indicatorName: string, period: string, description: string, ownerName: string, dueDate: string, status: string, stepsDone: number, steps: number }>, scope: Array<{ __typename?: 'AnnualReportScopeLine', description: string, unit: string | null, orderedVolume: string | null, deliveredVolume: string, actualCost: string }>, assessment: { __typename?: 'AnnualAssessment', requirementsMet: RequirementsMet | null, deficiencies: string | null, goalEffect: string | null, actionPlan: string | null, version: number, updatedByName: string, updatedAt: string } | null };

export type AnnualFollowUpReportFieldsFragment = { __typename?: 'AnnualFollowUpReport', year: number, contentHash: string, yearEnded: boolean, canRecordDecision: boolean, organ: { __typename?: 'Organ', id: string, name: string, shortName: string }, decision: { __typename?: 'AnnualReportDecision', meetingDate: string, paragraph: string, remarks: string | null, recordedAt: string, recordedBy: { __typename?: 'User', id: string, name: string } | null } | null, totals: { __typename?: 'AnnualReportTotals', agreements: number, green: number, yellow: number, red: number, met: number, partly: number, notMet: number, noBasis: number, openActionPlans: number }, agreements: Array<{ __typename?: 'AnnualReportAgreement', id: string, diarienummer: string, title: string, providerName: string, periodStart: string, periodEnd: string, purchaserResponsibleName: string | null, providerResponsibleName: string | null, impact: Impact | null, valueClass: ValueClass, compensation: string, green: number, yellow: number, red: number, computedRequirementsMet: RequirementsMet | null, requirementsMet: RequirementsMet | null, canAssess: boolean, indicators: Array<{ __typename?: 'AnnualReportIndicator', id: string, name: string, unit: string, target: string, values: Array<{ __typename?: 'AnnualReportValue', period: string, value: string, status: string, comment: string | null }> }>, deficiencies: Array<{ __typename?: 'AnnualReportDeficiency', indicatorName: string, unit: string, period: string, value: string, target: string, status: string, comment: string | null }>, actionPlans: Array<{ __typename?: 'AnnualReportActionPlan', id: string, indicatorName: string, period: string, description: string, ownerName: string, dueDate: string, status: string, stepsDone: number, steps: number }>, scope: Array<{ __typename?: 'AnnualReportScopeLine', description: string, unit: string | null, orderedVolume: string | null, deliveredVolume: string, actualCost: string }>, assessment: { __typename?: 'AnnualAssessment', requirementsMet: RequirementsMet | null, deficiencies: string | null, goalEffect: string | null, actionPlan: string | null, version: number, updatedByName: string, updatedAt: string } | null }> };

export type AnnualFollowUpReportQueryVariables = Exact<{
  organId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type AnnualFollowUpReportQuery = { __typename?: 'Query', annualFollowUpReport: { __typename?: 'AnnualFollowUpReport', year: number, contentHash: string, yearEnded: boolean, canRecordDecision: boolean, organ: { __typename?: 'Organ', id: string, name: string, shortName: string }, decision: { __typename?: 'AnnualReportDecision', meetingDate: string, paragraph: string, remarks: string | null, recordedAt: string, recordedBy: { __typename?: 'User', id: string, name: string } | null } | null, totals: { __typename?: 'AnnualReportTotals', agreements: number, green: number, yellow: number, red: number, met: number, partly: number, notMet: number, noBasis: number, openActionPlans: number }, agreements: Array<{ __typename?: 'AnnualReportAgreement', id: string, diarienummer: string, title: string, providerName: string, periodStart: string, periodEnd: string, purchaserResponsibleName: string | null, providerResponsibleName: string | null, impact: Impact | null, valueClass: ValueClass, compensation: string, green: number, yellow: number, red: number, computedRequirementsMet: RequirementsMet | null, requirementsMet: RequirementsMet | null, canAssess: boolean, indicators: Array<{ __typename?: 'AnnualReportIndicator', id: string, name: string, unit: string, target: string, values: Array<{ __typename?: 'AnnualReportValue', period: string, value: string, status: string, comment: string | null }> }>, deficiencies: Array<{ __typename?: 'AnnualReportDeficiency', indicatorName: string, unit: string, period: string, value: string, target: string, status: string, comment: string | null }>, actionPlans: Array<{ __typename?: 'AnnualReportActionPlan', id: string, indicatorName: string, period: string, description: string, ownerName: string, dueDate: string, status: string, stepsDone: number, steps: number }>, scope: Array<{ __typename?: 'AnnualReportScopeLine', description: string, unit: string | null, orderedVolume: string | null, deliveredVolume: string, actualCost: string }>, assessment: { __typename?: 'AnnualAssessment', requirementsMet: RequirementsMet | null, deficiencies: string | null, goalEffect: string | null, actionPlan: string | null, version: number, updatedByName: string, updatedAt: string } | null }> } };

export type AssessStrategicAgreementMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: AnnualAssessmentInput;
}>;


export type AssessStrategicAgreementMutation = { __typename?: 'Mutation', assessStrategicAgreement: { __typename?: 'AnnualFollowUpReport', year: number, contentHash: string, yearEnded: boolean, canRecordDecision: boolean, organ: { __typename?: 'Organ', id: string, name: string, shortName: string }, decision: { __typename?: 'AnnualReportDecision', meetingDate: string, paragraph: string, remarks: string | null, recordedAt: string, recordedBy: { __typename?: 'User', id: string, name: string } | null } | null, totals: { __typename?: 'AnnualReportTotals', agreements: number, green: number, yellow: number, red: number, met: number, partly: number, notMet: number, noBasis: number, openActionPlans: number }, agreements: Array<{ __typename?: 'AnnualReportAgreement', id: string, diarienummer: string, title: string, providerName: string, periodStart: string, periodEnd: string, purchaserResponsibleName: string | null, providerResponsibleName: string | null, impact: Impact | null, valueClass: ValueClass, compensation: string, green: number, yellow: number, red: number, computedRequirementsMet: RequirementsMet | null, requirementsMet: RequirementsMet | null, canAssess: boolean, indicators: Array<{ __typename?: 'AnnualReportIndicator', id: string, name: string, unit: string, target: string, values: Array<{ __typename?: 'AnnualReportValue', period: string, value: string, status: string, comment: string | null }> }>, deficiencies: Array<{ __typename?: 'AnnualReportDeficiency', indicatorName: string, unit: string, period: string, value: string, target: string, status: string, comment: string | null }>, actionPlans: Array<{ __typename?: 'AnnualReportActionPlan', id: string, indicatorName: string, period: string, description: string, ownerName: string, dueDate: string, status: string, stepsDone: number, steps: number }>, scope: Array<{ __typename?: 'AnnualReportScopeLine', description: string, unit: string | null, orderedVolume: string | null, deliveredVolume: string, actualCost: string }>, assessment: { __typename?: 'AnnualAssessment', requirementsMet: RequirementsMet | null, deficiencies: string | null, goalEffect: string | null, actionPlan: string | null, version: number, updatedByName: string, updatedAt: string } | null }> } };

export type RecordAnnualReportDecisionMutationVariables = Exact<{
  organId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  contentHash: Scalars['String']['input'];
  input: AnnualReportDecisionInput;
}>;


export type RecordAnnualReportDecisionMutation = { __typename?: 'Mutation', recordAnnualReportDecision: { __typename?: 'AnnualFollowUpReport', year: number, contentHash: string, yearEnded: boolean, canRecordDecision: boolean, organ: { __typename?: 'Organ', id: string, name: string, shortName: string }, decision: { __typename?: 'AnnualReportDecision', meetingDate: string, paragraph: string, remarks: string | null, recordedAt: string, recordedBy: { __typename?: 'User', id: string, name: string } | null } | null, totals: { __typename?: 'AnnualReportTotals', agreements: number, green: number, yellow: number, red: number, met: number, partly: number, notMet: number, noBasis: number, openActionPlans: number }, agreements: Array<{ __typename?: 'AnnualReportAgreement', id: string, diarienummer: string, title: string, providerName: string, periodStart: string, periodEnd: string, purchaserResponsibleName: string | null, providerResponsibleName: string | null, impact: Impact | null, valueClass: ValueClass, compensation: string, green: number, yellow: number, red: number, computedRequirementsMet: RequirementsMet | null, requirementsMet: RequirementsMet | null, canAssess: boolean, indicators: Array<{ __typename?: 'AnnualReportIndicator', id: string, name: string, unit: string, target: string, values: Array<{ __typename?: 'AnnualReportValue', period: string, value: string, status: string, comment: string | null }> }>, deficiencies: Array<{ __typename?: 'AnnualReportDeficiency', indicatorName: string, unit: string, period: string, value: string, target: string, status: string, comment: string | null }>, actionPlans: Array<{ __typename?: 'AnnualReportActionPlan', id: string, indicatorName: string, period: string, description: string, ownerName: string, dueDate: string, status: string, stepsDone: number, steps: number }>, scope: Array<{ __typename?: 'AnnualReportScopeLine', description: string, unit: string | null, orderedVolume: string | null, deliveredVolume: string, actualCost: string }>, assessment: { __typename?: 'AnnualAssessment', requirementsMet: RequirementsMet | null, deficiencies: string | null, goalEffect: string | null, actionPlan: string | null, version: number, updatedByName: string, updatedAt: string } | null }> } };

export type AnnualFollowUpRollUpQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type AnnualFollowUpRollUpQuery = { __typename?: 'Query', annualFollowUpRollUp: Array<{ __typename?: 'AnnualRollUpRow', contentHash: string, organ: { __typename?: 'Organ', id: string, name: string, shortName: string }, decision: { __typename?: 'AnnualReportDecision', meetingDate: string, paragraph: string, remarks: string | null, recordedAt: string, recordedBy: { __typename?: 'User', id: string, name: string } | null } | null, totals: { __typename?: 'AnnualReportTotals', agreements: number, green: number, yellow: number, red: number, met: number, partly: number, notMet: number, noBasis: number, openActionPlans: number } }> };

export type FollowUpAnnualOrgansQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowUpAnnualOrgansQuery = { __typename?: 'Query', organs: Array<{ __typename?: 'Organ', id: string, name: string, shortName: string, kind: OrganKind }> };

export type AgreementClassificationFieldsFragment = { __typename?: 'Agreement', id: string, diarienummer: string, status: AgreementStatus, periodStart: string, periodEnd: string, impact: Impact | null, valueClass: ValueClass, suggestedStrategic: boolean, strategic: boolean, classificationVersion: number, purchaser: { __typename?: 'Organ', id: string, name: string }, provider: { __typename?: 'Organ', id: string, name: string }, balance: { __typename?: 'Balance', totals: { __typename?: 'BalanceTotals', compensation: string } }, purchaserResponsible: { __typename?: 'User', id: string, name: string } | null, providerResponsible: { __typename?: 'User', id: string, name: string } | null, classificationPermissions: { __typename?: 'ClassificationPermissions', canSetPurchaserResponsible: boolean, canSetProviderResponsible: boolean, canClassify: boolean, canMarkStrategic: boolean }, purchaserCandidates: Array<{ __typename?: 'User', id: string, name: string }>, providerCandidates: Array<{ __typename?: 'User', id: string, name: string }> };

export type AgreementClassificationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgreementClassificationQuery = { __typename?: 'Query', agreement: { __typename?: 'Agreement', id: string, diarienummer: string, status: AgreementStatus, periodStart: string, periodEnd: string, impact: Impact | null, valueClass: ValueClass, suggestedStrategic: boolean, strategic: boolean, classificationVersion: number, purchaser: { __typename?: 'Organ', id: string, name: string }, provider: { __typename?: 'Organ', id: string, name: string }, balance: { __typename?: 'Balance', totals: { __typename?: 'BalanceTotals', compensation: string } }, purchaserResponsible: { __typename?: 'User', id: string, name: string } | null, providerResponsible: { __typename?: 'User', id: string, name: string } | null, classificationPermissions: { __typename?: 'ClassificationPermissions', canSetPurchaserResponsible: boolean, canSetProviderResponsible: boolean, canClassify: boolean, canMarkStrategic: boolean }, purchaserCandidates: Array<{ __typename?: 'User', id: string, name: string }>, providerCandidates: Array<{ __typename?: 'User', id: string, name: string }> } };

export type SetAgreementResponsibleMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  party: Party;
  userId: InputMaybe<Scalars['ID']['input']>;
}>;


export type SetAgreementResponsibleMutation = { __typename?: 'Mutation', setAgreementResponsible: { __typename?: 'Agreement', id: string, diarienummer: string, status: AgreementStatus, periodStart: string, periodEnd: string, impact: Impact | null, valueClass: ValueClass, suggestedStrategic: boolean, strategic: boolean, classificationVersion: number, purchaser: { __typename?: 'Organ', id: string, name: string }, provider: { __typename?: 'Organ', id: string, name: string }, balance: { __typename?: 'Balance', totals: { __typename?: 'BalanceTotals', compensation: string } }, purchaserResponsible: { __typename?: 'User', id: string, name: string } | null, providerResponsible: { __typename?: 'User', id: string, name: string } | null, classificationPermissions: { __typename?: 'ClassificationPermissions', canSetPurchaserResponsible: boolean, canSetProviderResponsible: boolean, canClassify: boolean, canMarkStrategic: boolean }, purchaserCandidates: Array<{ __typename?: 'User', id: string, name: string }>, providerCandidates: Array<{ __typename?: 'User', id: string, name: string }> } };

export type ClassifyAgreementMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  impact: Impact;
  version: Scalars['Int']['input'];
}>;


export type ClassifyAgreementMutation = { __typename?: 'Mutation', classifyAgreement: { __typename?: 'Agreement', id: string, diarienummer: string, status: AgreementStatus, periodStart: string, periodEnd: string, impact: Impact | null, valueClass: ValueClass, suggestedStrategic: boolean, strategic: boolean, classificationVersion: number, purchaser: { __typename?: 'Organ', id: string, name: string }, provider: { __typename?: 'Organ', id: string, name: string }, balance: { __typename?: 'Balance', totals: { __typename?: 'BalanceTotals', compensation: string } }, purchaserResponsible: { __typename?: 'User', id: string, name: string } | null, providerResponsible: { __typename?: 'User', id: string, name: string } | null, classificationPermissions: { __typename?: 'ClassificationPermissions', canSetPurchaserResponsible: boolean, canSetProviderResponsible: boolean, canClassify: boolean, canMarkStrategic: boolean }, purchaserCandidates: Array<{ __typename?: 'User', id: string, name: string }>, providerCandidates: Array<{ __typename?: 'User', id: string, name: string }> } };

export type MarkStrategicMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  strategic: Scalars['Boolean']['input'];
  confirmOverTen: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MarkStrategicMutation = { __typename?: 'Mutation', markStrategic: { __typename?: 'Agreement', id: string, diarienummer: string, status: AgreementStatus, periodStart: string, periodEnd: string, impact: Impact | null, valueClass: ValueClass, suggestedStrategic: boolean, strategic: boolean, classificationVersion: number, purchaser: { __typename?: 'Organ', id: string, name: string }, provider: { __typename?: 'Organ', id: string, name: string }, balance: { __typename?: 'Balance', totals: { __typename?: 'BalanceTotals', compensation: string } }, purchaserResponsible: { __typename?: 'User', id: string, name: string } | null, providerResponsible: { __typename?: 'User', id: string, name: string } | null, classificationPermissions: { __typename?: 'ClassificationPermissions', canSetPurchaserResponsible: boolean, canSetProviderResponsible: boolean, canClassify: boolean, canMarkStrategic: boolean }, purchaserCandidates: Array<{ __typename?: 'User', id: string, name: string }>, providerCandidates: Array<{ __typename?: 'User', id: string, name: string }> } };

export type StrategicAgreementsQueryVariables = Exact<{
  organId: Scalars['ID']['input'];
  year: InputMaybe<Scalars['Int']['input']>;
}>;


export type StrategicAgreementsQuery = { __typename?: 'Query', strategicAgreements: Array<{ __typename?: 'Agreement', id: string, diarienummer: string, title: string, status: AgreementStatus, periodStart: string, periodEnd: string, impact: Impact | null, valueClass: ValueClass, provider: { __typename?: 'Organ', id: string, name: string }, purchaserResponsible: { __typename?: 'User', id: string, name: string } | null, providerResponsible: { __typename?: 'User', id: string, name: string } | null }> };

export type ActionPlanFieldsFragment = { __typename?: 'ActionPlan', id: string, reportId: string, period: string, indicatorName: string, description: string, dueDate: string, status: ActionPlanStatus, overdue: boolean, doneAt: string | null, version: number, owner: { __typename?: 'User', id: string, name: string }, steps: Array<{ __typename?: 'ActionPlanStep', id: string, position: number, description: string, done: boolean, doneAt: string | null, doneBy: { __typename?: 'User', id: string, name: string } | null }>, permissions: { __typename?: 'ActionPlanPermissions', canUpdate: boolean } };

export type IndicatorReportFieldsFragment = { __typename?: 'IndicatorReport', id: string, indicatorId: string, period: string, value: string, status: IndicatorStatus, comment: string | null, reportedAt: string, version: number, reportedBy: { __typename?: 'User', id: string, name: string }, actionPlan: { __typename?: 'ActionPlan', id: string, reportId: string, period: string, indicatorName: string, description: string, dueDate: string, status: ActionPlanStatus, overdue: boolean, doneAt: string | null, version: number, owner: { __typename?: 'User', id: string, name: string }, steps: Array<{ __typename?: 'ActionPlanStep', id: string, position: number, description: string, done: boolean, doneAt: string | null, doneBy: { __typename?: 'User', id: string, name: string } | null }>, permissions: { __typename?: 'ActionPlanPermissions', canUpdate: boolean } } | null, permissions: { __typename?: 'IndicatorReportPermissions', canAddActionPlan: boolean } };

export type FollowUpPeriodFieldsFragment = { __typename?: 'FollowUpPeriod', key: string, frequency: ReportFrequency, start: string, end: string, dueDate: string, status: FollowUpPeriodStatus, remarks: string | null, decidedAt: string | null, decidedBy: { __typename?: 'User', id: string, name: string } | null, reports: Array<{ __typename?: 'IndicatorReport', id: string, indicatorId: string, period: string, value: string, status: IndicatorStatus, comment: string | null, reportedAt: string, version: number, reportedBy: { __typename?: 'User', id: string, name: string }, actionPlan: { __typename?: 'ActionPlan', id: string, reportId: string, period: string, indicatorName: string, description: string, dueDate: string, status: ActionPlanStatus, overdue: boolean, doneAt: string | null, version: number, owner: { __typename?: 'User', id: string, name: string }, steps: Array<{ __typename?: 'ActionPlanStep', id: string, position: number, description: string, done: boolean, doneAt: string | null, doneBy: { __typename?: 'User', id: string, name: string } | null }>, permissions: { __typename?: 'ActionPlanPermissions', canUpdate: boolean } } | null, permissions: { __typename?: 'IndicatorReportPermissions', canAddActionPlan: boolean } }>, deliveries: Array<{ __typename?: 'FollowUpDelivery', orderedVolume: string, deliveredVolume: string | null, compensation: string, actualCost: string | null, comment: string | null, reportedAt: string | null, balanceLine: { __typename?: 'BalanceLine', id: string, description: string, unit: string | null } }>, permissions: { __typename?: 'FollowUpPeriodPermissions', canReport: boolean, canAccept: boolean, canReturn: boolean } };

export type AgreementFollowUpQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgreementFollowUpQuery = { __typename?: 'Query', agreement: { __typename?: 'Agreement', id: string, status: AgreementStatus, canRaiseDispute: boolean, indicators: Array<{ __typename?: 'Indicator', id: string, name: string, unit: string, direction: IndicatorDirection, target: string, warnAt: string | null, frequency: ReportFrequency, position: number, version: number, section: { __typename?: 'Section', id: string, key: string, title: string } | null, balanceLine: { __typename?: 'BalanceLine', id: string, description: string, unit: string | null } | null, permissions: { __typename?: 'IndicatorPermissions', canEdit: boolean, canRemove: boolean, canReport: boolean } }>, actionPlanOwners: Array<{ __typename?: 'User', id: string, name: string }>, followUp: { __typename?: 'FollowUp', deliveryFrequency: ReportFrequency, dueDays: number, periods: Array<{ __typename?: 'FollowUpPeriod', key: string, frequency: ReportFrequency, start: string, end: string, dueDate: string, status: FollowUpPeriodStatus, remarks: string | null, decidedAt: string | null, decidedBy: { __typename?: 'User', id: string, name: string } | null, reports: Array<{ __typename?: 'IndicatorReport', id: string, indicatorId: string, period: string, value: string, status: IndicatorStatus, comment: string | null, reportedAt: string, version: number, reportedBy: { __typename?: 'User', id: string, name: string }, actionPlan: { __typename?: 'ActionPlan', id: string, reportId: string, period: string, indicatorName: string, description: string, dueDate: string, status: ActionPlanStatus, overdue: boolean, doneAt: string | null, version: number, owner: { __typename?: 'User', id: string, name: string }, steps: Array<{ __typename?: 'ActionPlanStep', id: string, position: number, description: string, done: boolean, doneAt: string | null, doneBy: { __typename?: 'User', id: string, name: string } | null }>, permissions: { __typename?: 'ActionPlanPermissions', canUpdate: boolean } } | null, permissions: { __typename?: 'IndicatorReportPermissions', canAddActionPlan: boolean } }>, deliveries: Array<{ __typename?: 'FollowUpDelivery', orderedVolume: string, deliveredVolume: string | null, compensation: string, actualCost: string | null, comment: string | null, reportedAt: string | null, balanceLine: { __typename?: 'BalanceLine', id: string, description: string, unit: string | null } }>, permissions: { __typename?: 'FollowUpPeriodPermissions', canReport: boolean, canAccept: boolean, canReturn: boolean } }>, forecast: { __typename?: 'FollowUpForecast', year: number, start: string, end: string, compensation: string, actualCost: string, forecastCost: string | null, lines: Array<{ __typename?: 'FollowUpForecastLine', orderedVolume: string, compensation: string, deliveredVolume: string, actualCost: string, coveredDays: number, forecastVolume: string | null, forecastCost: string | null, balanceLine: { __typename?: 'BalanceLine', id: string, description: string, unit: string | null } }> } | null, openActionPlans: Array<{ __typename?: 'ActionPlan', id: string, reportId: string, period: string, indicatorName: string, description: string, dueDate: string, status: ActionPlanStatus, overdue: boolean, doneAt: string | null, version: number, owner: { __typename?: 'User', id: string, name: string }, steps: Array<{ __typename?: 'ActionPlanStep', id: string, position: number, description: string, done: boolean, doneAt: string | null, doneBy: { __typename?: 'User', id: string, name: string } | null }>, permissions: { __typename?: 'ActionPlanPermissions', canUpdate: boolean } }>, overdueReports: Array<{ __typename?: 'FollowUpPeriod', key: string, dueDate: string }>, permissions: { __typename?: 'FollowUpPermissions', canAddIndicator: boolean, canReport: boolean, canReportDelivery: boolean, canAccept: boolean, canReturn: boolean } } } };

export type ReportIndicatorMutationVariables = Exact<{
  indicatorId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  value: Scalars['String']['input'];
  comment: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportIndicatorMutation = { __typename?: 'Mutation', reportIndicator: { __typename?: 'IndicatorReport', id: string, indicatorId: string, period: string, value: string, status: IndicatorStatus, comment: string | null, reportedAt: string, version: number, reportedBy: { __typename?: 'User', id: string, name: string }, actionPlan: { __typename?: 'ActionPlan', id: string, reportId: string, period: string, indicatorName: string, description: string, dueDate: string, status: ActionPlanStatus, overdue: boolean, doneAt: string | null, version: number, owner: { __typename?: 'User', id: string, name: string }, steps: Array<{ __typename?: 'ActionPlanStep', id: string, position: number, description: string, done: boolean, doneAt: string | null, doneBy: { __typename?: 'User', id: string, name: string } | null }>, permissions: { __typename?: 'ActionPlanPermissions', canUpdate: boolean } } | null, permissions: { __typename?: 'IndicatorReportPermissions', canAddActionPlan: boolean } } };

export type ReportDeliveryMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  balanceLineId: Scalars['ID']['input'];
  deliveredVolume: Scalars['String']['input'];
  actualCost: Scalars['String']['input'];
  comment: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportDeliveryMutation = { __typename?: 'Mutation', reportDelivery: { __typename?: 'FollowUpPeriod', key: string, status: FollowUpPeriodStatus } };

export type AddActionPlanMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  input: ActionPlanInput;
}>;


export type AddActionPlanMutation = { __typename?: 'Mutation', addActionPlan: { __typename?: 'ActionPlan', id: string, reportId: string, period: string, indicatorName: string, description: string, dueDate: string, status: ActionPlanStatus, overdue: boolean, doneAt: string | null, version: number, owner: { __typename?: 'User', id: string, name: string }, steps: Array<{ __typename?: 'ActionPlanStep', id: string, position: number, description: string, done: boolean, doneAt: string | null, doneBy: { __typename?: 'User', id: string, name: string } | null }>, permissions: { __typename?: 'ActionPlanPermissions', canUpdate: boolean } } };

export type UpdateActionPlanMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  status: ActionPlanStatus;
  changes: InputMaybe<ActionPlanChangesInput>;
}>;


export type UpdateActionPlanMutation = { __typename?: 'Mutation', updateActionPlan: { __typename?: 'ActionPlan', id: string, reportId: string, period: string, indicatorName: string, description: string, dueDate: string, status: ActionPlanStatus, overdue: boolean, doneAt: string | null, version: number, owner: { __typename?: 'User', id: string, name: string }, steps: Array<{ __typename?: 'ActionPlanStep', id: string, position: number, description: string, done: boolean, doneAt: string | null, doneBy: { __typename?: 'User', id: string, name: string } | null }>, permissions: { __typename?: 'ActionPlanPermissions', canUpdate: boolean } } };

export type SetActionStepDoneMutationVariables = Exact<{
  stepId: Scalars['ID']['input'];
  done: Scalars['Boolean']['input'];
}>;


export type SetActionStepDoneMutation = { __typename?: 'Mutation', setActionStepDone: { __typename?: 'ActionPlan', id: string, reportId: string, period: string, indicatorName: string, description: string, dueDate: string, status: ActionPlanStatus, overdue: boolean, doneAt: string | null, version: number, owner: { __typename?: 'User', id: string, name: string }, steps: Array<{ __typename?: 'ActionPlanStep', id: string, position: number, description: string, done: boolean, doneAt: string | null, doneBy: { __typename?: 'User', id: string, name: string } | null }>, permissions: { __typename?: 'ActionPlanPermissions', canUpdate: boolean } } };

export type AcceptFollowUpMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
}>;


export type AcceptFollowUpMutation = { __typename?: 'Mutation', acceptFollowUp: Array<{ __typename?: 'IndicatorReport', id: string, status: IndicatorStatus }> };

export type ReturnFollowUpMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  remarks: Scalars['String']['input'];
}>;


export type ReturnFollowUpMutation = { __typename?: 'Mutation', returnFollowUp: { __typename?: 'FollowUpPeriod', key: string, status: FollowUpPeriodStatus, remarks: string | null } };

export type IndicatorFieldsFragment = { __typename?: 'Indicator', id: string, name: string, unit: string, direction: IndicatorDirection, target: string, warnAt: string | null, frequency: ReportFrequency, position: number, version: number, section: { __typename?: 'Section', id: string, key: string, title: string } | null, balanceLine: { __typename?: 'BalanceLine', id: string, description: string, unit: string | null } | null, permissions: { __typename?: 'IndicatorPermissions', canEdit: boolean, canRemove: boolean, canReport: boolean } };

export type AgreementIndicatorsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgreementIndicatorsQuery = { __typename?: 'Query', agreement: { __typename?: 'Agreement', id: string, status: AgreementStatus, sections: Array<{ __typename?: 'Section', id: string, key: string, title: string }>, balance: { __typename?: 'Balance', version: number, lines: Array<{ __typename?: 'BalanceLine', id: string, kind: BalanceLineKind, description: string, unit: string | null }> }, indicators: Array<{ __typename?: 'Indicator', id: string, name: string, unit: string, direction: IndicatorDirection, target: string, warnAt: string | null, frequency: ReportFrequency, position: number, version: number, section: { __typename?: 'Section', id: string, key: string, title: string } | null, balanceLine: { __typename?: 'BalanceLine', id: string, description: string, unit: string | null } | null, permissions: { __typename?: 'IndicatorPermissions', canEdit: boolean, canRemove: boolean, canReport: boolean } }>, followUp: { __typename?: 'FollowUp', permissions: { __typename?: 'FollowUpPermissions', canAddIndicator: boolean } } } };

export type AddIndicatorMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  input: IndicatorInput;
}>;


export type AddIndicatorMutation = { __typename?: 'Mutation', addIndicator: { __typename?: 'Indicator', id: string, name: string, unit: string, direction: IndicatorDirection, target: string, warnAt: string | null, frequency: ReportFrequency, position: number, version: number, section: { __typename?: 'Section', id: string, key: string, title: string } | null, balanceLine: { __typename?: 'BalanceLine', id: string, description: string, unit: string | null } | null, permissions: { __typename?: 'IndicatorPermissions', canEdit: boolean, canRemove: boolean, canReport: boolean } } };

export type UpdateIndicatorMutationVariables = Exact<{
  indicatorId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: IndicatorInput;
}>;


export type UpdateIndicatorMutation = { __typename?: 'Mutation', updateIndicator: { __typename?: 'Indicator', id: string, name: string, unit: string, direction: IndicatorDirection, target: string, warnAt: string | null, frequency: ReportFrequency, position: number, version: number, section: { __typename?: 'Section', id: string, key: string, title: string } | null, balanceLine: { __typename?: 'BalanceLine', id: string, description: string, unit: string | null } | null, permissions: { __typename?: 'IndicatorPermissions', canEdit: boolean, canRemove: boolean, canReport: boolean } } };

export type RemoveIndicatorMutationVariables = Exact<{
  indicatorId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type RemoveIndicatorMutation = { __typename?: 'Mutation', removeIndicator: { __typename?: 'Agreement', id: string } };

export type AgreementVersionItemFragment = { __typename?: 'AgreementSnapshot', id: string, number: number, name: string, createdAt: string, createdBy: { __typename?: 'User', id: string, name: string }, balance: { __typename?: 'SnapshotBalance', version: number, lineCount: number, cost: string, compensation: string } | null };

export type AgreementVersionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgreementVersionsQuery = { __typename?: 'Query', agreement: { __typename?: 'Agreement', id: string, historyPermissions: { __typename?: 'HistoryPermissions', canCreateVersion: boolean, canRestore: boolean }, balance: { __typename?: 'Balance', version: number }, versions: Array<{ __typename?: 'AgreementSnapshot', id: string, number: number, name: string, createdAt: string, createdBy: { __typename?: 'User', id: string, name: string }, balance: { __typename?: 'SnapshotBalance', version: number, lineCount: number, cost: string, compensation: string } | null }> } };

export type CompareVersionsQueryVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  fromVersionId: Scalars['ID']['input'];
  toVersionId: InputMaybe<Scalars['ID']['input']>;
}>;


export type CompareVersionsQuery = { __typename?: 'Query', compareVersions: Array<{ __typename?: 'SectionDiff', sectionKey: string, title: string, changed: boolean, parts: Array<{ __typename?: 'DiffPart', kind: DiffKind, text: string }> }> };

export type CreateVersionMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type CreateVersionMutation = { __typename?: 'Mutation', createVersion: { __typename?: 'AgreementSnapshot', id: string, number: number, name: string, createdAt: string, createdBy: { __typename?: 'User', id: string, name: string }, balance: { __typename?: 'SnapshotBalance', version: number, lineCount: number, cost: string, compensation: string } | null } };

export type RestoreVersionMutationVariables = Exact<{
  versionId: Scalars['ID']['input'];
  expectedBalanceVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type RestoreVersionMutation = { __typename?: 'Mutation', restoreVersion: { __typename?: 'Agreement', id: string, status: AgreementStatus } };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', user: { __typename?: 'User', id: string, name: string, email: string, roles: Array<{ __typename?: 'RoleAssignment', role: Role, organ: { __typename?: 'Organ', id: string, name: string, shortName: string, kind: OrganKind } }> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, name: string, email: string, roles: Array<{ __typename?: 'RoleAssignment', role: Role, organ: { __typename?: 'Organ', id: string, name: string, shortName: string, kind: OrganKind } }> } };

export type SessionUserFragment = { __typename?: 'User', id: string, name: string, email: string, roles: Array<{ __typename?: 'RoleAssignment', role: Role, organ: { __typename?: 'Organ', id: string, name: string, shortName: string, kind: OrganKind } }> };

export type OrgansQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgansQuery = { __typename?: 'Query', organs: Array<{ __typename?: 'Organ', id: string, name: string, shortName: string, kind: OrganKind }> };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { __typename?: 'Query', unreadNotificationCount: number, notifications: Array<{ __typename?: 'Notification', id: string, kind: string, summary: string, agreementId: string | null, disputeId: string | null, diarienummer: string | null, period: string | null, dueDate: string | null, read: boolean, createdAt: string }> };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type NotificationsChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationsChangedSubscription = { __typename?: 'Subscription', notificationsChanged: number };

export type PublicRecordsQueryVariables = Exact<{
  kommun: Scalars['String']['input'];
}>;


export type PublicRecordsQuery = { __typename?: 'Query', publicMunicipality: { __typename?: 'Municipality', id: string, name: string, slug: string }, publicAgreements: Array<{ __typename?: 'Agreement', id: string, diarienummer: string, title: string, kind: AgreementKind, periodStart: string, periodEnd: string, recordHash: string | null, purchaser: { __typename?: 'Organ', id: string, name: string }, provider: { __typename?: 'Organ', id: string, name: string }, currentVersion: { __typename?: 'AgreementVersion', number: number, contentHash: string, createdAt: string } | null, decisions: Array<{ __typename?: 'AppliedDecision', disputeId: string, subject: DisputeSubject, text: string, level: DisputeLevel, body: OrganKind | null, reference: string | null, meetingDate: string | null, paragraph: string | null, decidedAt: string, section: { __typename?: 'DisputeSection', id: string, title: string } | null }>, approvals: Array<{ __typename?: 'Approval', decision: ApprovalDecision | null, meetingDate: string | null, paragraph: string | null, organ: { __typename?: 'Organ', id: string, name: string } }>, signatures: Array<{ __typename?: 'Signature', party: Party, signedAt: string, user: { __typename?: 'User', name: string } }>, sections: Array<{ __typename?: 'Section', id: string, title: string, text: string }>, balance: { __typename?: 'Balance', status: BalanceStatus, lines: Array<{ __typename?: 'BalanceLine', id: string, kind: BalanceLineKind, description: string, volume: number | null, unit: string | null, unitAmount: string | null, amount: string }>, totals: { __typename?: 'BalanceTotals', cost: string, compensation: string, difference: string, marginPercent: number | null, requirementMet: boolean } }, publicFollowUp: { __typename?: 'PublicFollowUp', acceptedPeriods: Array<string>, latestAcceptedPeriod: string | null, green: number, yellow: number, red: number, openActionPlans: number, compensation: string, actualCost: string, indicators: Array<{ __typename?: 'PublicIndicator', id: string, name: string, unit: string, direction: IndicatorDirection, target: string, warnAt: string | null, frequency: ReportFrequency, results: Array<{ __typename?: 'PublicIndicatorResult', period: string, value: string, status: IndicatorStatus, comment: string | null, actionPlan: { __typename?: 'PublicActionPlan', description: string, ownerName: string, dueDate: string, status: ActionPlanStatus } | null }> }>, scopeLines: Array<{ __typename?: 'PublicScopeLine', id: string, description: string, unit: string | null, orderedVolume: string | null, estimatedCost: string, deliveredVolume: string, actualCost: string, periods: Array<{ __typename?: 'PublicScopeResult', period: string, deliveredVolume: string, actualCost: string, comment: string | null }> }> } | null }> };

export type SectionAgreementFieldsFragment = { __typename?: 'Section', id: string, seq: number, status: SectionStatus, editable: boolean, canAgreeSection: boolean, canReopenSection: boolean, agreedBy: Array<{ __typename?: 'SectionMark', party: Party, seq: number, at: string, user: { __typename?: 'User', id: string, name: string } }> };

export type AgreeSectionMutationVariables = Exact<{
  sectionId: Scalars['ID']['input'];
  seq: Scalars['Int']['input'];
}>;


export type AgreeSectionMutation = { __typename?: 'Mutation', agreeSection: { __typename?: 'Section', id: string, seq: number, status: SectionStatus, editable: boolean, canAgreeSection: boolean, canReopenSection: boolean, agreedBy: Array<{ __typename?: 'SectionMark', party: Party, seq: number, at: string, user: { __typename?: 'User', id: string, name: string } }> } };

export type ReopenSectionMutationVariables = Exact<{
  sectionId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReopenSectionMutation = { __typename?: 'Mutation', reopenSection: { __typename?: 'Section', id: string, seq: number, status: SectionStatus, editable: boolean, canAgreeSection: boolean, canReopenSection: boolean, agreedBy: Array<{ __typename?: 'SectionMark', party: Party, seq: number, at: string, user: { __typename?: 'User', id: string, name: string } }> } };

export type SingleSignOnForQueryVariables = Exact<{
  kommun: InputMaybe<Scalars['String']['input']>;
  email: InputMaybe<Scalars['String']['input']>;
}>;


export type SingleSignOnForQuery = { __typename?: 'Query', singleSignOnFor: { __typename?: 'SingleSignOnOption', kommun: string, displayName: string, startUrl: string } | null };

export type SingleSignOnSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SingleSignOnSettingsQuery = { __typename?: 'Query', singleSignOn: { __typename?: 'SingleSignOnConfig', issuer: string, clientId: string, hasClientSecret: boolean, clientSecretEnv: string | null, displayName: string, emailDomains: Array<string>, jitEnabled: boolean, trustDomainEmail: boolean, groupsClaim: string, version: number, callbackUrl: string, startUrl: string, groupRoleMappings: Array<{ __typename?: 'GroupRoleMapping', id: string, group: string, role: Role, organ: { __typename?: 'Organ', id: string, shortName: string, name: string } }> } | null, organs: Array<{ __typename?: 'Organ', id: string, name: string, shortName: string }> };

export type ConfigureSingleSignOnMutationVariables = Exact<{
  input: SingleSignOnInput;
  expectedVersion: Scalars['Int']['input'];
}>;


export type ConfigureSingleSignOnMutation = { __typename?: 'Mutation', configureSingleSignOn: { __typename?: 'SingleSignOnConfig', issuer: string, clientId: string, hasClientSecret: boolean, clientSecretEnv: string | null, displayName: string, emailDomains: Array<string>, jitEnabled: boolean, trustDomainEmail: boolean, groupsClaim: string, version: number, callbackUrl: string, startUrl: string, groupRoleMappings: Array<{ __typename?: 'GroupRoleMapping', id: string, group: string, role: Role, organ: { __typename?: 'Organ', id: string, shortName: string, name: string } }> } };

export type RemoveSingleSignOnMutationVariables = Exact<{ [key: string]: never; }>;


export type RemoveSingleSignOnMutation = { __typename?: 'Mutation', removeSingleSignOn: boolean };

export type SetGroupRoleMappingsMutationVariables = Exact<{
  mappings: Array<GroupRoleMappingInput> | GroupRoleMappingInput;
}>;


export type SetGroupRoleMappingsMutation = { __typename?: 'Mutation', setGroupRoleMappings: { __typename?: 'SingleSignOnConfig', issuer: string, clientId: string, hasClientSecret: boolean, clientSecretEnv: string | null, displayName: string, emailDomains: Array<string>, jitEnabled: boolean, trustDomainEmail: boolean, groupsClaim: string, version: number, callbackUrl: string, startUrl: string, groupRoleMappings: Array<{ __typename?: 'GroupRoleMapping', id: string, group: string, role: Role, organ: { __typename?: 'Organ', id: string, shortName: string, name: string } }> } };

export type SingleSignOnFieldsFragment = { __typename?: 'SingleSignOnConfig', issuer: string, clientId: string, hasClientSecret: boolean, clientSecretEnv: string | null, displayName: string, emailDomains: Array<string>, jitEnabled: boolean, trustDomainEmail: boolean, groupsClaim: string, version: number, callbackUrl: string, startUrl: string, groupRoleMappings: Array<{ __typename?: 'GroupRoleMapping', id: string, group: string, role: Role, organ: { __typename?: 'Organ', id: string, shortName: string, name: string } }> };

export const AdminOrganFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrgan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organ"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"inUse"}}]}}]} as unknown as DocumentNode<AdminOrganFragment, unknown>;
export const AdminUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUserFragment, unknown>;
export const AdminSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalitySettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"queueWarnDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueOverdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLoginAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"strategicValueMediumFrom"}},{"kind":"Field","name":{"kind":"Name","value":"strategicValueHighFrom"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRequirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minMarginPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minMarginPercent"}}]}}]}}]} as unknown as DocumentNode<AdminSettingsFragment, unknown>;
export const AdminTemplateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTemplate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<AdminTemplateFragment, unknown>;
export const AgreementSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}}]} as unknown as DocumentNode<AgreementSummaryFragment, unknown>;
export const AgreementEventItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgreementEventItemFragment, unknown>;
export const LifecycleGapFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleGapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"organ"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}}]} as unknown as DocumentNode<LifecycleGapFieldsFragment, unknown>;
export const FrozenVersionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrozenVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<FrozenVersionFragment, unknown>;
export const FrozenRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrozenRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceMarks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"sectionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<FrozenRecordFragment, unknown>;
export const ApprovalRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Approval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"canCorrect"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}}]} as unknown as DocumentNode<ApprovalRecordFragment, unknown>;
export const SignatureRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignatureRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Signature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]} as unknown as DocumentNode<SignatureRecordFragment, unknown>;
export const ApprovalStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmitForApproval"}},{"kind":"Field","name":{"kind":"Name","value":"canSignAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"canStartAmendment"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingForNextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleGapFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrozenVersion"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrozenRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignatureRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleGapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"organ"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrozenVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrozenRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceMarks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"sectionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Approval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"canCorrect"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignatureRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Signature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]} as unknown as DocumentNode<ApprovalStateFragment, unknown>;
export const BalanceLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]} as unknown as DocumentNode<BalanceLineFieldsFragment, unknown>;
export const BalanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"marginPercent"}},{"kind":"Field","name":{"kind":"Name","value":"requirementMet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minMarginPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calculationModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorYearCost"}},{"kind":"Field","name":{"kind":"Name","value":"volumeChangePercent"}},{"kind":"Field","name":{"kind":"Name","value":"efficiencyPercent"}},{"kind":"Field","name":{"kind":"Name","value":"indexUpliftPercent"}},{"kind":"Field","name":{"kind":"Name","value":"afterVolumeChange"}},{"kind":"Field","name":{"kind":"Name","value":"afterEfficiency"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedCompensation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPropose"}},{"kind":"Field","name":{"kind":"Name","value":"canAgreeBalance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]} as unknown as DocumentNode<BalanceFieldsFragment, unknown>;
export const ProposedLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposedLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposedLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]} as unknown as DocumentNode<ProposedLineFieldsFragment, unknown>;
export const ProposalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"counterTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseMessage"}},{"kind":"Field","name":{"kind":"Name","value":"appliedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amountBefore"}},{"kind":"Field","name":{"kind":"Name","value":"amountAfter"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposedLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"line"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposedLineFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAccept"}},{"kind":"Field","name":{"kind":"Name","value":"canReject"}},{"kind":"Field","name":{"kind":"Name","value":"canCounter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposedLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposedLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]} as unknown as DocumentNode<ProposalFieldsFragment, unknown>;
export const PresenceMemberItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PresenceMemberItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PresenceMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PresenceMemberItemFragment, unknown>;
export const SuggestionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SuggestionItemFragment, unknown>;
export const CommentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"anchorEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"onDeletedText"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CommentFieldsFragment, unknown>;
export const CommentThreadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"anchorEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"onDeletedText"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CommentThreadFragment, unknown>;
export const DisputeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"concernsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAtStake"}},{"kind":"Field","name":{"kind":"Name","value":"raisedParty"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueAge"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalNote"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"balanceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reflectedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddPosition"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdraw"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalateDispute"}},{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRefer"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"canSetPriority"}},{"kind":"Field","name":{"kind":"Name","value":"canConfirmReflected"}}]}}]}}]} as unknown as DocumentNode<DisputeFieldsFragment, unknown>;
export const AnnualReportDecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AnnualReportDecisionFieldsFragment, unknown>;
export const AnnualReportTotalsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"partly"}},{"kind":"Field","name":{"kind":"Name","value":"notMet"}},{"kind":"Field","name":{"kind":"Name","value":"noBasis"}},{"kind":"Field","name":{"kind":"Name","value":"openActionPlans"}}]}}]} as unknown as DocumentNode<AnnualReportTotalsFieldsFragment, unknown>;
export const AnnualReportAgreementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserResponsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"providerResponsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"valueClass"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"computedRequirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"canAssess"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deficiencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stepsDone"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"orderedVolume"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVolume"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"deficiencies"}},{"kind":"Field","name":{"kind":"Name","value":"goalEffect"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<AnnualReportAgreementFieldsFragment, unknown>;
export const AnnualFollowUpReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualFollowUpReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualFollowUpReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"yearEnded"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordDecision"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportAgreementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"partly"}},{"kind":"Field","name":{"kind":"Name","value":"notMet"}},{"kind":"Field","name":{"kind":"Name","value":"noBasis"}},{"kind":"Field","name":{"kind":"Name","value":"openActionPlans"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserResponsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"providerResponsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"valueClass"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"computedRequirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"canAssess"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deficiencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stepsDone"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"orderedVolume"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVolume"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"deficiencies"}},{"kind":"Field","name":{"kind":"Name","value":"goalEffect"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<AnnualFollowUpReportFieldsFragment, unknown>;
export const AgreementClassificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementClassificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compensation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"valueClass"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedStrategic"}},{"kind":"Field","name":{"kind":"Name","value":"strategic"}},{"kind":"Field","name":{"kind":"Name","value":"classificationVersion"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classificationPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canSetPurchaserResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"canSetProviderResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"canClassify"}},{"kind":"Field","name":{"kind":"Name","value":"canMarkStrategic"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"purchaserCandidates"},"name":{"kind":"Name","value":"responsibleCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"party"},"value":{"kind":"EnumValue","value":"PURCHASER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"providerCandidates"},"name":{"kind":"Name","value":"responsibleCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"party"},"value":{"kind":"EnumValue","value":"PROVIDER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgreementClassificationFieldsFragment, unknown>;
export const ActionPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}}]}}]}}]} as unknown as DocumentNode<ActionPlanFieldsFragment, unknown>;
export const IndicatorReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddActionPlan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}}]}}]}}]} as unknown as DocumentNode<IndicatorReportFieldsFragment, unknown>;
export const FollowUpPeriodFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderedVolume"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVolume"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canReport"}},{"kind":"Field","name":{"kind":"Name","value":"canAccept"}},{"kind":"Field","name":{"kind":"Name","value":"canReturn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddActionPlan"}}]}}]}}]} as unknown as DocumentNode<FollowUpPeriodFieldsFragment, unknown>;
export const IndicatorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"warnAt"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canRemove"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}}]}}]}}]} as unknown as DocumentNode<IndicatorFieldsFragment, unknown>;
export const AgreementVersionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementVersionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}}]}}]}}]} as unknown as DocumentNode<AgreementVersionItemFragment, unknown>;
export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const SectionAgreementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Section"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"canAgreeSection"}},{"kind":"Field","name":{"kind":"Name","value":"canReopenSection"}},{"kind":"Field","name":{"kind":"Name","value":"agreedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SectionAgreementFieldsFragment, unknown>;
export const SingleSignOnFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SingleSignOnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SingleSignOnConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"hasClientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretEnv"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomains"}},{"kind":"Field","name":{"kind":"Name","value":"jitEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"trustDomainEmail"}},{"kind":"Field","name":{"kind":"Name","value":"groupsClaim"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"startUrl"}},{"kind":"Field","name":{"kind":"Name","value":"groupRoleMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SingleSignOnFieldsFragment, unknown>;
export const SetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<SetPasswordMutation, SetPasswordMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailPreference"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<MyAccountQuery, MyAccountQueryVariables>;
export const UpdateMyPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailPreference"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<UpdateMyPreferencesMutation, UpdateMyPreferencesMutationVariables>;
export const AdminOrgansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrgans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrgan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrgan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organ"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"inUse"}}]}}]} as unknown as DocumentNode<AdminOrgansQuery, AdminOrgansQueryVariables>;
export const CreateOrganDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrgan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrgan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrgan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organ"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"inUse"}}]}}]} as unknown as DocumentNode<CreateOrganMutation, CreateOrganMutationVariables>;
export const UpdateOrganDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrgan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrgan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrgan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrgan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organ"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"inUse"}}]}}]} as unknown as DocumentNode<UpdateOrganMutation, UpdateOrganMutationVariables>;
export const DeactivateOrganDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateOrgan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateOrgan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrgan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrgan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organ"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"inUse"}}]}}]} as unknown as DocumentNode<DeactivateOrganMutation, DeactivateOrganMutationVariables>;
export const ReactivateOrganDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateOrgan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateOrgan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrgan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrgan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organ"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"inUse"}}]}}]} as unknown as DocumentNode<ReactivateOrganMutation, ReactivateOrganMutationVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPasswordUrl"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const ResendInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPasswordUrl"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const SetUserRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<SetUserRolesMutation, SetUserRolesMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const AdminSectionTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSectionTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminTemplate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTemplate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<AdminSectionTemplateQuery, AdminSectionTemplateQueryVariables>;
export const SetSectionTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSectionTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SectionTemplateInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSectionTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminTemplate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTemplate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<SetSectionTemplateMutation, SetSectionTemplateMutationVariables>;
export const AdminSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalitySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalitySettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"queueWarnDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueOverdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLoginAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"strategicValueMediumFrom"}},{"kind":"Field","name":{"kind":"Name","value":"strategicValueHighFrom"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRequirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minMarginPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minMarginPercent"}}]}}]}}]} as unknown as DocumentNode<AdminSettingsQuery, AdminSettingsQueryVariables>;
export const UpdateMunicipalitySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMunicipalitySettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalitySettingsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMunicipalitySettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalitySettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"queueWarnDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueOverdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLoginAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"strategicValueMediumFrom"}},{"kind":"Field","name":{"kind":"Name","value":"strategicValueHighFrom"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRequirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minMarginPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minMarginPercent"}}]}}]}}]} as unknown as DocumentNode<UpdateMunicipalitySettingsMutation, UpdateMunicipalitySettingsMutationVariables>;
export const SetDefaultResultRequirementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDefaultResultRequirement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultRequirementInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultResultRequirement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalitySettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"queueWarnDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueOverdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLoginAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"strategicValueMediumFrom"}},{"kind":"Field","name":{"kind":"Name","value":"strategicValueHighFrom"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRequirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minMarginPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minMarginPercent"}}]}}]}}]} as unknown as DocumentNode<SetDefaultResultRequirementMutation, SetDefaultResultRequirementMutationVariables>;
export const SetResultRequirementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetResultRequirement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultRequirementInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setResultRequirement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalitySettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"queueWarnDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueOverdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLoginAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"strategicValueMediumFrom"}},{"kind":"Field","name":{"kind":"Name","value":"strategicValueHighFrom"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRequirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minMarginPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minMarginPercent"}}]}}]}}]} as unknown as DocumentNode<SetResultRequirementMutation, SetResultRequirementMutationVariables>;
export const RemoveResultRequirementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveResultRequirement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeResultRequirement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalitySettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"queueWarnDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueOverdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLoginAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"strategicValueMediumFrom"}},{"kind":"Field","name":{"kind":"Name","value":"strategicValueHighFrom"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRequirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minMarginPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minMarginPercent"}}]}}]}}]} as unknown as DocumentNode<RemoveResultRequirementMutation, RemoveResultRequirementMutationVariables>;
export const AdminLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdminLogQuery, AdminLogQueryVariables>;
export const AgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementSummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectionAgreementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Section"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"canAgreeSection"}},{"kind":"Field","name":{"kind":"Name","value":"canReopenSection"}},{"kind":"Field","name":{"kind":"Name","value":"agreedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementQuery, AgreementQueryVariables>;
export const AgreementTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beforeSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"beforeSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beforeSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementEventItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgreementTimelineQuery, AgreementTimelineQueryVariables>;
export const AgreementEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AgreementEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementEventItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgreementEventsSubscription, AgreementEventsSubscriptionVariables>;
export const AgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}}]} as unknown as DocumentNode<AgreementsQuery, AgreementsQueryVariables>;
export const CreateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementSummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}}]} as unknown as DocumentNode<CreateAgreementMutation, CreateAgreementMutationVariables>;
export const UpdateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementSummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}}]} as unknown as DocumentNode<UpdateAgreementMutation, UpdateAgreementMutationVariables>;
export const AgreementApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleGapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"organ"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrozenVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrozenRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceMarks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"sectionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Approval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"canCorrect"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignatureRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Signature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmitForApproval"}},{"kind":"Field","name":{"kind":"Name","value":"canSignAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"canStartAmendment"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingForNextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleGapFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrozenVersion"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrozenRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignatureRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AgreementApprovalQuery, AgreementApprovalQueryVariables>;
export const ApprovalQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementSummary"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrozenVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrozenVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Approval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"canCorrect"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}}]} as unknown as DocumentNode<ApprovalQueueQuery, ApprovalQueueQueryVariables>;
export const ApprovalQueueWakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ApprovalQueueWake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationsChanged"}}]}}]} as unknown as DocumentNode<ApprovalQueueWakeSubscription, ApprovalQueueWakeSubscriptionVariables>;
export const SubmitForApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitForApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitForApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalState"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleGapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"organ"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrozenVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrozenRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceMarks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"sectionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Approval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"canCorrect"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignatureRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Signature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmitForApproval"}},{"kind":"Field","name":{"kind":"Name","value":"canSignAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"canStartAmendment"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingForNextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleGapFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrozenVersion"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrozenRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignatureRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<SubmitForApprovalMutation, SubmitForApprovalMutationVariables>;
export const RecordApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleGapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"organ"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrozenVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrozenRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceMarks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"sectionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Approval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"canCorrect"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignatureRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Signature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmitForApproval"}},{"kind":"Field","name":{"kind":"Name","value":"canSignAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"canStartAmendment"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingForNextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleGapFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrozenVersion"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrozenRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignatureRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RecordApprovalMutation, RecordApprovalMutationVariables>;
export const CorrectApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovalInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleGapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"organ"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrozenVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrozenRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceMarks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"sectionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Approval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"canCorrect"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignatureRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Signature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmitForApproval"}},{"kind":"Field","name":{"kind":"Name","value":"canSignAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"canStartAmendment"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingForNextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleGapFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrozenVersion"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrozenRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignatureRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CorrectApprovalMutation, CorrectApprovalMutationVariables>;
export const SignAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentHash"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contentHash"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentHash"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleGapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"organ"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrozenVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrozenRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceMarks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"sectionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Approval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"canCorrect"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignatureRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Signature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmitForApproval"}},{"kind":"Field","name":{"kind":"Name","value":"canSignAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"canStartAmendment"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingForNextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleGapFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrozenVersion"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrozenRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignatureRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<SignAgreementMutation, SignAgreementMutationVariables>;
export const StartAmendmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAmendment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAmendment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}}]}}]}}]} as unknown as DocumentNode<StartAmendmentMutation, StartAmendmentMutationVariables>;
export const AgreementBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposedLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposedLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"marginPercent"}},{"kind":"Field","name":{"kind":"Name","value":"requirementMet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minMarginPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calculationModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorYearCost"}},{"kind":"Field","name":{"kind":"Name","value":"volumeChangePercent"}},{"kind":"Field","name":{"kind":"Name","value":"efficiencyPercent"}},{"kind":"Field","name":{"kind":"Name","value":"indexUpliftPercent"}},{"kind":"Field","name":{"kind":"Name","value":"afterVolumeChange"}},{"kind":"Field","name":{"kind":"Name","value":"afterEfficiency"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedCompensation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canPropose"}},{"kind":"Field","name":{"kind":"Name","value":"canAgreeBalance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"counterTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseMessage"}},{"kind":"Field","name":{"kind":"Name","value":"appliedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amountBefore"}},{"kind":"Field","name":{"kind":"Name","value":"amountAfter"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposedLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"line"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposedLineFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAccept"}},{"kind":"Field","name":{"kind":"Name","value":"canReject"}},{"kind":"Field","name":{"kind":"Name","value":"canCounter"}}]}}]}}]} as unknown as DocumentNode<AgreementBalanceQuery, AgreementBalanceQueryVariables>;
export const AddBalanceLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddBalanceLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBalanceLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddBalanceLineMutation, AddBalanceLineMutationVariables>;
export const UpdateBalanceLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBalanceLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBalanceLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateBalanceLineMutation, UpdateBalanceLineMutationVariables>;
export const RemoveBalanceLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveBalanceLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeBalanceLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RemoveBalanceLineMutation, RemoveBalanceLineMutationVariables>;
export const SetCalculationModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCalculationModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CalculationModelInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCalculationModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetCalculationModelMutation, SetCalculationModelMutationVariables>;
export const AgreeBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreeBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreeBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AgreeBalanceMutation, AgreeBalanceMutationVariables>;
export const ProposeBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProposeBalanceMutation, ProposeBalanceMutationVariables>;
export const RespondToProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalResponse"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RespondToProposalMutation, RespondToProposalMutationVariables>;
export const PresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Presence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PresenceMemberItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PresenceMemberItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PresenceMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PresenceSubscription, PresenceSubscriptionVariables>;
export const UpdatePresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePresence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePresence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"cursor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}}}]}]}}]} as unknown as DocumentNode<UpdatePresenceMutation, UpdatePresenceMutationVariables>;
export const SectionStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stateVector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stateVector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stateVector"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]}}]} as unknown as DocumentNode<SectionStateQuery, SectionStateQueryVariables>;
export const PushSectionUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PushSectionUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"origin"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushSectionUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}},{"kind":"Argument","name":{"kind":"Name","value":"origin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"origin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]} as unknown as DocumentNode<PushSectionUpdateMutation, PushSectionUpdateMutationVariables>;
export const SectionUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SectionUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"origin"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}},{"kind":"Argument","name":{"kind":"Name","value":"origin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"origin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"update"}}]}}]}}]} as unknown as DocumentNode<SectionUpdatesSubscription, SectionUpdatesSubscriptionVariables>;
export const SectionSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"canDecideAllSuggestions"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuggestionItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SectionSuggestionsQuery, SectionSuggestionsQueryVariables>;
export const AcceptSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"suggestionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"suggestionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"suggestionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]} as unknown as DocumentNode<AcceptSuggestionMutation, AcceptSuggestionMutationVariables>;
export const RejectSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"suggestionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"suggestionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"suggestionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]} as unknown as DocumentNode<RejectSuggestionMutation, RejectSuggestionMutationVariables>;
export const AcceptAllSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptAllSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAllSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]} as unknown as DocumentNode<AcceptAllSuggestionsMutation, AcceptAllSuggestionsMutationVariables>;
export const RejectAllSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectAllSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAllSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]} as unknown as DocumentNode<RejectAllSuggestionsMutation, RejectAllSuggestionsMutationVariables>;
export const AgreementCommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canComment"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"anchorEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"onDeletedText"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}}]} as unknown as DocumentNode<AgreementCommentsQuery, AgreementCommentsQueryVariables>;
export const AddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"anchor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"anchorEnd"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quote"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"anchor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"anchor"}}},{"kind":"Argument","name":{"kind":"Name","value":"anchorEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"anchorEnd"}}},{"kind":"Argument","name":{"kind":"Name","value":"quote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quote"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"anchorEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"onDeletedText"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}}]} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const SetCommentResolvedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCommentResolved"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolved"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCommentResolved"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolved"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"anchorEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"onDeletedText"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}}]} as unknown as DocumentNode<SetCommentResolvedMutation, SetCommentResolvedMutationVariables>;
export const RaiseDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseDisputeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"concernsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAtStake"}},{"kind":"Field","name":{"kind":"Name","value":"raisedParty"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueAge"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalNote"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"balanceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reflectedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddPosition"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdraw"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalateDispute"}},{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRefer"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"canSetPriority"}},{"kind":"Field","name":{"kind":"Name","value":"canConfirmReflected"}}]}}]}}]} as unknown as DocumentNode<RaiseDisputeMutation, RaiseDisputeMutationVariables>;
export const AddDisputePositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDisputePosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disputeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consequence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDisputePosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"disputeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disputeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}},{"kind":"Argument","name":{"kind":"Name","value":"consequence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consequence"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"concernsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAtStake"}},{"kind":"Field","name":{"kind":"Name","value":"raisedParty"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueAge"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalNote"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"balanceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reflectedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddPosition"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdraw"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalateDispute"}},{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRefer"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"canSetPriority"}},{"kind":"Field","name":{"kind":"Name","value":"canConfirmReflected"}}]}}]}}]} as unknown as DocumentNode<AddDisputePositionMutation, AddDisputePositionMutationVariables>;
export const WithdrawDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disputeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"disputeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disputeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"concernsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAtStake"}},{"kind":"Field","name":{"kind":"Name","value":"raisedParty"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueAge"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalNote"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"balanceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reflectedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddPosition"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdraw"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalateDispute"}},{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRefer"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"canSetPriority"}},{"kind":"Field","name":{"kind":"Name","value":"canConfirmReflected"}}]}}]}}]} as unknown as DocumentNode<WithdrawDisputeMutation, WithdrawDisputeMutationVariables>;
export const EscalateDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disputeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"disputeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disputeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"concernsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAtStake"}},{"kind":"Field","name":{"kind":"Name","value":"raisedParty"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueAge"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalNote"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"balanceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reflectedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddPosition"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdraw"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalateDispute"}},{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRefer"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"canSetPriority"}},{"kind":"Field","name":{"kind":"Name","value":"canConfirmReflected"}}]}}]}}]} as unknown as DocumentNode<EscalateDisputeMutation, EscalateDisputeMutationVariables>;
export const AssignDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disputeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"disputeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disputeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"concernsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAtStake"}},{"kind":"Field","name":{"kind":"Name","value":"raisedParty"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueAge"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalNote"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"balanceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reflectedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddPosition"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdraw"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalateDispute"}},{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRefer"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"canSetPriority"}},{"kind":"Field","name":{"kind":"Name","value":"canConfirmReflected"}}]}}]}}]} as unknown as DocumentNode<AssignDisputeMutation, AssignDisputeMutationVariables>;
export const ReferDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disputeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"disputeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disputeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"concernsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAtStake"}},{"kind":"Field","name":{"kind":"Name","value":"raisedParty"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueAge"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalNote"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"balanceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reflectedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddPosition"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdraw"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalateDispute"}},{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRefer"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"canSetPriority"}},{"kind":"Field","name":{"kind":"Name","value":"canConfirmReflected"}}]}}]}}]} as unknown as DocumentNode<ReferDisputeMutation, ReferDisputeMutationVariables>;
export const DecideDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disputeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"disputeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disputeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"concernsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAtStake"}},{"kind":"Field","name":{"kind":"Name","value":"raisedParty"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueAge"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalNote"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"balanceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reflectedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddPosition"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdraw"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalateDispute"}},{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRefer"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"canSetPriority"}},{"kind":"Field","name":{"kind":"Name","value":"canConfirmReflected"}}]}}]}}]} as unknown as DocumentNode<DecideDisputeMutation, DecideDisputeMutationVariables>;
export const ConfirmDecisionReflectedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmDecisionReflected"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disputeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmDecisionReflected"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"disputeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disputeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"concernsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAtStake"}},{"kind":"Field","name":{"kind":"Name","value":"raisedParty"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueAge"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalNote"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"balanceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reflectedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddPosition"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdraw"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalateDispute"}},{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRefer"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"canSetPriority"}},{"kind":"Field","name":{"kind":"Name","value":"canConfirmReflected"}}]}}]}}]} as unknown as DocumentNode<ConfirmDecisionReflectedMutation, ConfirmDecisionReflectedMutationVariables>;
export const SetDisputePriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDisputePriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disputeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priority"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisputePriority"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDisputePriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"disputeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disputeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"priority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priority"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"concernsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAtStake"}},{"kind":"Field","name":{"kind":"Name","value":"raisedParty"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueAge"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalNote"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"balanceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reflectedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddPosition"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdraw"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalateDispute"}},{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRefer"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"canSetPriority"}},{"kind":"Field","name":{"kind":"Name","value":"canConfirmReflected"}}]}}]}}]} as unknown as DocumentNode<SetDisputePriorityMutation, SetDisputePriorityMutationVariables>;
export const AgreementDisputesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementDisputes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canRaiseDispute"}},{"kind":"Field","name":{"kind":"Name","value":"blockingDisputeCount"}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"concernsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAtStake"}},{"kind":"Field","name":{"kind":"Name","value":"raisedParty"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueAge"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalNote"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"balanceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reflectedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddPosition"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdraw"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalateDispute"}},{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRefer"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"canSetPriority"}},{"kind":"Field","name":{"kind":"Name","value":"canConfirmReflected"}}]}}]}}]} as unknown as DocumentNode<AgreementDisputesQuery, AgreementDisputesQueryVariables>;
export const DisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementEventItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"concernsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAtStake"}},{"kind":"Field","name":{"kind":"Name","value":"raisedParty"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueAge"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalNote"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"balanceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reflectedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddPosition"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdraw"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalateDispute"}},{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRefer"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"canSetPriority"}},{"kind":"Field","name":{"kind":"Name","value":"canConfirmReflected"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DisputeQuery, DisputeQueryVariables>;
export const EscalationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscalationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisputeSubject"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisputeLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationQueueSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnDays"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"concernsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAtStake"}},{"kind":"Field","name":{"kind":"Name","value":"raisedParty"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueDays"}},{"kind":"Field","name":{"kind":"Name","value":"queueAge"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalNote"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"balanceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reflectedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddPosition"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdraw"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalateDispute"}},{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRefer"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"canSetPriority"}},{"kind":"Field","name":{"kind":"Name","value":"canConfirmReflected"}}]}}]}}]} as unknown as DocumentNode<EscalationQueueQuery, EscalationQueueQueryVariables>;
export const EscalationAssigneesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscalationAssignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationAssignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EscalationAssigneesQuery, EscalationAssigneesQueryVariables>;
export const EscalationQueueChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EscalationQueueChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationQueueChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EscalationQueueChangedSubscription, EscalationQueueChangedSubscriptionVariables>;
export const OverdueFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueFollowUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueFollowUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OverdueFollowUpQuery, OverdueFollowUpQueryVariables>;
export const OverdueFollowUpChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OverdueFollowUpChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueFollowUpChanged"}}]}}]} as unknown as DocumentNode<OverdueFollowUpChangedSubscription, OverdueFollowUpChangedSubscriptionVariables>;
export const AnnualFollowUpReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualFollowUpReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualFollowUpReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualFollowUpReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"partly"}},{"kind":"Field","name":{"kind":"Name","value":"notMet"}},{"kind":"Field","name":{"kind":"Name","value":"noBasis"}},{"kind":"Field","name":{"kind":"Name","value":"openActionPlans"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserResponsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"providerResponsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"valueClass"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"computedRequirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"canAssess"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deficiencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stepsDone"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"orderedVolume"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVolume"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"deficiencies"}},{"kind":"Field","name":{"kind":"Name","value":"goalEffect"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualFollowUpReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualFollowUpReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"yearEnded"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordDecision"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportAgreementFields"}}]}}]}}]} as unknown as DocumentNode<AnnualFollowUpReportQuery, AnnualFollowUpReportQueryVariables>;
export const AssessStrategicAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessStrategicAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessStrategicAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualFollowUpReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"partly"}},{"kind":"Field","name":{"kind":"Name","value":"notMet"}},{"kind":"Field","name":{"kind":"Name","value":"noBasis"}},{"kind":"Field","name":{"kind":"Name","value":"openActionPlans"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserResponsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"providerResponsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"valueClass"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"computedRequirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"canAssess"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deficiencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stepsDone"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"orderedVolume"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVolume"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"deficiencies"}},{"kind":"Field","name":{"kind":"Name","value":"goalEffect"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualFollowUpReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualFollowUpReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"yearEnded"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordDecision"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportAgreementFields"}}]}}]}}]} as unknown as DocumentNode<AssessStrategicAgreementMutation, AssessStrategicAgreementMutationVariables>;
export const RecordAnnualReportDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAnnualReportDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentHash"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAnnualReportDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"contentHash"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentHash"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualFollowUpReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"partly"}},{"kind":"Field","name":{"kind":"Name","value":"notMet"}},{"kind":"Field","name":{"kind":"Name","value":"noBasis"}},{"kind":"Field","name":{"kind":"Name","value":"openActionPlans"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserResponsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"providerResponsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"valueClass"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"computedRequirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"canAssess"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deficiencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stepsDone"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"orderedVolume"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVolume"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"deficiencies"}},{"kind":"Field","name":{"kind":"Name","value":"goalEffect"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualFollowUpReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualFollowUpReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"yearEnded"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordDecision"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportAgreementFields"}}]}}]}}]} as unknown as DocumentNode<RecordAnnualReportDecisionMutation, RecordAnnualReportDecisionMutationVariables>;
export const AnnualFollowUpRollUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualFollowUpRollUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualFollowUpRollUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportTotalsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"partly"}},{"kind":"Field","name":{"kind":"Name","value":"notMet"}},{"kind":"Field","name":{"kind":"Name","value":"noBasis"}},{"kind":"Field","name":{"kind":"Name","value":"openActionPlans"}}]}}]} as unknown as DocumentNode<AnnualFollowUpRollUpQuery, AnnualFollowUpRollUpQueryVariables>;
export const FollowUpAnnualOrgansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpAnnualOrgans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<FollowUpAnnualOrgansQuery, FollowUpAnnualOrgansQueryVariables>;
export const AgreementClassificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementClassification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementClassificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementClassificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compensation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"valueClass"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedStrategic"}},{"kind":"Field","name":{"kind":"Name","value":"strategic"}},{"kind":"Field","name":{"kind":"Name","value":"classificationVersion"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classificationPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canSetPurchaserResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"canSetProviderResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"canClassify"}},{"kind":"Field","name":{"kind":"Name","value":"canMarkStrategic"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"purchaserCandidates"},"name":{"kind":"Name","value":"responsibleCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"party"},"value":{"kind":"EnumValue","value":"PURCHASER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"providerCandidates"},"name":{"kind":"Name","value":"responsibleCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"party"},"value":{"kind":"EnumValue","value":"PROVIDER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgreementClassificationQuery, AgreementClassificationQueryVariables>;
export const SetAgreementResponsibleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAgreementResponsible"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"party"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Party"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAgreementResponsible"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"party"},"value":{"kind":"Variable","name":{"kind":"Name","value":"party"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementClassificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementClassificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compensation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"valueClass"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedStrategic"}},{"kind":"Field","name":{"kind":"Name","value":"strategic"}},{"kind":"Field","name":{"kind":"Name","value":"classificationVersion"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classificationPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canSetPurchaserResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"canSetProviderResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"canClassify"}},{"kind":"Field","name":{"kind":"Name","value":"canMarkStrategic"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"purchaserCandidates"},"name":{"kind":"Name","value":"responsibleCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"party"},"value":{"kind":"EnumValue","value":"PURCHASER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"providerCandidates"},"name":{"kind":"Name","value":"responsibleCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"party"},"value":{"kind":"EnumValue","value":"PROVIDER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetAgreementResponsibleMutation, SetAgreementResponsibleMutationVariables>;
export const ClassifyAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClassifyAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"impact"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Impact"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifyAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"impact"},"value":{"kind":"Variable","name":{"kind":"Name","value":"impact"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementClassificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementClassificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compensation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"valueClass"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedStrategic"}},{"kind":"Field","name":{"kind":"Name","value":"strategic"}},{"kind":"Field","name":{"kind":"Name","value":"classificationVersion"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classificationPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canSetPurchaserResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"canSetProviderResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"canClassify"}},{"kind":"Field","name":{"kind":"Name","value":"canMarkStrategic"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"purchaserCandidates"},"name":{"kind":"Name","value":"responsibleCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"party"},"value":{"kind":"EnumValue","value":"PURCHASER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"providerCandidates"},"name":{"kind":"Name","value":"responsibleCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"party"},"value":{"kind":"EnumValue","value":"PROVIDER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ClassifyAgreementMutation, ClassifyAgreementMutationVariables>;
export const MarkStrategicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkStrategic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmOverTen"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markStrategic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"strategic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategic"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmOverTen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmOverTen"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementClassificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementClassificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compensation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"valueClass"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedStrategic"}},{"kind":"Field","name":{"kind":"Name","value":"strategic"}},{"kind":"Field","name":{"kind":"Name","value":"classificationVersion"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classificationPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canSetPurchaserResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"canSetProviderResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"canClassify"}},{"kind":"Field","name":{"kind":"Name","value":"canMarkStrategic"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"purchaserCandidates"},"name":{"kind":"Name","value":"responsibleCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"party"},"value":{"kind":"EnumValue","value":"PURCHASER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"providerCandidates"},"name":{"kind":"Name","value":"responsibleCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"party"},"value":{"kind":"EnumValue","value":"PROVIDER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MarkStrategicMutation, MarkStrategicMutationVariables>;
export const StrategicAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StrategicAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategicAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"valueClass"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StrategicAgreementsQuery, StrategicAgreementsQueryVariables>;
export const AgreementFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canRaiseDispute"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlanOwners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"dueDays"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpPeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"forecastCost"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderedVolume"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVolume"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"coveredDays"}},{"kind":"Field","name":{"kind":"Name","value":"forecastVolume"}},{"kind":"Field","name":{"kind":"Name","value":"forecastCost"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openActionPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}},{"kind":"Field","name":{"kind":"Name","value":"canReportDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"canAccept"}},{"kind":"Field","name":{"kind":"Name","value":"canReturn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddActionPlan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"warnAt"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canRemove"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderedVolume"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVolume"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canReport"}},{"kind":"Field","name":{"kind":"Name","value":"canAccept"}},{"kind":"Field","name":{"kind":"Name","value":"canReturn"}}]}}]}}]} as unknown as DocumentNode<AgreementFollowUpQuery, AgreementFollowUpQueryVariables>;
export const ReportIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddActionPlan"}}]}}]}}]} as unknown as DocumentNode<ReportIndicatorMutation, ReportIndicatorMutationVariables>;
export const ReportDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"balanceLineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveredVolume"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actualCost"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"balanceLineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"balanceLineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"deliveredVolume"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveredVolume"}}},{"kind":"Argument","name":{"kind":"Name","value":"actualCost"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actualCost"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReportDeliveryMutation, ReportDeliveryMutationVariables>;
export const AddActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}}]}}]}}]} as unknown as DocumentNode<AddActionPlanMutation, AddActionPlanMutationVariables>;
export const UpdateActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlanStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlanChangesInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}}]}}]}}]} as unknown as DocumentNode<UpdateActionPlanMutation, UpdateActionPlanMutationVariables>;
export const SetActionStepDoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetActionStepDone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"done"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setActionStepDone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stepId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepId"}}},{"kind":"Argument","name":{"kind":"Name","value":"done"},"value":{"kind":"Variable","name":{"kind":"Name","value":"done"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}}]}}]}}]} as unknown as DocumentNode<SetActionStepDoneMutation, SetActionStepDoneMutationVariables>;
export const AcceptFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptFollowUpMutation, AcceptFollowUpMutationVariables>;
export const ReturnFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"remarks"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"remarks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"remarks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}}]}}]}}]} as unknown as DocumentNode<ReturnFollowUpMutation, ReturnFollowUpMutationVariables>;
export const AgreementIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAddIndicator"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"warnAt"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canRemove"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}}]}}]}}]} as unknown as DocumentNode<AgreementIndicatorsQuery, AgreementIndicatorsQueryVariables>;
export const AddIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"warnAt"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canRemove"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}}]}}]}}]} as unknown as DocumentNode<AddIndicatorMutation, AddIndicatorMutationVariables>;
export const UpdateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"warnAt"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canRemove"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}}]}}]}}]} as unknown as DocumentNode<UpdateIndicatorMutation, UpdateIndicatorMutationVariables>;
export const RemoveIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveIndicatorMutation, RemoveIndicatorMutationVariables>;
export const AgreementVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"historyPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canCreateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"canRestore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementVersionItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementVersionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}}]}}]}}]} as unknown as DocumentNode<AgreementVersionsQuery, AgreementVersionsQueryVariables>;
export const CompareVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromVersionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toVersionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromVersionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toVersionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<CompareVersionsQuery, CompareVersionsQueryVariables>;
export const CreateVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementVersionItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementVersionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}}]}}]}}]} as unknown as DocumentNode<CreateVersionMutation, CreateVersionMutationVariables>;
export const RestoreVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedBalanceVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedBalanceVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedBalanceVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RestoreVersionMutation, RestoreVersionMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const CurrentUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;
export const OrgansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OrgansQuery, OrgansQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"disputeId"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationsChanged"}}]}}]} as unknown as DocumentNode<NotificationsChangedSubscription, NotificationsChangedSubscriptionVariables>;
export const PublicRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kommun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicMunicipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kommun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kommun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kommun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kommun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordHash"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputeId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"marginPercent"}},{"kind":"Field","name":{"kind":"Name","value":"requirementMet"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicFollowUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptedPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"latestAcceptedPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"openActionPlans"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"warnAt"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopeLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"orderedVolume"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVolume"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVolume"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicRecordsQuery, PublicRecordsQueryVariables>;
export const AgreeSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreeSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seq"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreeSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"seq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectionAgreementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Section"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"canAgreeSection"}},{"kind":"Field","name":{"kind":"Name","value":"canReopenSection"}},{"kind":"Field","name":{"kind":"Name","value":"agreedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AgreeSectionMutation, AgreeSectionMutationVariables>;
export const ReopenSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectionAgreementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Section"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"canAgreeSection"}},{"kind":"Field","name":{"kind":"Name","value":"canReopenSection"}},{"kind":"Field","name":{"kind":"Name","value":"agreedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReopenSectionMutation, ReopenSectionMutationVariables>;
export const SingleSignOnForDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SingleSignOnFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kommun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"singleSignOnFor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kommun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kommun"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kommun"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"startUrl"}}]}}]}}]} as unknown as DocumentNode<SingleSignOnForQuery, SingleSignOnForQueryVariables>;
export const SingleSignOnSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SingleSignOnSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"singleSignOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SingleSignOnFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SingleSignOnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SingleSignOnConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"hasClientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretEnv"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomains"}},{"kind":"Field","name":{"kind":"Name","value":"jitEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"trustDomainEmail"}},{"kind":"Field","name":{"kind":"Name","value":"groupsClaim"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"startUrl"}},{"kind":"Field","name":{"kind":"Name","value":"groupRoleMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SingleSignOnSettingsQuery, SingleSignOnSettingsQueryVariables>;
export const ConfigureSingleSignOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureSingleSignOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SingleSignOnInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureSingleSignOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SingleSignOnFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SingleSignOnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SingleSignOnConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"hasClientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretEnv"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomains"}},{"kind":"Field","name":{"kind":"Name","value":"jitEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"trustDomainEmail"}},{"kind":"Field","name":{"kind":"Name","value":"groupsClaim"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"startUrl"}},{"kind":"Field","name":{"kind":"Name","value":"groupRoleMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConfigureSingleSignOnMutation, ConfigureSingleSignOnMutationVariables>;
export const RemoveSingleSignOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSingleSignOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSingleSignOn"}}]}}]} as unknown as DocumentNode<RemoveSingleSignOnMutation, RemoveSingleSignOnMutationVariables>;
export const SetGroupRoleMappingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetGroupRoleMappings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mappings"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupRoleMappingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGroupRoleMappings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mappings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mappings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SingleSignOnFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SingleSignOnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SingleSignOnConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"hasClientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretEnv"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomains"}},{"kind":"Field","name":{"kind":"Name","value":"jitEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"trustDomainEmail"}},{"kind":"Field","name":{"kind":"Name","value":"groupsClaim"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"startUrl"}},{"kind":"Field","name":{"kind":"Name","value":"groupRoleMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SetGroupRoleMappingsMutation, SetGroupRoleMappingsMutationVariables>;