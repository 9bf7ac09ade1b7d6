import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementEventType, AgreementType } from "../agreements/agreement.types.js";
import { inCallerMunicipality, oncePerOperation, requireActor, runCommand, type Context } from "../graphql/context.js";
import { appliedDecisionsOf } from "./applied-decisions.js";
import { perAgreement } from "../graphql/batch-loader.js";
import { confirmDecisionReflected } from "./reflection.commands.js";
import { addDisputePosition, escalateDispute, raiseDispute, withdrawDispute } from "./disputes.commands.js";
import { RaiseDisputeInput } from "./disputes.inputs.js";
import { disputeAfter, presentDispute, type PresentedDispute } from "./disputes.presenter.js";
import { disputesQueries } from "./disputes.queries.js";
import { AppliedDecisionType, DisputeType } from "./disputes.types.js";

/** The parties' dispute operations of API.md; each mutation runs one command (disputes.commands.ts). */
@Resolver(() => DisputeType)
export class DisputesResolver {
  @Query(() => DisputeType, { description: "A dispute, for whoever may read its agreement" })
  dispute(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, async (tx, actor) => presentDispute(await disputesQueries.get(tx, actor, id)));
  }

  @Mutation(() => DisputeType)
  raiseDispute(@Arg("input", () => RaiseDisputeInput) input: RaiseDisputeInput, @Ctx() ctx: Context) {
    return runCommand(ctx, raiseDispute, input, disputeAfter);
  }

  @Mutation(() => DisputeType)
  addDisputePosition(
    @Arg("disputeId", () => ID) disputeId: string,
    @Arg("position", () => String) position: string,
    @Arg("consequence", () => String, { nullable: true }) consequence: string | null,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, addDisputePosition, { disputeId, position, consequence: consequence ?? null }, disputeAfter);
  }

  @Mutation(() => DisputeType)
  withdrawDispute(
    @Arg("disputeId", () => ID) disputeId: string,
    @Arg("note", () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, withdrawDispute, { disputeId, note: note ?? null }, disputeAfter);
  }

  @Mutation(() => DisputeType, { description: "A förvaltningschef of a party sends the dispute to kommunledning's queue" })
  escalateDispute(@Arg("disputeId", () => ID) disputeId: string, @Ctx() ctx: Context) {
    return runCommand(ctx, escalateDispute, { disputeId }, disputeAfter);
  }

  @Mutation(() => DisputeType, {
    description:
      "A party confirms that the disputed section's text reflects the decision: the section's notice goes, and submission no longer lists it",
  })
  confirmDecisionReflected(@Arg("disputeId", () => ID) disputeId: string, @Ctx() ctx: Context) {
    return runCommand(ctx, confirmDecisionReflected, { disputeId }, disputeAfter);
  }

  @FieldResolver(() => AgreementType)
  agreement(@Root() dispute: PresentedDispute): AgreementEntity {
    return dispute.agreement;
  }

  @FieldResolver(() => [AgreementEventType], { description: "Every step of the dispute in the agreement's event log, oldest first" })
  history(@Root() dispute: PresentedDispute, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx) => disputesQueries.history(tx, dispute));
  }
}

/** Agreement.disputes; the agreement itself was loaded with the read check. */
@Resolver(() => AgreementType)
export class AgreementDisputesResolver {
  @FieldResolver(() => [DisputeType], { description: "The agreement's disputes, newest first" })
  async disputes(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    const rows = await disputeRows(ctx, agreement);
    return inCallerMunicipality(ctx, async (tx, actor) => (await disputesQueries.viewsOf(tx, actor, agreement, rows)).map(presentDispute));
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller may raise a dispute on the agreement now" })
  canRaiseDispute(@Root() agreement: AgreementEntity, @Ctx() ctx: Context): boolean {
    return disputesQueries.canRaise(requireActor(ctx), agreement);
  }

  @FieldResolver(() => [AppliedDecisionType], {
    description: "Every decision that applies to the agreement (its decided disputes), oldest first: part of the public record once signed",
  })
  async decisions(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return (await perAgreement(ctx, "decisions", agreement, appliedDecisionsOf)) ?? [];
  }

  @FieldResolver(() => Int, { description: "Disputes that block submission for approval (OPEN, ESCALATED, IN_REVIEW, REFERRED)" })
  async blockingDisputeCount(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return disputesQueries.blockingAmong(await disputeRows(ctx, agreement));
  }
}

/** The agreement's dispute rows, read once per operation for its list and its blocking count alike. */
function disputeRows(ctx: Context, agreement: AgreementEntity) {
  return oncePerOperation(ctx, `disputes:${agreement.municipalityId}:${agreement.id}`, () =>
    inCallerMunicipality(ctx, (tx) => disputesQueries.rowsOf(tx, agreement)),
  );
}
