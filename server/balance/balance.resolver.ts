import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementType } from "../agreements/agreement.types.js";
import type { Tx } from "../db/database.js";
import { perAgreement } from "../graphql/batch-loader.js";
import { inCallerMunicipality, runCommand, type Context } from "../graphql/context.js";
import type { Actor } from "../identity/identity.model.js";
import { agreeBalance, balanceLineCommands } from "./balance.commands.js";
import { BalanceLineInput, CalculationModelInput, ProposalInput } from "./balance.inputs.js";
import { ProposalResponse } from "./balance.model.js";
import { presentBalance, presentProposal } from "./balance.presenter.js";
import { balanceQueries } from "./balance.queries.js";
import { BalanceType, ProposalType } from "./balance.types.js";
import { proposeBalance, respondToProposal, type ProposalResult } from "./proposals.commands.js";

const balanceAfter = async (tx: Tx, actor: Actor, agreement: AgreementEntity) =>
  presentBalance(await balanceQueries.view(tx, actor, agreement));
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
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, balanceLineCommands.addBalanceLine, { agreementId, expectedVersion, input }, balanceAfter);
  }

  @Mutation(() => BalanceType)
  updateBalanceLine(
    @Arg("lineId", () => ID) lineId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => BalanceLineInput) input: BalanceLineInput,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, balanceLineCommands.updateBalanceLine, { lineId, expectedVersion, input }, balanceAfter);
  }

  @Mutation(() => BalanceType)
  removeBalanceLine(
    @Arg("lineId", () => ID) lineId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, balanceLineCommands.removeBalanceLine, { lineId, expectedVersion }, balanceAfter);
  }

  @Mutation(() => BalanceType, { description: "Sets the calculation model's inputs, or clears them with null" })
  setCalculationModel(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => CalculationModelInput, { nullable: true }) input: CalculationModelInput | null,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, balanceLineCommands.setCalculationModel, { agreementId, expectedVersion, input: input ?? null }, balanceAfter);
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
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, agreeBalance, { agreementId, version, reason: reason ?? null }, balanceAfter);
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
