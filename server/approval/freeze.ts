import * as Y from "yjs";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { balanceQueries } from "../balance/balance.queries.js";
import { updateLog } from "../collab/update-log.js";
import { plainText } from "../collab/yjs-codec.js";
import { contentToJson } from "../collab/yjs-json.js";
import type { Tx } from "../db/database.js";
import { frozenIndicators } from "../follow-up/frozen-indicators.js";
import type { FrozenContent, FrozenDecision } from "./approval.entities.js";

/**
 * What a submission freezes, read from the durable state inside the submitting transaction (after
 * the agreement's row lock, which co-editing writes wait for): parties, period, each section's text
 * with its rich structure, the balance lines and totals with the parties' marks (and their reasons),
 * the decisions that apply (`decisions`, from the disputes capability), and the follow-up's indicators.
 */
export async function frozenContent(tx: Tx, agreement: AgreementEntity, decisions: FrozenDecision[]): Promise<FrozenContent> {
  const organs = await agreementsQueries.organs(tx, [agreement.purchaserOrganId, agreement.providerOrganId]);
  const party = (id: string) => {
    const organ = organs.get(id)!;
    return { id: organ.id, name: organ.name, shortName: organ.shortName };
  };
  const sections = [];
  for (const section of await agreementsQueries.sections(tx, agreement.id)) {
    const doc = new Y.Doc();
    for (const part of (await updateLog.load(tx, section.id)).parts) Y.applyUpdate(doc, part);
    sections.push({
      key: section.key,
      title: section.title,
      required: section.required,
      text: plainText(doc),
      content: contentToJson(doc),
    });
    doc.destroy();
  }
  const balance = await balanceQueries.state(tx, agreement.id);
  const indicators = await frozenIndicators(tx, agreement.id);
  return {
    agreement: {
      id: agreement.id,
      diarienummer: agreement.diarienummer,
      kind: agreement.kind,
      title: agreement.title,
      purchaser: party(agreement.purchaserOrganId),
      provider: party(agreement.providerOrganId),
      periodStart: agreement.periodStart,
      periodEnd: agreement.periodEnd,
    },
    sections,
    balance: {
      status: balance.status,
      lines: balance.lines.map((l) => ({
        kind: l.kind,
        description: l.description,
        volume: l.volume,
        unit: l.unit,
        unitAmount: l.unitAmount,
        amount: l.amount,
      })),
      totals: { ...balance.totals },
      marks: balance.marks.map((m) => ({
        party: m.party,
        userName: m.user.name,
        version: m.version,
        at: m.at.toISOString(),
        reason: m.reason,
      })),
    },
    decisions,
    indicators,
  };
}
