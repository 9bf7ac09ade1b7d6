import type { AgreementEntity, SectionEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import type { AgreementsService } from "../agreements/agreements.service.js";
import type { CollabService } from "../collab/collab.service.js";
import { plainText } from "../collab/yjs-codec.js";
import type { Database, Tx } from "../db/database.js";
import { isUuid } from "../db/database.js";
import { badInput, forbidden, invalidState, notFound } from "../errors.js";
import { appendEvent } from "../events/event-log.js";
import type { Actor } from "../identity/identity.model.js";
import type { LineValues } from "../balance/balance.model.js";
import { historyPolicy } from "../policies/history.policy.js";
import { AgreementSnapshotEntity, AgreementSnapshotSectionEntity, type KeptBalance } from "./snapshot.entity.js";
import { diffText, type DiffPart } from "./text-diff.js";
import { docOf, restoreUpdate } from "./yjs-restore.js";

const MAX_NAME = 200;
/** The origin restored content is pushed with, so the log tells it from typing. */
export const RESTORE_ORIGIN = "history-restore";

/** What a version keeps of the balance, and puts back, when the balance capability is there. */
export interface BalanceSource {
  state(tx: Tx, agreementId: string): Promise<KeptBalance>;
  restoreLines(tx: Tx, actor: Actor, agreementId: string, expectedVersion: number, lines: LineValues[], from: { number: number; name: string }): Promise<void>;
}


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

/**
 * Named versions of an agreement: immutable snapshots of every section's Yjs state and text and of the
 * balance, a word-level compare, and restore — which edits the current documents back to a version's
 * content through the ordinary co-editing path, so it is relayed live and nothing is rewritten.
 */
export class HistoryService {
  constructor(
    private readonly db: Database,
    private readonly agreements: AgreementsService,
    private readonly collab: CollabService,
    private readonly balance: BalanceSource | null,
  ) {}

  list(tx: Tx, agreementId: string): Promise<AgreementSnapshotEntity[]> {
    return tx.em.find(AgreementSnapshotEntity, { where: { agreementId, municipalityId: tx.municipalityId }, order: { number: "DESC" } });
  }

  async create(actor: Actor, agreementId: string, rawName: string): Promise<AgreementSnapshotEntity> {
    const name = rawName.trim();
    if (name.length === 0) throw badInput("Versionen behöver ett namn", "name");
    if (name.length > MAX_NAME) throw badInput(`Namnet får vara högst ${MAX_NAME} tecken`, "name");
    const sections = await this.db.inMunicipality(actor.municipalityId, async (tx) => {
      const agreement = await this.agreements.get(tx, actor, agreementId);
      if (!historyPolicy.canCreateVersion(actor, agreement)) throw forbidden("Bara parternas förvaltningschefer och handläggare kan spara versioner");
      return this.agreements.sections(tx, agreement.id);
    });
    // Read outside the transaction below: the documents live in the collab service, which has its own.
    const states = await Promise.all(sections.map((s) => this.collab.snapshotOf(actor.municipalityId, s.id)));
    return this.db.inMunicipality(actor.municipalityId, async (tx) => {
      await tx.em.query("SELECT id FROM agreement WHERE id = $1 AND municipality_id = $2 FOR UPDATE", [agreementId, tx.municipalityId]);
      const [{ next }] = (await tx.em.query(
        "SELECT coalesce(max(number), 0) + 1 AS next FROM agreement_snapshot WHERE agreement_id = $1 AND municipality_id = $2",
        [agreementId, tx.municipalityId],
      )) as Array<{ next: number }>;
      const snapshot = await tx.em.save(
        tx.em.create(AgreementSnapshotEntity, {
          municipalityId: tx.municipalityId,
          agreementId,
          number: next,
          name,
          balance: await this.balanceJson(tx, agreementId),
          createdBy: actor.userId,
        }),
      );
      await tx.em.insert(
        AgreementSnapshotSectionEntity,
        sections.map((s, i) => snapshotSection(snapshot, s, states[i])),
      );
      await appendEvent(tx, {
        agreementId,
        actorId: actor.userId,
        type: "version.created",
        summary: `Version ${next} ”${name}” sparades`,
        data: { versionId: snapshot.id, number: next, name },
      });
      return snapshot;
    });
  }

  /** Per section of the agreement, in its order: what changed from `fromId` to `toId` (null: to now). */
  async compare(actor: Actor, agreementId: string, fromId: string, toId: string | null): Promise<SectionDiff[]> {
    const { sections, from, to } = await this.db.inMunicipality(actor.municipalityId, async (tx) => {
      const agreement = await this.agreements.get(tx, actor, agreementId);
      return {
        sections: await this.agreements.sections(tx, agreement.id),
        from: await this.sectionTexts(tx, agreement.id, fromId),
        to: toId === null ? null : await this.sectionTexts(tx, agreement.id, toId),
      };
    });
    const now = to ?? (await this.currentTexts(actor.municipalityId, sections));
    return sections.map((section) => {
      const before = from.find((s) => s.sectionId === section.id)?.text ?? "";
      const after = now.find((s) => s.sectionId === section.id)?.text ?? "";
      return { sectionKey: section.key, title: section.title, changed: before !== after, parts: diffText(before, after) };
    });
  }

  /**
   * Makes a version's section content current again, as new edits on top of the present; returns the
   * agreement. With `expectedBalanceVersion` the version's balance lines come back first, as a balance
   * change against that version (CONFLICT when stale, and then nothing is restored).
   */
  async restore(actor: Actor, versionId: string, expectedBalanceVersion: number | null = null): Promise<AgreementEntity> {
    const { snapshot, sections } = await this.db.inMunicipality(actor.municipalityId, async (tx) => {
      const found = await this.snapshot(tx, versionId);
      const agreement = await this.agreements.get(tx, actor, found.agreementId);
      if (!historyPolicy.mayRestore(actor, agreement)) throw forbidden("Bara parternas förvaltningschefer och handläggare kan återställa versioner");
      if (agreement.status !== AgreementStatus.DRAFT) throw invalidState("Bara ett utkast kan återställas till en tidigare version");
      if (expectedBalanceVersion !== null) await this.restoreBalance(tx, actor, found, expectedBalanceVersion);
      const rows = await tx.em.find(AgreementSnapshotSectionEntity, { where: { snapshotId: found.id, municipalityId: tx.municipalityId } });
      return { snapshot: found, sections: rows };
    });
    const restored: string[] = [];
    for (const section of sections) {
      const update = restoreUpdate(await this.collab.snapshotOf(actor.municipalityId, section.sectionId), new Uint8Array(section.state));
      if (!update) continue;
      await this.collab.applyServerUpdate(actor, section.sectionId, update, RESTORE_ORIGIN);
      restored.push(section.sectionKey);
    }
    return this.db.inMunicipality(actor.municipalityId, async (tx) => {
      await appendEvent(tx, {
        agreementId: snapshot.agreementId,
        actorId: actor.userId,
        type: "version.restored",
        summary: `Texten återställdes till version ${snapshot.number} ”${snapshot.name}”`,
        data: { versionId: snapshot.id, number: snapshot.number, name: snapshot.name, sections: restored },
      });
      return this.agreements.get(tx, actor, snapshot.agreementId);
    });
  }

  private async restoreBalance(tx: Tx, actor: Actor, snapshot: AgreementSnapshotEntity, expectedVersion: number): Promise<void> {
    const kept = snapshot.balance;
    if (!this.balance || !kept) throw badInput("Versionen har ingen balans att återställa", "expectedBalanceVersion");
    await this.balance.restoreLines(tx, actor, snapshot.agreementId, expectedVersion, kept.lines, { number: snapshot.number, name: snapshot.name });
  }

  private async snapshot(tx: Tx, id: string): Promise<AgreementSnapshotEntity> {
    const found = isUuid(id) ? await tx.em.findOneBy(AgreementSnapshotEntity, { id, municipalityId: tx.municipalityId }) : null;
    if (!found) throw notFound("Versionen");
    return found;
  }

  private async sectionTexts(tx: Tx, agreementId: string, versionId: string): Promise<SectionText[]> {
    const found = await this.snapshot(tx, versionId);
    if (found.agreementId !== agreementId) throw notFound("Versionen");
    return tx.em.find(AgreementSnapshotSectionEntity, { select: { sectionId: true, text: true }, where: { snapshotId: found.id, municipalityId: tx.municipalityId } });
  }

  private currentTexts(municipalityId: string, sections: SectionEntity[]): Promise<SectionText[]> {
    return Promise.all(
      sections.map(async (s) => {
        const doc = docOf(await this.collab.snapshotOf(municipalityId, s.id));
        try {
          return { sectionId: s.id, text: plainText(doc) };
        } finally {
          doc.destroy();
        }
      }),
    );
  }

  private async balanceJson(tx: Tx, agreementId: string): Promise<KeptBalance | null> {
    if (!this.balance) return null;
    const { version, status, lines, totals } = await this.balance.state(tx, agreementId);
    const kept = lines.map(({ kind, description, volume, unit, unitAmount, amount }) => ({ kind, description, volume, unit, unitAmount, amount }));
    return { version, status, lines: kept, totals };
  }
}

function snapshotSection(snapshot: AgreementSnapshotEntity, section: SectionEntity, state: Uint8Array) {
  const doc = docOf(state);
  try {
    return {
      snapshotId: snapshot.id,
      sectionId: section.id,
      municipalityId: snapshot.municipalityId,
      sectionKey: section.key,
      title: section.title,
      position: section.position,
      state: Buffer.from(state),
      text: plainText(doc),
    };
  } finally {
    doc.destroy();
  }
}
