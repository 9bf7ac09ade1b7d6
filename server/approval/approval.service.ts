import { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus, Party } from "../agreements/agreement.model.js";
import type { AgreementsService } from "../agreements/agreements.service.js";
import { isIsoDate } from "../agreements/agreement.validation.js";
import type { LegacyBalance as BalanceService } from "../balance/balance.legacy.js";
import { BalanceStatus } from "../balance/balance.model.js";
import type { Tx } from "../db/database.js";
import { badInput, conflict, invalidState, notFound } from "../errors.js";
import { appendEvent } from "../events/event-log.js";
import type { IdentityService } from "../identity/identity.service.js";
import { Role, type Actor } from "../identity/identity.model.js";
import { agreementPolicy } from "../policies/agreements.policy.js";
import type { LegacyNotifications as NotificationsService } from "../notifications/notifications.legacy.js";
import { approvalPolicy } from "../policies/approval.policy.js";
import { DRAFTING_ROLES, assertAllowed } from "../policies/policy.js";
import { ApprovalDecision, ApprovalEntity, AgreementVersionEntity, SignatureEntity } from "./approval.entities.js";
import { contentHash } from "./canonical-hash.js";
import { frozenContent } from "./freeze.js";
import { describeGap, LifecycleGapKind, type LifecycleGap } from "./lifecycle-gaps.js";

/** Counts the disputes that block a submission (the disputes capability answers it). */
export interface BlockingDisputes {
  blockingDisputes(tx: Tx, agreementId: string): Promise<number>;
}

export interface ApprovalInput {
  organId: string;
  decision: ApprovalDecision;
  meetingDate: string;
  paragraph: string;
  remarks?: string | null;
}

/** DRAFT → IN_APPROVAL → APPROVED → SIGNED, and back to DRAFT on återremiss. */
export class ApprovalService {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly balance: BalanceService,
    private readonly identity: IdentityService,
    private readonly disputes: BlockingDisputes,
    private readonly notifications: NotificationsService,
  ) {}

  /** Freezes a version and asks both committees; INVALID_STATE lists every reason it cannot. */
  async submit(tx: Tx, actor: Actor, agreementId: string): Promise<AgreementEntity> {
    const agreement = await this.lockForChange(tx, actor, agreementId);
    assertAllowed(approvalPolicy.canSubmit(actor, agreement), "Bara parternas förvaltningschefer kan skicka till beslut");
    if (agreement.status !== AgreementStatus.DRAFT) throw invalidState("Bara ett utkast kan skickas till beslut");
    const content = await frozenContent(tx, agreement, { agreements: this.agreements, balance: this.balance, identity: this.identity });
    const gaps = await this.submissionBlockers(tx, agreement.id, content.sections);
    if (gaps.length > 0) {
      const reasons = gaps.map(describeGap);
      throw invalidState(`Kan inte skickas till beslut: ${reasons.join("; ")}`, { reasons, gaps });
    }

    const number = (await this.latestVersion(tx, agreement.id))?.number ?? 0;
    const version = await tx.em.save(
      tx.em.create(AgreementVersionEntity, {
        municipalityId: tx.municipalityId,
        agreementId: agreement.id,
        number: number + 1,
        contentHash: contentHash(content),
        content,
        createdBy: actor.userId,
        createdAt: new Date(),
      }),
    );
    for (const organId of [agreement.purchaserOrganId, agreement.providerOrganId])
      await tx.em.insert(ApprovalEntity, { municipalityId: tx.municipalityId, agreementId: agreement.id, versionNumber: version.number, organId });
    await this.setStatus(tx, agreement, AgreementStatus.IN_APPROVAL);
    await this.tell(tx, agreement, [Role.NAMNDSEKRETERARE], "approval.requested", `${agreement.diarienummer} väntar på nämndens beslut`);
    await appendEvent(tx, {
      agreementId: agreement.id,
      actorId: actor.userId,
      type: "agreement.submitted",
      summary: `Version ${version.number} frystes och skickades till nämndernas beslut (SHA-256 ${version.contentHash.slice(0, 12)}…)`,
      data: { version: version.number, contentHash: version.contentHash },
    });
    return this.reload(tx, agreement.id);
  }

  async recordDecision(tx: Tx, actor: Actor, agreementId: string, input: ApprovalInput): Promise<AgreementEntity> {
    const agreement = await this.lockForChange(tx, actor, agreementId);
    assertAllowed(approvalPolicy.canRecordFor(actor, agreement, input.organId), "Bara nämndsekreteraren för en av parternas nämnder kan registrera beslutet");
    if (agreement.status !== AgreementStatus.IN_APPROVAL) throw invalidState("Överenskommelsen väntar inte på nämndbeslut");
    const decision = validateDecision(input);
    const version = (await this.latestVersion(tx, agreement.id))!;
    const pending = await tx.em.findOneBy(ApprovalEntity, { agreementId: agreement.id, versionNumber: version.number, organId: input.organId });
    if (!pending) throw notFound("Beslutsärendet");
    if (pending.decision) throw invalidState("Nämndens beslut är redan registrerat");
    await tx.em.update(ApprovalEntity, { id: pending.id }, { ...decision, recordedBy: actor.userId, recordedAt: new Date() });
    const organ = (await this.identity.organsById(tx, [input.organId])).get(input.organId)!;
    const returned = decision.decision === ApprovalDecision.RETURNED;
    await appendEvent(tx, {
      agreementId: agreement.id,
      actorId: actor.userId,
      type: returned ? "approval.returned" : "approval.approved",
      summary: `${organ.name} ${returned ? "återremitterade" : "godkände"} version ${version.number} (${decision.meetingDate} ${decision.paragraph})${returned ? `: ${decision.remarks}` : ""}`,
      data: { organId: organ.id, version: version.number, ...decision },
    });
    const approvals = await this.approvalsOf(tx, agreement.id, version.number);
    const approved = !returned && approvals.every((a) => a.decision === ApprovalDecision.APPROVED);
    if (returned) await this.setStatus(tx, agreement, AgreementStatus.DRAFT);
    else if (approved) await this.setStatus(tx, agreement, AgreementStatus.APPROVED);
    const outcome = returned ? `återremitterades av ${organ.name}` : approved ? "är godkänd av båda nämnderna och kan undertecknas" : `godkändes av ${organ.name}`;
    await this.tell(tx, agreement, DRAFTING_ROLES, "approval.recorded", `${agreement.diarienummer} ${outcome}`);
    return this.reload(tx, agreement.id);
  }

  /** Each party's förvaltningschef signs once, the content hash they were shown. */
  async sign(tx: Tx, actor: Actor, agreementId: string, shownHash: string): Promise<AgreementEntity> {
    const agreement = await this.lockForChange(tx, actor, agreementId);
    assertAllowed(approvalPolicy.canSign(actor, agreement), "Bara parternas förvaltningschefer kan underteckna");
    if (agreement.status !== AgreementStatus.APPROVED) throw invalidState("Överenskommelsen kan undertecknas först när båda nämnderna har godkänt den");
    const version = (await this.latestVersion(tx, agreement.id))!;
    if (shownHash !== version.contentHash)
      throw conflict(version.number, "Innehållet du undertecknar är inte den frysta versionen; ladda om och granska igen");
    const party = agreementPolicy.partyOf(actor, agreement)!;
    const signatures = await this.signaturesOf(tx, agreement.id, version.number);
    if (signatures.some((s) => s.party === party)) throw invalidState("Er part har redan undertecknat");
    await tx.em.insert(SignatureEntity, {
      municipalityId: tx.municipalityId,
      agreementId: agreement.id,
      versionNumber: version.number,
      party,
      userId: actor.userId,
      contentHash: version.contentHash,
      signedAt: new Date(),
    });
    await appendEvent(tx, {
      agreementId: agreement.id,
      actorId: actor.userId,
      type: "agreement.signed",
      summary: `${party === Party.PURCHASER ? "Beställarens" : "Utförarens"} förvaltningschef undertecknade version ${version.number}`,
      data: { party, version: version.number, contentHash: version.contentHash },
    });
    if (signatures.length + 1 === 2) {
      await this.setStatus(tx, agreement, AgreementStatus.SIGNED);
      await this.tell(tx, agreement, DRAFTING_ROLES, "agreement.signed", `${agreement.diarienummer} är undertecknad av båda parter`);
    }
    return this.reload(tx, agreement.id);
  }

  latestVersion(tx: Tx, agreementId: string): Promise<AgreementVersionEntity | null> {
    return tx.em.findOne(AgreementVersionEntity, { where: { agreementId, municipalityId: tx.municipalityId }, order: { number: "DESC" } });
  }

  /** The approvals of the newest frozen version (after an återremiss, still showing its remarks). */
  async approvals(tx: Tx, agreementId: string): Promise<ApprovalEntity[]> {
    const version = await this.latestVersion(tx, agreementId);
    return version ? this.approvalsOf(tx, agreementId, version.number) : [];
  }

  async signatures(tx: Tx, agreementId: string): Promise<SignatureEntity[]> {
    const version = await this.latestVersion(tx, agreementId);
    return version ? this.signaturesOf(tx, agreementId, version.number) : [];
  }

  /** Drafts waiting for a decision by a committee whose nämndsekreterare the caller is. */
  async queue(tx: Tx, actor: Actor): Promise<AgreementEntity[]> {
    const organIds = actor.roles.filter((r) => r.role === Role.NAMNDSEKRETERARE).map((r) => r.organId);
    if (organIds.length === 0) return [];
    return tx.em
      .getRepository(AgreementEntity)
      .createQueryBuilder("a")
      .where("a.municipality_id = :m AND a.status = 'IN_APPROVAL'", { m: tx.municipalityId })
      .andWhere(
        `EXISTS (SELECT 1 FROM approval p WHERE p.agreement_id = a.id AND p.decision IS NULL AND p.organ_id IN (:...organIds)
           AND p.version_number = (SELECT max(number) FROM agreement_version v WHERE v.agreement_id = a.id))`,
        { organIds },
      )
      .orderBy("a.updated_at", "ASC")
      .getMany();
  }

  /** What stands between the agreement and the next step of its lifecycle, for the stepper. */
  async missingForNextStep(tx: Tx, agreement: AgreementEntity): Promise<LifecycleGap[]> {
    if (agreement.status === AgreementStatus.DRAFT) return this.submissionBlockers(tx, agreement.id, await this.agreements.sections(tx, agreement.id));
    if (agreement.status === AgreementStatus.IN_APPROVAL) {
      const pending = (await this.approvals(tx, agreement.id)).filter((a) => !a.decision);
      const organs = await this.identity.organsById(tx, pending.map((a) => a.organId));
      return pending.map((a) => ({ kind: LifecycleGapKind.COMMITTEE_DECISION, organ: organs.get(a.organId)?.name ?? "nämnden" }));
    }
    if (agreement.status === AgreementStatus.APPROVED) {
      const signed = new Set((await this.signatures(tx, agreement.id)).map((s) => s.party));
      return [Party.PURCHASER, Party.PROVIDER].filter((party) => !signed.has(party)).map((party) => ({ kind: LifecycleGapKind.SIGNATURE, party }));
    }
    return [];
  }

  private async submissionBlockers(tx: Tx, agreementId: string, sections: Array<{ title: string; required: boolean; text: string }>): Promise<LifecycleGap[]> {
    const gaps: LifecycleGap[] = [];
    const balance = await this.balance.state(tx, agreementId);
    if (balance.status !== BalanceStatus.AGREED && balance.status !== BalanceStatus.DECIDED) gaps.push({ kind: LifecycleGapKind.BALANCE_NOT_SETTLED });
    const disputes = await this.disputes.blockingDisputes(tx, agreementId);
    if (disputes > 0) gaps.push({ kind: LifecycleGapKind.UNDECIDED_DISPUTES, count: disputes });
    for (const section of sections)
      if (section.required && section.text.trim() === "") gaps.push({ kind: LifecycleGapKind.EMPTY_SECTION, section: section.title });
    return gaps;
  }

  /** Notifies the holders of `roles` in the agreement's two organs, in the same transaction. */
  private async tell(tx: Tx, agreement: AgreementEntity, roles: readonly Role[], kind: string, summary: string): Promise<void> {
    const users = await this.notifications.usersWithRoles(tx, roles, [agreement.purchaserOrganId, agreement.providerOrganId]);
    await this.notifications.notify(tx, users, { kind, summary, agreementId: agreement.id });
  }

  /** Reads with access checked, then takes the agreement's row lock: changes of one agreement queue up. */
  private async lockForChange(tx: Tx, actor: Actor, agreementId: string): Promise<AgreementEntity> {
    const readable = await this.agreements.get(tx, actor, agreementId);
    await tx.em.query("SELECT 1 FROM agreement WHERE id = $1 FOR UPDATE", [readable.id]);
    return this.reload(tx, readable.id);
  }

  private reload(tx: Tx, agreementId: string): Promise<AgreementEntity> {
    return tx.em.findOneByOrFail(AgreementEntity, { id: agreementId, municipalityId: tx.municipalityId });
  }

  private async setStatus(tx: Tx, agreement: AgreementEntity, status: AgreementStatus): Promise<void> {
    await tx.em.query("UPDATE agreement SET status = $1, version = version + 1, updated_at = now() WHERE id = $2", [status, agreement.id]);
  }

  private approvalsOf(tx: Tx, agreementId: string, versionNumber: number): Promise<ApprovalEntity[]> {
    return tx.em.find(ApprovalEntity, { where: { agreementId, versionNumber, municipalityId: tx.municipalityId } });
  }

  private signaturesOf(tx: Tx, agreementId: string, versionNumber: number): Promise<SignatureEntity[]> {
    return tx.em.find(SignatureEntity, { where: { agreementId, versionNumber, municipalityId: tx.municipalityId }, order: { signedAt: "ASC" } });
  }
}

function validateDecision(input: ApprovalInput) {
  if (!isIsoDate(input.meetingDate)) throw badInput("Sammanträdesdatumet är inget giltigt datum", "meetingDate");
  const paragraph = input.paragraph.trim();
  if (!/^(§\s*)?\d{1,4}[a-z]?$/i.test(paragraph)) throw badInput("Paragrafen ska vara ett nummer, t.ex. § 123", "paragraph");
  const remarks = input.remarks?.trim() || null;
  if (input.decision === ApprovalDecision.RETURNED && !remarks) throw badInput("En återremiss behöver en motivering", "remarks");
  if (remarks && remarks.length > 5000) throw badInput("Anmärkningen är för lång", "remarks");
  return { decision: input.decision, meetingDate: input.meetingDate, paragraph: paragraph.startsWith("§") ? paragraph.replace(/^§\s*/, "§ ") : `§ ${paragraph}`, remarks };
}

