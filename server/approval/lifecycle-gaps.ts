import { Party } from "../agreements/agreement.model.js";

/** What can stand between an agreement and the next step of its lifecycle. */
export enum LifecycleGapKind {
  BALANCE_NOT_SETTLED = "BALANCE_NOT_SETTLED",
  UNDECIDED_DISPUTES = "UNDECIDED_DISPUTES",
  EMPTY_SECTION = "EMPTY_SECTION",
  /** The agreement has no indicator to follow it up by (issue 13). */
  NO_INDICATOR = "NO_INDICATOR",
  /** A required `section` that the parties have not both agreed on (section-marks/). */
  SECTION_NOT_AGREED = "SECTION_NOT_AGREED",
  /** The balance misses the result requirement and `party`'s förvaltningschef has not said why it holds anyway. */
  REQUIREMENT_REASON_MISSING = "REQUIREMENT_REASON_MISSING",
  /** A decision on `section` that no party has confirmed the text reflects. */
  DECISION_NOT_REFLECTED = "DECISION_NOT_REFLECTED",
  /** `count` suggested changes in `section` that the other party has yet to accept or reject. */
  SUGGESTIONS_PENDING = "SUGGESTIONS_PENDING",
  COMMITTEE_DECISION = "COMMITTEE_DECISION",
  SIGNATURE = "SIGNATURE",
}

/**
 * One gap, as data: the client words it in its own language. Only the fields its kind needs are set:
 * `count` (disputes, pending suggestions), `section` (the title of an empty section, of one not agreed by
 * both parties, of one with pending suggestions, or of the section of a decision not yet reflected),
 * `organ` (a pending decision), `party` (a signature, or a reason for a missed result requirement).
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
    case LifecycleGapKind.NO_INDICATOR:
      return "överenskommelsen har ingen indikator för uppföljningen";
    case LifecycleGapKind.SECTION_NOT_AGREED:
      return `avsnittet ”${gap.section}” är inte överenskommet av båda parter`;
    case LifecycleGapKind.REQUIREMENT_REASON_MISSING:
      return `resultatkravet uppfylls inte, och ${gap.party === Party.PURCHASER ? "beställarens" : "utförarens"} förvaltningschef har inte motiverat varför balansen ändå håller`;
    case LifecycleGapKind.DECISION_NOT_REFLECTED:
      return `ingen part har bekräftat att texten i avsnittet ”${gap.section}” återspeglar beslutet om det`;
    case LifecycleGapKind.SUGGESTIONS_PENDING:
      return gap.count === 1
        ? `1 föreslagen ändring i avsnittet ”${gap.section}” är varken godtagen eller avvisad`
        : `${gap.count} föreslagna ändringar i avsnittet ”${gap.section}” är varken godtagna eller avvisade`;
    case LifecycleGapKind.COMMITTEE_DECISION:
      return `beslut i ${gap.organ}`;
    case LifecycleGapKind.SIGNATURE:
      return `underskrift av ${gap.party === Party.PURCHASER ? "beställarens" : "utförarens"} förvaltningschef`;
  }
}
