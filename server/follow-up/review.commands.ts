import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import type { Tx } from "../db/database.js";
import { badInput } from "../errors.js";
import type { Command } from "../pipeline/command.js";
import { followUpPolicy } from "../policies/follow-up.policy.js";
import { requiredText } from "../validation/input.js";
import { FollowUpPeriodStatus, type FollowUpPeriodEntity } from "./follow-up.entities.js";
import { FollowUpEvent, followUpSummaries } from "./follow-up.events.js";
import { IndicatorStatus } from "./follow-up.model.js";
import { followUpStore as store } from "./follow-up.store.js";
import { MAX_FOLLOW_UP_TEXT } from "./follow-up.validation.js";
import { parsePeriod } from "./periods.js";

/** What the purchaser reviews: a period's row and its values, each with whether it has an action plan. */
export interface ReviewTarget {
  agreement: AgreementEntity;
  /** The key asked for; the row is null when nothing is reported for it. */
  key: string;
  periodRow: FollowUpPeriodEntity | null;
  reports: ReadonlyArray<{ id: string; status: IndicatorStatus; hasPlan: boolean }>;
}

export async function loadReview(tx: Tx, agreement: AgreementEntity, key: string): Promise<ReviewTarget> {
  const periodRow = await store.period(tx, agreement.id, key);
  if (!periodRow) return { agreement, key, periodRow, reports: [] };
  const reports = await store.reports(tx, agreement.id, periodRow.period);
  const planned = new Set((await store.plans(tx, agreement.id)).map((p) => p.reportId));
  return { agreement, key, periodRow, reports: reports.map((r) => ({ id: r.id, status: r.status, hasPlan: planned.has(r.id) })) };
}

/** A period can be reviewed once reported and not already decided; a well-formed key with no row has nothing to review. */
function reviewRefusal({ key, periodRow }: ReviewTarget): string | null {
  // A malformed key is refused by validation (BAD_USER_INPUT), not here.
  if (!parsePeriod(key)) return null;
  if (!periodRow) return `Inget är rapporterat för ${key}`;
  if (periodRow.status === FollowUpPeriodStatus.ACCEPTED) return `Uppföljningen för ${key} är redan godtagen`;
  if (periodRow.status === FollowUpPeriodStatus.RETURNED) return `Uppföljningen för ${key} är återsänd och väntar på en ny rapport`;
  return null;
}

const validKey = (key: string) => {
  const period = parsePeriod((key ?? "").trim());
  if (!period) throw badInput('Perioden skrivs "2027" (år), "2027-Q1" (kvartal) eller "2027-03" (månad)', "period");
  return period.key;
};

type ReviewInput = { agreementId: string; period: string };

const onPeriod = {
  agreementOf: async (_tx: Tx, input: ReviewInput) => input.agreementId,
  load: ({ tx }: { tx: Tx }, input: ReviewInput, agreement: AgreementEntity | null) =>
    loadReview(tx, agreement!, (input.period ?? "").trim()),
};

const SIGNED_ONLY = "Uppföljning granskas när överenskommelsen är undertecknad";

/** The purchaser's förvaltningschef accepts a reported period; a RED value without an action plan stands in the way. */
export const acceptFollowUp: Command<ReviewInput, ReviewTarget, string, { agreementId: string; period: string }> = {
  name: "acceptFollowUp",
  ...onPeriod,
  policy: {
    allows: (actor, { agreement }) => followUpPolicy.acceptsForPurchaser(actor, agreement),
    refusal: "Bara beställarens förvaltningschef kan godta uppföljningen",
  },
  lifecycle: {
    states: [AgreementStatus.SIGNED],
    refusal: SIGNED_ONLY,
    check: (target) => {
      const refusal = reviewRefusal(target);
      if (refusal !== null) return refusal;
      const unplanned = target.reports.filter((r) => r.status === IndicatorStatus.RED && !r.hasPlan).length;
      return unplanned === 0 ? null : `${unplanned === 1 ? "Ett rött värde saknar" : `${unplanned} röda värden saknar`} handlingsplan`;
    },
  },
  validate: (_ctx, input) => validKey(input.period),
  async write({ tx, actor }, { agreement, periodRow, reports }, period) {
    await store.decidePeriod(tx, periodRow!.id, FollowUpPeriodStatus.ACCEPTED, null, actor.userId);
    return {
      result: { agreementId: agreement.id, period },
      events: [FollowUpEvent.accepted(followUpSummaries.accepted(period), { period, reportIds: reports.map((r) => r.id) })],
    };
  },
};

/** The purchaser's drafters return a reported period with remarks; the provider reports it again. */
export const returnFollowUp: Command<
  ReviewInput & { remarks: string },
  ReviewTarget,
  { period: string; remarks: string },
  { agreementId: string; period: string }
> = {
  name: "returnFollowUp",
  ...onPeriod,
  policy: {
    allows: (actor, { agreement }) => followUpPolicy.reviewsForPurchaser(actor, agreement),
    refusal: "Bara beställarens förvaltningschef och handläggare kan återsända uppföljningen",
  },
  lifecycle: { states: [AgreementStatus.SIGNED], refusal: SIGNED_ONLY, check: reviewRefusal },
  validate: (_ctx, input) => ({
    period: validKey(input.period),
    remarks: requiredText(input.remarks, "remarks", "Synpunkterna", MAX_FOLLOW_UP_TEXT),
  }),
  async write({ tx, actor }, { agreement, periodRow }, { period, remarks }) {
    await store.decidePeriod(tx, periodRow!.id, FollowUpPeriodStatus.RETURNED, remarks, actor.userId);
    return {
      result: { agreementId: agreement.id, period },
      events: [FollowUpEvent.returned(followUpSummaries.returned(period, remarks), { period, remarks })],
    };
  },
};
