import { describe, expect, it } from "vitest";
import { IndicatorDirection, type IndicatorGoal, IndicatorStatus, indicatorStatus } from "../server/follow-up/indicator-status.js";
import { dueDate, parsePeriod, periodsOfTerm, ReportFrequency } from "../server/follow-up/periods.js";
import { Decimal } from "../server/money.js";

const keys = (frequency: ReportFrequency, start: string, end: string) => periodsOfTerm(frequency, start, end).map((p) => p.key);

describe("reporting periods", () => {
  it("parses the three forms with their calendar spans, and refuses anything else", () => {
    expect(parsePeriod("2027")).toMatchObject({ frequency: ReportFrequency.YEARLY, start: "2027-01-01", end: "2027-12-31" });
    expect(parsePeriod("2027-Q1")).toMatchObject({ frequency: ReportFrequency.QUARTERLY, start: "2027-01-01", end: "2027-03-31" });
    expect(parsePeriod("2027-Q4")).toMatchObject({ start: "2027-10-01", end: "2027-12-31" });
    expect(parsePeriod("2028-02")).toMatchObject({ frequency: ReportFrequency.MONTHLY, start: "2028-02-01", end: "2028-02-29" });
    expect(parsePeriod("2027-02")).toMatchObject({ end: "2027-02-28" });
    for (const bad of ["2027-Q5", "2027-Q0", "2027-13", "2027-00", "27", "2027-1", "2027-q1", " 2027", "2027-03-01", "0999"])
      expect(parsePeriod(bad)).toBeNull();
  });

  it("generates months, quarters and years over a term that starts mid-year", () => {
    expect(keys(ReportFrequency.MONTHLY, "2027-07-15", "2027-10-10")).toEqual(["2027-07", "2027-08", "2027-09", "2027-10"]);
    expect(keys(ReportFrequency.QUARTERLY, "2027-08-01", "2028-06-30")).toEqual(["2027-Q3", "2027-Q4", "2028-Q1", "2028-Q2"]);
    expect(keys(ReportFrequency.YEARLY, "2027-07-01", "2028-06-30")).toEqual(["2027", "2028"]);
    expect(keys(ReportFrequency.MONTHLY, "2027-12-01", "2028-01-31")).toEqual(["2027-12", "2028-01"]);
    expect(keys(ReportFrequency.QUARTERLY, "2027-01-01", "2027-01-01")).toEqual(["2027-Q1"]);
    expect(keys(ReportFrequency.MONTHLY, "2027-01-01", "2027-12-31")).toHaveLength(12);
  });

  it("makes a period due its end within the term plus the municipality's days", () => {
    expect(dueDate(parsePeriod("2027-Q1")!, "2027-12-31", 30)).toBe("2027-04-30");
    // The last period ends with the term.
    expect(dueDate(parsePeriod("2028")!, "2028-06-30", 10)).toBe("2028-07-10");
    expect(dueDate(parsePeriod("2027-12")!, "2028-12-31", 0)).toBe("2027-12-31");
    expect(dueDate(parsePeriod("2027-12")!, "2028-12-31", 1)).toBe("2028-01-01");
  });
});

describe("an indicator value's status", () => {
  const higher = { direction: IndicatorDirection.HIGHER_IS_BETTER, target: new Decimal("90"), warnAt: new Decimal("85.5") };
  const lower = { direction: IndicatorDirection.LOWER_IS_BETTER, target: new Decimal("5"), warnAt: new Decimal("8") };
  const status = (goal: IndicatorGoal, value: string) => indicatorStatus(goal, new Decimal(value));

  it("is GREEN exactly at the target, YELLOW exactly at the threshold, RED just beyond it", () => {
    expect(status(higher, "90")).toBe(IndicatorStatus.GREEN);
    expect(status(higher, "90.000001")).toBe(IndicatorStatus.GREEN);
    expect(status(higher, "89.999999")).toBe(IndicatorStatus.YELLOW);
    expect(status(higher, "85.5")).toBe(IndicatorStatus.YELLOW);
    expect(status(higher, "85.499999")).toBe(IndicatorStatus.RED);
  });

  it("reverses when lower is better", () => {
    expect(status(lower, "5")).toBe(IndicatorStatus.GREEN);
    expect(status(lower, "0")).toBe(IndicatorStatus.GREEN);
    expect(status(lower, "5.000001")).toBe(IndicatorStatus.YELLOW);
    expect(status(lower, "8")).toBe(IndicatorStatus.YELLOW);
    expect(status(lower, "8.000001")).toBe(IndicatorStatus.RED);
  });

  it("has no yellow band without a threshold", () => {
    expect(status({ ...higher, warnAt: null }, "89.99")).toBe(IndicatorStatus.RED);
    expect(status({ ...lower, warnAt: null }, "5.01")).toBe(IndicatorStatus.RED);
  });
});
