import type { AgreementEntity, SectionEntity } from "../agreements/agreement.entities.js";
import type { SectionSnapshots } from "../collab/collab.service.js";
import { plainText } from "../collab/yjs-codec.js";
import type { Tx } from "../db/database.js";
import { notFound } from "../errors.js";
import type { Actor } from "../identity/identity.model.js";
import { permits } from "../pipeline/permissions.js";
import { createVersion, restoreVersion } from "./history.commands.js";
import { historyStore } from "./history.store.js";
import type { AgreementSnapshotEntity } from "./snapshot.entity.js";
import { diffText, type DiffPart } from "./text-diff.js";
import { docOf } from "./yjs-restore.js";

export interface SectionDiff {
  sectionKey: string;
  title: string;
  changed: boolean;
  parts: DiffPart[];
}

interface SectionText {
  sectionId: string;
  text: string;
}

/** Two versions' texts to compare, as read in a transaction; `to` null means now. */
export interface ComparedTexts {
  sections: SectionEntity[];
  from: SectionText[];
  to: SectionText[] | null;
}

/**
 * The named versions' reads. A version's texts are rows; the current texts are the co-editing
 * service's live documents (`snapshots`), read outside any transaction.
 */
export const historyQueries = {
  /** Newest first. */
  versions(tx: Tx, agreementId: string): Promise<AgreementSnapshotEntity[]> {
    return historyStore.versions(tx, agreementId);
  },

  /** What the caller may do with the agreement's versions now: the commands' own declarations. */
  permissions(actor: Actor | null, agreement: AgreementEntity) {
    return { canCreateVersion: permits(createVersion, actor, { agreement }), canRestore: permits(restoreVersion, actor, { agreement }) };
  },

  async sectionIds(tx: Tx, agreementId: string): Promise<string[]> {
    return (await historyStore.sections(tx, agreementId)).map((s) => s.id);
  },

  /** Every section's current Yjs state, by id (what `createVersion` keeps): read outside any transaction. */
  async currentStates(snapshots: SectionSnapshots, municipalityId: string, sectionIds: string[]): Promise<Map<string, Uint8Array>> {
    return new Map(await Promise.all(sectionIds.map(async (id) => [id, await snapshots(municipalityId, id)] as const)));
  },

  async textsToCompare(tx: Tx, agreement: AgreementEntity, fromId: string, toId: string | null): Promise<ComparedTexts> {
    return {
      sections: await historyStore.sections(tx, agreement.id),
      from: await versionTexts(tx, agreement.id, fromId),
      to: toId === null ? null : await versionTexts(tx, agreement.id, toId),
    };
  },

  /** Per section of the agreement, in its order: what changed from one version to another, or to now. */
  async compare(snapshots: SectionSnapshots, municipalityId: string, { sections, from, to }: ComparedTexts): Promise<SectionDiff[]> {
    const now = to ?? (await currentTexts(snapshots, municipalityId, sections));
    return sections.map((section) => {
      const before = from.find((s) => s.sectionId === section.id)?.text ?? "";
      const after = now.find((s) => s.sectionId === section.id)?.text ?? "";
      return { sectionKey: section.key, title: section.title, changed: before !== after, parts: diffText(before, after) };
    });
  },
};

async function versionTexts(tx: Tx, agreementId: string, versionId: string): Promise<SectionText[]> {
  const version = await historyStore.version(tx, versionId);
  if (!version || version.agreementId !== agreementId) throw notFound("Versionen");
  return historyStore.sectionTexts(tx, version.id);
}

function currentTexts(snapshots: SectionSnapshots, municipalityId: string, sections: SectionEntity[]): Promise<SectionText[]> {
  return Promise.all(
    sections.map(async (s) => {
      const doc = docOf(await snapshots(municipalityId, s.id));
      try {
        return { sectionId: s.id, text: plainText(doc) };
      } finally {
        doc.destroy();
      }
    }),
  );
}
