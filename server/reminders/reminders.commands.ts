import { badInput } from "../errors.js";
import type { Actor } from "../identity/identity.model.js";
import type { Command, Notice } from "../pipeline/command.js";
import { remindersPolicy, REMINDER_SWEEPER_ID } from "../policies/reminders.policy.js";
import { isIsoDate } from "../validation/input.js";
import { dueFollowUp, type DueFollowUp } from "./due-follow-up.js";
import { OverdueFollowUpTopic, REMINDER_NOTIFICATION, reminderSummary } from "./reminders.events.js";
import { ReminderKind } from "./reminders.model.js";
import { remindersStore, type ReminderKey } from "./reminders.store.js";

/** The sweep acts in one municipality at a time, as no user (`remindersPolicy.isSweeper`). */
export const reminderSweeper = (municipalityId: string): Actor => ({ userId: REMINDER_SWEEPER_ID, municipalityId, roles: [] });

export interface SweepInput {
  /** The municipal calendar's today ("YYYY-MM-DD"): what is due and overdue is judged against it. */
  today: string;
}

/** How many reminders went out, one per user and thing reminded of. */
export interface SweepResult {
  sent: number;
}

const keyOf = (k: Pick<ReminderKey, "kind" | "agreementId" | "subject">) => `${k.kind}|${k.agreementId}|${k.subject}`;

/**
 * Reminds the responsible people of the municipality's follow-up: a report due within seven days, an
 * overdue report, an overdue action plan (reminders.model.ts says who). Each reminder goes once per
 * thing and user (the `follow_up_reminder` key); the runner writes the notifications, mails those who
 * chose e-mail at once, and wakes each recipient's live count. A new overdue item wakes kommunledning's
 * queue. Run by the server's sweep only (`reminder-worker.ts`), on no agreement.
 */
export const sendFollowUpReminders: Command<SweepInput, Record<string, never>, SweepInput, SweepResult> = {
  name: "sendFollowUpReminders",
  load: async () => ({}),
  policy: { allows: (actor) => remindersPolicy.isSweeper(actor), refusal: "Påminnelser skickas bara av servern" },
  lifecycle: { refusal: "" }, // no states: the sweep judges each agreement's follow-up itself
  validate(_ctx, input) {
    if (!isIsoDate(input.today)) throw badInput("Dagens datum ska vara ett datum (ÅÅÅÅ-MM-DD)", "today");
    return input;
  },
  async write({ tx }, _target, { today }) {
    const due = await dueFollowUp(tx, today);
    const claimed = await remindersStore.claim(
      tx,
      due.flatMap((item) =>
        item.recipients.map((userId) => ({ kind: item.kind, agreementId: item.agreement.id, subject: item.subject, userId })),
      ),
    );
    const fresh = new Map<string, string[]>();
    for (const key of claimed) fresh.set(keyOf(key), [...(fresh.get(keyOf(key)) ?? []), key.userId]);
    const notices: Notice[] = [];
    for (const item of due) {
      const userIds = fresh.get(keyOf({ kind: item.kind, agreementId: item.agreement.id, subject: item.subject }));
      if (userIds) notices.push(noticeOf(item, userIds));
    }
    const newlyOverdue = claimed.some((k) => k.kind !== ReminderKind.REPORT_DUE);
    return {
      result: { sent: claimed.length },
      notices,
      signals: newlyOverdue ? [OverdueFollowUpTopic.signal(tx.municipalityId, tx.municipalityId)] : [],
    };
  },
};

/** The notification: the agreement, the period and the due date; never the plan's or the report's content. */
function noticeOf(item: DueFollowUp, userIds: string[]): Notice {
  return {
    to: { userIds },
    kind: REMINDER_NOTIFICATION[item.kind],
    summary: reminderSummary(item.kind, item.period, item.dueDate),
    agreementId: item.agreement.id,
    data: {
      diarienummer: item.agreement.diarienummer,
      period: item.period,
      dueDate: item.dueDate,
      ...(item.actionPlanId ? { actionPlanId: item.actionPlanId } : {}),
    },
  };
}
