import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { Party } from "../agreements/agreement.model.js";
import { AgreementType } from "../agreements/agreement.types.js";
import { approvalQueries } from "../approval/approval.queries.js";
import { inCallerMunicipality, oncePerOperation, runCommand, type Context } from "../graphql/context.js";
import { UserType } from "../identity/identity.types.js";
import { classifyAgreement, markStrategic, setAgreementResponsible } from "./classification.commands.js";
import { Impact, ValueClass } from "./classification.model.js";
import { classificationQueries, type ClassificationView } from "./classification.queries.js";
import { ClassificationPermissionsType } from "./classification.types.js";

/** Classification and responsibility (issue 13, item 4): the commands, and their fields of an agreement. */
@Resolver(() => AgreementType)
export class ClassificationResolver {
  @Mutation(() => AgreementType, {
    description:
      "The förvaltningschef of `party` names its avtalsansvarig: an active user with a role in that side's organ; null clears it",
  })
  setAgreementResponsible(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("party", () => Party) party: Party,
    @Arg("userId", () => ID, { nullable: true }) userId: string | null,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, setAgreementResponsible, { agreementId, party, userId: userId ?? null });
  }

  @Mutation(() => AgreementType, { description: "The purchaser's assessment of the impact; `version` is the classificationVersion read" })
  classifyAgreement(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("impact", () => Impact) impact: Impact,
    @Arg("version", () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, classifyAgreement, { agreementId, impact, version });
  }

  @Mutation(() => AgreementType, {
    description:
      "The purchaser's förvaltningschef marks the agreement strategic (or not). Marking more than about 10 for the nämnd and a budget " +
      'year answers INVALID_STATE with extensions { confirm: "confirmOverTen", limit, years } unless confirmOverTen is true.',
  })
  markStrategic(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("strategic", () => Boolean) strategic: boolean,
    @Arg("confirmOverTen", () => Boolean, { defaultValue: false }) confirmOverTen: boolean,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, markStrategic, { agreementId, strategic, confirmOverTen });
  }

  @Query(() => [AgreementType], {
    description: "A nämnd's strategic agreements as purchaser; those whose term reaches into `year` when given",
  })
  strategicAgreements(
    @Arg("organId", () => ID) organId: string,
    @Arg("year", () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: Context,
  ) {
    return inCallerMunicipality(ctx, (tx, actor) => classificationQueries.strategicAgreements(tx, actor, organId, year ?? null));
  }

  @FieldResolver(() => UserType, { nullable: true, description: "The purchaser side's avtalsansvarig" })
  purchaserResponsible(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return userOf(ctx, agreement.purchaserResponsibleId);
  }

  @FieldResolver(() => UserType, { nullable: true, description: "The provider side's avtalsansvarig" })
  providerResponsible(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return userOf(ctx, agreement.providerResponsibleId);
  }

  @FieldResolver(() => Impact, { nullable: true, description: "The purchaser's impact assessment; null until assessed" })
  impact(@Root() agreement: AgreementEntity) {
    // An agreement just created is the row as written, without the columns' defaults.
    return agreement.impact ?? null;
  }

  @FieldResolver(() => ValueClass)
  async valueClass(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return (await viewOf(ctx, agreement)).valueClass;
  }

  @FieldResolver(() => Boolean, { description: "value × impact: both HIGH, or one HIGH and the other MEDIUM" })
  async suggestedStrategic(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return (await viewOf(ctx, agreement)).suggestedStrategic;
  }

  @FieldResolver(() => Boolean, { description: "Marked strategic by the purchaser's förvaltningschef" })
  strategic(@Root() agreement: AgreementEntity) {
    return agreement.strategic ?? false;
  }

  @FieldResolver(() => Int, { description: "Guards classifyAgreement against a concurrent change of the classification" })
  async classificationVersion(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return (await viewOf(ctx, agreement)).version;
  }

  @FieldResolver(() => ClassificationPermissionsType)
  classificationPermissions(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => classificationQueries.permissions(tx, actor, agreement));
  }

  @FieldResolver(() => [UserType], { description: "Who the caller may name avtalsansvarig of `party` (empty when the caller may not)" })
  responsibleCandidates(@Root() agreement: AgreementEntity, @Arg("party", () => Party) party: Party, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => classificationQueries.candidates(tx, actor, agreement, party));
  }
}

function viewOf(ctx: Context, agreement: AgreementEntity): Promise<ClassificationView> {
  return oncePerOperation(ctx, `classification:${agreement.id}`, () =>
    inCallerMunicipality(ctx, (tx) => classificationQueries.view(tx, agreement)),
  );
}

function userOf(ctx: Context, userId: string | null) {
  if (!userId) return null;
  return inCallerMunicipality(ctx, async (tx) => (await approvalQueries.users(tx, [userId])).get(userId) ?? null);
}
