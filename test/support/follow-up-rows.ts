import { createAgreement } from "./agreements.js";
import type { TestMunicipality } from "./factories.js";
import { actor } from "./graphql.js";
import { asOwner } from "./owner.js";
import type { TestServer } from "./server.js";

/**
 * Follow-up rows written behind the server's back (the commands that report and accept are another
 * capability's): a SIGNED agreement with indicators, a period's report, a report's action plan.
 */

/** A SIGNED agreement between VON and PS over `periodStart`–`periodEnd`, with one indicator per frequency. */
export async function followedAgreement(
  server: TestServer,
  m: TestMunicipality,
  options: {
    periodStart: string;
    periodEnd: string;
    frequencies: Array<"MONTHLY" | "QUARTERLY" | "YEARLY">;
    title?: string;
    purchaserResponsibleId?: string | null;
    providerResponsibleId?: string | null;
  },
): Promise<{ id: string; diarienummer: string; indicatorIds: string[] }> {
  const vonChef = await actor(server, m, "von.chef");
  const agreement = await createAgreement(vonChef, m, {
    title: options.title ?? "Hemtjänst i ordinarie boende",
    periodStart: options.periodStart,
    periodEnd: options.periodEnd,
  });
  await asOwner(
    m.municipality.id,
    "UPDATE agreement SET status = 'SIGNED', purchaser_responsible_id = $2, provider_responsible_id = $3 WHERE id = $1",
    [agreement.id, options.purchaserResponsibleId ?? null, options.providerResponsibleId ?? null],
  );
  const indicatorIds: string[] = [];
  for (const [position, frequency] of options.frequencies.entries()) {
    const [row] = await asOwner(
      m.municipality.id,
      `INSERT INTO indicator (municipality_id, agreement_id, position, name, unit, direction, target, frequency, created_by)
       VALUES ($1, $2, $3, 'HEMLIG indikator: nöjda brukare', '%', 'HIGHER_IS_BETTER', 90, $4, $5) RETURNING id`,
      [m.municipality.id, agreement.id, position, frequency, m.users["von.chef"].id],
    );
    indicatorIds.push(row.id);
  }
  return { id: agreement.id, diarienummer: agreement.diarienummer, indicatorIds };
}

/** The period's report row (REPORTED, ACCEPTED or RETURNED), with a RED value of the indicator; answers the value's id. */
export async function reportPeriod(
  m: TestMunicipality,
  agreementId: string,
  indicatorId: string,
  period: string,
  status: "REPORTED" | "ACCEPTED" | "RETURNED" = "REPORTED",
): Promise<string> {
  await asOwner(m.municipality.id, "INSERT INTO follow_up_period (municipality_id, agreement_id, period, status) VALUES ($1, $2, $3, $4)", [
    m.municipality.id,
    agreementId,
    period,
    status,
  ]);
  const [report] = await asOwner(
    m.municipality.id,
    `INSERT INTO indicator_report (municipality_id, agreement_id, indicator_id, period, value, status, reported_by)
     VALUES ($1, $2, $3, $4, 70, 'RED', $5) RETURNING id`,
    [m.municipality.id, agreementId, indicatorId, period, m.users["ps.chef"].id],
  );
  return report.id;
}

/** An action plan for a reported value, owned by `ownerId`, due `dueDate`. */
export async function actionPlan(
  m: TestMunicipality,
  agreementId: string,
  reportId: string,
  ownerId: string,
  dueDate: string,
  status: "PLANNED" | "IN_PROGRESS" | "DONE" = "PLANNED",
): Promise<string> {
  const [plan] = await asOwner(
    m.municipality.id,
    `INSERT INTO action_plan (municipality_id, agreement_id, report_id, description, owner_id, due_date, status, created_by)
     VALUES ($1, $2, $3, 'HEMLIG åtgärd: fler undersköterskor', $4, $5, $6, $4) RETURNING id`,
    [m.municipality.id, agreementId, reportId, ownerId, dueDate, status],
  );
  return plan.id;
}

/** Sets a user's choice of e-mail (and language). */
export async function mailChoice(m: TestMunicipality, userId: string, preference: "NONE" | "IMMEDIATE" | "DAILY", language = "sv") {
  await asOwner(m.municipality.id, "UPDATE app_user SET email_preference = $2, language = $3, last_digest_at = NULL WHERE id = $1", [
    userId,
    preference,
    language,
  ]);
}

/** The follow-up notifications of the municipality, per user: kind, period and due date. */
export async function reminderNotifications(m: TestMunicipality) {
  return asOwner(
    m.municipality.id,
    `SELECT user_id AS "userId", kind, agreement_id AS "agreementId", data->>'period' AS period, data->>'dueDate' AS "dueDate"
       FROM notification WHERE kind LIKE 'followUp.%' ORDER BY kind, user_id`,
  );
}
