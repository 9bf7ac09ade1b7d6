import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { AgreementType } from "../agreements/agreement.types.js";
import type { Tx } from "../db/database.js";
import type { PresentedDispute } from "../disputes/disputes.presenter.js";
import { DisputeType } from "../disputes/disputes.types.js";
import { inAgreementScope, oncePerOperation, requireActor, runCommand, type Context } from "../graphql/context.js";
import type { Actor } from "../identity/identity.model.js";
import { addActionPlan, setActionStepDone, updateActionPlan } from "./action-plans.commands.js";
import { ActionPlanStatus, type ActionPlanEntity, type IndicatorEntity } from "./follow-up.entities.js";
import { presentFollowUp, presentIndicator, presentPlan, presentReport } from "./follow-up.presenter.js";
import { followUpQueries, type FollowUpData } from "./follow-up.queries.js";
import {
  ActionPlanChangesInputType,
  ActionPlanInputType,
  ActionPlanType,
  FollowUpPeriodType,
  FollowUpType,
  IndicatorInputType,
  IndicatorReportType,
  IndicatorType,
} from "./follow-up.types.js";
import { addIndicator, removeIndicator, updateIndicator } from "./indicators.commands.js";
import { reportDelivery, reportIndicator } from "./reporting.commands.js";
import { acceptFollowUp, returnFollowUp } from "./review.commands.js";

/** The follow-up of the agreement a command changed, read again in its transaction (no read check: the command had its own). */
async function after(tx: Tx, actor: Actor, agreementId: string): Promise<FollowUpData> {
  return followUpQueries.load(tx, await agreementsQueries.current(tx, agreementId), actor);
}

const indicatorAfter = async (tx: Tx, actor: Actor, indicator: IndicatorEntity) =>
  presentIndicator(await after(tx, actor, indicator.agreementId), actor, indicator);

const reportAfter = async (tx: Tx, actor: Actor, { id, agreementId }: { id: string; agreementId: string }) => {
  const data = await after(tx, actor, agreementId);
  return presentReport(
    data,
    actor,
    data.reports.find((r) => r.id === id)!,
  );
};

const planAfter = async (tx: Tx, actor: Actor, plan: ActionPlanEntity) => {
  const data = await after(tx, actor, plan.agreementId);
  return presentPlan(
    data,
    actor,
    data.plans.find((p) => p.id === plan.id)!,
  );
};

const periodAfter = async (tx: Tx, actor: Actor, { agreementId, period }: { agreementId: string; period: string }) =>
  presentFollowUp(await after(tx, actor, agreementId), actor).periods.find((p) => p.key === period)!;

/** The follow-up mutations (API.md "follow-up"); each runs one command of follow-up/*.commands.ts. */
@Resolver()
export class FollowUpResolver {
  @Mutation(() => IndicatorType, { description: "Either party's drafters, DRAFT" })
  addIndicator(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("input", () => IndicatorInputType) input: IndicatorInputType,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, addIndicator, { agreementId, input }, indicatorAfter);
  }

  @Mutation(() => IndicatorType, { description: "Either party's drafters, DRAFT; CONFLICT when `version` is stale" })
  updateIndicator(
    @Arg("indicatorId", () => ID) indicatorId: string,
    @Arg("version", () => Int) version: number,
    @Arg("input", () => IndicatorInputType) input: IndicatorInputType,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, updateIndicator, { indicatorId, version, input }, indicatorAfter);
  }

  @Mutation(() => AgreementType, { description: "Either party's drafters, DRAFT; CONFLICT when `version` is stale" })
  removeIndicator(@Arg("indicatorId", () => ID) indicatorId: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context) {
    return runCommand(ctx, removeIndicator, { indicatorId, version });
  }

  @Mutation(() => IndicatorReportType, {
    description:
      "The provider's drafters, SIGNED. A second report of the same indicator and period replaces the first until the period is accepted",
  })
  reportIndicator(
    @Arg("indicatorId", () => ID) indicatorId: string,
    @Arg("period", () => String) period: string,
    @Arg("value", () => String, { description: "Exact decimal" }) value: string,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, reportIndicator, { indicatorId, period, value, comment: comment ?? null }, reportAfter);
  }

  @Mutation(() => FollowUpPeriodType, {
    description: "The provider's drafters, SIGNED: a scope line's delivered volume and actual cost for a period of the delivery frequency",
  })
  reportDelivery(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("period", () => String) period: string,
    @Arg("balanceLineId", () => ID) balanceLineId: string,
    @Arg("deliveredVolume", () => String, { description: "Exact decimal, 0 or more" }) deliveredVolume: string,
    @Arg("actualCost", () => String, { description: 'Exact kronor, e.g. "312500.00"' }) actualCost: string,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    return runCommand(
      ctx,
      reportDelivery,
      { agreementId, period, balanceLineId, deliveredVolume, actualCost, comment: comment ?? null },
      periodAfter,
    );
  }

  @Mutation(() => ActionPlanType, { description: "The provider's drafters, SIGNED; for a YELLOW or RED value without a plan" })
  addActionPlan(
    @Arg("reportId", () => ID) reportId: string,
    @Arg("input", () => ActionPlanInputType) input: ActionPlanInputType,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, addActionPlan, { reportId, input }, planAfter);
  }

  @Mutation(() => ActionPlanType, { description: "The provider's drafters, SIGNED; CONFLICT when `version` is stale" })
  updateActionPlan(
    @Arg("planId", () => ID) planId: string,
    @Arg("version", () => Int) version: number,
    @Arg("status", () => ActionPlanStatus) status: ActionPlanStatus,
    @Arg("changes", () => ActionPlanChangesInputType, { nullable: true }) changes: ActionPlanChangesInputType | null,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, updateActionPlan, { planId, version, status, changes }, planAfter);
  }

  @Mutation(() => ActionPlanType, { description: "The provider's drafters, SIGNED" })
  setActionStepDone(@Arg("stepId", () => ID) stepId: string, @Arg("done", () => Boolean) done: boolean, @Ctx() ctx: Context) {
    return runCommand(ctx, setActionStepDone, { stepId, done }, planAfter);
  }

  @Mutation(() => [IndicatorReportType], {
    description: "The purchaser's förvaltningschef; INVALID_STATE while a RED value has no plan, or with nothing reported for the period",
  })
  acceptFollowUp(@Arg("agreementId", () => ID) agreementId: string, @Arg("period", () => String) period: string, @Ctx() ctx: Context) {
    return runCommand(
      ctx,
      acceptFollowUp,
      { agreementId, period },
      async (tx, actor, result) => (await periodAfter(tx, actor, result))?.reports ?? [],
    );
  }

  @Mutation(() => FollowUpPeriodType, { description: "The purchaser's drafters: back to the provider with remarks" })
  returnFollowUp(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("period", () => String) period: string,
    @Arg("remarks", () => String) remarks: string,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, returnFollowUp, { agreementId, period, remarks }, periodAfter);
  }
}

/** One read of an agreement's follow-up per operation, shared by its fields. */
function followUpOf(ctx: Context, agreement: AgreementEntity): Promise<FollowUpData> {
  return oncePerOperation(ctx, `followUp:${agreement.id}`, () =>
    inAgreementScope(ctx, agreement, (tx) => followUpQueries.load(tx, agreement, ctx.actor)),
  );
}

/** Agreement.indicators and Agreement.followUp; the agreement itself was loaded with the read check. */
@Resolver(() => AgreementType)
export class AgreementFollowUpResolver {
  @FieldResolver(() => [IndicatorType], { description: "Frozen with the version once submitted; without login only accepted values" })
  async indicators(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    const data = await followUpOf(ctx, agreement);
    return data.indicators.map((i) => presentIndicator(data, ctx.actor, i));
  }

  @FieldResolver(() => FollowUpType, { description: "The follow-up page: periods, deliveries, forecast, open plans, overdue reports" })
  async followUp(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    requireActor(ctx);
    return presentFollowUp(await followUpOf(ctx, agreement), ctx.actor);
  }
}

/** A dispute raised from a reported value or an action plan shows it. */
@Resolver(() => DisputeType)
export class DisputeFollowUpResolver {
  @FieldResolver(() => IndicatorReportType, { nullable: true, description: "The value the dispute was raised from" })
  async indicatorReport(@Root() dispute: PresentedDispute, @Ctx() ctx: Context) {
    if (!dispute.indicatorReportId) return null;
    const data = await followUpOf(ctx, dispute.agreement);
    const report = data.reports.find((r) => r.id === dispute.indicatorReportId);
    return report ? presentReport(data, ctx.actor, report) : null;
  }

  @FieldResolver(() => ActionPlanType, { nullable: true, description: "The action plan the dispute was raised from" })
  async actionPlan(@Root() dispute: PresentedDispute, @Ctx() ctx: Context) {
    if (!dispute.actionPlanId) return null;
    const data = await followUpOf(ctx, dispute.agreement);
    const plan = data.plans.find((p) => p.id === dispute.actionPlanId);
    return plan ? presentPlan(data, ctx.actor, plan) : null;
  }
}
