import { describe, expect, it } from "vitest";
import { loadConfig } from "../server/config.js";
import { ReportFrequency } from "../server/follow-up/periods.js";
import { daysBetween, recipientsOf, ReminderKind, reportsToRemind, type FollowedAgreement } from "../server/reminders/reminders.model.js";

/** The reminders' rules without a database: what is due when, and to whom (test/follow-up-reminders.test.ts runs them for real). */
describe("which reports are due (the rules)", () => {
  const agreement = (frequencies: ReportFrequency[], reported: string[] = []): FollowedAgreement => ({
    id: "a",
    title: "t",
    diarienummer: "VON 2031/0001",
    periodStart: "2031-02-15",
    periodEnd: "2031-11-30",
    purchaserOrganId: "p",
    providerOrganId: "v",
    purchaserResponsibleId: null,
    providerResponsibleId: null,
    frequencies,
    reported: new Set(reported),
  });

  it("a report is due soon from seven days before its due date, overdue the day after it, and not once reported", () => {
    // Q1 ends 2031-03-31: due 2031-04-30 with 30 days.
    expect(reportsToRemind(agreement([ReportFrequency.QUARTERLY]), 30, "2031-04-22")).toEqual([]);
    expect(reportsToRemind(agreement([ReportFrequency.QUARTERLY]), 30, "2031-04-23")).toEqual([
      { agreementId: "a", period: "2031-Q1", dueDate: "2031-04-30", overdue: false },
    ]);
    expect(reportsToRemind(agreement([ReportFrequency.QUARTERLY]), 30, "2031-04-30")[0].overdue).toBe(false);
    expect(reportsToRemind(agreement([ReportFrequency.QUARTERLY]), 30, "2031-05-01")[0].overdue).toBe(true);
    expect(reportsToRemind(agreement([ReportFrequency.QUARTERLY], ["2031-Q1"]), 30, "2031-05-01")).toEqual([]);
  });

  it("the term's last period closes with the term, and each frequency has its own periods", () => {
    const due = reportsToRemind(agreement([ReportFrequency.YEARLY, ReportFrequency.MONTHLY]), 0, "2031-12-01");
    expect(due.filter((d) => d.period === "2031")).toEqual([{ agreementId: "a", period: "2031", dueDate: "2031-11-30", overdue: true }]);
    expect(due.filter((d) => d.period.length === 7).map((d) => d.period)).toEqual([
      "2031-02", "2031-03", "2031-04", "2031-05", "2031-06", "2031-07", "2031-08", "2031-09", "2031-10", "2031-11",
    ]); // prettier-ignore
  });

  it("reminds the provider of a report due, both sides of an overdue one, and a plan's owner with the provider", () => {
    const sides = { purchaser: ["köp"], provider: ["utf"] };
    expect(recipientsOf(ReminderKind.REPORT_DUE, sides)).toEqual(["utf"]);
    expect(recipientsOf(ReminderKind.REPORT_OVERDUE, sides)).toEqual(["utf", "köp"]);
    expect(recipientsOf(ReminderKind.ACTION_PLAN_OVERDUE, sides, "ägare")).toEqual(["ägare", "utf"]);
    expect(recipientsOf(ReminderKind.ACTION_PLAN_OVERDUE, sides, "utf")).toEqual(["utf"]);
    expect(daysBetween("2031-02-27", "2031-03-02")).toBe(3);
  });
});

describe("how often the sweep runs (BALANS_REMINDER_SWEEP_MINUTES)", () => {
  const env = { BALANS_DATA_DIR: "/tmp/balans-config-test", BALANS_TOKEN_SECRET: "x".repeat(8) };
  it("is hourly unless set, never for 0, and refuses what is no number of minutes", () => {
    expect(loadConfig(env).reminderWorker).toEqual({ everyMs: 3_600_000 });
    expect(loadConfig({ ...env, BALANS_REMINDER_SWEEP_MINUTES: "15" }).reminderWorker).toEqual({ everyMs: 900_000 });
    expect(loadConfig({ ...env, BALANS_REMINDER_SWEEP_MINUTES: "0" }).reminderWorker).toEqual({ everyMs: 0 });
    for (const bad of ["-1", "hourly"])
      expect(() => loadConfig({ ...env, BALANS_REMINDER_SWEEP_MINUTES: bad })).toThrow(/BALANS_REMINDER_SWEEP_MINUTES/);
  });
});
