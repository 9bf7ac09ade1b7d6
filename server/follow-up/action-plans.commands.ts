import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import type { Tx } from "../db/database.js";
import { badInput, notFound } from "../errors.js";
import type { Command, CommandLifecycle, CommandPolicy } from "../pipeline/command.js";
import { followUpPolicy } from "../policies/follow-up.policy.js";
import { isoDate, requiredText } from "../validation/input.js";
import {
  ActionPlanStatus,
  type ActionPlanEntity,
  type ActionPlanStepEntity,
  type IndicatorEntity,
  type IndicatorReportEntity,
} from "./follow-up.entities.js";
import { FollowUpEvent, followUpSummaries } from "./follow-up.events.js";
import { IndicatorStatus, type ActionPlanChanges, type ActionPlanInput } from "./follow-up.model.js";
import { followUpStore as store } from "./follow-up.store.js";
import { MAX_FOLLOW_UP_TEXT, actionPlanFields } from "./follow-up.validation.js";

/** The provider's drafters keep the action plans (handlingsplaner), on a SIGNED agreement. */
const keepsPlans: { policy: CommandPolicy<{ agreement: AgreementEntity }>; lifecycle: Omit<CommandLifecycle<object>, "check"> } = {
  policy: {
    allows: (actor, { agreement }) => followUpPolicy.reportsForProvider(actor, agreement),
    refusal: "Bara utförarens förvaltningschef och handläggare kan föra handlingsplaner",
  },
  lifecycle: { states: [AgreementStatus.SIGNED], refusal: "Handlingsplaner förs när överenskommelsen är undertecknad" },
};

/** BAD_USER_INPUT unless the owner is an active user holding a role in either party's organ. */
async function assertOwner(tx: Tx, agreement: AgreementEntity, ownerId: string): Promise<void> {
  if (!(await store.activeUserIn(tx, ownerId, [agreement.purchaserOrganId, agreement.providerOrganId])))
    throw badInput("Den ansvariga ska vara en aktiv användare med en roll i någon av parternas nämnder", "ownerId");
}

async function userName(tx: Tx, id: string): Promise<string> {
  return (await store.users(tx, [id]))[0]?.name ?? "okänd";
}

interface ReportTarget {
  agreement: AgreementEntity;
  report: IndicatorReportEntity;
  indicator: IndicatorEntity;
  existing: ActionPlanEntity | null;
}

/** A YELLOW or RED value's plan: actions, an owner, a due date; one per value. A RED value needs one before acceptance. */
export const addActionPlan: Command<
  { reportId: string; input: ActionPlanInput },
  ReportTarget,
  { description: string; ownerId: string; dueDate: string; steps: string[] },
  ActionPlanEntity
> = {
  name: "addActionPlan",
  async agreementOf(tx, input) {
    return (await store.report(tx, input.reportId))?.agreementId ?? null;
  },
  async load({ tx }, input, agreement) {
    const report = await store.report(tx, input.reportId);
    if (!report) throw notFound("Rapporten");
    return {
      agreement: agreement!,
      report,
      indicator: (await store.indicator(tx, report.indicatorId))!,
      existing: await store.planOfReport(tx, report.id),
    };
  },
  policy: keepsPlans.policy,
  lifecycle: {
    ...keepsPlans.lifecycle,
    check: ({ report, existing }) =>
      report.status === IndicatorStatus.GREEN
        ? "Ett grönt värde behöver ingen handlingsplan"
        : existing
          ? "Värdet har redan en handlingsplan; uppdatera den i stället"
          : null,
  },
  async validate({ tx }, { input }, { agreement }) {
    const fields = actionPlanFields(input);
    await assertOwner(tx, agreement, input.ownerId);
    return { ...fields, ownerId: input.ownerId };
  },
  async write({ tx, actor }, { agreement, report, indicator }, valid) {
    const plan = await store.insertPlan(
      tx,
      {
        agreementId: agreement.id,
        reportId: report.id,
        description: valid.description,
        ownerId: valid.ownerId,
        dueDate: valid.dueDate,
        createdBy: actor.userId,
      },
      valid.steps,
    );
    const summary = followUpSummaries.actionPlanAdded(
      report.period,
      indicator.name,
      await userName(tx, valid.ownerId),
      valid.dueDate,
      valid.steps.length,
    );
    return {
      result: plan,
      events: [
        FollowUpEvent.actionPlanAdded(summary, { planId: plan.id, reportId: report.id, ownerId: valid.ownerId, dueDate: valid.dueDate }),
      ],
    };
  },
};

interface PlanTarget {
  agreement: AgreementEntity;
  plan: ActionPlanEntity;
  indicator: IndicatorEntity;
}

async function loadPlan(tx: Tx, planId: string, agreement: AgreementEntity): Promise<PlanTarget> {
  const plan = await store.plan(tx, planId);
  if (!plan) throw notFound("Handlingsplanen");
  const report = (await store.report(tx, plan.reportId))!;
  return { agreement, plan, indicator: (await store.indicator(tx, report.indicatorId))! };
}

/** Follows a plan to DONE: its status, and (when given) its description, owner and due date; version-guarded. */
export const updateActionPlan: Command<
  { planId: string; version: number; status: ActionPlanStatus; changes?: ActionPlanChanges | null },
  PlanTarget,
  { status: ActionPlanStatus; description: string; ownerId: string; dueDate: string },
  ActionPlanEntity
> = {
  name: "updateActionPlan",
  async agreementOf(tx, input) {
    return (await store.plan(tx, input.planId))?.agreementId ?? null;
  },
  load: ({ tx }, input, agreement) => loadPlan(tx, input.planId, agreement!),
  ...keepsPlans,
  async validate({ tx }, { status, changes }, { agreement, plan }) {
    if (!Object.values(ActionPlanStatus).includes(status)) throw badInput("Okänd status", "status");
    const description =
      changes?.description == null
        ? plan.description
        : requiredText(changes.description, "description", "Beskrivningen", MAX_FOLLOW_UP_TEXT);
    const dueDate = changes?.dueDate == null ? plan.dueDate : isoDate(changes.dueDate, "dueDate", "Förfallodagen");
    const ownerId = changes?.ownerId ?? plan.ownerId;
    if (ownerId !== plan.ownerId) await assertOwner(tx, agreement, ownerId);
    return { status, description, ownerId, dueDate };
  },
  conflict: async (_ctx, { plan }, input) => (plan.version === input.version ? null : { currentVersion: plan.version }),
  async write({ tx }, { plan, indicator }, values) {
    const version = await store.updatePlan(tx, plan.id, plan.version, values);
    if (version === null) throw new Error("A plan changed under the agreement's lock");
    return {
      result: (await store.plan(tx, plan.id))!,
      events: [
        FollowUpEvent.actionPlanUpdated(followUpSummaries.actionPlanUpdated(indicator.name, values.status), {
          planId: plan.id,
          status: values.status,
          version,
        }),
      ],
    };
  },
};

/** Marks one action of a plan done, or not done again; nothing changes (and no event) when it already is. */
export const setActionStepDone: Command<
  { stepId: string; done: boolean },
  PlanTarget & { step: ActionPlanStepEntity },
  { done: boolean },
  ActionPlanEntity
> = {
  name: "setActionStepDone",
  async agreementOf(tx, input) {
    const step = await store.step(tx, input.stepId);
    return step ? ((await store.plan(tx, step.actionPlanId))?.agreementId ?? null) : null;
  },
  async load({ tx }, input, agreement) {
    const step = await store.step(tx, input.stepId);
    if (!step) throw notFound("Åtgärden");
    return { ...(await loadPlan(tx, step.actionPlanId, agreement!)), step };
  },
  ...keepsPlans,
  validate: (_ctx, { done }) => {
    if (typeof done !== "boolean") throw badInput("Ange ja eller nej", "done");
    return { done };
  },
  async write({ tx, actor }, { plan, step, indicator }, { done }) {
    if ((step.doneAt !== null) === done) return { result: plan };
    await store.setStepDone(tx, step.id, done ? actor.userId : null);
    await store.touchPlan(tx, plan.id);
    return {
      result: (await store.plan(tx, plan.id))!,
      events: [
        FollowUpEvent.actionStepChanged(followUpSummaries.actionStepChanged(indicator.name, step.description, done), {
          planId: plan.id,
          stepId: step.id,
          done,
        }),
      ],
    };
  },
};
