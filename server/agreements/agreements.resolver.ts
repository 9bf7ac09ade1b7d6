import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { inAgreementScope, inCallerMunicipality, runCommand, type Context } from "../graphql/context.js";
import { organOfRow } from "../identity/identity.loaders.js";
import { eventsAfter } from "../events/event-log.js";
import { OrganType } from "../identity/identity.types.js";
import type { AgreementEntity } from "./agreement.entities.js";
import { AgreementStatus } from "./agreement.model.js";
import { AgreementEventType, AgreementType, CreateAgreementInput, SectionType, UpdateAgreementInput } from "./agreement.types.js";
import { createAgreement, updateAgreement } from "./agreements.commands.js";
import { agreementsQueries } from "./agreements.queries.js";

/** The agreements of API.md; Agreement.permissions and the lifecycle's fields are the approval's (approval.resolver.ts). */
@Resolver(() => AgreementType)
export class AgreementsResolver {
  @Query(() => AgreementType)
  agreement(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => agreementsQueries.get(tx, actor, id));
  }

  @Query(() => [AgreementType], { description: "The agreements the caller may read, newest first" })
  agreements(@Arg("status", () => AgreementStatus, { nullable: true }) status: AgreementStatus | null, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => agreementsQueries.list(tx, actor, status ?? undefined));
  }

  @Mutation(() => AgreementType)
  createAgreement(@Arg("input", () => CreateAgreementInput) input: CreateAgreementInput, @Ctx() ctx: Context) {
    return runCommand(ctx, createAgreement, input);
  }

  @Mutation(() => AgreementType, { description: "Changes the title or period of a DRAFT" })
  updateAgreement(
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => UpdateAgreementInput) input: UpdateAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, updateAgreement, { id, expectedVersion, patch: input });
  }

  @FieldResolver(() => OrganType)
  purchaser(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return organOfRow(ctx, agreement, agreement.purchaserOrganId);
  }

  @FieldResolver(() => OrganType)
  provider(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return organOfRow(ctx, agreement, agreement.providerOrganId);
  }

  @FieldResolver(() => [SectionType])
  sections(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return inAgreementScope(ctx, agreement, async (tx) =>
      (await agreementsQueries.sections(tx, agreement.id)).map((section) => Object.assign(section, { agreement })),
    );
  }

  @FieldResolver(() => [AgreementEventType], { description: "The event log, oldest first, after `afterSeq` when given" })
  events(@Root() agreement: AgreementEntity, @Arg("afterSeq", () => Int, { nullable: true }) afterSeq: number | null, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx) => eventsAfter(tx, agreement.id, afterSeq ?? 0, 10_000));
  }
}
