import type { SectionEntity } from "../agreements/agreement.entities.js";
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
 * Pending counts by municipality, section and log position. A section's log is append-only and its
 * compaction keeps the state, so the state up to a seq never changes: its count holds for good. The
 * approval panel asks for every section's count each time it opens; without this, each time meant
 * reading every section's whole state and building a Yjs document of it.
 */
const countsAtSeq = new Map<string, number>();
const REMEMBERED = 10_000;

const atSeq = (tx: Tx, sectionId: string, seq: number) => `${tx.municipalityId}:${sectionId}:${seq}`;

function remember(key: string, count: number): void {
  if (countsAtSeq.size >= REMEMBERED) countsAtSeq.delete(countsAtSeq.keys().next().value!);
  countsAtSeq.set(key, count);
}

/**
 * The sections (of one agreement, as read in `tx`) with pending suggestions, and how many, from the
 * durable state (in the submitting transaction, under the agreement's lock): an agreement is not
 * submitted while its text is still being negotiated. A section whose count at its `seq` is known is
 * not read again; the others' states are read in one statement, and their counts are remembered at the
 * seq of the state read (which a push committed since the section's row was read may have moved on).
 */
export async function sectionsWithPendingSuggestions(
  tx: Tx,
  sections: readonly Pick<SectionEntity, "id" | "title" | "seq">[],
): Promise<Array<{ title: string; count: number }>> {
  const counts = new Map<string, number>();
  for (const section of sections) {
    const known = countsAtSeq.get(atSeq(tx, section.id, section.seq));
    if (known !== undefined) counts.set(section.id, known);
  }
  const unknown = sections.filter((s) => !counts.has(s.id)).map((s) => s.id);
  const stored = await updateLog.loadMany(tx, unknown);
  for (const [sectionId, { parts, seq }] of stored) {
    const doc = new Y.Doc();
    for (const part of parts) Y.applyUpdate(doc, part);
    const count = pendingSuggestions(doc).length;
    doc.destroy();
    counts.set(sectionId, count);
    remember(atSeq(tx, sectionId, seq), count);
  }
  return sections.flatMap((section) => {
    const count = counts.get(section.id)!;
    return count > 0 ? [{ title: section.title, count }] : [];
  });
}
