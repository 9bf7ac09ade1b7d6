import { agreementsQueries } from "../agreements/agreements.queries.js";
import * as Y from "yjs";
import { updateLog } from "../collab/update-log.js";
import type { Tx } from "../db/database.js";
import { suggestionsStore } from "./suggestions.store.js";
import { pendingSuggestions } from "./yjs-suggestions.js";

/** How many suggestions of a section are pending, from its durable state. */
export async function pendingSuggestionCount(tx: Tx, sectionId: string): Promise<number> {
  const { doc } = await suggestionsStore.document(tx, sectionId);
  const count = pendingSuggestions(doc).length;
  doc.destroy();
  return count;
}

/**
 * The sections of an agreement with pending suggestions, and how many, from the durable state (in the
 * submitting transaction, under the agreement's lock): an agreement is not submitted while its text
 * is still being negotiated.
 */
export async function sectionsWithPendingSuggestions(tx: Tx, agreementId: string): Promise<Array<{ title: string; count: number }>> {
  const pending = [];
  const sections = await agreementsQueries.sections(tx, agreementId);
  // Every section's stored state in one statement, not one per section.
  const stored = await updateLog.loadMany(
    tx,
    sections.map((s) => s.id),
  );
  for (const section of sections) {
    const doc = new Y.Doc();
    for (const part of stored.get(section.id)!.parts) Y.applyUpdate(doc, part);
    const count = pendingSuggestions(doc).length;
    doc.destroy();
    if (count > 0) pending.push({ title: section.title, count });
  }
  return pending;
}
