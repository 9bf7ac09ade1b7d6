import type { EventBus } from "../events/event-bus.js";
import type { UserEntity } from "./identity.entities.js";
import { AccountTopic, RolesTopic, SessionTopic } from "./identity.events.js";
import type { Actor } from "./identity.model.js";

/** Enough for every session active on one process; the oldest entries go first beyond it. */
const MAX_ENTRIES = 20_000;

interface Entry {
  actor: Actor;
  /** The caller's own user row, read with the actor: what `me` answers. */
  user: Readonly<UserEntity>;
  /** The session's end by this process's clock (the token's `exp` is checked by the same clock). */
  expiresAt: number;
}

/**
 * Who is calling, per session, and their own user row, kept by each process so an authenticated
 * request needs no transaction to learn it (nor `me` to answer it). Every change that could make an
 * entry wrong signals on the bus, and every process drops the user's entries when the signal arrives
 * (at the change's commit):
 *
 * - a session ended (logout, `endSession`/`endSessions`: deactivation, a password change or reset) →
 *   `SessionTopic`;
 * - the user's roles changed → `RolesTopic`;
 * - any change of the user's row or role assignments, by any statement → `AccountTopic`, sent by
 *   triggers in the database (migration 1764000031000), so no command can forget it.
 *
 * The process that commits such a change drops its entries at the commit, before the caller has its
 * answer (`Tx.signals`, `EventBus.deliverCommitted`); the others when the NOTIFY arrives.
 *
 * While the bus is not listening, signals may be lost: nothing is served from the cache then, and
 * everything is dropped when it listens again. A read that began before a signal must not store what
 * it read after the signal went by: `generation` counts the drops, and `put` ignores a read that began
 * in an earlier generation.
 */
export class ActorCache {
  private readonly entries = new Map<string, Entry>();
  private readonly sessionsByUser = new Map<string, Set<string>>();
  private generation = 0;

  constructor(private readonly bus: Pick<EventBus, "connected" | "onTopic">) {
    for (const topic of [SessionTopic, RolesTopic, AccountTopic]) bus.onTopic(topic, ({ id }) => (id ? this.dropUser(id) : this.clear()));
  }

  /** The generation a read starts in: pass it to `put` with what the read found. */
  begin(): number {
    return this.generation;
  }

  get(sessionId: string, userId: string): Actor | null {
    if (!this.bus.connected) return null;
    const entry = this.entries.get(sessionId);
    if (!entry || entry.actor.userId !== userId) return null;
    if (entry.expiresAt <= Date.now()) {
      this.drop(sessionId, entry.actor.userId);
      return null;
    }
    return entry.actor;
  }

  /**
   * The caller's own user row as read with `actor`, while `actor` is still the cached one (so nothing
   * about the user changed since); null otherwise.
   */
  userOf(actor: Actor): Readonly<UserEntity> | null {
    if (!this.bus.connected || !actor.session) return null;
    const entry = this.entries.get(actor.session.id);
    return entry && entry.actor === actor && entry.expiresAt > Date.now() ? entry.user : null;
  }

  put(generation: number, actor: Actor, user: Readonly<UserEntity>): void {
    if (generation !== this.generation || !this.bus.connected || !actor.session) return;
    if (this.entries.size >= MAX_ENTRIES) {
      const [oldest, entry] = this.entries.entries().next().value!;
      this.drop(oldest, entry.actor.userId);
    }
    const { id, expiresAt } = actor.session;
    this.entries.set(id, { actor, user, expiresAt: expiresAt.getTime() });
    const sessions = this.sessionsByUser.get(actor.userId) ?? new Set();
    sessions.add(id);
    this.sessionsByUser.set(actor.userId, sessions);
  }

  get size(): number {
    return this.entries.size;
  }

  private dropUser(userId: string): void {
    this.generation++;
    for (const sessionId of this.sessionsByUser.get(userId) ?? []) this.entries.delete(sessionId);
    this.sessionsByUser.delete(userId);
  }

  private clear(): void {
    this.generation++;
    this.entries.clear();
    this.sessionsByUser.clear();
  }

  private drop(sessionId: string, userId: string): void {
    this.entries.delete(sessionId);
    const sessions = this.sessionsByUser.get(userId);
    sessions?.delete(sessionId);
    if (sessions?.size === 0) this.sessionsByUser.delete(userId);
  }
}
