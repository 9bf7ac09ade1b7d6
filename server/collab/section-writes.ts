import { logger } from "../logging.js";
import type { Database } from "../db/database.js";
import { DomainError, invalidState } from "../errors.js";
import type { Actor } from "../identity/identity.model.js";
import { pushSectionUpdate, SECTION_AGREED_REFUSAL } from "./collab.commands.js";
import { GroupCommit } from "./group-commit.js";
import type { LiveSection } from "./live-sections.js";
import { updateLog } from "./update-log.js";
import { plainText } from "./yjs-codec.js";

export interface PendingWrite {
  live: LiveSection;
  update: Uint8Array;
  base64: string;
  userId: string;
  actor: Actor;
  origin: string | null;
}

export interface SectionWritesOptions {
  node: string;
  /** How long a write waits for others to share its commit. */
  lingerMs: number;
  /** A section's writes could not be stored: its copy in memory (which holds them) must be dropped. */
  forget: (live: LiveSection) => void;
  /** Its writes are durable on a section that carried marks on its earlier content. */
  markedEdit: (actor: Actor, sectionId: string) => void;
}

/**
 * The durable side of co-editing: pushes of every section and editor, written together by the group
 * commit (one transaction per municipality and batch, `updateLog.append`), each answered with its log
 * position once committed, or with why it was refused.
 */
export class SectionWrites {
  private readonly commits: GroupCommit<PendingWrite, number>;

  constructor(
    private readonly db: Database,
    private readonly options: SectionWritesOptions,
  ) {
    this.commits = new GroupCommit((batch) => this.writeBatch(batch), options.lingerMs);
  }

  /** Resolves with the update's log position once it is durable. */
  submit(write: PendingWrite): Promise<number> {
    return this.commits.submit(write);
  }

  /** Resolves once every write submitted before this call is settled (stored or refused). */
  barrier(): Promise<void> {
    return this.commits.barrier();
  }

  flushed(): Promise<void> {
    return this.commits.flushed();
  }

  private async writeBatch(batch: PendingWrite[]): Promise<Array<number | Error>> {
    const results = new Map<PendingWrite, number | Error>();
    for (const [municipalityId, writes] of groupBy(batch, (w) => w.live.meta.municipalityId)) {
      const bySection = [...groupBy(writes, (w) => w.live.meta.sectionId).values()];
      try {
        await this.writeSections(municipalityId, bySection, results);
      } catch (error) {
        if (bySection.length === 1) {
          this.refuse(bySection[0], error, results);
          continue;
        }
        // One section's failure must not fail the others that shared its commit: each on its own.
        for (const sectionWrites of bySection)
          await this.writeSections(municipalityId, [sectionWrites], results).catch((e) => this.refuse(sectionWrites, e, results));
      }
    }
    return batch.map((w) => results.get(w)!);
  }

  private async writeSections(
    municipalityId: string,
    bySection: PendingWrite[][],
    results: Map<PendingWrite, number | Error>,
  ): Promise<void> {
    const seqsBySection = await this.db.inMunicipality(municipalityId, (tx) =>
      updateLog.append(
        tx,
        bySection.map((sectionWrites) => ({
          sectionId: sectionWrites[0].live.meta.sectionId,
          updates: sectionWrites,
          text: plainText(sectionWrites[0].live.doc),
        })),
        this.options.node,
      ),
    );
    for (const sectionWrites of bySection) {
      const { live } = sectionWrites[0];
      const written = seqsBySection.get(live.meta.sectionId)!;
      if ("refused" in written) {
        const refusal = invalidState(written.refused === "AGREED" ? SECTION_AGREED_REFUSAL : pushSectionUpdate.lifecycle.refusal);
        for (const w of sectionWrites) results.set(w, refusal);
        this.options.forget(live); // memory holds refused updates: reload from the log next time
        continue;
      }
      sectionWrites.forEach((w, i) => results.set(w, written.seqs[i]));
      if (written.marked) this.options.markedEdit(sectionWrites[0].actor, live.meta.sectionId);
    }
  }

  /** A section's writes that could not be stored: refused, and its memory reloaded from the log. */
  private refuse(sectionWrites: PendingWrite[], error: unknown, results: Map<PendingWrite, number | Error>): void {
    for (const w of sectionWrites) results.set(w, error instanceof DomainError ? error : new Error("Kunde inte spara"));
    if (!(error instanceof DomainError)) logger().error({ err: error }, "collab write failed");
    this.options.forget(sectionWrites[0].live);
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
