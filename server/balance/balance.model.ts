import type { Party } from "../agreements/agreement.model.js";
import type { ResultRequirementKind } from "../identity/identity.model.js";

/** OPEN while the parties negotiate; AGREED when both förvaltningschefer marked one version; DECIDED by kommunledning. */
export enum BalanceStatus {
  OPEN = "OPEN",
  AGREED = "AGREED",
  DECIDED = "DECIDED",
}

/** SCOPE: the assignment and what production says it costs. RESOURCE: what the purchaser pays. */
export enum BalanceLineKind {
  SCOPE = "SCOPE",
  RESOURCE = "RESOURCE",
}

export enum ProposalStatus {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  REJECTED = "REJECTED",
  /** Answered by a counter-proposal. */
  SUPERSEDED = "SUPERSEDED",
}

export enum ProposalOp {
  ADD = "ADD",
  UPDATE = "UPDATE",
  REMOVE = "REMOVE",
}

export enum ProposalResponse {
  ACCEPT = "ACCEPT",
  REJECT = "REJECT",
}

/** A line as the parties write it; money as exact decimal strings, volume as a JS number (API.md's Float). */
export interface LineInput {
  kind: BalanceLineKind;
  description: string;
  volume?: number | null;
  unit?: string | null;
  unitAmount?: string | null;
  amount?: string | null;
}

/** A validated line: every number an exact decimal string, `amount` computed by the rounding rule. */
export interface LineValues {
  kind: BalanceLineKind;
  description: string;
  volume: string | null;
  unit: string | null;
  unitAmount: string | null;
  amount: string;
}

/** One change of a proposal as stored: the line at the base version (`before`) and as proposed (`line`). */
export interface StoredChange {
  op: ProposalOp;
  lineId: string | null;
  line: LineValues | null;
  before: LineValues | null;
}

export interface ResultRequirement {
  kind: ResultRequirementKind;
  /** MIN_MARGIN: the minimum margin %, exact decimal string. */
  minMarginPercent: string;
}

export interface CalculationModelInput {
  priorYearCost: string;
  volumeChangePercent: number;
  efficiencyPercent: number;
  indexUpliftPercent: number;
}

export interface Mark {
  party: Party;
  userId: string;
  version: number;
  at: Date;
}
