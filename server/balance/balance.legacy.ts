// Transitional: what disputes and approval used of the old BalanceService, until each runs through
// the command runner. Removed when they do.
import type { Tx } from "../db/database.js";
import { appendEvent } from "../events/event-log.js";
import type { Actor } from "../identity/identity.model.js";
import { replaceLines } from "./balance.commands.js";
import { clearMarksOnChange } from "./balance.consequences.js";
import { BalanceEvent, summaries } from "./balance.events.js";
import { BalanceStatus, type LineInput } from "./balance.model.js";
import { balanceQueries, type BalanceState } from "./balance.queries.js";
import { balanceStore } from "./balance.store.js";
import { validateLine } from "./balance.validation.js";
import type { NewAgreementEvent } from "../events/event-types.js";

async function record(tx: Tx, actorId: string, agreementId: string, event: NewAgreementEvent) {
  const ctx = { tx, actor: { userId: actorId } as Actor };
  for (const e of [event, ...(await clearMarksOnChange.run(ctx, agreementId, [event]))])
    await appendEvent(tx, { agreementId, actorId, type: e.type, summary: e.summary, data: e.data as Record<string, unknown> });
}

export class LegacyBalance {
  state(tx: Tx, agreementId: string): Promise<BalanceState> {
    return balanceQueries.state(tx, agreementId);
  }

  async setLinesByDecision(tx: Tx, agreementId: string, lines: LineInput[], actorId: string): Promise<BalanceState> {
    const values = lines.map((line, i) => validateLine(line, `balanceLines.${i}.`));
    const current = await balanceStore.currentVersion(tx, agreementId);
    const version = await replaceLines(tx, agreementId, current, values, BalanceStatus.DECIDED);
    await record(tx, actorId, agreementId, BalanceEvent.decided(summaries.decided(values.length), { version, lines: values }));
    return this.state(tx, agreementId);
  }
}
