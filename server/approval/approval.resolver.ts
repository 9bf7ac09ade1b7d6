import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { AgreementPermissionsType, AgreementType } from "../agreements/agreement.types.js";
import { notFound } from "../errors.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import { perAgreement } from "../graphql/batch-loader.js";
import { agreementScope, inAgreementScope, inCallerMunicipality, runCommand, type Context } from "../graphql/context.js";
import { organOfRow, userOfRow } from "../identity/identity.loaders.js";
import { approvalBatches } from "./approval.batches.js";
import { OrganType, UserType } from "../identity/identity.types.js";
import { startAmendment } from "./amendment.commands.js";
import { recordApproval, signAgreement } from "./approval.commands.js";
import { approvalQueries, type ApprovalRow, type SignatureRow } from "./approval.queries.js";
import { correctApproval } from "./correction.commands.js";
import type { AgreementVersionEntity } from "./approval.entities.js";
import {
  ApprovalInput,
  ApprovalType,
  AgreementVersionType,
  FrozenBalanceMarkType,
  FrozenDecisionType,
  LifecycleGapType,
  SignatureType,
} from "./approval.types.js";

/** The lifecycle's mutations (one command each) and its fields of an agreement. */
@Resolver(() => AgreementType)
export class ApprovalResolver {
  @Mutation(() => AgreementType, { description: "Freezes a version and sends it to both committees" })
  submitForApproval(@Arg("agreementId", () => ID) agreementId: string, @Ctx() ctx: Context) {
    return runCommand(ctx, ctx.services.submission.submitForApproval, { agreementId });
  }

  @Mutation(() => AgreementType, { description: "Records a committee's decision on the frozen version" })
  recordApproval(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("input", () => ApprovalInput) input: ApprovalInput,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, recordApproval, { agreementId, input });
  }

  @Mutation(() => AgreementType, {
    description:
      "The committee's secretary corrects the meeting date, paragraph or remarks of its recorded decision on the newest version, " +
      "until both parties have signed; the decision itself (input.decision must stay as recorded) cannot change. " +
      "Recorded as an agreement event with the old and new values and the reason.",
  })
  correctApproval(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("input", () => ApprovalInput) input: ApprovalInput,
    @Arg("reason", () => String) reason: string,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, correctApproval, { agreementId, input, reason });
  }

  @Mutation(() => AgreementType, { description: "Signs the frozen version whose content hash the signer was shown" })
  signAgreement(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("contentHash", () => String) contentHash: string,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, signAgreement, { agreementId, contentHash });
  }

  @Mutation(() => AgreementType, { description: "Starts a tilläggsuppdrag: a new DRAFT with the signed agreement's content" })
  startAmendment(@Arg("agreementId", () => ID) agreementId: string, @Ctx() ctx: Context) {
    return runCommand(ctx, startAmendment, { agreementId });
  }

  @Query(() => [AgreementType], { description: "Drafts awaiting a decision by the caller's committee (nämndsekreterare)" })
  approvalQueue(@Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => approvalQueries.queue(tx, actor));
  }

  @FieldResolver(() => AgreementPermissionsType)
  permissions(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => approvalQueries.permissions(tx, actor, agreement));
  }

  @FieldResolver(() => AgreementVersionType, { nullable: true, description: "The frozen version, once submitted" })
  async currentVersion(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return (await lifecycleRecords(ctx, agreement))?.version ?? null;
  }

  @FieldResolver(() => [ApprovalType])
  async approvals(@Root() agreement: AgreementEntity, @Ctx() ctx: Context): Promise<ApprovalRow[]> {
    const approvals = (await lifecycleRecords(ctx, agreement))?.approvals ?? [];
    return approvals.map((approval) => ({ ...approval, agreement }));
  }

  @FieldResolver(() => [SignatureType])
  async signatures(@Root() agreement: AgreementEntity, @Ctx() ctx: Context): Promise<SignatureRow[]> {
    const signatures = (await lifecycleRecords(ctx, agreement))?.signatures ?? [];
    return signatures.map((signature) => ({ ...signature, agreement }));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The head of the agreement's event log when both parties had signed: the SHA-256 (hex) of its last `agreement.signed` event, " +
      "which covers every event before it (`npm run audit:verify` recomputes the chain). Null until signed.",
  })
  async recordHash(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    agreementScope(ctx, agreement);
    if (agreement.status !== AgreementStatus.SIGNED) return null;
    return (await perAgreement(ctx, "recordHash", agreement, approvalBatches.recordHashes)) ?? null;
  }

  @FieldResolver(() => [LifecycleGapType], { description: "What is missing for the next lifecycle step (empty when signed)" })
  missingForNextStep(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx) => approvalQueries.missingForNextStep(tx, agreement, ctx.services.submission));
  }

  @FieldResolver(() => AgreementType, { nullable: true, description: "The signed agreement a tilläggsuppdrag amends" })
  amends(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    const parentId = agreement.parentAgreementId;
    return parentId ? inCallerMunicipality(ctx, (tx, actor) => agreementsQueries.get(tx, actor, parentId)) : null;
  }
}

/** The newest version, its decisions and signatures: one read for the three fields (and every agreement of a list). */
function lifecycleRecords(ctx: Context, agreement: AgreementEntity) {
  return perAgreement(ctx, "lifecycleRecords", agreement, approvalBatches.records);
}

/** The user a decision or signature names; the row was read in its agreement's scope, and so is the user (batched). */
function userOf(ctx: Context, row: ApprovalRow | SignatureRow, userId: string) {
  return userOfRow(ctx, { municipalityId: agreementScope(ctx, row.agreement) }, userId);
}

@Resolver(() => ApprovalType)
export class ApprovalFieldsResolver {
  @FieldResolver(() => OrganType)
  organ(@Root() approval: ApprovalRow, @Ctx() ctx: Context) {
    return organOfRow(ctx, approval, approval.organId);
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller may record this committee's decision now" })
  canRecord(@Root() approval: ApprovalRow, @Ctx() ctx: Context) {
    return approvalQueries.canRecord(ctx.actor, approval);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the caller may correct this recorded decision's meeting date, paragraph or remarks now (correctApproval)",
  })
  canCorrect(@Root() approval: ApprovalRow, @Ctx() ctx: Context) {
    if (!ctx.actor || !approval.decision) return false;
    return inAgreementScope(ctx, approval.agreement, async (tx) =>
      approvalQueries.canCorrect(
        ctx.actor,
        approval,
        (await approvalQueries.signatures(tx, approval.agreement, approval.versionNumber)).length,
      ),
    );
  }

  @FieldResolver(() => UserType, { nullable: true })
  recordedBy(@Root() approval: ApprovalRow, @Ctx() ctx: Context) {
    return approval.recordedBy ? userOf(ctx, approval, approval.recordedBy) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: "Who last corrected the decision's details" })
  correctedBy(@Root() approval: ApprovalRow, @Ctx() ctx: Context) {
    return approval.correctedBy ? userOf(ctx, approval, approval.correctedBy) : null;
  }
}

@Resolver(() => SignatureType)
export class SignatureFieldsResolver {
  @FieldResolver(() => UserType)
  async user(@Root() signature: SignatureRow, @Ctx() ctx: Context) {
    return (await userOf(ctx, signature, signature.userId)) ?? Promise.reject(notFound("Användaren"));
  }
}

/** What a frozen version holds besides its hash, for the approval record: the balance marks and the decisions. */
@Resolver(() => AgreementVersionType)
export class AgreementVersionFieldsResolver {
  @FieldResolver(() => [FrozenBalanceMarkType], { description: "The marks 'balansen håller' as frozen, with their reasons" })
  balanceMarks(@Root() version: AgreementVersionEntity): FrozenBalanceMarkType[] {
    return (version.content.balance.marks ?? []).map((m) => ({ ...m, at: new Date(m.at) }));
  }

  @FieldResolver(() => [FrozenDecisionType], { description: "Every decision that applied when it was frozen, oldest first" })
  decisions(@Root() version: AgreementVersionEntity): FrozenDecisionType[] {
    return (version.content.decisions ?? []).map(({ section, decidedAt, ...d }) => ({
      ...d,
      sectionTitle: section?.title ?? null,
      decidedAt: new Date(decidedAt),
    }));
  }
}
