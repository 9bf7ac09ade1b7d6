import { SectionEntity, type AgreementEntity } from "../agreements/agreement.entities.js";
import { Party } from "../agreements/agreement.model.js";
import type { AgreementsService } from "../agreements/agreements.service.js";
import type { Tx } from "../db/database.js";
import { forbidden, invalidState, notFound } from "../errors.js";
import { appendEvent, notifyAfterCommit } from "../events/event-log.js";
import { Role, type Actor } from "../identity/identity.model.js";
import type { LegacyNotifications as NotificationsService } from "../notifications/notifications.legacy.js";
import { DRAFTING_ROLES } from "../policies/policy.js";
import type { DisputeEntity } from "./dispute.entities.js";
import { QueueTopic, type Concern } from "./disputes.events.js";
import { nextStatus, type DisputeAction, type DisputeStatus } from "./disputes.model.js";
import type { DisputesStore } from "./disputes.store.js";
import { disputeViews, type DisputeView } from "./disputes.views.js";

export { QueueTopic } from "./disputes.events.js";

/** A dispute step under way: the agreement and the dispute locked, the lifecycle checked. */
export interface Step {
  agreement: AgreementEntity;
  dispute: DisputeEntity;
  next: DisputeStatus;
  concern: Concern;
}

export type Audience = "otherParty" | "bothParties" | "leadership";

export interface StepOutcome {
  patch: Partial<DisputeEntity>;
  type: string;
  summary: string;
  data?: Record<string, unknown>;
  /** Who hears of it in the app, besides the actor; each audience with its notification kind and text. */
  notify: Array<{ audience: Audience; kind?: string; summary?: string; extraUserIds?: string[] }>;
}

/** The shape every dispute step shares: authorize, lock, check the transition; then write, log, notify, signal. */
export class DisputeSteps {
  constructor(
    readonly store: DisputesStore,
    readonly agreements: AgreementsService,
    readonly notifications: NotificationsService,
  ) {}

  /** NOT_FOUND (also for another municipality), FORBIDDEN (the role), then INVALID_STATE (the lifecycle). */
  async begin(
    tx: Tx,
    actor: Actor,
    disputeId: string,
    action: DisputeAction,
    allowed: (agreement: AgreementEntity, dispute: DisputeEntity) => boolean,
    refusal: string,
  ): Promise<Step> {
    const found = await this.store.find(tx, disputeId);
    if (!found) throw notFound("Tvisten");
    const agreement = await this.agreements.get(tx, actor, found.agreementId);
    if (!allowed(agreement, found)) throw forbidden(refusal);
    agreement.status = (await this.store.lockAgreement(tx, agreement.id)) ?? agreement.status;
    const dispute = await this.store.lock(tx, found.id);
    const next = nextStatus(dispute.status, action);
    if (next === null) throw invalidState(`Tvisten är ${STATUS_TEXT[dispute.status]}; det steget går inte nu`);
    return { agreement, dispute, next, concern: await this.concern(tx, dispute) };
  }

  async finish(tx: Tx, actor: Actor, step: Step, outcome: StepOutcome): Promise<DisputeView> {
    const dispute = await this.store.update(tx, step.dispute.id, { ...outcome.patch, status: step.next });
    await this.record(tx, actor, step.agreement, dispute, outcome);
    return this.view(tx, actor, dispute, step.agreement);
  }

  /** The agreement event, the notifications and the queue's signal of a step. */
  async record(tx: Tx, actor: Actor, agreement: AgreementEntity, dispute: DisputeEntity, outcome: StepOutcome): Promise<void> {
    await appendEvent(tx, {
      agreementId: agreement.id,
      actorId: actor.userId,
      type: outcome.type,
      summary: outcome.summary,
      data: { disputeId: dispute.id, status: dispute.status, ...outcome.data },
    });
    for (const n of outcome.notify) {
      const users = [...(await this.audience(tx, agreement, actor, n.audience)), ...(n.extraUserIds ?? [])];
      await this.notifications.notify(
        tx,
        users.filter((id) => id !== actor.userId),
        {
          kind: n.kind ?? outcome.type,
          summary: n.summary ?? outcome.summary,
          agreementId: agreement.id,
          disputeId: dispute.id,
          data: { diarienummer: agreement.diarienummer },
        },
      );
    }
    if (dispute.escalatedAt !== null) {
      await notifyAfterCommit(tx, QueueTopic.signal(tx.municipalityId, tx.municipalityId, { disputeId: dispute.id }));
    }
  }

  async view(tx: Tx, actor: Actor, dispute: DisputeEntity, agreement: AgreementEntity): Promise<DisputeView> {
    const [view] = await disputeViews(tx, this.store, actor, [dispute], new Map([[agreement.id, agreement]]));
    return view;
  }

  async concern(tx: Tx, dispute: Pick<DisputeEntity, "sectionId" | "subject">): Promise<Concern> {
    const section = dispute.sectionId ? await tx.em.findOneBy(SectionEntity, { id: dispute.sectionId, municipalityId: tx.municipalityId }) : null;
    return { sectionTitle: section?.title ?? null, subject: dispute.subject };
  }

  private async audience(tx: Tx, agreement: AgreementEntity, actor: Actor, audience: Audience): Promise<string[]> {
    if (audience === "leadership") return this.notifications.usersWithRoles(tx, [Role.KOMMUNLEDNING]);
    const organs = { [Party.PURCHASER]: agreement.purchaserOrganId, [Party.PROVIDER]: agreement.providerOrganId };
    if (audience === "bothParties") return this.notifications.usersWithRoles(tx, DRAFTING_ROLES, Object.values(organs));
    // The party other than the actor's; the actor of a party step is always a party.
    const actorOrgans = new Set(actor.roles.map((r) => r.organId));
    const other = actorOrgans.has(organs.PURCHASER) ? organs.PROVIDER : actorOrgans.has(organs.PROVIDER) ? organs.PURCHASER : null;
    return other ? this.notifications.usersWithRoles(tx, DRAFTING_ROLES, [other]) : [];
  }
}

const STATUS_TEXT: Record<DisputeStatus, string> = {
  OPEN: "öppen",
  WITHDRAWN: "återkallad",
  ESCALATED: "eskalerad",
  IN_REVIEW: "under beredning",
  REFERRED: "hänskjuten till politisk nivå",
  DECIDED: "avgjord",
};
