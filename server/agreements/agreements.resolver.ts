import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { LIST_CAPS, pageOffset, pageSize } from "../validation/input.js";
import { perAgreement } from "../graphql/batch-loader.js";
import { inCallerMunicipality, runCommand, type Context } from "../graphql/context.js";
import { organOfRow } from "../identity/identity.loaders.js";
import { badInput } from "../errors.js";
import { eventsAfter } from "../events/event-log.js";
import { eventsWithActorsBefore } from "../events/agreement-events.stream.js";
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
  agreements(
    @Arg("status", () => AgreementStatus, { nullable: true }) status: AgreementStatus | null,
    @Arg("first", () => Int, {
      nullable: true,
      description: `At most this many (default ${LIST_CAPS.agreements.fallback}, at most ${LIST_CAPS.agreements.max})`,
    })
    first: number | null,
    @Arg("offset", () => Int, { nullable: true, description: "Skip this many of the newest first" }) offset: number | null,
    @Ctx() ctx: Context,
  ) {
    const page = { first: pageSize(first, "first", LIST_CAPS.agreements), offset: pageOffset(offset, "offset") };
    return inCallerMunicipality(ctx, (tx, actor) => agreementsQueries.list(tx, actor, status ?? undefined, page));
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
  async sections(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    const sections = (await perAgreement(ctx, "sections", agreement, agreementsQueries.sectionsOf)) ?? [];
    return sections.map((section) => Object.assign(section, { agreement }));
  }

  @FieldResolver(() => [AgreementEventType], {
    description:
      "The event log, oldest first: the first `first` after `afterSeq`; or, with `last` or `beforeSeq`, the newest `last` " +
      "before `beforeSeq` (the latest page first, then older ones: seq 1 is the oldest, so a page starting above it has older ones)",
  })
  events(
    @Root() agreement: AgreementEntity,
    @Arg("afterSeq", () => Int, { nullable: true }) afterSeq: number | null,
    @Arg("first", () => Int, {
      nullable: true,
      description: `At most this many (default ${LIST_CAPS.events.fallback}, at most ${LIST_CAPS.events.max})`,
    })
    first: number | null,
    @Arg("beforeSeq", () => Int, { nullable: true, description: "Only events before this seq, the newest of them" })
    beforeSeq: number | null,
    @Arg("last", () => Int, {
      nullable: true,
      description: `The newest this many (default ${LIST_CAPS.events.fallback}, at most ${LIST_CAPS.events.max})`,
    })
    last: number | null,
    @Ctx() ctx: Context,
  ) {
    // An argument left out arrives undefined, one sent as null arrives null: both mean "not given".
    const backwards = last != null || beforeSeq != null;
    if (backwards && (first != null || afterSeq != null)) throw badInput("Ange antingen afterSeq/first eller beforeSeq/last", "last");
    if (!backwards) {
      const limit = pageSize(first, "first", LIST_CAPS.events);
      return inCallerMunicipality(ctx, (tx) => eventsAfter(tx, agreement.id, afterSeq ?? 0, limit));
    }
    const limit = pageSize(last, "last", LIST_CAPS.events);
    // Each with its actor, in one statement (the actor field takes it from the event).
    return inCallerMunicipality(ctx, (tx) => eventsWithActorsBefore(tx, agreement.id, beforeSeq, limit));
  }
}
