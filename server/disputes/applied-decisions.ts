import { In } from "typeorm";
import { byAgreement } from "../db/by-agreement.js";
import type { Tx } from "../db/database.js";
import type { OrganKind } from "../identity/identity.model.js";
import { DisputeEntity } from "./dispute.entities.js";
import { BLOCKING_STATUSES, DisputeStatus, type DisputeLevel, type DisputeSubject } from "./disputes.model.js";
import { disputesStore } from "./disputes.store.js";

/**
 * A decision that applies to the agreement: a decided dispute's conditions, with where they apply (a
 * section, or the balance when `section` is null) and the minutes that carry them.
 */
export interface AppliedDecision {
  disputeId: string;
  subject: DisputeSubject;
  section: { id: string; key: string; title: string } | null;
  text: string;
  level: DisputeLevel;
  /** Political level: KOMMUNSTYRELSE or KOMMUNFULLMAKTIGE. */
  body: OrganKind | null;
  reference: string | null;
  meetingDate: string | null;
  paragraph: string | null;
  decidedAt: Date;
  /** A decision on a section: when a party confirmed that the text reflects it (null while it waits). */
  reflectedAt: Date | null;
}

/** Every decided dispute of the agreement, oldest decision first. */
export async function appliedDecisions(tx: Tx, agreementId: string): Promise<AppliedDecision[]> {
  return (await appliedDecisionsOf(tx, [agreementId])).get(agreementId)!;
}

/** The same of every agreement of a list, in two statements (`perAgreement`). */
export async function appliedDecisionsOf(tx: Tx, agreementIds: string[]): Promise<Map<string, AppliedDecision[]>> {
  const decided = await tx.em.find(DisputeEntity, {
    where: { agreementId: In(agreementIds), municipalityId: tx.municipalityId, status: DisputeStatus.DECIDED },
    order: { decidedAt: "ASC", id: "ASC" },
  });
  const sections = await disputesStore.sections(tx, [...new Set(decided.flatMap((d) => (d.sectionId ? [d.sectionId] : [])))]);
  const decisions = decided.map((d) => {
    const section = d.sectionId ? sections.get(d.sectionId) : undefined;
    return {
      agreementId: d.agreementId,
      decision: {
        disputeId: d.id,
        subject: d.subject,
        section: section ? { id: section.id, key: section.key, title: section.title } : null,
        text: d.decisionText ?? "",
        level: d.decisionLevel ?? d.level,
        body: d.decisionBody,
        reference: d.decisionReference,
        meetingDate: d.decisionMeetingDate,
        paragraph: d.decisionParagraph,
        decidedAt: d.decidedAt!,
        reflectedAt: d.reflectedAt,
      },
    };
  });
  return new Map([...byAgreement(agreementIds, decisions)].map(([id, rows]) => [id, rows.map((row) => row.decision)]));
}

/**
 * What of the disputes keeps a draft from submission, in one statement: how many are undecided
 * (`blockingDisputes`), and the section title of each decision no party has yet confirmed the text
 * reflects, one per decision, oldest decision first.
 */
export async function submissionBlockers(tx: Tx, agreementId: string): Promise<{ blocking: number; unreflected: string[] }> {
  const [row] = (await tx.em.query(
    `SELECT count(*) FILTER (WHERE d.status = ANY($3))::int AS blocking,
            coalesce(array_agg(s.title ORDER BY d.decided_at, d.id)
                       FILTER (WHERE d.status = $4 AND s.id IS NOT NULL AND d.reflected_at IS NULL), '{}') AS unreflected
       FROM dispute d LEFT JOIN section s ON s.id = d.section_id AND s.municipality_id = d.municipality_id
      WHERE d.agreement_id = $1 AND d.municipality_id = $2`,
    [agreementId, tx.municipalityId, BLOCKING_STATUSES, DisputeStatus.DECIDED],
  )) as Array<{ blocking: number; unreflected: string[] }>;
  return row;
}

/** The decisions as a frozen version keeps them: where, what, by whom and when, without ids. */
export async function frozenDecisions(tx: Tx, agreementId: string) {
  return (await appliedDecisions(tx, agreementId)).map(({ disputeId: _id, reflectedAt: _reflected, section, ...decision }) => ({
    ...decision,
    section: section ? { key: section.key, title: section.title } : null,
  }));
}
