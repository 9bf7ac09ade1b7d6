import { Party } from "../agreements/agreement.model.js";
import { data, defineEvents } from "../events/event-types.js";
import { ProposalOp, type CalculationModelInput, type LineValues, type StoredChange } from "./balance.model.js";
import { formatSek } from "../money.js";

/** One amount change for the event's data: what the timeline shows as before → after. */
export interface AmountChange {
  op: ProposalOp;
  lineId: string | null;
  description: string;
  before: string | null;
  after: string | null;
}

/**
 * The agreement events a balance writes; the client refetches the balance on any `balance.*`. Every
 * change of the lines carries the balance `version` it produced (see balance.consequences.ts).
 */
export const BalanceEvent = defineEvents("balance", {
  lineAdded: data<{ version: number; lineId: string; changes: AmountChange[] }>(),
  lineUpdated: data<{ version: number; lineId: string; changes: AmountChange[] }>(),
  lineRemoved: data<{ version: number; lineId: string; changes: AmountChange[] }>(),
  calculationModelChanged: data<{ version: number; model: CalculationModelInput | null; suggestedCompensation: string | null }>(),
  proposed: data<{ proposalId: string; baseVersion: number; counterTo: string | null; message: string; changes: AmountChange[] }>(),
  proposalAccepted: data<{ proposalId: string; version: number; message: string | null; changes: AmountChange[] }>(),
  proposalRejected: data<{ proposalId: string; reason: string }>(),
  marked: data<{ version: number; party: Party; reason: string | null; requirementMet: boolean }>(),
  agreed: data<{ version: number }>(),
  marksCleared: data<{ version: number; parties: Party[] }>(),
  decided: data<{ version: number; lines: LineValues[] }>(),
  restored: data<{ version: number; lines: LineValues[]; number: number; name: string }>(),
});

const PARTY = { [Party.PURCHASER]: "Beställaren", [Party.PROVIDER]: "Utföraren" } as const;
const PARTY_OBJECT = { [Party.PURCHASER]: "beställarens", [Party.PROVIDER]: "utförarens" } as const;

export function amountChange(change: StoredChange): AmountChange {
  return {
    op: change.op,
    lineId: change.lineId,
    description: (change.line ?? change.before)!.description,
    before: change.before?.amount ?? null,
    after: change.line?.amount ?? null,
  };
}

/** "”Hemtjänst” 1 200 000,00 kr → 1 250 000,00 kr"; a new line has no before, a removed one no after. */
export function describeAmountChange(change: AmountChange): string {
  const before = change.before === null ? "ny rad" : formatSek(change.before);
  const after = change.after === null ? "borttagen" : formatSek(change.after);
  return `”${change.description}” ${before} → ${after}`;
}

const list = (changes: AmountChange[]) => changes.map(describeAmountChange).join("; ");

export const summaries = {
  lineAdded: (line: LineValues) => `Raden ”${line.description}” lades till i balansen: ${formatSek(line.amount)}`,
  lineUpdated: (before: LineValues, after: LineValues) =>
    before.description === after.description
      ? `Raden ”${after.description}” ändrades: ${formatSek(before.amount)} → ${formatSek(after.amount)}`
      : `Raden ”${before.description}” ändrades till ”${after.description}”: ${formatSek(before.amount)} → ${formatSek(after.amount)}`,
  lineRemoved: (line: LineValues) => `Raden ”${line.description}” togs bort ur balansen (${formatSek(line.amount)})`,
  calculationModelChanged: (suggested: string | null) =>
    suggested === null ? "Beräkningsmodellen rensades" : `Beräkningsmodellen ändrades: föreslagen ersättning ${formatSek(suggested)}`,
  proposed: (party: Party, message: string, changes: AmountChange[], counter: boolean) =>
    `${PARTY[party]} ${counter ? "lade ett motförslag" : "föreslog ändringar i balansen"}: ${list(changes)}. ”${message}”`,
  proposalAccepted: (party: Party, proposer: Party, changes: AmountChange[]) =>
    `${PARTY[party]} godtog ${PARTY_OBJECT[proposer]} förslag: ${list(changes)}`,
  proposalRejected: (party: Party, proposer: Party, reason: string) =>
    `${PARTY[party]} avvisade ${PARTY_OBJECT[proposer]} förslag: ”${reason}”`,
  /** `shortfallReason`: the reason given when the balance misses the result requirement. */
  marked: (party: Party, version: number, shortfallReason: string | null = null) =>
    `${PARTY[party]}s förvaltningschef markerade att balansen håller (version ${version})` +
    (shortfallReason === null ? "" : ` trots att resultatkravet inte uppfylls: ”${shortfallReason}”`),
  agreed: (version: number) => `Båda förvaltningscheferna har markerat att balansen håller: balansen är överenskommen (version ${version})`,
  marksCleared: (version: number) => `Markeringarna ”balansen håller” togs bort eftersom balansen ändrades (ny version ${version})`,
  decided: (count: number) => `Kommunledningens beslut fastställde balansen (${rows(count)})`,
  restored: (number: number, name: string, count: number) => `Balansen återställdes till version ${number} ”${name}” (${rows(count)})`,
};

const rows = (count: number) => `${count} ${count === 1 ? "rad" : "rader"}`;
