import { Arg, Ctx, ID, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { inCallerMunicipality, requireActor, type Context } from "../graphql/context.js";
import { OrganKind } from "../identity/identity.model.js";
import { UserType } from "../identity/identity.types.js";
import { DecisionInput } from "./disputes.inputs.js";
import { DisputeLevel, DisputePriority, DisputeSubject } from "./disputes.model.js";
import { presentDispute } from "./disputes.presenter.js";
import { DisputeType, QueueSettingsType } from "./disputes.types.js";
import type { DisputeView } from "./disputes.views.js";
import { streamQueueChanges } from "./queue-stream.js";

/** Kommunledning's escalation queue (API.md); the domain is in EscalationService. */
@Resolver(() => DisputeType)
export class QueueResolver {
  @Query(() => [DisputeType], { description: "KOMMUNLEDNING only: highest priority first, then longest in the queue" })
  escalationQueue(
    @Arg("organId", () => ID, { nullable: true, description: "The agreement's committee (purchaser or provider)" }) organId: string | null,
    @Arg("subject", () => DisputeSubject, { nullable: true }) subject: DisputeSubject | null,
    @Arg("level", () => DisputeLevel, { nullable: true }) level: DisputeLevel | null,
    @Arg("assigneeId", () => ID, { nullable: true }) assigneeId: string | null,
    @Ctx() ctx: Context,
  ) {
    return inCallerMunicipality(ctx, async (tx, actor) =>
      (await ctx.services.escalation.queue(tx, actor, { organId, subject, level, assigneeId })).map(presentDispute),
    );
  }

  @Query(() => QueueSettingsType, { description: "KOMMUNLEDNING only: the municipality's age thresholds" })
  escalationQueueSettings(@Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, async (tx, actor) => {
      ctx.services.escalation.assertLeadership(actor);
      const m = await ctx.services.identity.municipality(tx);
      return { warnDays: m.queueWarnDays, overdueDays: m.queueOverdueDays };
    });
  }

  @Query(() => [UserType], { description: "KOMMUNLEDNING only: whom a queue item can be assigned to" })
  escalationAssignees(@Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => ctx.services.escalation.assignees(tx, actor));
  }

  @Mutation(() => DisputeType)
  assignDispute(@Arg("disputeId", () => ID) disputeId: string, @Arg("assigneeId", () => ID) assigneeId: string, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, async (tx, actor) => presentDispute(await ctx.services.escalation.assign(tx, actor, disputeId, assigneeId)));
  }

  @Mutation(() => DisputeType, { description: "Refers the question to KOMMUNSTYRELSE or KOMMUNFULLMAKTIGE: political level" })
  referDispute(@Arg("disputeId", () => ID) disputeId: string, @Arg("body", () => OrganKind) body: OrganKind, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, async (tx, actor) => presentDispute(await ctx.services.escalation.refer(tx, actor, disputeId, body)));
  }

  @Mutation(() => DisputeType)
  decideDispute(@Arg("disputeId", () => ID) disputeId: string, @Arg("input", () => DecisionInput) input: DecisionInput, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, async (tx, actor) => presentDispute(await ctx.services.escalation.decide(tx, actor, disputeId, input)));
  }

  @Mutation(() => DisputeType, { description: "KOMMUNLEDNING: changes a queue item's priority" })
  setDisputePriority(@Arg("disputeId", () => ID) disputeId: string, @Arg("priority", () => DisputePriority) priority: DisputePriority, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, async (tx, actor) => presentDispute(await ctx.services.escalation.setPriority(tx, actor, disputeId, priority)));
  }

  @Subscription(() => DisputeType, {
    description: "KOMMUNLEDNING only: each dispute of the municipality that enters, changes in or leaves the queue",
    subscribe: ({ context }: SubscribeResolverData<unknown, Record<string, never>, Context>) => streamQueueChanges(context.services, requireActor(context)),
  })
  escalationQueueChanged(@Root() dispute: DisputeView) {
    return presentDispute(dispute);
  }
}
