import { administrationStore } from "../administration/administration.store.js";
import type { Database, HeldTransaction, Tx } from "../db/database.js";
import { conflict, forbidden, invalidState, notFound } from "../errors.js";
import { appendEvent, knowHead, notifyAfterCommit } from "../events/event-log.js";
import type { NewAgreementEvent } from "../events/event-types.js";
import type { Actor } from "../identity/identity.model.js";
import { UserTopic } from "../notifications/notifications.events.js";
import { notificationsStore } from "../notifications/notifications.store.js";
import type { Command, CommandContext, Consequence, Effects, Notice } from "./command.js";
import { rememberAnswer, reserveKey, storedAnswer, type IdempotentRequest } from "./idempotency.js";
import { lockAgreement, lockAgreementOf } from "./locks.js";
import { lifecycleRefusal } from "./permissions.js";
import type { Limiter } from "./rate-limiter.js";

/**
 * What else a notification does once written, in the same transaction: mails it to the recipients who
 * chose e-mail at once (`mail/notice-mail.ts`), where mail is configured.
 */
export type NoticeFollowUp = (tx: Tx, recipients: readonly string[], notice: Notice) => Promise<void>;

/**
 * The one way municipal data changes, and the one place a transaction is opened. A command runs in
 * a transaction of the caller's municipality, in this order (see `Command`):
 *
 *   lock the agreement → NOT_FOUND → FORBIDDEN → INVALID_STATE → BAD_USER_INPUT → CONFLICT
 *   → (nothing to change: answer) → write
 *   → events → their consequences → notices → signals → administration log → commit
 *
 * Bus signals are `pg_notify` calls in the same transaction, which PostgreSQL delivers only when it
 * commits: nothing is published for a change that rolls back.
 *
 * Before all of it, the command counts against its caller's mutation budget (`mutationsPerUser`,
 * RATE_LIMITED when spent): every mutation of either transport passes here, so this is the one place
 * they are counted. Co-editing pushes and presence updates do not pass here (a push's write is the
 * group commit, a presence update an ephemeral row) and have a budget of their own
 * (`coeditingPerUser`), as login has (`identity/login-throttle.ts`).
 */
export class CommandRunner {
  constructor(
    private readonly db: Database,
    private readonly consequences: readonly Consequence[],
    /** Per user id; counted outside the transaction, so a refusal holds no connection or lock. */
    private readonly mutations: Pick<Limiter, "consume">,
    private readonly afterNotice?: NoticeFollowUp,
  ) {}

  /**
   * Runs `command`; `present` reads the caller's answer in the same transaction, after every
   * consequence (a balance whose marks a change cleared).
   */
  async run<I, T extends object, V, R, P = R>(
    actor: Actor,
    command: Command<I, T, V, R>,
    input: I,
    present?: (tx: Tx, result: R) => Promise<P>,
    idempotency?: IdempotentRequest,
  ): Promise<P> {
    await this.mutations.consume(actor.userId);
    return this.db.inMunicipality(actor.municipalityId, async (tx) => {
      const ctx: CommandContext = { tx, actor };
      // First of all, so a retry waits for the first request's commit and then finds its key.
      if (idempotency) await reserveKey(tx, actor, idempotency);
      const agreement = command.agreementOf ? await this.lockedAgreement(tx, command, input) : null;
      const target = await command.load(ctx, input, agreement);
      if (!command.policy.allows(actor, target)) throw forbidden(command.policy.refusal);
      const refusal = lifecycleRefusal(command, actor, target);
      if (refusal !== null) throw invalidState(refusal);
      await command.preconditions?.(ctx, target);
      const valid = await command.validate(ctx, input, target);
      const stale = await command.conflict?.(ctx, target, input);
      if (stale) throw conflict(stale.currentVersion, stale.message);
      const unchanged = command.unchanged?.(target, actor) ?? null;
      if (unchanged !== null) return present ? present(tx, unchanged) : (unchanged as unknown as P);
      const outcome = await command.write(ctx, target, valid);
      await this.record(ctx, agreement?.id ?? outcome.agreementId ?? null, outcome);
      return present ? present(tx, outcome.result) : (outcome.result as unknown as P);
    });
  }

  /** Keeps a mutation's first answer beside its idempotency key, for retries. */
  rememberAnswer(actor: Actor, request: IdempotentRequest, response: unknown): Promise<void> {
    return this.db.inMunicipality(actor.municipalityId, (tx) => rememberAnswer(tx, actor, request, response));
  }

  /**
   * The first answer to a key the caller used before; null while the first request is still being
   * answered, so the transport waits a moment for it.
   */
  storedAnswer(actor: Actor, request: IdempotentRequest): Promise<unknown> {
    return this.db.inMunicipality(actor.municipalityId, (tx) => storedAnswer(tx, actor, request));
  }

  /** A read in one transaction of the caller's municipality; it changes nothing. */
  read<R>(actor: Actor, work: (tx: Tx) => Promise<R>): Promise<R> {
    return this.db.inMunicipality(actor.municipalityId, work);
  }

  /** A read in a named municipality: a public record, or rows whose municipality is known (a user's roles). */
  readIn<R>(municipalityId: string, work: (tx: Tx) => Promise<R>): Promise<R> {
    return this.db.inMunicipality(municipalityId, work);
  }

  /**
   * A read transaction of a municipality that its holder shares among several reads and then ends
   * (one GraphQL operation's, `graphql/operation-reads.ts`); null when the pool has none to spare.
   */
  holdRead(municipalityId: string): Promise<HeldTransaction> | null {
    return this.db.hold(municipalityId);
  }

  private async lockedAgreement<I>(tx: Tx, command: Command<I, object, unknown, unknown>, input: I) {
    const via = command.agreementVia;
    let agreement = via ? await lockAgreementOf(tx, via.table, via.id(input)) : null;
    if (!agreement) {
      const id = await command.agreementOf!(tx, input);
      agreement = id ? await lockAgreement(tx, id) : null;
    }
    if (!agreement) throw notFound("Överenskommelsen");
    // Under the lock nobody else appends to its log: the events of this command chain on from here.
    knowHead(tx, agreement);
    return agreement;
  }

  private async record(ctx: CommandContext, agreementId: string | null, outcome: Effects): Promise<void> {
    const events = outcome.events ?? [];
    if (events.length > 0 && agreementId === null) throw new Error("Events of a command that names no agreement");
    await this.append(ctx, agreementId, events);
    for (const consequence of this.consequences) {
      const mine = events.filter((e) => (e.agreementId ?? agreementId) === agreementId);
      if (agreementId && mine.some((e) => consequence.after.some((type) => type.type === e.type)))
        await this.append(ctx, agreementId, await consequence.run(ctx, agreementId, mine));
    }
    for (const notice of outcome.notices ?? []) await this.notify(ctx, notice);
    for (const signal of outcome.signals ?? []) await notifyAfterCommit(ctx.tx, signal);
    for (const change of outcome.audit ?? []) await administrationStore.appendAudit(ctx.tx, ctx.actor.userId, change);
  }

  private async append(ctx: CommandContext, agreementId: string | null, events: NewAgreementEvent[]): Promise<void> {
    for (const event of events)
      await appendEvent(ctx.tx, {
        agreementId: event.agreementId ?? agreementId!,
        actorId: ctx.actor.userId,
        type: event.type,
        summary: event.summary,
        data: event.data as Record<string, unknown>,
      });
  }

  /** Written in the command's transaction; each recipient's live count wakes when it commits. */
  private async notify({ tx, actor }: CommandContext, notice: Notice): Promise<void> {
    const byRole = notice.to.roles ? await notificationsStore.usersWithRoles(tx, notice.to.roles, notice.to.organIds ?? null) : [];
    const recipients = [...new Set([...byRole, ...(notice.to.userIds ?? [])])].filter((id) => id !== actor.userId);
    await notificationsStore.insert(tx, recipients, notice);
    await this.afterNotice?.(tx, recipients, notice);
    for (const userId of recipients) await notifyAfterCommit(tx, UserTopic.signal(tx.municipalityId, userId));
  }
}
