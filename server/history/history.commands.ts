import type { AgreementEntity, SectionEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import { replaceLines } from "../balance/balance.commands.js";
import { BalanceEvent, summaries as balanceSummaries } from "../balance/balance.events.js";
import { BalanceStatus, type LineValues } from "../balance/balance.model.js";
import { balanceQueries } from "../balance/balance.queries.js";
import { balanceStore, lineValues } from "../balance/balance.store.js";
import type { CollabService } from "../collab/collab.service.js";
import { plainText } from "../collab/yjs-codec.js";
import type { Tx } from "../db/database.js";
import { badInput, notFound } from "../errors.js";
import type { Actor } from "../identity/identity.model.js";
import { asIs, type Command, type CommandPolicy } from "../pipeline/command.js";
import { historyPolicy } from "../policies/history.policy.js";
import { optionalText } from "../validation/input.js";
import { summaries, VersionEvent } from "./history.events.js";
import { historyStore, type NewVersionSection } from "./history.store.js";
import { reopenRestoredSections } from "./restore-reopens.js";
import type { AgreementSnapshotEntity, AgreementSnapshotSectionEntity, KeptBalance } from "./snapshot.entity.js";
import { docOf, restoreUpdate } from "./yjs-restore.js";

const MAX_NAME = 200;
/** The origin restored content is pushed with, so the log tells it from typing. */
export const RESTORE_ORIGIN = "history-restore";

/** A version command acts on the agreement, locked; the version it names is part of its input. */
export interface VersionTarget {
  agreement: AgreementEntity;
}

async function versionOf(tx: Tx, versionId: string): Promise<AgreementSnapshotEntity> {
  const version = await historyStore.version(tx, versionId);
  if (!version) throw notFound("Versionen");
  return version;
}

const ofVersion = { agreementOf: async (tx: Tx, input: { versionId: string }) => (await versionOf(tx, input.versionId)).agreementId };

export interface CreateVersionInput {
  agreementId: string;
  name: string;
  /**
   * Every section's current Yjs state, by section id. The documents live in the co-editing service,
   * in memory: the resolver reads them before the command runs, outside its transaction.
   */
  states: ReadonlyMap<string, Uint8Array>;
}

/** Saves a named version: every section's state and text and the balance as they are now, at any stage. */
export const createVersion: Command<CreateVersionInput, VersionTarget, Omit<CreateVersionInput, "agreementId">, AgreementSnapshotEntity> = {
  name: "createVersion",
  agreementOf: async (_tx, input) => input.agreementId,
  load: async (_ctx, _input, agreement) => ({ agreement: agreement! }),
  policy: {
    allows: (actor, { agreement }) => historyPolicy.mayCreateVersion(actor, agreement),
    refusal: "Bara parternas förvaltningschefer och handläggare kan spara versioner",
  },
  lifecycle: { refusal: "" }, // no states: a version is saved at any stage
  validate(_ctx, { name, states }) {
    const valid = optionalText(name, "name", "Namnet", MAX_NAME);
    if (valid === null) throw badInput("Versionen behöver ett namn", "name");
    return { name: valid, states };
  },
  async write({ tx, actor }, { agreement }, { name, states }) {
    const sections = (await historyStore.sections(tx, agreement.id)).map((section) => keptSection(section, states));
    const number = await historyStore.nextNumber(tx, agreement.id);
    const balance = await keptBalance(tx, agreement.id);
    const version = await historyStore.insert(tx, { agreementId: agreement.id, number, name, balance, createdBy: actor.userId }, sections);
    return { result: version, events: [VersionEvent.created(summaries.created(number, name), { versionId: version.id, number, name })] };
  },
};

/** Who restores a version: the drafting parties (`restoreVersion` only into a DRAFT). */
const restoresVersions: { policy: CommandPolicy<VersionTarget> } = {
  policy: {
    allows: (actor, { agreement }) => historyPolicy.mayRestore(actor, agreement),
    refusal: "Bara parternas förvaltningschefer och handläggare kan återställa versioner",
  },
};

export interface RestoreVersionInput {
  versionId: string;
  /** The balance version the caller saw; with it the version's balance lines come back too. */
  expectedBalanceVersion: number | null;
}

interface ValidRestore {
  version: AgreementSnapshotEntity;
  /** The version's balance, to restore against `expected`; null to leave the balance alone. */
  balance: { lines: LineValues[]; expected: number } | null;
}

/** What comes back after the command: the text of the version's sections, as edits (`restoreSectionTexts`). */
export interface RestoreResult {
  agreement: AgreementEntity;
  version: AgreementSnapshotEntity;
  sections: AgreementSnapshotSectionEntity[];
}

/**
 * Makes a version current again. This command does the part that is agreement data under the lock:
 * with `expectedBalanceVersion`, the version's balance lines, as a balance change against that
 * version (CONFLICT when stale, and then nothing is restored; no change when the lines are already
 * equal). Restoring lines clears both marks (the balance's consequence). The sections whose agreed or
 * marked text the version changes are reopened here (`reopenRestoredSections`), so that their texts,
 * which follow after it commits (`restoreSectionTexts`), are not refused; then `recordRestore`.
 */
export const restoreVersion: Command<RestoreVersionInput, VersionTarget, ValidRestore, RestoreResult> = {
  name: "restoreVersion",
  ...ofVersion,
  load: async (_ctx, _input, agreement) => ({ agreement: agreement! }),
  ...restoresVersions,
  lifecycle: { states: [AgreementStatus.DRAFT], refusal: "Bara ett utkast kan återställas till en tidigare version" },
  async validate({ tx }, { versionId, expectedBalanceVersion }) {
    const version = await versionOf(tx, versionId);
    if (expectedBalanceVersion === null) return { version, balance: null };
    if (!version.balance) throw badInput("Versionen har ingen balans att återställa", "expectedBalanceVersion");
    return { version, balance: { lines: version.balance.lines, expected: expectedBalanceVersion } };
  },
  async conflict({ tx }, { agreement }, { expectedBalanceVersion }) {
    if (expectedBalanceVersion === null) return null;
    const current = await balanceStore.currentVersion(tx, agreement.id);
    return current === expectedBalanceVersion ? null : { currentVersion: current };
  },
  async write({ tx, actor }, { agreement }, { version, balance }) {
    const sections = await historyStore.sectionStates(tx, version.id);
    const reopened = await reopenRestoredSections(tx, actor, agreement, sections);
    if (!balance || (await linesAre(tx, agreement.id, balance.lines)))
      return { result: { agreement, version, sections }, events: reopened };
    const { lines, expected } = balance;
    const balanceVersion = await replaceLines(tx, agreement.id, expected, lines, BalanceStatus.OPEN);
    const { number, name } = version;
    return {
      result: { agreement, version, sections },
      events: [
        BalanceEvent.restored(balanceSummaries.restored(number, name, lines.length), { version: balanceVersion, lines, number, name }),
        ...reopened,
      ],
    };
  },
};

/**
 * The section texts of a restore, after `restoreVersion` committed: each section whose content differs
 * is edited back to the version's, as new edits on top of the present, so nothing is rewritten;
 * returns the keys of the sections that came back. They go through the co-editing service's ordinary
 * durable path, not the command's transaction: applied to the live document and relayed to every
 * connected editor at once, then written by its group commit, in a transaction of its own that takes
 * the agreement's row FOR SHARE (the freeze check). Inside the runner's transaction, which holds that
 * row FOR NO KEY UPDATE until it commits, the group commit would wait for the runner and the runner
 * for the group commit; and an edit already relayed live could not be rolled back with it anyway.
 */
export async function restoreSectionTexts(
  collab: Pick<CollabService, "snapshotOf" | "applyServerUpdate">,
  actor: Actor,
  sections: AgreementSnapshotSectionEntity[],
): Promise<string[]> {
  const restored: string[] = [];
  for (const section of sections) {
    const update = restoreUpdate(await collab.snapshotOf(actor.municipalityId, section.sectionId), new Uint8Array(section.state));
    if (!update) continue;
    await collab.applyServerUpdate(actor, section.sectionId, update, RESTORE_ORIGIN);
    restored.push(section.sectionKey);
  }
  return restored;
}

/** Appends `version.restored` once the texts are back: which sections came back (maybe none). */
export const recordRestore: Command<
  { versionId: string; sections: string[] },
  VersionTarget,
  { versionId: string; sections: string[] },
  AgreementEntity
> = {
  name: "recordRestore",
  ...ofVersion,
  load: async (_ctx, _input, agreement) => ({ agreement: agreement! }),
  ...restoresVersions,
  // No states: it records edits the co-editing checks already let through (or none).
  lifecycle: { refusal: "" },
  validate: asIs,
  async write({ tx }, { agreement }, { versionId, sections }) {
    const { id, number, name } = await versionOf(tx, versionId);
    return {
      result: agreement,
      events: [VersionEvent.restored(summaries.restored(number, name), { versionId: id, number, name, sections })],
    };
  },
};

function keptSection(section: SectionEntity, states: ReadonlyMap<string, Uint8Array>): NewVersionSection {
  const state = states.get(section.id);
  if (!state) throw new Error(`No current state of section ${section.id} for the version`);
  const doc = docOf(state);
  try {
    const { key: sectionKey, title, position } = section;
    return { sectionId: section.id, sectionKey, title, position, state: Buffer.from(state), text: plainText(doc) };
  } finally {
    doc.destroy();
  }
}

/** The balance as a version keeps it: its version, status, lines and totals. */
async function keptBalance(tx: Tx, agreementId: string): Promise<KeptBalance> {
  const { version, status, lines, totals } = await balanceQueries.state(tx, agreementId);
  const kept = lines.map(({ kind, description, volume, unit, unitAmount, amount }) => ({
    kind,
    description,
    volume,
    unit,
    unitAmount,
    amount,
  }));
  return { version, status, lines: kept, totals };
}

/** Whether the balance's lines are already `lines` (restoring them would change nothing). */
async function linesAre(tx: Tx, agreementId: string, lines: LineValues[]): Promise<boolean> {
  const present = (await balanceStore.lines(tx, agreementId)).map(lineValues);
  return JSON.stringify(present) === JSON.stringify(lines.map(lineValues));
}
