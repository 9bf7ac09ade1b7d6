import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import { AgreementType } from "../agreements/agreement.types.js";
import { inAgreementScope, inCallerMunicipality, type Context } from "../graphql/context.js";
import { organOfRow } from "../identity/identity.loaders.js";
import { OrganType, UserType } from "../identity/identity.types.js";
import { approvalPolicy } from "../policies/approval.policy.js";
import type { ApprovalEntity, SignatureEntity } from "./approval.entities.js";
import { ApprovalInput, ApprovalType, AgreementVersionType, LifecycleGapType, SignatureType } from "./approval.types.js";

@Resolver(() => AgreementType)
export class ApprovalResolver {
  @Mutation(() => AgreementType, { description: "Freezes a version and sends it to both committees" })
  submitForApproval(@Arg("agreementId", () => ID) agreementId: string, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => ctx.services.approval.submit(tx, actor, agreementId));
  }

  @Mutation(() => AgreementType, { description: "Records a committee's decision on the frozen version" })
  recordApproval(@Arg("agreementId", () => ID) agreementId: string, @Arg("input", () => ApprovalInput) input: ApprovalInput, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => ctx.services.approval.recordDecision(tx, actor, agreementId, input));
  }

  @Mutation(() => AgreementType, { description: "Signs the frozen version whose content hash the signer was shown" })
  signAgreement(@Arg("agreementId", () => ID) agreementId: string, @Arg("contentHash", () => String) contentHash: string, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => ctx.services.approval.sign(tx, actor, agreementId, contentHash));
  }

  @Mutation(() => AgreementType, { description: "Starts a tilläggsuppdrag: a new DRAFT with the signed agreement's content" })
  startAmendment(@Arg("agreementId", () => ID) agreementId: string, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => ctx.services.amendments.start(tx, actor, agreementId));
  }

  @Query(() => [AgreementType], { description: "Drafts awaiting a decision by the caller's committee (nämndsekreterare)" })
  approvalQueue(@Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => ctx.services.approval.queue(tx, actor));
  }

  @FieldResolver(() => AgreementVersionType, { nullable: true, description: "The frozen version, once submitted" })
  currentVersion(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return inAgreementScope(ctx, agreement, (tx) => ctx.services.approval.latestVersion(tx, agreement.id));
  }

  @FieldResolver(() => [ApprovalType])
  approvals(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return inAgreementScope(ctx, agreement, (tx) => ctx.services.approval.approvals(tx, agreement.id));
  }

  @FieldResolver(() => [SignatureType])
  signatures(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return inAgreementScope(ctx, agreement, (tx) => ctx.services.approval.signatures(tx, agreement.id));
  }

  @FieldResolver(() => [LifecycleGapType], { description: "What is missing for the next lifecycle step (empty when signed)" })
  missingForNextStep(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx) => ctx.services.approval.missingForNextStep(tx, agreement));
  }

  @FieldResolver(() => AgreementType, { nullable: true, description: "The signed agreement a tilläggsuppdrag amends" })
  amends(@Root() agreement: AgreementEntity, @Ctx() ctx: Context) {
    const parentId = agreement.parentAgreementId;
    return parentId ? inCallerMunicipality(ctx, (tx, actor) => ctx.services.agreements.get(tx, actor, parentId)) : null;
  }
}

@Resolver(() => ApprovalType)
export class ApprovalFieldsResolver {
  @FieldResolver(() => OrganType)
  organ(@Root() approval: ApprovalEntity, @Ctx() ctx: Context) {
    return organOfRow(ctx, approval, approval.organId);
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller may record this committee's decision now" })
  async canRecord(@Root() approval: ApprovalEntity, @Ctx() ctx: Context) {
    if (!ctx.actor || approval.decision) return false;
    return inCallerMunicipality(ctx, async (tx, actor) => {
      const agreement = await ctx.services.agreements.get(tx, actor, approval.agreementId);
      const latest = await ctx.services.approval.latestVersion(tx, agreement.id);
      return agreement.status === AgreementStatus.IN_APPROVAL && latest?.number === approval.versionNumber && approvalPolicy.canRecordFor(actor, agreement, approval.organId);
    });
  }

  @FieldResolver(() => UserType, { nullable: true })
  recordedBy(@Root() approval: ApprovalEntity, @Ctx() ctx: Context) {
    const userId = approval.recordedBy;
    return userId ? ctx.services.db.inMunicipality(approval.municipalityId, (tx) => ctx.services.identity.user(tx, userId)) : null;
  }
}

@Resolver(() => SignatureType)
export class SignatureFieldsResolver {
  @FieldResolver(() => UserType)
  user(@Root() signature: SignatureEntity, @Ctx() ctx: Context) {
    return ctx.services.db.inMunicipality(signature.municipalityId, (tx) => ctx.services.identity.requireUser(tx, signature.userId));
  }
}
