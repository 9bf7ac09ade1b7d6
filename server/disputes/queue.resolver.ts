import { Arg, Ctx, ID, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { inCallerMunicipality, requireActor, runCommand, type Context } from "../graphql/context.js";
import { OrganKind } from "../identity/identity.model.js";
import { UserType } from "../identity/identity.types.js";
import { DecisionInput } from "./disputes.inputs.js";
import { DisputeLevel, DisputePriority, DisputeSubject } from "./disputes.model.js";
import { disputeAfter, presentDispute } from "./disputes.presenter.js";
import { disputesQueries } from "./disputes.queries.js";
import { DisputeType, QueueSettingsType } from "./disputes.types.js";
import type { DisputeView } from "./disputes.views.js";
import { assignDispute, decideDispute, referDispute, setDisputePriority } from "./escalation.commands.js";
import { streamQueueChanges } from "./queue-stream.js";

/** Kommunledning's escalation queue (API.md); each mutation runs one command (escalation.commands.ts). */
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
      (await disputesQueries.queue(tx, actor, { organId, subject, level, assigneeId })).map(presentDispute),
    );
  }

  @Query(() => QueueSettingsType, { description: "KOMMUNLEDNING only: the municipality's age thresholds" })
  escalationQueueSettings(@Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => disputesQueries.queueSettings(tx, actor));
  }

  @Query(() => [UserType], { description: "KOMMUNLEDNING only: whom a queue item can be assigned to" })
  escalationAssignees(@Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => disputesQueries.assignees(tx, actor));
  }

  @Mutation(() => DisputeType)
  assignDispute(@Arg("disputeId", () => ID) disputeId: string, @Arg("assigneeId", () => ID) assigneeId: string, @Ctx() ctx: Context) {
    return runCommand(ctx, assignDispute, { disputeId, assigneeId }, disputeAfter);
  }

  @Mutation(() => DisputeType, { description: "Refers the question to KOMMUNSTYRELSE or KOMMUNFULLMAKTIGE: political level" })
  referDispute(@Arg("disputeId", () => ID) disputeId: string, @Arg("body", () => OrganKind) body: OrganKind, @Ctx() ctx: Context) {
    return runCommand(ctx, referDispute, { disputeId, body }, disputeAfter);
  }

  @Mutation(() => DisputeType)
  decideDispute(
    @Arg("disputeId", () => ID) disputeId: string,
    @Arg("input", () => DecisionInput) input: DecisionInput,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, decideDispute, { disputeId, input }, disputeAfter);
  }

  @Mutation(() => DisputeType, { description: "KOMMUNLEDNING: changes a queue item's priority" })
  setDisputePriority(
    @Arg("disputeId", () => ID) disputeId: string,
    @Arg("priority", () => DisputePriority) priority: DisputePriority,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, setDisputePriority, { disputeId, priority }, disputeAfter);
  }

  @Subscription(() => DisputeType, {
    description: "KOMMUNLEDNING only: each dispute of the municipality that enters, changes in or leaves the queue",
    subscribe: ({ context }: SubscribeResolverData<unknown, Record<string, never>, Context>) => {
      const actor = requireActor(context);
      const { queueFeeds, runner } = context.services;
      return streamQueueChanges(actor, {
        feeds: queueFeeds,
        read: (municipalityId, ids) => runner.readIn(municipalityId, (tx) => disputesQueries.changed(tx, ids)),
      });
    },
  })
  escalationQueueChanged(@Root() dispute: DisputeView) {
    return presentDispute(dispute);
  }
}
