import { PresenceTopic } from "./collab.events.js";
import { createHash } from "node:crypto";
import type { Database } from "../db/database.js";
import { badInput, forbidden } from "../errors.js";
import { notifyAfterCommit } from "../events/event-log.js";
import type { EventBus } from "../events/event-bus.js";
import { replayThenLive } from "../events/live-stream.js";
import type { Actor } from "../identity/identity.model.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";

export interface PresenceMember {
  clientId: string;
  userId: string;
  sectionId: string | null;
  cursor: string | null;
  color: string;
}

/** How long a member stays without a heartbeat (a crashed server's members fade after this). */
const STALE_SECONDS = 45;
const HEARTBEAT_MS = 15_000;
const MAX_CURSOR = 2000;
/** Caret colours with at least 4.5:1 contrast against white text labels. */
const COLORS = ["#0b5394", "#a61c00", "#38761d", "#7f3f98", "#b45f06", "#134f5c", "#85200c", "#4a3f9c"];

export const colorFor = (userId: string) => COLORS[createHash("sha1").update(userId).digest()[0] % COLORS.length];

/**
 * Who is in an agreement and where. Members are rows in PostgreSQL (so every server process sees
 * them), kept alive by a heartbeat while their subscription lasts and removed when it ends.
 */
export class PresenceService {
  private readonly heartbeats = new Map<string, { municipalityId: string; agreementId: string; clientId: string }>();
  private readonly timer: NodeJS.Timeout;
  /** Removals of members who just left, awaited on shutdown so none is cut off midway. */
  private readonly leaving = new Set<Promise<void>>();

  constructor(
    private readonly db: Database,
    private readonly bus: EventBus,
    private readonly node: string,
  ) {
    this.timer = setInterval(() => void this.beat(), HEARTBEAT_MS).unref();
  }

  /** Streams the member list; with a clientId the caller is a member until the stream ends. */
  async watch(actor: Actor, agreementId: string, clientId: string | null): Promise<AsyncIterableIterator<PresenceMember[]>> {
    const agreement = await this.db.inMunicipality(actor.municipalityId, (tx) => agreementsQueries.get(tx, actor, agreementId));
    if (clientId) await this.update(actor, agreement.id, clientId, null, null);
    const key = `${agreement.id}/${clientId}`;
    if (clientId) this.heartbeats.set(key, { municipalityId: actor.municipalityId, agreementId: agreement.id, clientId });
    let last = "";
    return replayThenLive<PresenceMember[]>({
      listen: (wake) => this.bus.on(PresenceTopic, agreement.id, wake),
      readNext: async () => {
        const members = await this.members(actor.municipalityId, agreement.id);
        const serialized = JSON.stringify(members);
        if (serialized === last) return [];
        last = serialized;
        return [members];
      },
      onClose: () => {
        if (!clientId) return;
        this.heartbeats.delete(key);
        const removal = this.remove(actor.municipalityId, agreement.id, clientId).catch(() => {});
        this.leaving.add(removal);
        void removal.finally(() => this.leaving.delete(removal));
      },
    });
  }

  /** Where the member is: its section and its caret (Yjs relative positions as JSON). */
  async update(actor: Actor, agreementId: string, clientId: string, sectionId: string | null, cursor: string | null): Promise<void> {
    if (clientId.length === 0 || clientId.length > 100) throw badInput("Ogiltigt klient-id", "clientId");
    if (cursor && cursor.length > MAX_CURSOR) throw badInput("Markörens position är för stor", "cursor");
    await this.db.inMunicipality(actor.municipalityId, async (tx) => {
      const agreement = await agreementsQueries.get(tx, actor, agreementId);
      const rows = (await tx.em.query(
        `INSERT INTO presence (agreement_id, client_id, municipality_id, user_id, section_id, cursor, node, seen_at)
         VALUES ($1, $2, $3, $4, (SELECT id FROM section WHERE id::text = $5 AND agreement_id = $1), $6, $7, now())
         ON CONFLICT (municipality_id, agreement_id, client_id) DO UPDATE
           SET section_id = EXCLUDED.section_id, cursor = EXCLUDED.cursor, node = EXCLUDED.node, seen_at = now()
           WHERE presence.user_id = EXCLUDED.user_id
         RETURNING client_id`,
        [agreement.id, clientId, tx.municipalityId, actor.userId, sectionId, cursor, this.node],
      )) as unknown[];
      if (rows.length === 0) throw forbidden("Klient-id:t tillhör någon annan");
      await notifyAfterCommit(tx, PresenceTopic.signal(tx.municipalityId, agreement.id));
    });
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.leaving);
  }

  private members(municipalityId: string, agreementId: string): Promise<PresenceMember[]> {
    return this.db.inMunicipality(municipalityId, async (tx) => {
      const rows = (await tx.em.query(
        `SELECT client_id AS "clientId", user_id AS "userId", section_id AS "sectionId", cursor FROM presence
          WHERE agreement_id = $1 AND municipality_id = $2 AND seen_at > now() - make_interval(secs => $3)
          ORDER BY client_id`,
        [agreementId, tx.municipalityId, STALE_SECONDS],
      )) as Array<Omit<PresenceMember, "color">>;
      return rows.map((r) => ({ ...r, color: colorFor(r.userId) }));
    });
  }

  private remove(municipalityId: string, agreementId: string, clientId: string): Promise<void> {
    return this.db.inMunicipality(municipalityId, async (tx) => {
      await tx.em.query("DELETE FROM presence WHERE agreement_id = $1 AND client_id = $2 AND municipality_id = $3", [
        agreementId,
        clientId,
        municipalityId,
      ]);
      await notifyAfterCommit(tx, PresenceTopic.signal(municipalityId, agreementId));
    });
  }

  /** Keeps our members alive, and drops those whose server stopped beating (it crashed), telling their agreements. */
  async beat(): Promise<void> {
    for (const { municipalityId, agreementId, clientId } of this.heartbeats.values())
      await this.db
        .inMunicipality(municipalityId, (tx) =>
          tx.em.query("UPDATE presence SET seen_at = now() WHERE agreement_id = $1 AND client_id = $2", [agreementId, clientId]),
        )
        .catch(() => {});
    // Found across municipalities (ids only); each agreement's stale members are removed in its own.
    const stale = await this.db.across.stalePresence(STALE_SECONDS).catch(() => []);
    for (const { municipalityId, agreementId } of stale)
      await this.db
        .inMunicipality(municipalityId, async (tx) => {
          const [{ gone }] = (await tx.em.query(
            `WITH gone AS (DELETE FROM presence WHERE agreement_id = $1 AND seen_at < now() - make_interval(secs => $2) RETURNING 1)
             SELECT count(*)::int AS gone FROM gone`,
            [agreementId, STALE_SECONDS],
          )) as Array<{ gone: number }>;
          if (gone > 0) await notifyAfterCommit(tx, PresenceTopic.signal(municipalityId, agreementId));
        })
        .catch(() => {});
  }
}
