import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus, type Party } from "../agreements/agreement.model.js";
import type { AgreementsService } from "../agreements/agreements.service.js";
import type { Tx } from "../db/database.js";
import { isUuid } from "../db/database.js";
import { conflict, forbidden, invalidState, notFound } from "../errors.js";
import { appendEvent } from "../events/event-log.js";
import type { UserEntity } from "../identity/identity.entities.js";
import type { Actor } from "../identity/identity.model.js";
import { balancePolicy, type BalancePermissions } from "../policies/balance.policy.js";
import { BalanceLineEntity, BalanceMarkEntity } from "./balance.entities.js";
import { BalanceEvent, summaries } from "./balance.events.js";
import { BalanceStatus, type CalculationModelInput, type LineInput, type LineValues, type ResultRequirement } from "./balance.model.js";
import { BalanceStore, lineValues } from "./balance.store.js";
import { computeTotals, type Totals } from "./balance.totals.js";
import { validateCalculationModel, validateLine } from "./balance.validation.js";
import { calculateCompensation, type CalculationModelResult } from "./calculation-model.js";

export interface CalculationModelView extends CalculationModelInput, CalculationModelResult {}

/** A balance as everyone sees it. */
export interface BalanceState {
  agreementId: string;
  version: number;
  status: BalanceStatus;
  lines: BalanceLineEntity[];
  marks: Array<BalanceMarkEntity & { user: UserEntity }>;
  totals: Totals;
  requirement: ResultRequirement;
  calculationModel: CalculationModelView | null;
}

/** ...and what the caller may do with it. */
export interface BalanceView extends BalanceState {
  party: Party | null;
  permissions: BalancePermissions;
}

/** An agreement a party may change now, with the caller's side. */
export interface Editable {
  agreement: AgreementEntity;
  party: Party;
}

/**
 * The balance of an agreement: lines, totals, the calculation model and the agreement marks. Every
 * change names the version it was made against; `beginChange` refuses a stale one with CONFLICT.
 */
export class BalanceService {
  readonly store = new BalanceStore();

  constructor(private readonly agreements: AgreementsService) {}

  /** Without a caller (a signed agreement's public record) there is no party and nothing to do. */
  async view(tx: Tx, actor: Actor | null, agreement: AgreementEntity): Promise<BalanceView> {
    const state = await this.state(tx, agreement.id);
    return {
      ...state,
      party: actor ? balancePolicy.editingParty(actor, agreement) : null,
      permissions: actor ? balancePolicy.permissions(actor, agreement, state.marks, state.version) : { canEdit: false, canPropose: false, canAgree: false },
    };
  }

  async state(tx: Tx, agreementId: string): Promise<BalanceState> {
    // One transaction is one connection: its queries run one after the other anyway.
    const balance = await this.store.balance(tx, agreementId);
    const lines = await this.store.lines(tx, agreementId);
    const marks = await this.store.marksWithUsers(tx, agreementId);
    const requirement = await this.store.requirement(tx);
    const model = balance?.modelPriorYearCost != null ? this.store.modelInput(balance) : null;
    return {
      agreementId,
      version: balance?.version ?? 0,
      status: balance?.status ?? BalanceStatus.OPEN,
      lines,
      marks,
      totals: computeTotals(lines, requirement),
      requirement,
      calculationModel: model ? { ...model, ...calculateCompensation(model) } : null,
    };
  }

  async addLine(tx: Tx, actor: Actor, agreementId: string, expectedVersion: number, input: LineInput): Promise<BalanceView> {
    const { agreement } = await this.editable(tx, actor, agreementId);
    const line = validateLine(input);
    const version = await this.beginChange(tx, agreement.id, expectedVersion);
    const lineId = await this.store.insertLine(tx, agreement.id, line);
    await this.event(tx, agreement.id, actor.userId, BalanceEvent.lineAdded, summaries.lineAdded(line), {
      version,
      lineId,
      changes: [{ op: "ADD", lineId, description: line.description, before: null, after: line.amount }],
    });
    await this.finishChange(tx, agreement.id, version, actor.userId);
    return this.view(tx, actor, agreement);
  }

  async updateLine(tx: Tx, actor: Actor, lineId: string, expectedVersion: number, input: LineInput): Promise<BalanceView> {
    const existing = await this.line(tx, lineId);
    const { agreement } = await this.editable(tx, actor, existing.agreementId);
    const line = validateLine(input);
    const version = await this.beginChange(tx, agreement.id, expectedVersion);
    const before = lineValues(existing);
    await this.store.updateLine(tx, lineId, line);
    await this.event(tx, agreement.id, actor.userId, BalanceEvent.lineUpdated, summaries.lineUpdated(before, line), {
      version,
      lineId,
      changes: [{ op: "UPDATE", lineId, description: line.description, before: before.amount, after: line.amount }],
    });
    await this.finishChange(tx, agreement.id, version, actor.userId);
    return this.view(tx, actor, agreement);
  }

  async removeLine(tx: Tx, actor: Actor, lineId: string, expectedVersion: number): Promise<BalanceView> {
    const existing = await this.line(tx, lineId);
    const { agreement } = await this.editable(tx, actor, existing.agreementId);
    const version = await this.beginChange(tx, agreement.id, expectedVersion);
    const before = lineValues(existing);
    await this.store.deleteLine(tx, lineId);
    await this.event(tx, agreement.id, actor.userId, BalanceEvent.lineRemoved, summaries.lineRemoved(before), {
      version,
      lineId,
      changes: [{ op: "REMOVE", lineId, description: before.description, before: before.amount, after: null }],
    });
    await this.finishChange(tx, agreement.id, version, actor.userId);
    return this.view(tx, actor, agreement);
  }

  /** Sets (or with null clears) the calculation model's inputs; a change of the balance like any other. */
  async setCalculationModel(
    tx: Tx,
    actor: Actor,
    agreementId: string,
    expectedVersion: number,
    input: CalculationModelInput | null,
  ): Promise<BalanceView> {
    const { agreement } = await this.editable(tx, actor, agreementId);
    const model = input ? validateCalculationModel(input) : null;
    const version = await this.beginChange(tx, agreement.id, expectedVersion);
    await this.store.setModel(tx, agreement.id, model);
    const suggested = model ? calculateCompensation(model).suggestedCompensation : null;
    await this.event(tx, agreement.id, actor.userId, BalanceEvent.calculationModelChanged, summaries.calculationModelChanged(suggested), {
      version,
      model,
      suggestedCompensation: suggested,
    });
    await this.finishChange(tx, agreement.id, version, actor.userId);
    return this.view(tx, actor, agreement);
  }

  /** A förvaltningschef marks "balansen håller" on `version`; the second party's mark makes it AGREED. */
  async agree(tx: Tx, actor: Actor, agreementId: string, version: number): Promise<BalanceView> {
    const agreement = await this.agreements.get(tx, actor, agreementId);
    const party = balancePolicy.agreeingParty(actor, agreement);
    if (!party) throw forbidden("Bara parternas förvaltningschefer kan markera att balansen håller");
    const current = await this.lock(tx, agreement.id);
    if (current.version !== version) throw conflict(current.version, "Balansen har ändrats sedan du såg den; granska den senaste versionen");
    const marks = await this.store.marks(tx, agreement.id);
    if (marks.some((m) => m.party === party && m.version === version)) return this.view(tx, actor, agreement);
    await this.store.mark(tx, agreement.id, party, actor.userId, version);
    await this.event(tx, agreement.id, actor.userId, BalanceEvent.marked, summaries.marked(party, version), { version, party });
    const other = marks.find((m) => m.party !== party && m.version === version);
    if (other) {
      await this.store.setStatus(tx, agreement.id, BalanceStatus.AGREED);
      await this.event(tx, agreement.id, actor.userId, BalanceEvent.agreed, summaries.agreed(version), { version });
    }
    return this.view(tx, actor, agreement);
  }

  /**
   * For decisions by kommunledning (disputes): replaces all lines inside the caller's transaction,
   * bumps the version, clears the marks and makes the balance DECIDED, whatever the agreement's
   * status. Authorization is the caller's; the lines are validated like any party's.
   */
  async setLinesByDecision(tx: Tx, agreementId: string, lines: LineInput[], actorId: string | null): Promise<BalanceState> {
    const values = lines.map((line, i) => validateLine(line, `balanceLines.${i}.`));
    if (!(await this.store.lockAgreement(tx, agreementId))) throw notFound("Överenskommelsen");
    const { version: current } = await this.store.lockBalance(tx, agreementId);
    const version = (await this.store.bumpVersion(tx, agreementId, current, BalanceStatus.DECIDED))!;
    await this.replaceLines(tx, agreementId, values);
    await this.event(tx, agreementId, actorId, BalanceEvent.decided, summaries.decided(values.length), { version, lines: values });
    await this.finishChange(tx, agreementId, version, actorId);
    return this.state(tx, agreementId);
  }

  /**
   * A party puts back the lines of a named version: a change like any other, made against
   * `expectedVersion` (CONFLICT when stale), which clears both marks. Lines already equal are no change.
   */
  async restoreLines(tx: Tx, actor: Actor, agreementId: string, expectedVersion: number, values: LineValues[], from: { number: number; name: string }): Promise<void> {
    await this.editable(tx, actor, agreementId);
    const current = await this.lock(tx, agreementId);
    if (current.version !== expectedVersion) throw conflict(current.version);
    const present = (await this.store.lines(tx, agreementId)).map(lineValues);
    if (JSON.stringify(present) === JSON.stringify(values.map(lineValues))) return;
    const version = await this.beginChange(tx, agreementId, expectedVersion);
    await this.replaceLines(tx, agreementId, values);
    await this.event(tx, agreementId, actor.userId, BalanceEvent.restored, summaries.restored(from.number, from.name, values.length), { version, lines: values, ...from });
    await this.finishChange(tx, agreementId, version, actor.userId);
  }

  /** Readable, the caller a drafting party, the agreement a DRAFT: else NOT_FOUND, FORBIDDEN, INVALID_STATE. */
  async editable(tx: Tx, actor: Actor, agreementId: string): Promise<Editable> {
    const agreement = await this.agreements.get(tx, actor, agreementId);
    const party = balancePolicy.editingParty(actor, agreement);
    if (!party) throw forbidden("Bara parternas förvaltningschefer och handläggare kan ändra balansen");
    assertDraft(agreement.status);
    return { agreement, party };
  }

  /**
   * Takes the agreement's row lock first (the order appendEvent also uses, so no deadlock), checks it is
   * still a DRAFT, then bumps the balance version only if it is still `expectedVersion`:
   * `UPDATE … WHERE version = $n`, and 0 rows is CONFLICT. Any party change leaves the balance OPEN.
   */
  async beginChange(tx: Tx, agreementId: string, expectedVersion: number): Promise<number> {
    await this.lockDraft(tx, agreementId);
    await this.store.ensureBalance(tx, agreementId);
    const version = await this.store.bumpVersion(tx, agreementId, expectedVersion, BalanceStatus.OPEN);
    if (version === null) throw conflict(await this.store.currentVersion(tx, agreementId));
    return version;
  }

  /**
   * Locks the agreement (still a DRAFT?) and then the balance, for work that must see the current
   * version without bumping it yet. Always in this order, the order appendEvent locks in too.
   */
  async lock(tx: Tx, agreementId: string): Promise<{ version: number; status: BalanceStatus }> {
    await this.lockDraft(tx, agreementId);
    return this.store.lockBalance(tx, agreementId);
  }

  /** Any change clears both marks, and the timeline says so. */
  async finishChange(tx: Tx, agreementId: string, version: number, actorId: string | null): Promise<void> {
    const cleared = await this.store.clearMarks(tx, agreementId);
    if (cleared.length > 0)
      await this.event(tx, agreementId, actorId, BalanceEvent.marksCleared, summaries.marksCleared(version), { version, parties: cleared });
  }

  event(tx: Tx, agreementId: string, actorId: string | null, type: string, summary: string, data: Record<string, unknown>) {
    return appendEvent(tx, { agreementId, actorId, type, summary, data });
  }

  private async replaceLines(tx: Tx, agreementId: string, lines: LineValues[]): Promise<void> {
    await this.store.deleteLines(tx, agreementId);
    for (const line of lines) await this.store.insertLine(tx, agreementId, line);
  }

  private async lockDraft(tx: Tx, agreementId: string): Promise<void> {
    const status = await this.store.lockAgreement(tx, agreementId);
    if (!status) throw notFound("Överenskommelsen");
    assertDraft(status);
  }

  private async line(tx: Tx, lineId: string): Promise<BalanceLineEntity> {
    const line = isUuid(lineId) ? await tx.em.findOneBy(BalanceLineEntity, { id: lineId, municipalityId: tx.municipalityId }) : null;
    if (!line) throw notFound("Raden");
    return line;
  }
}

export function assertDraft(status: AgreementStatus): void {
  if (status !== AgreementStatus.DRAFT) throw invalidState("Överenskommelsen är inte ett utkast längre; balansen kan inte ändras");
}

