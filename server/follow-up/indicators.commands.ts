import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import { BalanceLineKind } from "../balance/balance.model.js";
import type { Tx } from "../db/database.js";
import { badInput, notFound } from "../errors.js";
import type { Command, CommandContext, CommandLifecycle, CommandPolicy } from "../pipeline/command.js";
import { asIs } from "../pipeline/command.js";
import { followUpPolicy } from "../policies/follow-up.policy.js";
import type { IndicatorEntity } from "./follow-up.entities.js";
import { FollowUpEvent, followUpSummaries } from "./follow-up.events.js";
import type { IndicatorInput, IndicatorValues } from "./follow-up.model.js";
import { followUpStore as store } from "./follow-up.store.js";
import { indicatorFields } from "./follow-up.validation.js";

/** Indicators are defined by either party's drafters while the agreement is a DRAFT; then they are frozen with it. */
export const definesIndicators: { policy: CommandPolicy<{ agreement: AgreementEntity }>; lifecycle: CommandLifecycle<object> } = {
  policy: {
    allows: (actor, { agreement }) => followUpPolicy.definesIndicators(actor, agreement),
    refusal: "Bara parternas förvaltningschefer och handläggare kan ändra indikatorerna",
  },
  lifecycle: { states: [AgreementStatus.DRAFT], refusal: "Indikatorerna kan bara ändras medan överenskommelsen är ett utkast" },
};

/** The whole input checked: its own fields, and the section and scope line it names, of the same agreement. */
async function indicatorValues(tx: Tx, agreementId: string, input: IndicatorInput): Promise<IndicatorValues> {
  const fields = indicatorFields(input);
  const sectionId = input.sectionId ?? null;
  if (sectionId !== null && !(await store.section(tx, agreementId, sectionId)))
    throw badInput("Avsnittet hör inte till överenskommelsen", "sectionId");
  const balanceLineId = input.balanceLineId ?? null;
  if (balanceLineId !== null && !(await store.scopeLine(tx, agreementId, balanceLineId)))
    throw badInput(`Raden är ingen uppdragsrad (${BalanceLineKind.SCOPE}) i överenskommelsens balans`, "balanceLineId");
  return { ...fields, sectionId, balanceLineId };
}

const described = (v: IndicatorValues) => ({ ...v, target: v.target.toString(), warnAt: v.warnAt?.toString() ?? null });

type OnIndicator = { indicatorId: string; version: number };
type IndicatorTarget = { agreement: AgreementEntity; indicator: IndicatorEntity };

const onIndicator = {
  async agreementOf(tx: Tx, input: OnIndicator) {
    return (await store.indicator(tx, input.indicatorId))?.agreementId ?? null;
  },
  async load({ tx }: CommandContext, input: OnIndicator, agreement: AgreementEntity | null): Promise<IndicatorTarget> {
    const indicator = await store.indicator(tx, input.indicatorId);
    if (!indicator) throw notFound("Indikatorn");
    return { agreement: agreement!, indicator };
  },
  ...definesIndicators,
  conflict: async (_ctx: CommandContext, { indicator }: IndicatorTarget, input: OnIndicator) =>
    indicator.version === input.version ? null : { currentVersion: indicator.version },
};

export const addIndicator: Command<
  { agreementId: string; input: IndicatorInput },
  { agreement: AgreementEntity },
  IndicatorValues,
  IndicatorEntity
> = {
  name: "addIndicator",
  agreementOf: async (_tx, input) => input.agreementId,
  load: async (_ctx, _input, agreement) => ({ agreement: agreement! }),
  ...definesIndicators,
  validate: ({ tx }, { input }, { agreement }) => indicatorValues(tx, agreement.id, input),
  async write({ tx, actor }, { agreement }, values) {
    const indicator = await store.insertIndicator(tx, agreement.id, values, actor.userId);
    return {
      result: indicator,
      events: [
        FollowUpEvent.indicatorAdded(followUpSummaries.indicatorAdded(described(values)), { indicatorId: indicator.id, name: values.name }),
      ],
    };
  },
};

export const updateIndicator: Command<OnIndicator & { input: IndicatorInput }, IndicatorTarget, IndicatorValues, IndicatorEntity> = {
  name: "updateIndicator",
  ...onIndicator,
  validate: ({ tx }, { input }, { agreement }) => indicatorValues(tx, agreement.id, input),
  async write({ tx }, { indicator }, values) {
    const version = await store.updateIndicator(tx, indicator.id, indicator.version, values);
    if (version === null) throw new Error("An indicator changed under the agreement's lock");
    return {
      result: (await store.indicator(tx, indicator.id))!,
      events: [
        FollowUpEvent.indicatorUpdated(followUpSummaries.indicatorUpdated(indicator.name, described(values)), {
          indicatorId: indicator.id,
          name: values.name,
          version,
        }),
      ],
    };
  },
};

export const removeIndicator: Command<OnIndicator, IndicatorTarget, OnIndicator, AgreementEntity> = {
  name: "removeIndicator",
  ...onIndicator,
  validate: asIs,
  async write({ tx }, { agreement, indicator }) {
    if (!(await store.deleteIndicator(tx, indicator.id, indicator.version)))
      throw new Error("An indicator changed under the agreement's lock");
    return {
      result: agreement,
      events: [
        FollowUpEvent.indicatorRemoved(followUpSummaries.indicatorRemoved(indicator.name), {
          indicatorId: indicator.id,
          name: indicator.name,
        }),
      ],
    };
  },
};
