// Transitional: what history and approval used of the old BalanceService, until each runs
// through the command runner. Removed when they do.
import type { Tx } from "../db/database.js";
import { appendEvent } from "../events/event-log.js";
import type { Actor } from "../identity/identity.model.js";
import { replaceLines } from "./balance.commands.js";
import { clearMarksOnChange } from "./balance.consequences.js";
import { BalanceEvent, summaries } from "./balance.events.js";
import { BalanceStatus, type LineValues } from "./balance.model.js";
import { balanceQueries, type BalanceState } from "./balance.queries.js";
import { balanceStore, lineValues } from "./balance.store.js";
import { conflict } from "../errors.js";
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

  async restoreLines(tx: Tx, actor: Actor, agreementId: string, expectedVersion: number, values: LineValues[], from: { number: number; name: string }): Promise<void> {
    const current = await balanceStore.currentVersion(tx, agreementId);
    if (current !== expectedVersion) throw conflict(current);
    const present = (await balanceStore.lines(tx, agreementId)).map(lineValues);
    if (JSON.stringify(present) === JSON.stringify(values.map(lineValues))) return;
    const version = await replaceLines(tx, agreementId, expectedVersion, values, BalanceStatus.OPEN);
    await record(tx, actor.userId, agreementId, BalanceEvent.restored(summaries.restored(from.number, from.name, values.length), { version, lines: values, ...from }));
  }
}
