import type { GraphQLResolveInfo } from "graphql";
import { unauthenticated } from "../errors.js";
import type { Context } from "./context.js";

/**
 * What a caller without login may read: the public record of a signed agreement
 * (offentlighetsprincipen) — names, organs, dates, the text and the balance — and signing in. Staff's
 * e-mails, ids and roles are not in it. Every other field answers UNAUTHENTICATED to an anonymous caller.
 * Setting a password by a one-time link and asking for one are signing in too.
 */
export const PUBLIC_FIELDS: ReadonlySet<string> = new Set(
  [
    "Query.publicAgreements Query.publicMunicipality Mutation.login Mutation.setPassword Mutation.requestPasswordReset",
    // The login page's button for a municipality's own sign-in (single sign-on).
    "Query.singleSignOnFor SingleSignOnOption.kommun SingleSignOnOption.displayName SingleSignOnOption.startUrl",
    "Municipality.id Municipality.name Municipality.slug",
    "Agreement.id Agreement.diarienummer Agreement.title Agreement.kind Agreement.status Agreement.periodStart Agreement.periodEnd",
    "Agreement.purchaser Agreement.provider Agreement.currentVersion Agreement.approvals Agreement.signatures Agreement.sections Agreement.balance",
    "Agreement.recordHash Agreement.decisions",
    // Every decision that applies to a signed agreement: its conditions and the minutes that carry them.
    "AppliedDecision.disputeId AppliedDecision.subject AppliedDecision.section AppliedDecision.text AppliedDecision.level",
    "AppliedDecision.body AppliedDecision.reference AppliedDecision.meetingDate AppliedDecision.paragraph AppliedDecision.decidedAt",
    "DisputeSection.id DisputeSection.title",
    "Organ.id Organ.name Organ.shortName Organ.kind",
    "AgreementVersion.number AgreementVersion.contentHash AgreementVersion.createdAt",
    "Approval.organ Approval.decision Approval.meetingDate Approval.paragraph Approval.versionNumber",
    "Signature.party Signature.user Signature.signedAt Signature.contentHash User.name",
    "Section.id Section.key Section.title Section.text",
    "Balance.status Balance.version Balance.lines Balance.totals",
    "BalanceLine.id BalanceLine.kind BalanceLine.description BalanceLine.volume BalanceLine.unit BalanceLine.unitAmount BalanceLine.amount",
    "BalanceTotals.cost BalanceTotals.compensation BalanceTotals.difference BalanceTotals.marginPercent BalanceTotals.requirementMet",
    // The follow-up as far as the purchaser has accepted it (public-follow-up.queries.ts reads nothing else).
    "Agreement.publicFollowUp PublicFollowUp.indicators PublicFollowUp.acceptedPeriods PublicFollowUp.latestAcceptedPeriod",
    "PublicFollowUp.green PublicFollowUp.yellow PublicFollowUp.red PublicFollowUp.openActionPlans PublicFollowUp.scopeLines",
    "PublicFollowUp.compensation PublicFollowUp.actualCost",
    "PublicIndicator.id PublicIndicator.name PublicIndicator.unit PublicIndicator.direction PublicIndicator.target",
    "PublicIndicator.warnAt PublicIndicator.frequency PublicIndicator.results",
    "PublicIndicatorResult.period PublicIndicatorResult.value PublicIndicatorResult.status PublicIndicatorResult.comment",
    "PublicIndicatorResult.actionPlan PublicActionPlan.description PublicActionPlan.ownerName PublicActionPlan.dueDate PublicActionPlan.status",
    "PublicScopeLine.id PublicScopeLine.description PublicScopeLine.unit PublicScopeLine.orderedVolume PublicScopeLine.estimatedCost",
    "PublicScopeLine.deliveredVolume PublicScopeLine.actualCost PublicScopeLine.periods",
    "PublicScopeResult.period PublicScopeResult.deliveredVolume PublicScopeResult.actualCost PublicScopeResult.comment",
  ].flatMap((line) => line.split(" ")),
);

/**
 * Refuses a field outside the public record to an anonymous caller (`guardFields` asks it of every field
 * whose name is not in PUBLIC_FIELDS).
 */
export function refuseToAnonymous(context: Context, info: GraphQLResolveInfo): void {
  if (context.actor) return;
  // Beneath an anonymous mutation that is allowed at all (signing in) is the caller's own account.
  if (info.operation.operation === "mutation" && info.path.prev) return;
  throw context.authError ?? unauthenticated("Logga in för att se mer än den offentliga handlingen");
}
