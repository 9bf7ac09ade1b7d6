import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { approvalQueries } from "../approval/approval.queries.js";
import { inCallerMunicipality, runCommand, type Context } from "../graphql/context.js";
import { UserType } from "../identity/identity.types.js";
import { assessStrategicAgreement, recordAnnualReportDecision } from "./annual-report.commands.js";
import { annualReportQueries, type AnnualReportView, type RollUpRow } from "./annual-report.queries.js";
import {
  AnnualAssessmentInput,
  AnnualFollowUpReportType,
  AnnualReportDecisionInput,
  AnnualReportDecisionType,
  AnnualRollUpRowType,
} from "./annual-report.types.js";

/** What leaves the server of a report: the view, its totals from the content. */
const present = (view: AnnualReportView) => ({ ...view, totals: view.content.totals });
const presentRow = (row: RollUpRow) => ({ ...row, agreements: row.content.agreements.map((a) => ({ ...a, canAssess: false })) });

/** The yearly follow-up report (issue 13, item 5): one nämnd's, the roll-up, the assessment and the decision. */
@Resolver(() => AnnualFollowUpReportType)
export class AnnualReportResolver {
  @Query(() => AnnualFollowUpReportType, { description: "A nämnd's yearly follow-up report: as decided, or compiled now" })
  async annualFollowUpReport(@Arg("organId", () => ID) organId: string, @Arg("year", () => Int) year: number, @Ctx() ctx: Context) {
    return present(await inCallerMunicipality(ctx, (tx, actor) => annualReportQueries.report(tx, actor, organId, year)));
  }

  @Query(() => [AnnualRollUpRowType], { description: "Every nämnd's yearly report for KS/KF (kommunledning, revisor)" })
  annualFollowUpRollUp(@Arg("year", () => Int) year: number, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, async (tx, actor) =>
      (await annualReportQueries.rollUp(tx, actor, year, await ctx.services.identity.organs(tx))).map(presentRow),
    );
  }

  @Mutation(() => AnnualFollowUpReportType, {
    description: "The purchaser side's assessment of a strategic, signed agreement for a year; expectedVersion 0 for the first",
  })
  assessStrategicAgreement(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("year", () => Int) year: number,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => AnnualAssessmentInput) input: AnnualAssessmentInput,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, assessStrategicAgreement, { agreementId, year, expectedVersion, input }, async (tx, actor, result) =>
      present(await annualReportQueries.report(tx, actor, result.organId, result.year)),
    );
  }

  @Mutation(() => AnnualFollowUpReportType, {
    description:
      "The nämndsekreterare records the nämnd's decision on its report of an ended year; `contentHash` is the report's as shown " +
      "(CONFLICT when it has changed since). The content is frozen with the decision.",
  })
  recordAnnualReportDecision(
    @Arg("organId", () => ID) organId: string,
    @Arg("year", () => Int) year: number,
    @Arg("contentHash", () => String) contentHash: string,
    @Arg("input", () => AnnualReportDecisionInput) input: AnnualReportDecisionInput,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, recordAnnualReportDecision, { organId, year, contentHash, input }, async (tx, actor, result) =>
      present(await annualReportQueries.report(tx, actor, result.organId, result.year)),
    );
  }
}

@Resolver(() => AnnualReportDecisionType)
export class AnnualReportDecisionResolver {
  @FieldResolver(() => UserType, { nullable: true, description: "The secretary who recorded it" })
  recordedBy(@Root() decision: { recordedBy: string }, @Ctx() ctx: Context) {
    return inCallerMunicipality(
      ctx,
      async (tx) => (await approvalQueries.users(tx, [decision.recordedBy])).get(decision.recordedBy) ?? null,
    );
  }
}
