import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import type { Tx } from "../db/database.js";
import { badInput, conflict, notFound } from "../errors.js";
import type { NewAgreementEvent } from "../events/event-types.js";
import type { Command, CommandContext, CommandLifecycle, CommandPolicy } from "../pipeline/command.js";
import { asIs } from "../pipeline/command.js";
import { balancePolicy } from "../policies/balance.policy.js";
import type { BalanceLineEntity, BalanceMarkEntity } from "./balance.entities.js";
import { BalanceEvent, summaries } from "./balance.events.js";
import { BalanceStatus, ProposalOp, type CalculationModelInput, type LineInput, type LineValues } from "./balance.model.js";
import { balanceStore, lineValues } from "./balance.store.js";
import { validateCalculationModel, validateLine } from "./balance.validation.js";
import { calculateCompensation } from "./calculation-model.js";
import { computeTotals } from "./balance.totals.js";
import { optionalText } from "../validation/input.js";

/** What a balance command acts on: the agreement, locked, with the balance's version and marks. */
export interface BalanceTarget {
  agreement: AgreementEntity;
  version: number;
  marks: Array<Pick<BalanceMarkEntity, "party" | "version">>;
}

/** A party's drafters change the balance, while the agreement is a DRAFT. */
export const changesBalance: { policy: CommandPolicy<{ agreement: AgreementEntity }>; lifecycle: CommandLifecycle<object> } = {
  policy: {
    allows: (actor, { agreement }) => balancePolicy.editingParty(actor, agreement) !== null,
    refusal: "Bara parternas förvaltningschefer och handläggare kan ändra balansen",
  },
  lifecycle: { states: [AgreementStatus.DRAFT], refusal: "Överenskommelsen är inte ett utkast längre; balansen kan inte ändras" },
};

export async function loadBalance(tx: Tx, agreement: AgreementEntity): Promise<BalanceTarget> {
  return { agreement, ...(await balanceStore.versionAndMarks(tx, agreement.id)) };
}

/** CONFLICT unless the caller saw the current version. */
export const staleUnless =
  (expected: (input: never) => number, message?: string) => async (_ctx: CommandContext, target: { version: number }, input: never) =>
    target.version === expected(input) ? null : { currentVersion: target.version, message };

/**
 * The next balance version, guarded: `UPDATE … WHERE version = $expected` (the runner's CONFLICT
 * check already saw it current under the agreement's lock). Every change of the lines goes here and
 * names the version in its event, which is what clears the marks (balance.consequences.ts).
 */
export async function nextVersion(tx: Tx, agreementId: string, expected: number, status = BalanceStatus.OPEN): Promise<number> {
  const version = await balanceStore.bumpVersion(tx, agreementId, expected, status);
  if (version === null) throw conflict(await balanceStore.currentVersion(tx, agreementId));
  return version;
}

/** Replaces every line (a decision, a restored version); returns the new version. */
export async function replaceLines(
  tx: Tx,
  agreementId: string,
  expected: number,
  lines: LineValues[],
  status: BalanceStatus,
): Promise<number> {
  const version = await nextVersion(tx, agreementId, expected, status);
  await balanceStore.deleteLines(tx, agreementId);
  for (const line of lines) await balanceStore.insertLine(tx, agreementId, line);
  return version;
}

interface ByAgreement {
  agreementId: string;
  expectedVersion: number;
}
interface ByLine {
  lineId: string;
  expectedVersion: number;
}
type LineTarget = BalanceTarget & { line: BalanceLineEntity };

const onAgreement = {
  agreementOf: async (_tx: Tx, input: ByAgreement) => input.agreementId,
  load: (ctx: CommandContext, _input: ByAgreement, agreement: AgreementEntity | null) => loadBalance(ctx.tx, agreement!),
  ...changesBalance,
  conflict: staleUnless((input: ByAgreement) => input.expectedVersion),
};

const onLine = {
  agreementVia: { table: "balance_line" as const, id: (input: ByLine) => input.lineId },
  async agreementOf(tx: Tx, input: ByLine) {
    const line = await balanceStore.line(tx, input.lineId);
    if (!line) throw notFound("Raden");
    return line.agreementId;
  },
  async load(ctx: CommandContext, input: ByLine, agreement: AgreementEntity | null): Promise<LineTarget> {
    const line = await balanceStore.line(ctx.tx, input.lineId);
    if (!line) throw notFound("Raden");
    return { ...(await loadBalance(ctx.tx, agreement!)), line };
  },
  ...changesBalance,
  conflict: staleUnless((input: ByLine) => input.expectedVersion),
};

const addBalanceLine: Command<ByAgreement & { input: LineInput }, BalanceTarget, LineValues, AgreementEntity> = {
  name: "addBalanceLine",
  ...onAgreement,
  validate: (_ctx, { input }) => validateLine(input),
  async write({ tx }, { agreement, version: expected }, line) {
    const version = await nextVersion(tx, agreement.id, expected);
    const lineId = await balanceStore.insertLine(tx, agreement.id, line);
    const changes = [{ op: ProposalOp.ADD, lineId, description: line.description, before: null, after: line.amount }];
    return { result: agreement, events: [BalanceEvent.lineAdded(summaries.lineAdded(line), { version, lineId, changes })] };
  },
};

const updateBalanceLine: Command<ByLine & { input: LineInput }, LineTarget, LineValues, AgreementEntity> = {
  name: "updateBalanceLine",
  ...onLine,
  validate: (_ctx, { input }) => validateLine(input),
  async write({ tx }, { agreement, line: existing, version: expected }, line) {
    const version = await nextVersion(tx, agreement.id, expected);
    const before = lineValues(existing);
    await balanceStore.updateLine(tx, existing.id, line);
    const changes = [
      { op: ProposalOp.UPDATE, lineId: existing.id, description: line.description, before: before.amount, after: line.amount },
    ];
    return {
      result: agreement,
      events: [BalanceEvent.lineUpdated(summaries.lineUpdated(before, line), { version, lineId: existing.id, changes })],
    };
  },
};

const removeBalanceLine: Command<ByLine, LineTarget, ByLine, AgreementEntity> = {
  name: "removeBalanceLine",
  ...onLine,
  validate: asIs,
  async write({ tx }, { agreement, line: existing, version: expected }) {
    const version = await nextVersion(tx, agreement.id, expected);
    const before = lineValues(existing);
    await balanceStore.deleteLine(tx, existing.id);
    const changes = [{ op: ProposalOp.REMOVE, lineId: existing.id, description: before.description, before: before.amount, after: null }];
    return {
      result: agreement,
      events: [BalanceEvent.lineRemoved(summaries.lineRemoved(before), { version, lineId: existing.id, changes })],
    };
  },
};

/** Sets (or with null clears) the calculation model's inputs; a change of the balance like any other. */
const setCalculationModel: Command<
  ByAgreement & { input: CalculationModelInput | null },
  BalanceTarget,
  CalculationModelInput | null,
  AgreementEntity
> = {
  name: "setCalculationModel",
  ...onAgreement,
  validate: (_ctx, { input }) => (input ? validateCalculationModel(input) : null),
  async write({ tx }, { agreement, version: expected }, model) {
    const version = await nextVersion(tx, agreement.id, expected);
    await balanceStore.setModel(tx, agreement.id, model);
    const suggested = model ? calculateCompensation(model).suggestedCompensation : null;
    return {
      result: agreement,
      events: [
        BalanceEvent.calculationModelChanged(summaries.calculationModelChanged(suggested), {
          version,
          model,
          suggestedCompensation: suggested,
        }),
      ],
    };
  },
};

/** What marking acts on: the balance, whether it meets the result requirement, and the marks with their reasons. */
export type AgreeTarget = Omit<BalanceTarget, "marks"> & {
  requirementMet: boolean;
  marks: Array<Pick<BalanceMarkEntity, "party" | "version" | "reason">>;
};

export async function loadAgreeing(tx: Tx, agreement: AgreementEntity): Promise<AgreeTarget> {
  const lines = await balanceStore.lines(tx, agreement.id);
  const { requirementMet } = computeTotals(lines, await balanceStore.requirement(tx, agreement.id));
  const version = await balanceStore.currentVersion(tx, agreement.id);
  return { agreement, version, marks: await balanceStore.marks(tx, agreement.id), requirementMet };
}

const MAX_REASON = 2000;

/**
 * A förvaltningschef marks "balansen håller" on `version`; the second party's mark makes it AGREED. A
 * balance that misses the result requirement is marked only with a reason, kept with the mark, shown to
 * the other party and frozen with the version the committees decide on (a reason given where the
 * requirement holds is not kept: it would answer for nothing).
 */
export const agreeBalance: Command<
  { agreementId: string; version: number; reason?: string | null },
  AgreeTarget,
  { reason: string | null },
  AgreementEntity
> = {
  name: "agreeBalance",
  agreementOf: async (_tx, input) => input.agreementId,
  load: (ctx, _input, agreement) => loadAgreeing(ctx.tx, agreement!),
  policy: {
    allows: (actor, { agreement }) => balancePolicy.agreeingParty(actor, agreement) !== null,
    refusal: "Bara parternas förvaltningschefer kan markera att balansen håller",
  },
  lifecycle: changesBalance.lifecycle,
  validate(_ctx, input, target) {
    const reason = optionalText(input.reason, "reason", "Motiveringen", MAX_REASON);
    // A stale version is the conflict's to answer: the requirement judged here is of the current one.
    if (input.version === target.version && !target.requirementMet && reason === null)
      throw badInput("Balansen uppfyller inte resultatkravet; motivera varför den ändå håller", "reason");
    // The reason answers for a missed requirement; where the requirement holds there is nothing to answer for.
    return { reason: target.requirementMet ? null : reason };
  },
  conflict: staleUnless(
    (input: { version: number }) => input.version,
    "Balansen har ändrats sedan du såg den; granska den senaste versionen",
  ),
  // A mark already on this version stands, unless the requirement is missed and it lacks the reason (one made before reasons were asked).
  unchanged(target, actor) {
    const party = balancePolicy.agreeingParty(actor, target.agreement);
    const mark = target.marks.find((m) => m.party === party && m.version === target.version);
    return mark && (target.requirementMet || mark.reason) ? target.agreement : null;
  },
  async write({ tx, actor }, { agreement, version, marks, requirementMet }, { reason }) {
    const party = balancePolicy.agreeingParty(actor, agreement)!;
    await balanceStore.ensureBalance(tx, agreement.id);
    await balanceStore.mark(tx, agreement.id, party, actor.userId, version, reason);
    const summary = summaries.marked(party, version, reason);
    const events: NewAgreementEvent[] = [BalanceEvent.marked(summary, { version, party, reason, requirementMet })];
    if (marks.some((m) => m.party !== party && m.version === version)) {
      await balanceStore.setStatus(tx, agreement.id, BalanceStatus.AGREED);
      events.push(BalanceEvent.agreed(summaries.agreed(version), { version }));
    }
    return { result: agreement, events };
  },
};

export const balanceLineCommands = { addBalanceLine, updateBalanceLine, removeBalanceLine, setCalculationModel };
