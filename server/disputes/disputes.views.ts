import { In } from "typeorm";
import { SectionEntity, type AgreementEntity } from "../agreements/agreement.entities.js";
import type { Party } from "../agreements/agreement.model.js";
import type { LineValues } from "../balance/balance.model.js";
import type { Tx } from "../db/database.js";
import { MunicipalityEntity, UserEntity } from "../identity/identity.entities.js";
import type { Actor, OrganKind } from "../identity/identity.model.js";
import { disputesPolicy, type DisputePermissions } from "../policies/disputes.policy.js";
import type { DisputeEntity } from "./dispute.entities.js";
import { daysBetween, queueAge, type QueueAge } from "./disputes.model.js";
import type { DisputesStore } from "./disputes.store.js";

export interface PositionView {
  party: Party;
  user: UserEntity;
  text: string;
  consequence: string | null;
  at: Date;
}

export interface DecisionView {
  text: string;
  reference: string | null;
  level: DisputeEntity["level"];
  body: OrganKind | null;
  meetingDate: string | null;
  paragraph: string | null;
  decidedBy: UserEntity;
  decidedAt: Date;
  balanceLines: LineValues[] | null;
}

/** A dispute as its readers see it: users resolved, time in queue judged, and what the caller may do. */
export interface DisputeView extends DisputeEntity {
  agreement: AgreementEntity;
  section: { id: string; title: string } | null;
  raisedByUser: UserEntity;
  assignee: UserEntity | null;
  positions: PositionView[];
  decision: DecisionView | null;
  queueDays: number | null;
  queueAge: QueueAge | null;
  permissions: DisputePermissions;
}

/** Builds views of many disputes with one query per kind of thing they refer to. */
export async function disputeViews(
  tx: Tx,
  store: DisputesStore,
  actor: Actor,
  disputes: DisputeEntity[],
  agreements: Map<string, AgreementEntity>,
  now = new Date(),
): Promise<DisputeView[]> {
  if (disputes.length === 0) return [];
  const positions = await store.positions(tx, disputes.map((d) => d.id));
  const userIds = new Set<string>([...positions.map((p) => p.userId)]);
  for (const d of disputes) for (const id of [d.raisedBy, d.assigneeId, d.decidedBy]) if (id) userIds.add(id);
  const users = new Map((await tx.em.findBy(UserEntity, { id: In([...userIds]), municipalityId: tx.municipalityId })).map((u) => [u.id, u]));
  const sectionIds = disputes.map((d) => d.sectionId).filter((id): id is string => id !== null);
  const sections = sectionIds.length
    ? new Map((await tx.em.findBy(SectionEntity, { id: In(sectionIds), municipalityId: tx.municipalityId })).map((s) => [s.id, s]))
    : new Map<string, SectionEntity>();
  const municipality = await tx.em.findOneByOrFail(MunicipalityEntity, { id: tx.municipalityId });

  return disputes.map((d) => {
    const agreement = agreements.get(d.agreementId)!;
    const section = d.sectionId ? sections.get(d.sectionId) : undefined;
    const inQueue = d.escalatedAt !== null && d.decidedAt === null && d.withdrawnAt === null;
    const queueDays = d.escalatedAt ? daysBetween(d.escalatedAt, d.decidedAt ?? d.withdrawnAt ?? now) : null;
    return {
      ...d,
      agreement,
      section: section ? { id: section.id, title: section.title } : null,
      raisedByUser: users.get(d.raisedBy)!,
      assignee: d.assigneeId ? (users.get(d.assigneeId) ?? null) : null,
      positions: positions
        .filter((p) => p.disputeId === d.id)
        .map((p) => ({ party: p.party, user: users.get(p.userId)!, text: p.text, consequence: p.consequence, at: p.at })),
      decision:
        d.decidedAt && d.decidedBy
          ? {
              text: d.decisionText ?? "",
              reference: d.decisionReference,
              level: d.decisionLevel ?? d.level,
              body: d.decisionBody,
              meetingDate: d.decisionMeetingDate,
              paragraph: d.decisionParagraph,
              decidedBy: users.get(d.decidedBy)!,
              decidedAt: d.decidedAt,
              balanceLines: d.decisionBalanceLines,
            }
          : null,
      queueDays,
      queueAge: inQueue && queueDays !== null ? queueAge(queueDays, municipality.queueWarnDays, municipality.queueOverdueDays) : null,
      permissions: disputesPolicy.permissions(actor, agreement, d),
    };
  });
}
