import type { FrozenIndicator } from "../approval/approval.entities.js";
import type { Tx } from "../db/database.js";
import { plainDecimal } from "./follow-up.model.js";
import { followUpStore as store } from "./follow-up.store.js";

/** The indicators as a submission freezes (and hashes, and the parties sign) them. */
export async function frozenIndicators(tx: Tx, agreementId: string): Promise<FrozenIndicator[]> {
  const indicators = await store.indicators(tx, [agreementId]);
  const sections = new Map((await store.sections(tx, agreementId)).map((s) => [s.id, s.key]));
  const lines = new Map((await store.scopeLines(tx, agreementId)).map((l) => [l.id, l]));
  return indicators.map((i) => {
    const line = i.balanceLineId ? lines.get(i.balanceLineId) : undefined;
    return {
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      target: plainDecimal(i.target),
      warnAt: i.warnAt === null ? null : plainDecimal(i.warnAt),
      frequency: i.frequency,
      sectionKey: i.sectionId ? (sections.get(i.sectionId) ?? null) : null,
      balanceLine: line ? { position: line.position, description: line.description } : null,
    };
  });
}
