import { SectionEntity } from "../agreements/agreement.entities.js";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import type { AgreementsService } from "../agreements/agreements.service.js";
import type { LegacyBalance as BalanceService } from "../balance/balance.legacy.js";
import { decimalOf, moneyString } from "../balance/money.js";
import type { Tx } from "../db/database.js";
import { isUuid } from "../db/database.js";
import { badInput, forbidden, invalidState, notFound } from "../errors.js";
import { AgreementEventEntity } from "../events/agreement-event.entity.js";
import type { Actor } from "../identity/identity.model.js";
import { disputesPolicy } from "../policies/disputes.policy.js";
import { DisputeSteps } from "./dispute-steps.js";
import { DisputeEvent, QUEUED_NOTIFICATION, disputeSummaries } from "./disputes.events.js";
import { DisputeAction, DisputeLevel, DisputePriority, DisputeStatus, DisputeSubject, HIGH_PRIORITY_AMOUNT } from "./disputes.model.js";
import { disputeViews, type DisputeView } from "./disputes.views.js";

export interface RaiseDispute {
  agreementId: string;
  subject: DisputeSubject;
  sectionId?: string | null;
  description: string;
  position: string;
  consequence?: string | null;
}

const MAX_TEXT = 10_000;

function text(value: string | null | undefined, field: string, what: string, required = true): string | null {
  const trimmed = value?.trim() ?? "";
  if (trimmed.length === 0) {
    if (required) throw badInput(`${what} får inte vara tom`, field);
    return null;
  }
  if (trimmed.length > MAX_TEXT) throw badInput(`${what} får vara högst ${MAX_TEXT} tecken`, field);
  return trimmed;
}

/**
 * The parties' side of a dispute: raising it with a position and a foreseen consequence, the other
 * side's position, withdrawing and escalating to kommunledning. Kommunledning's side is EscalationService.
 */
export class DisputesService {
  constructor(
    readonly steps: DisputeSteps,
    private readonly agreements: AgreementsService,
    private readonly balance: BalanceService,
  ) {}

  async raise(tx: Tx, actor: Actor, input: RaiseDispute): Promise<DisputeView> {
    const agreement = await this.agreements.get(tx, actor, input.agreementId);
    const party = disputesPolicy.arguingParty(actor, agreement);
    if (!party) throw forbidden("Bara parternas förvaltningschefer och handläggare kan lyfta en tvist");
    if (!Object.values(DisputeSubject).includes(input.subject)) throw badInput("Okänt ämne", "subject");
    const description = text(input.description, "description", "Beskrivningen")!;
    const position = text(input.position, "position", "Ståndpunkten")!;
    const consequence = text(input.consequence, "consequence", "Konsekvensen", false);
    const section = await this.section(tx, agreement, input.sectionId ?? null);
    agreement.status = (await this.steps.store.lockAgreement(tx, agreement.id)) ?? agreement.status;
    if (!disputesPolicy.agreementDisputable(agreement)) {
      throw invalidState("En tvist kan lyftas medan överenskommelsen är ett utkast, eller när den är undertecknad");
    }
    const amountAtStake = section ? null : moneyString(decimalOf((await this.balance.state(tx, agreement.id)).totals.difference).abs());
    const now = new Date();
    const dispute = await this.steps.store.insert(tx, {
      municipalityId: tx.municipalityId,
      agreementId: agreement.id,
      sectionId: section?.id ?? null,
      subject: input.subject,
      description,
      status: DisputeStatus.OPEN,
      level: DisputeLevel.TJANSTEMANNA,
      priority: DisputePriority.NORMAL,
      raisedParty: party,
      raisedBy: actor.userId,
      raisedAt: now,
      amountAtStake,
      escalatedBy: null, escalatedAt: null, assigneeId: null, assignedAt: null, referredTo: null, referredAt: null,
      withdrawnBy: null, withdrawnAt: null, withdrawalNote: null,
      decisionText: null, decisionReference: null, decisionLevel: null, decisionBody: null, decisionMeetingDate: null,
      decisionParagraph: null, decisionBalanceLines: null, decidedBy: null, decidedAt: null,
      updatedAt: now,
    });
    await this.steps.store.addPosition(tx, { disputeId: dispute.id, party, userId: actor.userId, text: position, consequence });
    const concern = { sectionTitle: section?.title ?? null, subject: dispute.subject };
    await this.steps.record(tx, actor, agreement, dispute, {
      patch: {},
      type: DisputeEvent.raised,
      summary: disputeSummaries.raised(party, concern, description, amountAtStake),
      data: { subject: dispute.subject, sectionId: dispute.sectionId, amountAtStake },
      notify: [{ audience: "otherParty" }],
    });
    return this.steps.view(tx, actor, dispute, agreement);
  }

  async addPosition(tx: Tx, actor: Actor, disputeId: string, position: string, consequence: string | null): Promise<DisputeView> {
    const step = await this.steps.begin(
      tx, actor, disputeId, DisputeAction.ADD_POSITION,
      (agreement) => disputesPolicy.arguingParty(actor, agreement) !== null,
      "Bara parternas förvaltningschefer och handläggare kan ange en ståndpunkt",
    );
    if (!disputesPolicy.agreementDisputable(step.agreement)) throw invalidState("Överenskommelsen kan inte ändras i sitt nuvarande skede");
    const party = disputesPolicy.arguingParty(actor, step.agreement)!;
    const positionText = text(position, "position", "Ståndpunkten")!;
    await this.steps.store.addPosition(tx, { disputeId: step.dispute.id, party, userId: actor.userId, text: positionText, consequence: text(consequence, "consequence", "Konsekvensen", false) });
    return this.steps.finish(tx, actor, step, {
      patch: {},
      type: DisputeEvent.positionAdded,
      summary: disputeSummaries.positionAdded(party, step.concern),
      data: { party },
      notify: [{ audience: "otherParty" }],
    });
  }

  async withdraw(tx: Tx, actor: Actor, disputeId: string, note: string | null): Promise<DisputeView> {
    const step = await this.steps.begin(
      tx, actor, disputeId, DisputeAction.WITHDRAW,
      (agreement, dispute) => disputesPolicy.mayWithdraw(actor, agreement, dispute),
      "Bara den part som lyfte tvisten kan dra tillbaka den",
    );
    const withdrawalNote = text(note, "note", "Kommentaren", false);
    return this.steps.finish(tx, actor, step, {
      patch: { withdrawnBy: actor.userId, withdrawnAt: new Date(), withdrawalNote },
      type: DisputeEvent.withdrawn,
      summary: disputeSummaries.withdrawn(step.dispute.raisedParty, step.concern, withdrawalNote),
      notify: [{ audience: "otherParty" }],
    });
  }

  async escalate(tx: Tx, actor: Actor, disputeId: string): Promise<DisputeView> {
    const step = await this.steps.begin(
      tx, actor, disputeId, DisputeAction.ESCALATE,
      (agreement) => disputesPolicy.mayEscalate(actor, agreement),
      "Bara parternas förvaltningschefer kan eskalera en tvist",
    );
    const party = disputesPolicy.arguingParty(actor, step.agreement)!;
    const amount = step.dispute.amountAtStake;
    const priority = amount !== null && decimalOf(amount).gte(decimalOf(HIGH_PRIORITY_AMOUNT)) ? DisputePriority.HIGH : DisputePriority.NORMAL;
    return this.steps.finish(tx, actor, step, {
      patch: { escalatedBy: actor.userId, escalatedAt: new Date(), priority },
      type: DisputeEvent.escalated,
      summary: disputeSummaries.escalated(party, step.concern),
      data: { party, priority },
      notify: [
        { audience: "otherParty" },
        { audience: "leadership", kind: QUEUED_NOTIFICATION, summary: disputeSummaries.queued(step.agreement.diarienummer, step.concern) },
      ],
    });
  }

  /** A dispute its agreement's readers may see. */
  async get(tx: Tx, actor: Actor, disputeId: string): Promise<DisputeView> {
    const dispute = await this.steps.store.find(tx, disputeId);
    if (!dispute) throw notFound("Tvisten");
    const agreement = await this.agreements.get(tx, actor, dispute.agreementId);
    return this.steps.view(tx, actor, dispute, agreement);
  }

  /** The disputes of an agreement already read with its access check, newest first. */
  async forAgreement(tx: Tx, actor: Actor, agreement: AgreementEntity): Promise<DisputeView[]> {
    const disputes = await this.steps.store.forAgreement(tx, agreement.id);
    return disputeViews(tx, this.steps.store, actor, disputes, new Map([[agreement.id, agreement]]));
  }

  /** For submitForApproval: how many of the agreement's disputes are OPEN, ESCALATED, IN_REVIEW or REFERRED. */
  blockingDisputes(tx: Tx, agreementId: string): Promise<number> {
    return this.steps.store.countBlocking(tx, agreementId);
  }

  /** The dispute's steps in the agreement's event log, oldest first. */
  async history(tx: Tx, dispute: Pick<DisputeView, "id" | "agreementId">): Promise<AgreementEventEntity[]> {
    return tx.em
      .getRepository(AgreementEventEntity)
      .createQueryBuilder("e")
      .where("e.agreement_id = :a AND e.municipality_id = :m AND e.data->>'disputeId' = :d", { a: dispute.agreementId, m: tx.municipalityId, d: dispute.id })
      .orderBy("e.seq", "ASC")
      .getMany();
  }

  private async section(tx: Tx, agreement: AgreementEntity, sectionId: string | null): Promise<SectionEntity | null> {
    if (sectionId === null) return null;
    const section = isUuid(sectionId) ? await tx.em.findOneBy(SectionEntity, { id: sectionId, agreementId: agreement.id, municipalityId: tx.municipalityId }) : null;
    if (!section) throw badInput("Avsnittet hör inte till överenskommelsen", "sectionId");
    return section;
  }
}
