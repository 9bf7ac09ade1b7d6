import type { Consequence } from "../pipeline/command.js";
import { BalanceEvent, summaries } from "./balance.events.js";
import { balanceStore } from "./balance.store.js";

/** The events that change the balance's lines or model: each names the new `version`. */
const BALANCE_CHANGES = [
  BalanceEvent.lineAdded,
  BalanceEvent.lineUpdated,
  BalanceEvent.lineRemoved,
  BalanceEvent.calculationModelChanged,
  BalanceEvent.proposalAccepted,
  BalanceEvent.decided,
  BalanceEvent.restored,
];

/**
 * "Any later change clears both marks" (DOMAIN.md): whatever command changed the balance — a party,
 * an accepted proposal, kommunledning's decision, a restored version — and the timeline says so.
 */
export const clearMarksOnChange: Consequence = {
  after: BALANCE_CHANGES,
  async run({ tx }, agreementId, events) {
    const cleared = await balanceStore.clearMarks(tx, agreementId);
    if (cleared.length === 0) return [];
    const version = Math.max(...events.map((e) => (e.data as { version?: number }).version ?? 0));
    return [BalanceEvent.marksCleared(summaries.marksCleared(version), { version, parties: cleared })];
  },
};

export const balanceConsequences: Consequence[] = [clearMarksOnChange];
