import { topic } from "../events/event-types.js";
import { ReminderKind } from "./reminders.model.js";

/**
 * The municipality's overdue follow-up changed without any agreement event: a due date passed and
 * the sweep found it. The signal's id is the municipality's; kommunledning's queue reads the list again.
 */
export const OverdueFollowUpTopic = topic("overdue-follow-up");

/** The notification kind of each reminder; the client and the mails phrase them by it. */
export const REMINDER_NOTIFICATION: Record<ReminderKind, string> = {
  [ReminderKind.REPORT_DUE]: "followUp.reportDue",
  [ReminderKind.REPORT_OVERDUE]: "followUp.reportOverdue",
  [ReminderKind.ACTION_PLAN_OVERDUE]: "followUp.actionPlanOverdue",
};

/** Whether a notification kind is a follow-up reminder: it leads to the agreement's follow-up page. */
export const isFollowUpNotification = (kind: string): boolean => kind.startsWith("followUp.");

/** The notification's summary, in Swedish as the app's history speaks; it names the period and the date only. */
export function reminderSummary(kind: ReminderKind, period: string, dueDate: string): string {
  switch (kind) {
    case ReminderKind.REPORT_DUE:
      return `Uppföljningsrapporten för ${period} ska lämnas senast ${dueDate}`;
    case ReminderKind.REPORT_OVERDUE:
      return `Uppföljningsrapporten för ${period} är försenad: den skulle ha lämnats senast ${dueDate}`;
    case ReminderKind.ACTION_PLAN_OVERDUE:
      return `Handlingsplanen för ${period} är försenad: den skulle ha varit klar ${dueDate}`;
  }
}
