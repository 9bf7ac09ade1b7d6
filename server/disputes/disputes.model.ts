import { OrganKind } from "../identity/identity.model.js";

/** What a dispute is about (DOMAIN.md). */
export enum DisputeSubject {
  EKONOMI = "EKONOMI",
  MAL = "MAL",
  KVALITETSKRAV = "KVALITETSKRAV",
  UPPFOLJNING = "UPPFOLJNING",
  TOLKNING = "TOLKNING",
  OVRIGT = "OVRIGT",
}

/** OPEN → (ESCALATED → IN_REVIEW → REFERRED →) DECIDED; OPEN/ESCALATED → WITHDRAWN. */
export enum DisputeStatus {
  OPEN = "OPEN",
  WITHDRAWN = "WITHDRAWN",
  ESCALATED = "ESCALATED",
  IN_REVIEW = "IN_REVIEW",
  REFERRED = "REFERRED",
  DECIDED = "DECIDED",
}

/** Official level until referred to KS or KF, political after. */
export enum DisputeLevel {
  TJANSTEMANNA = "TJANSTEMANNA",
  POLITISK = "POLITISK",
}

/**
 * The queue's first ordering key. Set to HIGH on escalation when the amount at stake reaches
 * HIGH_PRIORITY_AMOUNT; otherwise NORMAL. Kommunledning may change it (`setDisputePriority`).
 */
export enum DisputePriority {
  HIGH = "HIGH",
  NORMAL = "NORMAL",
  LOW = "LOW",
}

/** How long an item has waited in the queue, against the municipality's thresholds. */
export enum QueueAge {
  FRESH = "FRESH",
  WARN = "WARN",
  OVERDUE = "OVERDUE",
}

export const HIGH_PRIORITY_AMOUNT = "1000000.00";
export const PRIORITY_RANK: Record<DisputePriority, number> = { HIGH: 0, NORMAL: 1, LOW: 2 };

/** Every step of a dispute's lifecycle. */
export enum DisputeAction {
  ADD_POSITION = "ADD_POSITION",
  WITHDRAW = "WITHDRAW",
  ESCALATE = "ESCALATE",
  ASSIGN = "ASSIGN",
  REFER = "REFER",
  DECIDE = "DECIDE",
  SET_PRIORITY = "SET_PRIORITY",
}

const S = DisputeStatus;

/**
 * The state machine as a table: for each action, the statuses it may start from and where it leads.
 * An action from a status not listed is INVALID_STATE. DECIDED and WITHDRAWN appear in no row: final.
 */
export const TRANSITIONS: Readonly<Record<DisputeAction, Readonly<Partial<Record<DisputeStatus, DisputeStatus>>>>> = {
  [DisputeAction.ADD_POSITION]: { OPEN: S.OPEN, ESCALATED: S.ESCALATED, IN_REVIEW: S.IN_REVIEW, REFERRED: S.REFERRED },
  [DisputeAction.WITHDRAW]: { OPEN: S.WITHDRAWN, ESCALATED: S.WITHDRAWN },
  [DisputeAction.ESCALATE]: { OPEN: S.ESCALATED },
  [DisputeAction.ASSIGN]: { ESCALATED: S.IN_REVIEW, IN_REVIEW: S.IN_REVIEW, REFERRED: S.REFERRED },
  [DisputeAction.REFER]: { ESCALATED: S.REFERRED, IN_REVIEW: S.REFERRED, REFERRED: S.REFERRED },
  [DisputeAction.DECIDE]: { ESCALATED: S.DECIDED, IN_REVIEW: S.DECIDED, REFERRED: S.DECIDED },
  [DisputeAction.SET_PRIORITY]: { ESCALATED: S.ESCALATED, IN_REVIEW: S.IN_REVIEW, REFERRED: S.REFERRED },
};

/** The status after `action`, or null when the lifecycle forbids it. */
export function nextStatus(status: DisputeStatus, action: DisputeAction): DisputeStatus | null {
  return TRANSITIONS[action][status] ?? null;
}

export const FINAL_STATUSES: readonly DisputeStatus[] = [S.DECIDED, S.WITHDRAWN];
/** A dispute in one of these blocks submission for approval. */
export const BLOCKING_STATUSES: readonly DisputeStatus[] = [S.OPEN, S.ESCALATED, S.IN_REVIEW, S.REFERRED];
/** The escalation queue holds these. */
export const QUEUE_STATUSES: readonly DisputeStatus[] = [S.ESCALATED, S.IN_REVIEW, S.REFERRED];

/** The political bodies a question can be referred to, with the abbreviation of a minutes reference. */
export const POLITICAL_BODIES: Readonly<Partial<Record<OrganKind, string>>> = {
  [OrganKind.KOMMUNSTYRELSE]: "KS",
  [OrganKind.KOMMUNFULLMAKTIGE]: "KF",
};

export function queueAge(days: number, warnDays: number, overdueDays: number): QueueAge {
  if (days >= overdueDays) return QueueAge.OVERDUE;
  if (days >= warnDays) return QueueAge.WARN;
  return QueueAge.FRESH;
}

/** Whole days between `from` and `now`. */
export function daysBetween(from: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - from.getTime()) / 86_400_000));
}
