import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { Party } from "../agreements/agreement.model.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { badInput, invalidState } from "../errors.js";
import type { Command } from "../pipeline/command.js";
import { followUpAnnualPolicy as policy } from "../policies/follow-up-annual.policy.js";
import { isUuid } from "../validation/input.js";
import { GUIDELINE_STRATEGIC_LIMIT, suggestsStrategic, valueClassOf, type Impact } from "./classification.model.js";
import { ClassificationEvent, ClassificationNotice, classificationSummaries as summaries } from "./classification.events.js";
import { classificationStore as store } from "./classification.store.js";

const agreementOf = async (_tx: unknown, input: { agreementId: string }) => input.agreementId;
/** Classification and responsibility apply in every state: a signed agreement is where follow-up happens. */
const ANY_STATE = { refusal: "" };

interface ResponsibleInput {
  agreementId: string;
  party: Party;
  userId: string | null;
}

/**
 * The förvaltningschef of a side names its avtalsansvarig (the 2019 guideline): an active user holding a
 * role in that side's organ, or nobody. The person named hears of it.
 */
export const setAgreementResponsible: Command<
  ResponsibleInput,
  { agreement: AgreementEntity; party: Party },
  { userId: string | null; name: string | null },
  AgreementEntity
> = {
  name: "setAgreementResponsible",
  agreementOf,
  load: async (_ctx, { party }, agreement) => ({ agreement: agreement!, party }),
  policy: {
    allows: (actor, { agreement, party }) => policy.mayNameResponsible(actor, agreement, party),
    refusal: policy.responsibleRefusal,
  },
  lifecycle: ANY_STATE,
  async validate({ tx }, { userId }, { agreement, party }) {
    if (userId === null) return { userId: null, name: null };
    const organId = party === Party.PURCHASER ? agreement.purchaserOrganId : agreement.providerOrganId;
    const candidate = isUuid(userId) ? (await store.candidates(tx, organId)).find((c) => c.id === userId) : undefined;
    if (!candidate)
      throw badInput("Den avtalsansvariga ska vara en aktiv användare med en roll i den sidans nämnd eller styrelse", "userId");
    return { userId, name: candidate.name };
  },
  async write({ tx }, { agreement, party }, { userId, name }) {
    const previousUserId = party === Party.PURCHASER ? agreement.purchaserResponsibleId : agreement.providerResponsibleId;
    if (previousUserId === userId) return { result: agreement };
    await store.setResponsible(tx, agreement.id, party, userId);
    return {
      result: await agreementsQueries.current(tx, agreement.id),
      events: [ClassificationEvent.responsibleNamed(summaries.responsibleNamed(party, name), { party, userId, previousUserId })],
      notices: userId
        ? [
            {
              to: { userIds: [userId] },
              kind: ClassificationNotice.responsibleNamed,
              summary: summaries.youAreResponsible(agreement.diarienummer),
              agreementId: agreement.id,
            },
          ]
        : [],
    };
  },
};

/** The purchaser's drafters assess the impact; with the value from the balance it suggests "strategic". */
export const classifyAgreement: Command<
  { agreementId: string; impact: Impact; version: number },
  { agreement: AgreementEntity; version: number },
  { impact: Impact },
  AgreementEntity
> = {
  name: "classifyAgreement",
  agreementOf,
  load: async ({ tx }, _input, agreement) => ({ agreement: agreement!, version: await store.classificationVersion(tx, agreement!.id) }),
  policy: { allows: (actor, { agreement }) => policy.mayClassify(actor, agreement), refusal: policy.classifyRefusal },
  lifecycle: ANY_STATE,
  validate: (_ctx, { impact }) => ({ impact }),
  conflict: async (_ctx, { version }, input) =>
    input.version === version ? null : { currentVersion: version, message: "Klassificeringen har ändrats av någon annan; ladda om" },
  async write({ tx }, { agreement }, { impact }) {
    if (agreement.impact === impact) return { result: agreement };
    await store.setImpact(tx, agreement.id, impact);
    const compensation = (await store.compensations(tx, [agreement.id])).get(agreement.id) ?? "0.00";
    const valueClass = valueClassOf(compensation, await store.thresholds(tx));
    const suggestedStrategic = suggestsStrategic(valueClass, impact);
    const from = (agreement.impact as Impact | null) ?? null;
    return {
      result: await agreementsQueries.current(tx, agreement.id),
      events: [
        ClassificationEvent.impactAssessed(summaries.impactAssessed(impact, valueClass, suggestedStrategic), {
          from,
          to: impact,
          valueClass,
          suggestedStrategic,
        }),
      ],
    };
  },
};

/** The budget years an agreement's term reaches into. */
export const budgetYears = (agreement: Pick<AgreementEntity, "periodStart" | "periodEnd">): number[] => {
  const [first, last] = [Number(agreement.periodStart.slice(0, 4)), Number(agreement.periodEnd.slice(0, 4))];
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
};

/**
 * The purchaser's förvaltningschef marks an agreement strategic, or unmarks it. The guideline speaks of
 * "upp mot 10 avtal/nämnd": marking the 11th or later of the nämnd for any budget year of the agreement's
 * term is refused with INVALID_STATE — the nämnd's list, not the input, stands in the way — whose
 * extensions carry `confirm: "confirmOverTen"`, the `limit` and the `years` over it, until the caller
 * sends `confirmOverTen: true` (the client asks first).
 */
export const markStrategic: Command<
  { agreementId: string; strategic: boolean; confirmOverTen: boolean },
  { agreement: AgreementEntity },
  { strategic: boolean; overGuideline: boolean; strategicInYear: Record<string, number> },
  AgreementEntity
> = {
  name: "markStrategic",
  agreementOf,
  load: async (_ctx, _input, agreement) => ({ agreement: agreement! }),
  policy: { allows: (actor, { agreement }) => policy.mayMarkStrategic(actor, agreement), refusal: policy.strategicRefusal },
  lifecycle: ANY_STATE,
  async validate({ tx }, { strategic, confirmOverTen }, { agreement }) {
    if (!strategic || agreement.strategic) return { strategic, overGuideline: false, strategicInYear: {} };
    const counts = await store.strategicCounts(tx, agreement.purchaserOrganId, budgetYears(agreement), agreement.id);
    const strategicInYear = Object.fromEntries([...counts].map(([year, n]) => [String(year), n + 1]));
    const over = [...counts].filter(([, n]) => n >= GUIDELINE_STRATEGIC_LIMIT).map(([year, n]) => ({ year, count: n + 1 }));
    if (over.length > 0 && !confirmOverTen)
      throw invalidState(
        `Riktlinjen säger upp till cirka ${GUIDELINE_STRATEGIC_LIMIT} strategiska avtal per nämnd; detta blir nummer ` +
          `${over.map((o) => `${o.count} för ${o.year}`).join(", ")}. Bekräfta för att markera det ändå.`,
        { confirm: "confirmOverTen", limit: GUIDELINE_STRATEGIC_LIMIT, years: over },
      );
    return { strategic, overGuideline: over.length > 0, strategicInYear };
  },
  async write({ tx }, { agreement }, valid) {
    if (agreement.strategic === valid.strategic) return { result: agreement };
    await store.setStrategic(tx, agreement.id, valid.strategic);
    return {
      result: await agreementsQueries.current(tx, agreement.id),
      events: [ClassificationEvent.strategicMarked(summaries.strategicMarked(valid.strategic, valid.overGuideline), valid)],
    };
  },
};
