import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementType } from "../agreements/agreement.types.js";
import { inCallerMunicipality, requireActor, type Context } from "../graphql/context.js";
import { UserType } from "../identity/identity.types.js";
import { historyPolicy } from "../policies/history.policy.js";
import type { AgreementSnapshotEntity } from "./snapshot.entity.js";
import { AgreementSnapshotType, HistoryPermissionsType, SectionDiffType, SnapshotBalanceType } from "./history.types.js";

@Resolver(() => AgreementSnapshotType)
export class HistoryResolver {
  @Mutation(() => AgreementSnapshotType, { description: "Saves a named version: every section's text and the balance as they are now" })
  createVersion(@Arg("agreementId", () => ID) agreementId: string, @Arg("name", () => String) name: string, @Ctx() ctx: Context) {
    return ctx.services.history.create(requireActor(ctx), agreementId, name);
  }

  @Query(() => [SectionDiffType], { description: "The text difference per section from one version to another, or to now when toVersionId is null" })
  compareVersions(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("fromVersionId", () => ID) fromVersionId: string,
    @Arg("toVersionId", () => ID, { nullable: true }) toVersionId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.history.compare(requireActor(ctx), agreementId, fromVersionId, toVersionId ?? null);
  }

  @Mutation(() => AgreementType, {
    description:
      "Makes a version's section texts current again, as new edits: history is never rewritten. With expectedBalanceVersion, " +
      "the version's balance lines are restored too, as a change against that balance version (CONFLICT when stale); it clears both marks",
  })
  restoreVersion(
    @Arg("versionId", () => ID) versionId: string,
    @Arg("expectedBalanceVersion", () => Int, { nullable: true }) expectedBalanceVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.history.restore(requireActor(ctx), versionId, expectedBalanceVersion ?? null);
  }

  @FieldResolver(() => SnapshotBalanceType, { nullable: true })
  balance(@Root() snapshot: AgreementSnapshotEntity): SnapshotBalanceType | null {
    const kept = snapshot.balance;
    return kept && { version: kept.version, lineCount: kept.lines.length, cost: kept.totals.cost, compensation: kept.totals.compensation };
  }

  @FieldResolver(() => UserType)
  createdBy(@Root() snapshot: AgreementSnapshotEntity, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx) => ctx.services.identity.requireUser(tx, snapshot.createdBy));
  }
}

@Resolver(() => AgreementType)
export class AgreementHistoryResolver {
  @FieldResolver(() => [AgreementSnapshotType], { description: "Named versions, newest first" })
  versions(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx) => ctx.services.history.list(tx, agreement.id));
  }

  @FieldResolver(() => HistoryPermissionsType)
  historyPermissions(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    const actor = requireActor(ctx);
    return { canCreateVersion: historyPolicy.canCreateVersion(actor, agreement), canRestore: historyPolicy.canRestore(actor, agreement) };
  }
}
