import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import type { BalanceLineEntity } from "../balance/balance.entities.js";
import { notFound } from "../errors.js";
import { decimalOf, moneyString } from "../money.js";
import type { Command, CommandLifecycle, CommandPolicy } from "../pipeline/command.js";
import { followUpPolicy } from "../policies/follow-up.policy.js";
import { FollowUpPeriodStatus, type FollowUpPeriodEntity, type IndicatorEntity } from "./follow-up.entities.js";
import { FollowUpEvent, followUpSummaries } from "./follow-up.events.js";
import { deliveryFrequency, type ReportFrequency } from "./follow-up.model.js";
import { followUpStore as store } from "./follow-up.store.js";
import { cost, measure, optionalComment, reportablePeriod, volume } from "./follow-up.validation.js";
import { indicatorStatus } from "./indicator-status.js";

/** What a report acts on: the agreement and the period's row for the key asked (null before anything is reported). */
export interface PeriodTarget {
  agreement: AgreementEntity;
  periodRow: FollowUpPeriodEntity | null;
}

/** The provider's drafters report, on a SIGNED agreement, for a period not yet accepted. */
export const reportsForProvider: { policy: CommandPolicy<PeriodTarget>; lifecycle: CommandLifecycle<PeriodTarget> } = {
  policy: {
    allows: (actor, { agreement }) => followUpPolicy.reportsForProvider(actor, agreement),
    refusal: "Bara utförarens förvaltningschef och handläggare kan rapportera uppföljningen",
  },
  lifecycle: {
    states: [AgreementStatus.SIGNED],
    refusal: "Uppföljning rapporteras först när överenskommelsen är undertecknad",
    check: ({ periodRow }) =>
      periodRow?.status === FollowUpPeriodStatus.ACCEPTED
        ? `Uppföljningen för ${periodRow.period} är redan godtagen och kan inte ändras`
        : null,
  },
};

export interface ReportIndicator {
  indicatorId: string;
  period: string;
  value: string;
  comment?: string | null;
}

/**
 * The provider's value of an indicator for a period, with its analysis; its status computed exactly from
 * target and threshold. Idempotent per indicator and period: a second report replaces the first (a new
 * version, as an event) while the period is not accepted, and a RETURNED period is REPORTED again.
 */
export const reportIndicator: Command<
  ReportIndicator,
  PeriodTarget & { indicator: IndicatorEntity },
  { period: string; value: string; comment: string | null },
  { id: string; agreementId: string }
> = {
  name: "reportIndicator",
  async agreementOf(tx, input) {
    return (await store.indicator(tx, input.indicatorId))?.agreementId ?? null;
  },
  async load({ tx }, input, agreement) {
    const indicator = await store.indicator(tx, input.indicatorId);
    if (!indicator) throw notFound("Indikatorn");
    return { agreement: agreement!, indicator, periodRow: await store.period(tx, agreement!.id, (input.period ?? "").trim()) };
  },
  ...reportsForProvider,
  validate: (_ctx, input, { agreement, indicator }) => ({
    period: reportablePeriod(input.period, agreement, indicator.frequency).key,
    value: measure(input.value, "value", "Värdet").toString(),
    comment: optionalComment(input.comment),
  }),
  async write({ tx, actor }, { agreement, indicator }, { period, value, comment }) {
    const status = indicatorStatus(
      {
        direction: indicator.direction,
        target: decimalOf(indicator.target),
        warnAt: indicator.warnAt === null ? null : decimalOf(indicator.warnAt),
      },
      decimalOf(value),
    );
    await store.reportPeriod(tx, agreement.id, period);
    const report = await store.upsertReport(tx, {
      agreementId: agreement.id,
      indicatorId: indicator.id,
      period,
      value,
      status,
      comment,
      reportedBy: actor.userId,
    });
    const replaced = report.version > 1;
    return {
      result: { id: report.id, agreementId: agreement.id },
      events: [
        FollowUpEvent.indicatorReported(
          followUpSummaries.indicatorReported(period, indicator.name, value, indicator.unit, status, replaced),
          {
            indicatorId: indicator.id,
            reportId: report.id,
            period,
            value,
            status,
            version: report.version,
            replaced,
          },
        ),
      ],
    };
  },
};

export interface ReportDelivery {
  agreementId: string;
  period: string;
  balanceLineId: string;
  deliveredVolume: string;
  actualCost: string;
  comment?: string | null;
}

/**
 * "Öppna böcker": for a scope line of the signed balance, the volume delivered in a period and what it
 * actually cost, against the ordered volume and the compensation. Reported in the agreement's delivery
 * rhythm (`deliveryFrequency`); replaced like a value while the period is not accepted.
 */
export const reportDelivery: Command<
  ReportDelivery,
  PeriodTarget & { line: BalanceLineEntity; frequency: ReportFrequency },
  { period: string; deliveredVolume: string; actualCost: string; comment: string | null },
  { agreementId: string; period: string }
> = {
  name: "reportDelivery",
  agreementOf: async (_tx, input) => input.agreementId,
  async load({ tx }, input, agreement) {
    const line = await store.scopeLine(tx, agreement!.id, input.balanceLineId);
    if (!line) throw notFound("Uppdragsraden");
    const frequency = deliveryFrequency((await store.indicators(tx, [agreement!.id])).map((i) => i.frequency));
    return { agreement: agreement!, line, frequency, periodRow: await store.period(tx, agreement!.id, (input.period ?? "").trim()) };
  },
  ...reportsForProvider,
  validate: (_ctx, input, { agreement, frequency }) => ({
    period: reportablePeriod(input.period, agreement, frequency).key,
    deliveredVolume: volume(input.deliveredVolume, "deliveredVolume").toString(),
    actualCost: moneyString(cost(input.actualCost, "actualCost")),
    comment: optionalComment(input.comment),
  }),
  async write({ tx, actor }, { agreement, line }, { period, deliveredVolume, actualCost, comment }) {
    await store.reportPeriod(tx, agreement.id, period);
    const report = await store.upsertScopeReport(tx, {
      agreementId: agreement.id,
      balanceLineId: line.id,
      period,
      deliveredVolume,
      actualCost,
      comment,
      reportedBy: actor.userId,
    });
    const replaced = report.version > 1;
    return {
      result: { agreementId: agreement.id, period },
      events: [
        FollowUpEvent.deliveryReported(
          followUpSummaries.deliveryReported(period, line.description, deliveredVolume, line.unit, actualCost, replaced),
          { balanceLineId: line.id, reportId: report.id, period, deliveredVolume, actualCost, version: report.version, replaced },
        ),
      ],
    };
  },
};
