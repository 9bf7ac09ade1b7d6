import { ActionPlanStatus } from "../follow-up/follow-up.entities.js";
import { IndicatorDirection, ReportFrequency, type IndicatorInput } from "../follow-up/follow-up.model.js";
import { followUpStore } from "../follow-up/follow-up.store.js";
import { addActionPlan, setActionStepDone, updateActionPlan } from "../follow-up/action-plans.commands.js";
import { addIndicator } from "../follow-up/indicators.commands.js";
import { parsePeriod, periodsOfTerm } from "../follow-up/periods.js";
import { reportDelivery, reportIndicator } from "../follow-up/reporting.commands.js";
import { acceptFollowUp } from "../follow-up/review.commands.js";
import { Decimal, moneyString } from "../money.js";
import { stockholmDate } from "../validation/meeting-date.js";
import type { DemoWriter } from "./demo-writer.js";
import type { DemoWho } from "./municipality-seed.js";

/** An indicator of a demo agreement, under the section with key `section`, or tied to the scope line `line`. */
interface DemoIndicator extends Omit<IndicatorInput, "sectionId" | "balanceLineId"> {
  section: string;
  line?: string;
}

const percent = (name: string, target: string, warnAt: string, frequency: ReportFrequency, section = "mal"): DemoIndicator => ({
  name,
  unit: "%",
  direction: IndicatorDirection.HIGHER_IS_BETTER,
  target,
  warnAt,
  frequency,
  section,
});

/** The indicators each demo agreement is followed up by, as the parties would write them into "Mål och kvalitetskrav". */
export const DEMO_INDICATORS = {
  homeCare: [
    percent("Andel brukare nöjda med bemötandet", "90", "85", ReportFrequency.QUARTERLY),
    {
      name: "Utförda hemtjänsttimmar",
      unit: "timmar",
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      target: "45500",
      warnAt: "43000",
      frequency: ReportFrequency.QUARTERLY,
      section: "uppfoljning",
      line: "Hemtjänst, utförda timmar",
    },
    {
      name: "Antal personal per brukare under 14 dagar (kontinuitet)",
      unit: "personer",
      direction: IndicatorDirection.LOWER_IS_BETTER,
      target: "12",
      warnAt: "15",
      frequency: ReportFrequency.QUARTERLY,
      section: "mal",
    },
  ],
  mealDelivery: [percent("Andel portioner levererade inom utlovat tidsfönster", "95", "90", ReportFrequency.MONTHLY)],
  dayCare: [percent("Andel anhöriga nöjda med stödet", "85", "80", ReportFrequency.YEARLY)],
} satisfies Record<string, DemoIndicator[]>;

/** Adds the indicators as `who`, through the command the API runs. */
export async function addDemoIndicators(writer: DemoWriter, who: DemoWho, agreementId: string, indicators: DemoIndicator[]): Promise<void> {
  const sections = await writer.sections(agreementId);
  const lines = await writer.read((tx) => followUpStore.scopeLines(tx, agreementId));
  for (const { section, line, ...input } of indicators) {
    const balanceLineId = line ? (lines.find((l) => l.description === line)?.id ?? null) : null;
    await writer.run(who, addIndicator, { agreementId, input: { ...input, sectionId: sections[section] ?? null, balanceLineId } });
  }
}

/** Per quarter of the year: satisfaction %, hours delivered, staff per user; the second quarter is the bad one. */
const VALUES = [
  { satisfaction: "91.5", hours: "45850", continuity: "11", comment: "Stabil bemanning och få avvikelser." },
  {
    satisfaction: "82.4",
    hours: "43900",
    continuity: "14.5",
    comment: "Sommarvikarier utan introduktion i två av fem hemtjänstgrupper; fler klagomål på bemötandet.",
  },
  { satisfaction: "88.6", hours: "45210", continuity: "12.5", comment: "Förbättring efter introduktionsprogrammet; målet nås inte helt." },
];
/** Delivered share of the ordered volume, and actual cost against the compensation, per quarter. */
const DELIVERY = ["1.008", "0.965", "0.994"];
const COST = ["0.991", "1.043", "1.002"];

/**
 * The signed agreement's follow-up so far this year, through the commands: every quarter that has ended
 * is reported by production (values, deliveries and actual cost per scope line); the second quarter has a
 * RED value with a handlingsplan followed to done; all but the latest reported quarter are accepted by the
 * purchaser, so the latest waits for acceptance. Early in a year, before a quarter has ended, there is none.
 */
export async function seedDemoFollowUp(writer: DemoWriter, agreementId: string, term: { periodStart: string; periodEnd: string }) {
  const today = stockholmDate(new Date());
  const indicators = await writer.read((tx) => followUpStore.indicators(tx, [agreementId]));
  const lines = await writer.read((tx) => followUpStore.scopeLines(tx, agreementId));
  const ended = periodsOfTerm(ReportFrequency.QUARTERLY, term.periodStart, term.periodEnd).filter((p) => p.end < today);
  const [satisfaction, hours, continuity] = indicators;
  for (const [i, period] of ended.slice(0, VALUES.length).entries()) {
    const values = VALUES[i];
    const report = (indicatorId: string, value: string, comment: string | null = null) =>
      writer.run("ps.handlaggare", reportIndicator, { indicatorId, period: period.key, value, comment });
    const red = await report(satisfaction.id, values.satisfaction, values.comment);
    await report(hours.id, values.hours);
    await report(continuity.id, values.continuity);
    for (const line of lines) await deliver(writer, agreementId, period.key, line, i);
    if (i === 1) await planForRed(writer, red.id);
    if (i < Math.min(ended.length, VALUES.length) - 1) await writer.run("von.chef", acceptFollowUp, { agreementId, period: period.key });
  }
}

async function deliver(
  writer: DemoWriter,
  agreementId: string,
  period: string,
  line: { id: string; volume: string | null; amount: string },
  quarter: number,
) {
  const span = parsePeriod(period)!;
  // A quarter of the year's line, delivered and spent a little off plan.
  const share = (whole: string, factor: string) => new Decimal(whole).dividedBy(4).times(factor);
  await writer.run("ps.handlaggare", reportDelivery, {
    agreementId,
    period: span.key,
    balanceLineId: line.id,
    deliveredVolume: share(line.volume ?? "0", DELIVERY[quarter])
      .toDecimalPlaces(0)
      .toString(),
    actualCost: moneyString(share(line.amount, COST[quarter])),
    comment: quarter === 1 ? "Högre kostnad för vikarier under sommaren." : null,
  });
}

async function planForRed(writer: DemoWriter, reportId: string) {
  const owner = writer.userId("ps.chef");
  const plan = await writer.run("ps.chef", addActionPlan, {
    reportId,
    input: {
      description: "Introduktion i bemötande för alla nyanställda och vikarier, och uppföljning av klagomålen per grupp.",
      ownerId: owner,
      dueDate: stockholmDate(new Date()),
      steps: ["Introduktionsprogram i bemötande, två dagar", "Handledning i de två grupperna", "Klagomålen följs upp varje månad"],
    },
  });
  const steps = await writer.read((tx) => followUpStore.steps(tx, [plan.id]));
  for (const step of steps) await writer.run("ps.chef", setActionStepDone, { stepId: step.id, done: true });
  const current = (await writer.read((tx) => followUpStore.plan(tx, plan.id)))!;
  await writer.run("ps.chef", updateActionPlan, { planId: plan.id, version: current.version, status: ActionPlanStatus.DONE });
}
