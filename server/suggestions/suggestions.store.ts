import * as Y from "yjs";
import { updateLog, type SectionWritten } from "../collab/update-log.js";
import type { Tx } from "../db/database.js";
import { SuggestionEvent } from "./suggestions.events.js";

/**
 * The node a decision's update is logged under: no process's own, so every process, this one too,
 * reads it from the log when its commit is signalled, applies it to its live copy of the section and
 * relays it to the editors there (`LiveSection.catchUp`). Nothing is relayed before it is durable.
 */
export const DECISION_NODE = "suggestion-decisions";
/** The origin of a decision's update in the log, so it is told from typing. */
export const DECISION_ORIGIN = "suggestion-decision";

/** A suggestion already decided, as its decision's event recorded it. */
export interface DecidedSuggestion {
  id: string;
  party: string;
}

export const suggestionsStore = {
  /** The section's document as durably stored, read in the command's transaction. */
  async document(tx: Tx, sectionId: string): Promise<{ doc: Y.Doc; seq: number }> {
    const { parts, seq } = await updateLog.load(tx, sectionId);
    const doc = new Y.Doc();
    for (const part of parts) Y.applyUpdate(doc, part);
    return { doc, seq };
  },

  /**
   * Appends a decision's update to the section's log in the command's transaction, the way a push's
   * group commit does (the same statement: sequence number under the section's row lock, the freeze
   * check, the stored text, the cross-process signal on commit). What refused it, when the agreement is
   * no DRAFT or the section is AGREED.
   */
  async append(tx: Tx, sectionId: string, update: Uint8Array, userId: string, text: string): Promise<SectionWritten> {
    const written = await updateLog.append(
      tx,
      [{ sectionId, updates: [{ update, userId, origin: DECISION_ORIGIN }], text }],
      DECISION_NODE,
    );
    return written.get(sectionId) ?? { refused: "FROZEN" };
  },

  /** The decision already made on a suggestion (a concurrent one committed first), from the agreement's events. */
  async decided(tx: Tx, agreementId: string, suggestionId: string): Promise<DecidedSuggestion | null> {
    const rows = (await tx.em.query(
      `SELECT s->>'id' AS id, s->>'party' AS party FROM agreement_event e, jsonb_array_elements(e.data->'suggestions') s
        WHERE e.agreement_id = $1 AND e.type = ANY($2::text[]) AND s->>'id' = $3 LIMIT 1`,
      [agreementId, [SuggestionEvent.accepted.type, SuggestionEvent.rejected.type], suggestionId],
    )) as DecidedSuggestion[];
    return rows[0] ?? null;
  },
};
