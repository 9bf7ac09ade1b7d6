import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus, Party } from "../agreements/agreement.model.js";
import { updateAgreement } from "../agreements/agreements.commands.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import type { Tx } from "../db/database.js";
import type { UserEntity } from "../identity/identity.entities.js";
import { Role, type Actor } from "../identity/identity.model.js";
import { permits } from "../pipeline/permissions.js";
import { agreementPolicy } from "../policies/agreements.policy.js";
import { startAmendment } from "./amendment.commands.js";
import type { AgreementVersionEntity, ApprovalEntity, SignatureEntity } from "./approval.entities.js";
import { loadSigning, recordApproval, signAgreement } from "./approval.commands.js";
import { correctApproval } from "./correction.commands.js";
import { approvalStore } from "./approval.store.js";
import { LifecycleGapKind, type LifecycleGap } from "./lifecycle-gaps.js";
import { submitsForApproval, type Submission } from "./submission.commands.js";

/** What the caller may do with the agreement now, each flag from its command's declaration. */
export interface AgreementPermissions {
  canEdit: boolean;
  canSubmitForApproval: boolean;
  canSignAgreement: boolean;
  canStartAmendment: boolean;
  /** The side the caller drafts for, if any. */
  party: Party | null;
}

/** A committee's decision with the agreement it was listed through (for `canRecord`, and the read scope of its fields). */
export type ApprovalRow = ApprovalEntity & { agreement: AgreementEntity };
export type SignatureRow = SignatureEntity & { agreement: AgreementEntity };

/** The lifecycle's reads: frozen versions, decisions, signatures, the committees' queue, and what is missing. */
export const approvalQueries = {
  latestVersion(tx: Tx, agreementId: string): Promise<AgreementVersionEntity | null> {
    return approvalStore.latestVersion(tx, agreementId);
  },

  version(tx: Tx, agreementId: string, number: number): Promise<AgreementVersionEntity | null> {
    return approvalStore.version(tx, agreementId, number);
  },

  /** The decisions on one version (the newest when none is named; after an återremiss, still showing its remarks). */
  async approvals(tx: Tx, agreement: AgreementEntity, versionNumber?: number): Promise<ApprovalRow[]> {
    const number = versionNumber ?? (await approvalStore.latestVersion(tx, agreement.id))?.number;
    if (number === undefined) return [];
    return (await approvalStore.approvalsOf(tx, agreement.id, number)).map((a) => Object.assign(a, { agreement }));
  },

  /** The signatures of one version (the newest when none is named). */
  async signatures(tx: Tx, agreement: AgreementEntity, versionNumber?: number): Promise<SignatureRow[]> {
    const number = versionNumber ?? (await approvalStore.latestVersion(tx, agreement.id))?.number;
    if (number === undefined) return [];
    return (await approvalStore.signaturesOf(tx, agreement.id, number)).map((s) => Object.assign(s, { agreement }));
  },

  /** The event log's hash when the agreement was signed by both (its signed, newest version); null before. */
  async recordHash(tx: Tx, agreement: AgreementEntity): Promise<string | null> {
    if (agreement.status !== AgreementStatus.SIGNED) return null;
    const version = await approvalStore.latestVersion(tx, agreement.id);
    return version ? approvalStore.recordHashAtSigning(tx, agreement.id, version.number) : null;
  },

  /** The same for a version, whatever the agreement's status now (a PDF of a version signed by both). */
  recordHashOf(tx: Tx, agreementId: string, versionNumber: number): Promise<string | null> {
    return approvalStore.recordHashAtSigning(tx, agreementId, versionNumber);
  },

  users(tx: Tx, ids: readonly string[]): Promise<Map<string, UserEntity>> {
    return approvalStore.users(tx, ids);
  },

  /** Agreements waiting for a decision by a committee whose nämndsekreterare the caller is. */
  queue(tx: Tx, actor: Actor): Promise<AgreementEntity[]> {
    return approvalStore.awaitingDecision(
      tx,
      actor.roles.filter((r) => r.role === Role.NAMNDSEKRETERARE).map((r) => r.organId),
    );
  },

  /** What stands between the agreement and the next step of its lifecycle, for the stepper. */
  async missingForNextStep(tx: Tx, agreement: AgreementEntity, submission: Pick<Submission, "draftGaps">): Promise<LifecycleGap[]> {
    if (agreement.status === AgreementStatus.DRAFT) return submission.draftGaps(tx, agreement.id);
    if (agreement.status === AgreementStatus.IN_APPROVAL) {
      const pending = (await this.approvals(tx, agreement)).filter((a) => !a.decision);
      const organs = await agreementsQueries.organs(
        tx,
        pending.map((a) => a.organId),
      );
      return pending.map((a) => ({ kind: LifecycleGapKind.COMMITTEE_DECISION, organ: organs.get(a.organId)?.name ?? "nämnden" }));
    }
    if (agreement.status === AgreementStatus.APPROVED) {
      const signed = new Set((await this.signatures(tx, agreement)).map((s) => s.party));
      return [Party.PURCHASER, Party.PROVIDER]
        .filter((party) => !signed.has(party))
        .map((party) => ({ kind: LifecycleGapKind.SIGNATURE, party }));
    }
    return [];
  },

  async permissions(tx: Tx, actor: Actor, agreement: AgreementEntity): Promise<AgreementPermissions> {
    // Who has signed matters only once it is APPROVED; before, signAgreement's lifecycle refuses anyway.
    const signing =
      agreement.status === AgreementStatus.APPROVED ? await loadSigning(tx, agreement) : { agreement, version: null, signatures: [] };
    return {
      canEdit: permits(updateAgreement, actor, { agreement }),
      canSubmitForApproval: permits(submitsForApproval, actor, { agreement }),
      canSignAgreement: permits(signAgreement, actor, signing),
      canStartAmendment: permits(startAmendment, actor, { agreement }),
      party: agreementPolicy.partyOf(actor, agreement),
    };
  },

  /** Whether the caller may record this committee's decision now (listed approvals are the newest version's). */
  canRecord(actor: Actor | null, approval: ApprovalRow): boolean {
    return permits(recordApproval, actor, { agreement: approval.agreement, organId: approval.organId, version: null, approval });
  },

  /**
   * Whether the caller may correct this committee's recorded decision now. `signatures` counts the
   * parties that signed the decision's version (listed approvals are the newest version's).
   */
  canCorrect(actor: Actor | null, approval: ApprovalRow, signatures: number): boolean {
    return permits(correctApproval, actor, {
      agreement: approval.agreement,
      organId: approval.organId,
      version: null,
      approval,
      signatures,
    });
  },
};
