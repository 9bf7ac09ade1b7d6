import { data, defineEvents } from "../events/event-types.js";
import { formatSek } from "../money.js";
import type { ActionPlanStatus } from "./follow-up.entities.js";
import type { IndicatorDirection, IndicatorStatus, ReportFrequency } from "./follow-up.model.js";

/**
 * The agreement events of the follow-up; the client refetches the follow-up on any `followUp.*`. Values
 * travel as exact decimal strings.
 */
export const FollowUpEvent = defineEvents("followUp", {
  indicatorAdded: data<{ indicatorId: string; name: string }>(),
  indicatorUpdated: data<{ indicatorId: string; name: string; version: number }>(),
  indicatorRemoved: data<{ indicatorId: string; name: string }>(),
  indicatorReported: data<{
    indicatorId: string;
    reportId: string;
    period: string;
    value: string;
    status: IndicatorStatus;
    version: number;
    replaced: boolean;
  }>(),
  deliveryReported: data<{
    balanceLineId: string;
    reportId: string;
    period: string;
    deliveredVolume: string;
    actualCost: string;
    version: number;
    replaced: boolean;
  }>(),
  actionPlanAdded: data<{ planId: string; reportId: string; ownerId: string; dueDate: string }>(),
  actionPlanUpdated: data<{ planId: string; status: ActionPlanStatus; version: number }>(),
  actionStepChanged: data<{ planId: string; stepId: string; done: boolean }>(),
  accepted: data<{ period: string; reportIds: string[] }>(),
  returned: data<{ period: string; remarks: string }>(),
});

const STATUS: Record<IndicatorStatus, string> = { GREEN: "grönt", YELLOW: "gult", RED: "rött" };
const DIRECTION: Record<IndicatorDirection, string> = { HIGHER_IS_BETTER: "högre är bättre", LOWER_IS_BETTER: "lägre är bättre" };
const FREQUENCY: Record<ReportFrequency, string> = { MONTHLY: "varje månad", QUARTERLY: "varje kvartal", YEARLY: "varje år" };
const PLAN_STATUS: Record<ActionPlanStatus, string> = { PLANNED: "planerad", IN_PROGRESS: "pågår", DONE: "klar" };

/** "87,5 %": a value in Swedish notation with its unit. */
export const measured = (value: string, unit: string) => `${value.replace(".", ",")} ${unit}`;
const quoted = (text: string, max = 160) => `”${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;

interface Described {
  name: string;
  unit: string;
  direction: IndicatorDirection;
  target: string;
  warnAt: string | null;
  frequency: ReportFrequency;
}

const goal = (i: Described) =>
  `mål ${measured(i.target, i.unit)}${i.warnAt === null ? "" : `, varning vid ${measured(i.warnAt, i.unit)}`} (${DIRECTION[i.direction]}), ` +
  `rapporteras ${FREQUENCY[i.frequency]}`;

export const followUpSummaries = {
  indicatorAdded: (i: Described) => `Indikatorn ${quoted(i.name)} lades till: ${goal(i)}`,
  indicatorUpdated: (before: string, i: Described) =>
    `Indikatorn ${quoted(before)} ändrades${before === i.name ? "" : ` till ${quoted(i.name)}`}: ${goal(i)}`,
  indicatorRemoved: (name: string) => `Indikatorn ${quoted(name)} togs bort`,
  indicatorReported: (period: string, name: string, value: string, unit: string, status: IndicatorStatus, replaced: boolean) =>
    `Utföraren ${replaced ? "ersatte sin rapport för" : "rapporterade"} ${period}: ${quoted(name)} ${measured(value, unit)} (${STATUS[status]})`,
  deliveryReported: (period: string, line: string, volume: string, unit: string | null, actualCost: string, replaced: boolean) =>
    `Utföraren ${replaced ? "ersatte sin redovisning för" : "redovisade"} ${period}: ${quoted(line)} levererad volym ` +
    `${measured(volume, unit ?? "st")}, faktisk kostnad ${formatSek(actualCost)}`,
  actionPlanAdded: (period: string, name: string, owner: string, dueDate: string, steps: number) =>
    `Utföraren lade en handlingsplan för ${quoted(name)} ${period}: ansvarig ${owner}, klar senast ${dueDate}` +
    (steps === 0 ? "" : ` (${steps} ${steps === 1 ? "åtgärd" : "åtgärder"})`),
  actionPlanUpdated: (name: string, status: ActionPlanStatus) => `Handlingsplanen för ${quoted(name)} uppdaterades: ${PLAN_STATUS[status]}`,
  actionStepChanged: (name: string, step: string, done: boolean) =>
    `Åtgärden ${quoted(step, 80)} i handlingsplanen för ${quoted(name)} ${done ? "är klar" : "är inte längre klar"}`,
  accepted: (period: string) => `Beställaren godtog uppföljningen för ${period}`,
  returned: (period: string, remarks: string) => `Beställaren återsände uppföljningen för ${period}: ${quoted(remarks)}`,
};
