import type { Tx } from "../db/database.js";
import type { ReportFrequency } from "../follow-up/periods.js";
import type { FollowedAgreement, ReminderKind } from "./reminders.model.js";

/** An action plan past its due date and not done. */
export interface OverduePlan {
  id: string;
  agreementId: string;
  /** The period of the report the plan answers. */
  period: string;
  dueDate: string;
  /** Its owner, when still active. */
  ownerId: string | null;
}

/** One reminder to one user, as the dedupe table keys it. */
export interface ReminderKey {
  kind: ReminderKind;
  agreementId: string;
  /** The period ("2027-Q1") of a report, or the action plan's id. */
  subject: string;
  userId: string;
}

/** The reminders' SQL: what is due, who answers for it, and which reminders were sent already. */
export const remindersStore = {
  /** The municipality's `follow_up_due_days`: a report is due this many days after its period ends. */
  async dueDays(tx: Tx): Promise<number> {
    const [row] = (await tx.em.query("SELECT follow_up_due_days AS days FROM municipality WHERE id = $1", [tx.municipalityId])) as Array<{
      days: number;
    }>;
    return row?.days ?? 0;
  },

  /** The SIGNED agreements with indicators or open action plans; a deactivated avtalsansvarig counts as none. */
  async followedAgreements(tx: Tx): Promise<FollowedAgreement[]> {
    const rows = (await tx.em.query(
      `SELECT a.id, a.title, a.diarienummer, a.period_start AS "periodStart", a.period_end AS "periodEnd",
              a.purchaser_organ_id AS "purchaserOrganId", a.provider_organ_id AS "providerOrganId",
              pr.id AS "purchaserResponsibleId", vr.id AS "providerResponsibleId",
              ARRAY(SELECT DISTINCT i.frequency FROM indicator i
                     WHERE i.municipality_id = a.municipality_id AND i.agreement_id = a.id) AS frequencies,
              ARRAY(SELECT f.period FROM follow_up_period f
                     WHERE f.municipality_id = a.municipality_id AND f.agreement_id = a.id
                       AND f.status IN ('REPORTED', 'ACCEPTED')) AS reported
         FROM agreement a
         LEFT JOIN app_user pr ON pr.municipality_id = a.municipality_id AND pr.id = a.purchaser_responsible_id AND pr.active
         LEFT JOIN app_user vr ON vr.municipality_id = a.municipality_id AND vr.id = a.provider_responsible_id AND vr.active
        WHERE a.municipality_id = $1 AND a.status = 'SIGNED'
          AND (EXISTS (SELECT FROM indicator i WHERE i.municipality_id = a.municipality_id AND i.agreement_id = a.id)
               OR EXISTS (SELECT FROM action_plan p WHERE p.municipality_id = a.municipality_id AND p.agreement_id = a.id
                            AND p.status <> 'DONE'))
        ORDER BY a.diarienummer, a.id`,
      [tx.municipalityId],
    )) as Array<Omit<FollowedAgreement, "reported" | "frequencies"> & { frequencies: ReportFrequency[]; reported: string[] }>;
    return rows.map((row) => ({ ...row, reported: new Set(row.reported) }));
  },

  /** Action plans whose due date is before `today` and that are not done. */
  overduePlans(tx: Tx, today: string): Promise<OverduePlan[]> {
    return tx.em.query(
      `SELECT p.id, p.agreement_id AS "agreementId", r.period, p.due_date AS "dueDate", o.id AS "ownerId"
         FROM action_plan p
         JOIN indicator_report r ON r.municipality_id = p.municipality_id AND r.id = p.report_id
         LEFT JOIN app_user o ON o.municipality_id = p.municipality_id AND o.id = p.owner_id AND o.active
        WHERE p.municipality_id = $1 AND p.status <> 'DONE' AND p.due_date < $2
        ORDER BY p.due_date, p.id`,
      [tx.municipalityId, today],
    ) as Promise<OverduePlan[]>;
  },

  /** The active förvaltningschefer of each of `organIds`. */
  async chiefsOf(tx: Tx, organIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = (await tx.em.query(
      `SELECT r.organ_id AS "organId", array_agg(DISTINCT r.user_id ORDER BY r.user_id) AS users
         FROM role_assignment r JOIN app_user u ON u.municipality_id = r.municipality_id AND u.id = r.user_id
        WHERE r.municipality_id = $1 AND r.role = 'FORVALTNINGSCHEF' AND u.active AND r.organ_id = ANY($2)
        GROUP BY r.organ_id`,
      [tx.municipalityId, [...new Set(organIds)]],
    )) as Array<{ organId: string; users: string[] }>;
    return new Map(rows.map((r) => [r.organId, r.users]));
  },

  /**
   * Records the reminders not sent before and answers those: the rest were sent already. In one
   * statement, in a fixed order, so two processes sweeping at once neither deadlock nor both send: the
   * second waits on the first's keys and, once it commits, finds them taken.
   */
  async claim(tx: Tx, keys: readonly ReminderKey[]): Promise<ReminderKey[]> {
    if (keys.length === 0) return [];
    return tx.em.query(
      `INSERT INTO follow_up_reminder (municipality_id, kind, agreement_id, subject, user_id)
       SELECT $1, k.kind, k.agreement_id, k.subject, k.user_id
         FROM unnest($2::text[], $3::uuid[], $4::text[], $5::uuid[]) AS k(kind, agreement_id, subject, user_id)
        ORDER BY k.agreement_id, k.kind, k.subject, k.user_id
       ON CONFLICT DO NOTHING
       RETURNING kind, agreement_id AS "agreementId", subject, user_id AS "userId"`,
      [tx.municipalityId, keys.map((k) => k.kind), keys.map((k) => k.agreementId), keys.map((k) => k.subject), keys.map((k) => k.userId)],
    ) as Promise<ReminderKey[]>;
  },
};
