import { Party } from "../agreements/agreement.model.js";

/** What can stand between an agreement and the next step of its lifecycle. */
export enum LifecycleGapKind {
  BALANCE_NOT_SETTLED = "BALANCE_NOT_SETTLED",
  UNDECIDED_DISPUTES = "UNDECIDED_DISPUTES",
  EMPTY_SECTION = "EMPTY_SECTION",
  COMMITTEE_DECISION = "COMMITTEE_DECISION",
  SIGNATURE = "SIGNATURE",
}

/**
 * One gap, as data: the client words it in its own language. Only the fields its kind needs are set:
 * `count` (disputes), `section` (an empty section's title), `organ` (a pending decision), `party` (a signature).
 */
export interface LifecycleGap {
  kind: LifecycleGapKind;
  count?: number;
  section?: string;
  organ?: string;
  party?: Party;
}

/** The Swedish wording, for the INVALID_STATE message and its `reasons` (other systems read those). */
export function describeGap(gap: LifecycleGap): string {
  switch (gap.kind) {
    case LifecycleGapKind.BALANCE_NOT_SETTLED:
      return "balansen är varken överenskommen av båda parter eller avgjord genom beslut";
    case LifecycleGapKind.UNDECIDED_DISPUTES:
      return gap.count === 1 ? "1 tvist är inte avgjord" : `${gap.count} tvister är inte avgjorda`;
    case LifecycleGapKind.EMPTY_SECTION:
      return `avsnittet ”${gap.section}” är tomt`;
    case LifecycleGapKind.COMMITTEE_DECISION:
      return `beslut i ${gap.organ}`;
    case LifecycleGapKind.SIGNATURE:
      return `underskrift av ${gap.party === Party.PURCHASER ? "beställarens" : "utförarens"} förvaltningschef`;
  }
}
