import * as Y from "yjs";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { updateLog } from "../collab/update-log.js";
import type { Tx } from "../db/database.js";
import type { NewAgreementEvent } from "../events/event-types.js";
import type { Actor } from "../identity/identity.model.js";
import { sectionMarksPolicy } from "../policies/section-marks.policy.js";
import { isMarked, reopenMarkedSections } from "../section-marks/section-marks.commands.js";
import { RESTORED_REASON } from "../section-marks/section-marks.events.js";
import { sectionMarksStore } from "../section-marks/section-marks.store.js";
import type { AgreementSnapshotSectionEntity } from "./snapshot.entity.js";
import { contentXml, docOf } from "./yjs-restore.js";

/**
 * "Restoring a version reopens the sections it changes" (issue 14): those agreed or marked whose stored
 * content differs from the version's, reopened by the restoring party with the reason "återställd
 * version", in the restore's transaction and before its texts are pushed (an AGREED section refuses
 * pushes). A section the version leaves as it is keeps its marks.
 */
export async function reopenRestoredSections(
  tx: Tx,
  actor: Actor,
  agreement: AgreementEntity,
  kept: readonly AgreementSnapshotSectionEntity[],
): Promise<NewAgreementEvent[]> {
  const sections = await sectionMarksStore.sections(tx, agreement.id);
  const marks = await sectionMarksStore.marks(
    tx,
    sections.map((s) => s.id),
  );
  const changed = [];
  for (const section of sections) {
    const version = kept.find((k) => k.sectionId === section.id);
    if (!version || !isMarked({ section, marks: marks.filter((m) => m.sectionId === section.id) })) continue;
    if ((await storedContent(tx, section.id)) !== contentOf(new Uint8Array(version.state))) changed.push(section);
  }
  return reopenMarkedSections(tx, changed, { party: sectionMarksPolicy.markingParty(actor, agreement)!, reason: RESTORED_REASON });
}

async function storedContent(tx: Tx, sectionId: string): Promise<string> {
  return contentOf(Y.mergeUpdates((await updateLog.load(tx, sectionId)).parts));
}

function contentOf(state: Uint8Array): string {
  const doc = docOf(state);
  try {
    return contentXml(doc);
  } finally {
    doc.destroy();
  }
}
