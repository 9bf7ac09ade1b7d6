import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementType } from "../agreements/agreement.types.js";
import { inCallerMunicipality, requireActor, runCommand, type Context } from "../graphql/context.js";
import { UserType } from "../identity/identity.types.js";
import { createVersion, recordRestore, restoreSectionTexts, restoreVersion } from "./history.commands.js";
import { historyQueries } from "./history.queries.js";
import type { AgreementSnapshotEntity } from "./snapshot.entity.js";
import { AgreementSnapshotType, HistoryPermissionsType, SectionDiffType, SnapshotBalanceType } from "./history.types.js";

@Resolver(() => AgreementSnapshotType)
export class HistoryResolver {
  @Mutation(() => AgreementSnapshotType, { description: "Saves a named version: every section's text and the balance as they are now" })
  async createVersion(@Arg("agreementId", () => ID) agreementId: string, @Arg("name", () => String) name: string, @Ctx() ctx: Context) {
    const { municipalityId } = requireActor(ctx);
    // The documents live in the co-editing service, in memory: read before the command's transaction.
    const sectionIds = await inCallerMunicipality(ctx, async (tx, actor) =>
      historyQueries.sectionIds(tx, (await agreementsQueries.get(tx, actor, agreementId)).id),
    );
    const states = await historyQueries.currentStates(ctx.services.collab.snapshotOf, municipalityId, sectionIds);
    return runCommand(ctx, createVersion, { agreementId, name, states });
  }

  @Query(() => [SectionDiffType], {
    description: "The text difference per section from one version to another, or to now when toVersionId is null",
  })
  async compareVersions(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("fromVersionId", () => ID) fromVersionId: string,
    @Arg("toVersionId", () => ID, { nullable: true }) toVersionId: string | null,
    @Ctx() ctx: Context,
  ) {
    const texts = await inCallerMunicipality(ctx, async (tx, actor) =>
      historyQueries.textsToCompare(tx, await agreementsQueries.get(tx, actor, agreementId), fromVersionId, toVersionId ?? null),
    );
    return historyQueries.compare(ctx.services.collab.snapshotOf, requireActor(ctx).municipalityId, texts);
  }

  @Mutation(() => AgreementType, {
    description:
      "Makes a version's section texts current again, as new edits: history is never rewritten. With expectedBalanceVersion, " +
      "the version's balance lines are restored too, as a change against that balance version (CONFLICT when stale); it clears both marks",
  })
  async restoreVersion(
    @Arg("versionId", () => ID) versionId: string,
    @Arg("expectedBalanceVersion", () => Int, { nullable: true }) expectedBalanceVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    // Three steps, because the text cannot share the balance's transaction (see restoreSectionTexts).
    const { sections } = await runCommand(ctx, restoreVersion, { versionId, expectedBalanceVersion: expectedBalanceVersion ?? null });
    const restored = await restoreSectionTexts(ctx.services.collab, requireActor(ctx), sections);
    return runCommand(ctx, recordRestore, { versionId, sections: restored });
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
    return inCallerMunicipality(ctx, (tx) => historyQueries.versions(tx, agreement.id));
  }

  @FieldResolver(() => HistoryPermissionsType)
  historyPermissions(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return historyQueries.permissions(requireActor(ctx), agreement);
  }
}
