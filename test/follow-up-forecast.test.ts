import { describe, expect, it } from "vitest";
import { daysInclusive, ordered, yearForecast } from "../server/follow-up/follow-up.forecast.js";
import { parsePeriod } from "../server/follow-up/periods.js";

const TERM = { periodStart: "2027-01-01", periodEnd: "2027-12-31" };
const LINE = { id: "hemtjanst", volume: "100", amount: "1000000.00" };

describe("follow-up: ordered volume, compensation and forecast, exactly", () => {
  it("shares a line pro rata by the period's days within the term, volume to 6 decimals, money once to öre", () => {
    expect(daysInclusive("2027-01-01", "2027-03-31")).toBe(90);
    const q1 = ordered(LINE, parsePeriod("2027-Q1")!, TERM);
    expect(q1.volume.toString()).toBe("24.657534"); // 100 × 90 / 365
    expect(q1.compensation.toFixed(2)).toBe("246575.34"); // 1 000 000 × 90 / 365 = 246 575.342…
    // A term starting mid-quarter: only its days count.
    const midTerm = { periodStart: "2027-02-15", periodEnd: "2027-12-31" };
    expect(ordered(LINE, parsePeriod("2027-Q1")!, midTerm).volume.toString()).toBe("14.0625"); // 100 × 45 / 320, exact
    expect(daysInclusive(midTerm.periodStart, "2027-03-31")).toBe(45);
  });

  it("extrapolates what is reported so far linearly to the year's end; no forecast for a line without reports", () => {
    const delivered = [
      { balanceLineId: "hemtjanst", period: parsePeriod("2027-Q1")!, deliveredVolume: "25", actualCost: "250000.00" },
      { balanceLineId: "hemtjanst", period: parsePeriod("2027-Q2")!, deliveredVolume: "24", actualCost: "260000.00" },
    ];
    const forecast = yearForecast(2027, TERM, [LINE, { id: "larm", volume: "10", amount: "31500.00" }], delivered)!;
    expect(forecast).toMatchObject({ year: 2027, start: "2027-01-01", end: "2027-12-31", days: 365 });
    const [line, unreported] = forecast.lines;
    expect(line.coveredDays).toBe(181);
    expect(line.deliveredVolume.toString()).toBe("49");
    expect(line.forecastVolume!.toString()).toBe("98.812155"); // 49 × 365 / 181 = 98.8121546…
    expect(line.forecastCost!.toFixed(2)).toBe("1028453.04"); // 510 000 × 365 / 181 = 1 028 453.038…
    expect(line.compensation.toFixed(2)).toBe("1000000.00");
    expect(unreported).toMatchObject({ coveredDays: 0, forecastVolume: null, forecastCost: null });
    expect(yearForecast(2029, TERM, [LINE], delivered)).toBeNull();
  });
});
