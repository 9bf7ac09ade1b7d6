import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { inAgreementScope, inCallerMunicipality, requireActor, type Context } from "../graphql/context.js";
import { organOfRow } from "../identity/identity.loaders.js";
import { eventsAfter } from "../events/event-log.js";
import { OrganType } from "../identity/identity.types.js";
import { agreementPolicy } from "../policies/agreements.policy.js";
import type { AgreementEntity } from "./agreement.entities.js";
import { AgreementStatus } from "./agreement.model.js";
import {
  AgreementEventType,
  AgreementPermissionsType,
  AgreementType,
  CreateAgreementInput,
  SectionType,
  UpdateAgreementInput,
} from "./agreement.types.js";

@Resolver(() => AgreementType)
export class AgreementsResolver {
  @Query(() => AgreementType)
  agreement(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => ctx.services.agreements.get(tx, actor, id));
  }

  @Query(() => [AgreementType], { description: "The agreements the caller may read, newest first" })
  agreements(@Arg("status", () => AgreementStatus, { nullable: true }) status: AgreementStatus | null, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => ctx.services.agreements.list(tx, actor, status ?? undefined));
  }

  @Mutation(() => AgreementType)
  createAgreement(@Arg("input", () => CreateAgreementInput) input: CreateAgreementInput, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => ctx.services.agreements.create(tx, actor, input));
  }

  @Mutation(() => AgreementType, { description: "Changes the title or period of a DRAFT" })
  updateAgreement(
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => UpdateAgreementInput) input: UpdateAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return inCallerMunicipality(ctx, (tx, actor) => ctx.services.agreements.update(tx, actor, id, expectedVersion, input));
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
      (await ctx.services.agreements.sections(tx, agreement.id)).map((section) => Object.assign(section, { agreement })),
    );
  }

  @FieldResolver(() => [AgreementEventType], { description: "The event log, oldest first, after `afterSeq` when given" })
  events(@Root() agreement: AgreementEntity, @Arg("afterSeq", () => Int, { nullable: true }) afterSeq: number | null, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx) => eventsAfter(tx, agreement.id, afterSeq ?? 0, 10_000));
  }

  @FieldResolver(() => AgreementPermissionsType)
  permissions(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return agreementPolicy.permissions(requireActor(ctx), agreement);
  }
}
