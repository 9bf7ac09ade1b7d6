import { assertAllowed } from "../policies/policy.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import type { Tx } from "../db/database.js";
import { notFound } from "../errors.js";
import type { AgreementEventEntity } from "../events/agreement-event.entity.js";
import type { UserEntity } from "../identity/identity.entities.js";
import type { Actor } from "../identity/identity.model.js";
import { permits } from "../pipeline/permissions.js";
import { disputesPolicy } from "../policies/disputes.policy.js";
import type { DisputeEntity } from "./dispute.entities.js";
import { raiseDispute } from "./disputes.commands.js";
import { BLOCKING_STATUSES } from "./disputes.model.js";
import { disputesStore, type QueueFilter, type QueueThresholds } from "./disputes.store.js";
import { disputeData, disputeViews, type DisputeData, type DisputeView } from "./disputes.views.js";
import { NOT_LEADERSHIP } from "./escalation.commands.js";

/** For submitForApproval: how many of the agreement's disputes are OPEN, ESCALATED, IN_REVIEW or REFERRED. */
export function blockingDisputes(tx: Tx, agreementId: string): Promise<number> {
  return disputesStore.countBlocking(tx, agreementId);
}

/** The queue and whatever belongs to it are kommunledning's alone. */
export function assertLeadership(actor: Actor): void {
  assertAllowed(disputesPolicy.isLeadership(actor, actor.municipalityId), NOT_LEADERSHIP);
}

/** The disputes' reads: one dispute, an agreement's, kommunledning's queue, and what belongs to them. */
export const disputesQueries = {
  async view(tx: Tx, actor: Actor, dispute: DisputeEntity, agreement: AgreementEntity): Promise<DisputeView> {
    const [view] = await disputeViews(tx, actor, [dispute], new Map([[agreement.id, agreement]]));
    return view;
  },

  /** A dispute its agreement's readers may see. */
  async get(tx: Tx, actor: Actor, disputeId: string): Promise<DisputeView> {
    const dispute = await disputesStore.find(tx, disputeId);
    if (!dispute) throw notFound("Tvisten");
    return this.view(tx, actor, dispute, await agreementsQueries.get(tx, actor, dispute.agreementId));
  },

  /** The disputes of an agreement already read with its access check, newest first, as rows (`viewsOf`, `blockingAmong`). */
  rowsOf(tx: Tx, agreement: AgreementEntity): Promise<DisputeEntity[]> {
    return disputesStore.forAgreement(tx, agreement.id);
  },

  /** The caller's views of the agreement's dispute rows (`rowsOf`). */
  viewsOf(tx: Tx, actor: Actor, agreement: AgreementEntity, disputes: DisputeEntity[]): Promise<DisputeView[]> {
    return disputeViews(tx, actor, disputes, new Map([[agreement.id, agreement]]));
  },

  /** How many of the agreement's dispute rows (`rowsOf`) block submission: what `blockingDisputes` counts. */
  blockingAmong(disputes: DisputeEntity[]): number {
    return disputes.filter((d) => BLOCKING_STATUSES.includes(d.status)).length;
  },

  /** Whether the caller may raise a dispute on the agreement now. */
  canRaise(actor: Actor, agreement: AgreementEntity): boolean {
    return permits(raiseDispute, actor, { agreement });
  },

  /** Highest priority first, then longest in the queue; only ever the caller's own municipality. */
  async queue(tx: Tx, actor: Actor, filter: QueueFilter = {}): Promise<DisputeView[]> {
    assertLeadership(actor);
    return viewsOf(tx, actor, await disputesStore.queue(tx, filter));
  },

  /**
   * The disputes whose queue signal arrived, all of the queue for null, read once for every subscriber
   * of the municipality's live queue (each was checked when it subscribed and adds its permissions).
   */
  async changed(tx: Tx, disputeIds: string[] | null): Promise<DisputeData[]> {
    const disputes = disputeIds === null ? await disputesStore.queue(tx, {}) : await disputesStore.findMany(tx, disputeIds);
    return disputeData(tx, disputes, await disputesStore.agreements(tx, [...new Set(disputes.map((d) => d.agreementId))]));
  },

  async queueSettings(tx: Tx, actor: Actor): Promise<QueueThresholds> {
    assertLeadership(actor);
    return disputesStore.queueThresholds(tx);
  },

  /** The KOMMUNLEDNING users an item can be assigned to. */
  async assignees(tx: Tx, actor: Actor): Promise<UserEntity[]> {
    assertLeadership(actor);
    return disputesStore.leadership(tx);
  },

  /** The dispute's steps in the agreement's event log, oldest first. */
  history(tx: Tx, dispute: Pick<DisputeView, "id" | "agreementId">): Promise<AgreementEventEntity[]> {
    return disputesStore.history(tx, dispute.agreementId, dispute.id);
  },
};

async function viewsOf(tx: Tx, actor: Actor, disputes: DisputeEntity[]): Promise<DisputeView[]> {
  const agreements = await disputesStore.agreements(tx, [...new Set(disputes.map((d) => d.agreementId))]);
  return disputeViews(tx, actor, disputes, agreements);
}
