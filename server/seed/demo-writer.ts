import type { EntityManager } from "typeorm";
import * as Y from "yjs";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { balanceConsequences } from "../balance/balance.consequences.js";
import { sectionMarksConsequences } from "../section-marks/section-marks.consequences.js";
import { pushSectionUpdate, SECTION_AGREED_REFUSAL } from "../collab/collab.commands.js";
import { loadSectionMeta } from "../collab/live-sections.js";
import { updateLog } from "../collab/update-log.js";
import { assertValidUpdate, plainText } from "../collab/yjs-codec.js";
import { Database, type Tx } from "../db/database.js";
import { forbidden, invalidState } from "../errors.js";
import type { Actor } from "../identity/identity.model.js";
import type { Command } from "../pipeline/command.js";
import { lifecycleRefusal } from "../pipeline/permissions.js";
import { CommandRunner } from "../pipeline/runner.js";
import { appendBlocks, type Block } from "./demo-documents.js";
import { DEMO_USERS, type DemoWho, type SeededMunicipality } from "./municipality-seed.js";

/** The `node` of the seed's co-editing writes in the section log (a server writes its process id there). */
const SEED_NODE = "demo-seed";

/**
 * The seed's one transaction as the runner's database: each unit of work is scoped to its municipality
 * inside it, so the demo is written whole or not at all, and a refused command fails the seed.
 */
class SeedTransaction extends Database {
  /** The municipality the transaction is scoped to: set once, not again before each of the seed's hundreds of steps. */
  private scopedTo: string | null = null;

  constructor(private readonly em: EntityManager) {
    super(em.connection);
  }

  override async inMunicipality<T>(municipalityId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.scopedTo !== municipalityId) {
      await this.em.query("SELECT set_config('app.municipality_id', $1, true)", [municipalityId]);
      this.scopedTo = municipalityId;
    }
    return work({ em: this.em, municipalityId, signals: [] });
  }
}

/**
 * How the demo seed writes a municipality's agreements: as the demo users, through the command runner
 * the API uses (so events, hash chains, notifications, versions and the checks of each step are what the
 * app itself makes), and the sections' text as co-editing does, as Yjs updates in the section log.
 */
export class DemoWriter {
  private readonly db: Database;
  private readonly runner: CommandRunner;

  constructor(
    em: EntityManager,
    private readonly seeded: SeededMunicipality,
  ) {
    this.db = new SeedTransaction(em);
    // The seed is the operator's: it counts against no one's mutation budget, and queues no mail.
    this.runner = new CommandRunner(this.db, [...balanceConsequences, ...sectionMarksConsequences], { consume: async () => {} });
  }

  get municipalityId(): string {
    return this.seeded.municipality.id;
  }

  get organs(): SeededMunicipality["organs"] {
    return this.seeded.organs;
  }

  /** A demo user as a signed-in caller with their role (no session: the seed signs no one in). */
  actor(who: DemoWho): Actor {
    const user = DEMO_USERS.find((u) => u.who === who)!;
    const organ = this.seeded.organs[user.organ];
    return {
      userId: this.seeded.users[who].id,
      municipalityId: this.municipalityId,
      roles: [{ role: user.role, organId: organ.id, organKind: organ.kind }],
    };
  }

  userId(who: DemoWho): string {
    return this.seeded.users[who].id;
  }

  run<I, T extends object, V, R>(who: DemoWho, command: Command<I, T, V, R>, input: I): Promise<R> {
    return this.runner.run(this.actor(who), command, input);
  }

  read<R>(work: (tx: Tx) => Promise<R>): Promise<R> {
    return this.runner.readIn(this.municipalityId, work);
  }

  /** The agreement's section ids by template key. */
  async sections(agreementId: string): Promise<Record<string, string>> {
    const sections = await this.read((tx) => agreementsQueries.sections(tx, agreementId));
    return Object.fromEntries(sections.map((s) => [s.key, s.id]));
  }

  /**
   * `who` adds `blocks` at the end of a section, with co-editing's checks (`pushSectionUpdate`'s policy
   * and lifecycle, the update's validity) and its durable write (`updateLog.append`, which also keeps the
   * section's plain text and refuses a frozen agreement).
   */
  async write(who: DemoWho, sectionId: string, blocks: readonly Block[]): Promise<void> {
    const actor = this.actor(who);
    const meta = await loadSectionMeta(this.db, this.municipalityId, sectionId);
    const target = { agreement: meta, section: { status: meta.sectionStatus } };
    if (!pushSectionUpdate.policy.allows(actor, target)) throw forbidden(pushSectionUpdate.policy.refusal);
    const refusal = lifecycleRefusal(pushSectionUpdate, actor, target);
    if (refusal !== null) throw invalidState(refusal);
    await this.db.inMunicipality(this.municipalityId, async (tx) => {
      const doc = await this.document(tx, sectionId);
      try {
        const update = appendBlocks(Y.encodeStateAsUpdate(doc), blocks);
        assertValidUpdate(update, doc);
        Y.applyUpdate(doc, update);
        const written = await updateLog.append(
          tx,
          [{ sectionId, updates: [{ update, userId: actor.userId, origin: null }], text: plainText(doc) }],
          SEED_NODE,
        );
        const result = written.get(sectionId)!;
        if ("refused" in result)
          throw invalidState(result.refused === "AGREED" ? SECTION_AGREED_REFUSAL : pushSectionUpdate.lifecycle.refusal);
      } finally {
        doc.destroy();
      }
    });
  }

  /** A section's document as stored, as one Yjs update. */
  async state(sectionId: string): Promise<Uint8Array> {
    return this.read(async (tx) => {
      const doc = await this.document(tx, sectionId);
      const state = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      return state;
    });
  }

  private async document(tx: Tx, sectionId: string): Promise<Y.Doc> {
    const doc = new Y.Doc();
    for (const part of (await updateLog.load(tx, sectionId)).parts) Y.applyUpdate(doc, part);
    return doc;
  }
}
