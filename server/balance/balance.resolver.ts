import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Resolver, Root } from "type-graphql";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementType } from "../agreements/agreement.types.js";
import type { Tx } from "../db/database.js";
import { asksOnly } from "../graphql/asked-fields.js";
import { perAgreement } from "../graphql/batch-loader.js";
import { inCallerMunicipality, runCommand, type Context } from "../graphql/context.js";
import type { Actor } from "../identity/identity.model.js";
import { agreeBalance, balanceLineCommands } from "./balance.commands.js";
import { BalanceLineInput, CalculationModelInput, ProposalInput } from "./balance.inputs.js";
import { ProposalResponse } from "./balance.model.js";
import { presentBalance, presentProposal } from "./balance.presenter.js";
import { balanceQueries } from "./balance.queries.js";
import { balanceStore } from "./balance.store.js";
import { BalanceType, ProposalType } from "./balance.types.js";
import { proposeBalance, respondToProposal, type ProposalResult } from "./proposals.commands.js";

/** The fields of a balance its own row answers; the rest (lines, totals, marks, requirement) take four reads. */
const OWN_ROW = new Set(["__typename", "version", "status"]);

/**
 * A balance mutation's answer, read in its transaction after every consequence: only the row when
 * that is all the caller asked for (an editor that keeps just the new `version`), else the whole view.
 */
const balanceAfter =
  (info: GraphQLResolveInfo) =>
  async (tx: Tx, actor: Actor, agreement: AgreementEntity): Promise<BalanceType | Pick<BalanceType, "version" | "status">> =>
    asksOnly(info, OWN_ROW)
      ? balanceStore.versionAndStatus(tx, agreement.id)
      : presentBalance(await balanceQueries.view(tx, actor, agreement));
const proposalAfter = async (tx: Tx, actor: Actor, { agreement, proposalId }: ProposalResult) =>
  presentProposal(await balanceQueries.proposal(tx, actor, agreement, proposalId));

/** The balance mutations of API.md: each runs one command (balance.commands.ts, proposals.commands.ts). */
@Resolver(() => BalanceType)
export class BalanceResolver {
  @Mutation(() => BalanceType)
  addBalanceLine(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => BalanceLineInput) input: BalanceLineInput,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, balanceLineCommands.addBalanceLine, { agreementId, expectedVersion, input }, balanceAfter(info));
  }

  @Mutation(() => BalanceType)
  updateBalanceLine(
    @Arg("lineId", () => ID) lineId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => BalanceLineInput) input: BalanceLineInput,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, balanceLineCommands.updateBalanceLine, { lineId, expectedVersion, input }, balanceAfter(info));
  }

  @Mutation(() => BalanceType)
  removeBalanceLine(
    @Arg("lineId", () => ID) lineId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, balanceLineCommands.removeBalanceLine, { lineId, expectedVersion }, balanceAfter(info));
  }

  @Mutation(() => BalanceType, { description: "Sets the calculation model's inputs, or clears them with null" })
  setCalculationModel(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => CalculationModelInput, { nullable: true }) input: CalculationModelInput | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return runCommand(
      ctx,
      balanceLineCommands.setCalculationModel,
      { agreementId, expectedVersion, input: input ?? null },
      balanceAfter(info),
    );
  }

  @Mutation(() => ProposalType)
  proposeBalance(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("baseVersion", () => Int) baseVersion: number,
    @Arg("input", () => ProposalInput) input: ProposalInput,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, proposeBalance, { agreementId, baseVersion, input }, proposalAfter);
  }

  @Mutation(() => ProposalType)
  respondToProposal(
    @Arg("proposalId", () => ID) proposalId: string,
    @Arg("response", () => ProposalResponse) response: ProposalResponse,
    @Arg("message", () => String, { nullable: true }) message: string | null,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, respondToProposal, { proposalId, response, message: message ?? null }, proposalAfter);
  }

  @Mutation(() => BalanceType, {
    description:
      "A förvaltningschef marks that the balance holds, on this exact version. When the balance misses the result requirement, " +
      "`reason` (why it holds anyway) is required: BAD_USER_INPUT naming `reason` without it.",
  })
  agreeBalance(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("version", () => Int) version: number,
    @Arg("reason", () => String, { nullable: true }) reason: string | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, agreeBalance, { agreementId, version, reason: reason ?? null }, balanceAfter(info));
  }
}

/** Agreement.balance and Agreement.proposals; the agreement itself was loaded with the read check. */
@Resolver(() => AgreementType)
export class AgreementBalanceResolver {
  @FieldResolver(() => BalanceType)
  async balance(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    const state = (await perAgreement(ctx, "balance", agreement, (tx, ids) => balanceQueries.statesOf(tx, ids)))!;
    return presentBalance(balanceQueries.viewOf(state, ctx.actor, agreement));
  }

  @FieldResolver(() => [ProposalType], { description: "The balance negotiation log, newest first" })
  proposals(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, async (tx, actor) => (await balanceQueries.proposals(tx, actor, agreement)).map(presentProposal));
  }
}
