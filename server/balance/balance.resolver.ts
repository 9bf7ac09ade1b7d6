import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementType } from "../agreements/agreement.types.js";
import { inAgreementScope, inCallerMunicipality, type Context } from "../graphql/context.js";
import { ProposalResponse } from "./balance.model.js";
import { BalanceLineInput, CalculationModelInput, ProposalInput } from "./balance.inputs.js";
import { presentBalance, presentProposal } from "./balance.presenter.js";
import { BalanceType, ProposalType } from "./balance.types.js";

/** The balance mutations of API.md; the domain is in BalanceService and ProposalsService. */
@Resolver(() => BalanceType)
export class BalanceResolver {
  @Mutation(() => BalanceType)
  addBalanceLine(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => BalanceLineInput) input: BalanceLineInput,
    @Ctx() ctx: Context,
  ) {
    return inCallerMunicipality(ctx, async (tx, actor) => presentBalance(await ctx.services.balance.addLine(tx, actor, agreementId, expectedVersion, input)));
  }

  @Mutation(() => BalanceType)
  updateBalanceLine(
    @Arg("lineId", () => ID) lineId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => BalanceLineInput) input: BalanceLineInput,
    @Ctx() ctx: Context,
  ) {
    return inCallerMunicipality(ctx, async (tx, actor) => presentBalance(await ctx.services.balance.updateLine(tx, actor, lineId, expectedVersion, input)));
  }

  @Mutation(() => BalanceType)
  removeBalanceLine(@Arg("lineId", () => ID) lineId: string, @Arg("expectedVersion", () => Int) expectedVersion: number, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, async (tx, actor) => presentBalance(await ctx.services.balance.removeLine(tx, actor, lineId, expectedVersion)));
  }

  @Mutation(() => BalanceType, { description: "Sets the calculation model's inputs, or clears them with null" })
  setCalculationModel(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => CalculationModelInput, { nullable: true }) input: CalculationModelInput | null,
    @Ctx() ctx: Context,
  ) {
    return inCallerMunicipality(ctx, async (tx, actor) =>
      presentBalance(await ctx.services.balance.setCalculationModel(tx, actor, agreementId, expectedVersion, input ?? null)),
    );
  }

  @Mutation(() => ProposalType)
  proposeBalance(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("baseVersion", () => Int) baseVersion: number,
    @Arg("input", () => ProposalInput) input: ProposalInput,
    @Ctx() ctx: Context,
  ) {
    return inCallerMunicipality(ctx, async (tx, actor) => presentProposal(await ctx.services.proposals.propose(tx, actor, agreementId, baseVersion, input)));
  }

  @Mutation(() => ProposalType)
  respondToProposal(
    @Arg("proposalId", () => ID) proposalId: string,
    @Arg("response", () => ProposalResponse) response: ProposalResponse,
    @Arg("message", () => String, { nullable: true }) message: string | null,
    @Ctx() ctx: Context,
  ) {
    return inCallerMunicipality(ctx, async (tx, actor) => presentProposal(await ctx.services.proposals.respond(tx, actor, proposalId, response, message ?? null)));
  }

  @Mutation(() => BalanceType, { description: "A förvaltningschef marks that the balance holds, on this exact version" })
  agreeBalance(@Arg("agreementId", () => ID) agreementId: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, async (tx, actor) => presentBalance(await ctx.services.balance.agree(tx, actor, agreementId, version)));
  }
}

/** Agreement.balance and Agreement.proposals; the agreement itself was loaded with the read check. */
@Resolver(() => AgreementType)
export class AgreementBalanceResolver {
  @FieldResolver(() => BalanceType)
  balance(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return inAgreementScope(ctx, agreement, async (tx) => presentBalance(await ctx.services.balance.view(tx, ctx.actor, agreement)));
  }

  @FieldResolver(() => [ProposalType], { description: "The balance negotiation log, newest first" })
  proposals(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, async (tx, actor) => (await ctx.services.proposals.list(tx, actor, agreement)).map(presentProposal));
  }
}
