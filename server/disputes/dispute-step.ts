import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import type { Tx } from "../db/database.js";
import { notFound } from "../errors.js";
import type { NewAgreementEvent } from "../events/event-types.js";
import { Role, type Actor } from "../identity/identity.model.js";
import type { CommandContext, CommandLifecycle, Notice, Outcome } from "../pipeline/command.js";
import { DRAFTING_ROLES } from "../policies/policy.js";
import type { DisputeEntity } from "./dispute.entities.js";
import { QueueTopic, type Concern } from "./disputes.events.js";
import { DisputeStatus, nextStatus, type DisputeAction } from "./disputes.model.js";
import { followUpLabel } from "./follow-up-concern.js";
import { disputesStore } from "./disputes.store.js";

/** What a dispute command acts on: the agreement, locked by the runner, and the dispute read under that lock. */
export interface DisputeTarget {
  agreement: AgreementEntity;
  dispute: DisputeEntity;
}

/** A dispute after a command, with its agreement, for the caller's answer. */
export type DisputeResult = DisputeTarget;

/** A dispute can be raised, and positions added, while the agreement is drafted or once it is signed. */
export const DISPUTABLE: readonly AgreementStatus[] = [AgreementStatus.DRAFT, AgreementStatus.SIGNED];

const STATUS_TEXT: Record<DisputeStatus, string> = {
  OPEN: "öppen",
  WITHDRAWN: "återkallad",
  ESCALATED: "eskalerad",
  IN_REVIEW: "under beredning",
  REFERRED: "hänskjuten till politisk nivå",
  DECIDED: "avgjord",
};

/** The lifecycle refusal of `action` on the dispute (disputes.model.ts's table), or null when it may follow. */
export function transitionRefusal({ dispute }: DisputeTarget, action: DisputeAction): string | null {
  return nextStatus(dispute.status, action) === null ? `Tvisten är ${STATUS_TEXT[dispute.status]}; det steget går inte nu` : null;
}

/** A step that the dispute's status alone allows or not. */
export function follows(action: DisputeAction): CommandLifecycle<DisputeTarget> {
  return { refusal: "Det steget går inte i tvistens nuvarande status", check: (target) => transitionRefusal(target, action) };
}

/** The agreement whose lock a step on `disputeId` takes, and the dispute under it: NOT_FOUND for either missing. */
export const onDispute = {
  async agreementOf(tx: Tx, input: { disputeId: string }): Promise<string> {
    const dispute = await disputesStore.find(tx, input.disputeId);
    if (!dispute) throw notFound("Tvisten");
    return dispute.agreementId;
  },
  async load({ tx }: CommandContext, input: { disputeId: string }, agreement: AgreementEntity | null): Promise<DisputeTarget> {
    const dispute = await disputesStore.find(tx, input.disputeId);
    if (!dispute) throw notFound("Tvisten");
    return { agreement: agreement!, dispute };
  },
};

/** Moves the dispute along `action` with the step's own fields; returns the dispute after it. */
export function advance(tx: Tx, { dispute }: DisputeTarget, action: DisputeAction, patch: Partial<DisputeEntity>): Promise<DisputeEntity> {
  return disputesStore.update(tx, dispute.id, { ...patch, status: nextStatus(dispute.status, action)! });
}

export async function concernOf(
  tx: Tx,
  dispute: Pick<DisputeEntity, "agreementId" | "sectionId" | "subject"> &
    Partial<Pick<DisputeEntity, "indicatorReportId" | "actionPlanId">>,
): Promise<Concern> {
  const section = dispute.sectionId ? await disputesStore.section(tx, dispute.agreementId, dispute.sectionId) : null;
  const followUp = await followUpLabel(tx, {
    indicatorReportId: dispute.indicatorReportId ?? null,
    actionPlanId: dispute.actionPlanId ?? null,
  });
  return { sectionTitle: section?.title ?? null, subject: dispute.subject, followUp };
}

/** Who hears of a step, besides the actor; by default with the event's type as kind and its summary. */
export interface Audience {
  to: Notice["to"];
  kind?: string;
  summary?: string;
}

export const audiences = {
  /** The drafters of the party other than the actor's; none when the actor drafts for neither. */
  otherParty(actor: Actor, agreement: AgreementEntity): Audience[] {
    const organs = new Set(actor.roles.map((r) => r.organId));
    const other = organs.has(agreement.purchaserOrganId)
      ? agreement.providerOrganId
      : organs.has(agreement.providerOrganId)
        ? agreement.purchaserOrganId
        : null;
    return other ? [{ to: { roles: DRAFTING_ROLES, organIds: [other] } }] : [];
  },

  /** The drafters of both parties, and anyone else named (the assignee). */
  bothParties(agreement: AgreementEntity, userIds: string[] = []): Audience {
    return { to: { roles: DRAFTING_ROLES, organIds: [agreement.purchaserOrganId, agreement.providerOrganId], userIds } };
  },

  leadership(kind: string, summary: string): Audience {
    return { to: { roles: [Role.KOMMUNLEDNING] }, kind, summary };
  },
};

/**
 * A step's outcome: its event, the notifications of its audiences, and — once the dispute has been
 * in kommunledning's queue — the queue's signal, so open queues re-read it.
 */
export function stepOutcome(
  tx: Tx,
  agreement: AgreementEntity,
  dispute: DisputeEntity,
  event: NewAgreementEvent,
  heard: Audience[],
): Outcome<DisputeResult> {
  return {
    result: { agreement, dispute },
    events: [event],
    notices: heard.map(({ to, kind, summary }) => ({
      to,
      kind: kind ?? event.type,
      summary: summary ?? event.summary,
      agreementId: agreement.id,
      disputeId: dispute.id,
      data: { diarienummer: agreement.diarienummer },
    })),
    signals: dispute.escalatedAt === null ? [] : [QueueTopic.signal(tx.municipalityId, tx.municipalityId, { disputeId: dispute.id })],
  };
}
