import type { AdminChange } from "../administration/administration.events.js";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import type { AgreementStatus } from "../agreements/agreement.model.js";
import type { Tx } from "../db/database.js";
import type { EventType, NewAgreementEvent, TopicSignal } from "../events/event-types.js";
import type { Actor, Role } from "../identity/identity.model.js";

/** Tables whose rows belong to one agreement (`agreement_id`), by which a command may name it. */
export type AgreementChild = "section" | "balance_line";

/** What every step of a command receives: the open transaction and the caller. */
export interface CommandContext {
  tx: Tx;
  actor: Actor;
}

/** Who may run a command, from `policies/`; the refusal is FORBIDDEN with this message. */
export interface CommandPolicy<T> {
  allows(actor: Actor, target: T): boolean;
  refusal: string;
}

/** When a command may run; anything else is INVALID_STATE with `refusal`. */
export interface CommandLifecycle<T> {
  /** The agreement statuses it runs in (all of them when absent, e.g. for disputes). */
  states?: readonly AgreementStatus[];
  refusal: string;
  /**
   * A further condition of the target (a dispute's transition, a pending proposal, a party's mark
   * already set): null when met, else the refusal.
   */
  check?(target: T, actor: Actor): string | null;
}

/** Who hears of a change in the app, besides the actor: named users, or the holders of roles (in organs). */
export interface Notice {
  to: { userIds?: readonly string[]; roles?: readonly Role[]; organIds?: readonly string[] | null };
  kind: string;
  summary: string;
  agreementId?: string | null;
  disputeId?: string | null;
  data?: Record<string, unknown>;
}

/** What a write produced besides its result: the consequences the runner records, in this order. */
export interface Effects {
  /** Appended to the command's agreement (or the one each names), in this order. */
  events?: NewAgreementEvent[];
  notices?: Notice[];
  /** Bus signals besides the agreement's own (which every event sends): the queue, a user. */
  signals?: TopicSignal[];
  /** The agreement a command created, when it locked none (createAgreement): its events go there. */
  agreementId?: string;
  /** Administrative changes, each appended to the administration log with the caller as actor. */
  audit?: AdminChange[];
}

/** What a write produced: its result, and the effects the runner records after it. */
export type Outcome<R> = Effects & { result: R };

/**
 * One change of municipal data, declared once. The runner (`runner.ts`) opens the transaction and
 * takes these steps in a fixed order, so every refusal comes in the same order everywhere:
 * NOT_FOUND (`agreementOf`, `load`), FORBIDDEN (`policy`), INVALID_STATE (`lifecycle`, then
 * `preconditions`), BAD_USER_INPUT (`validate`), CONFLICT (`conflict`), then `write`, its events,
 * their consequences, notices and signals, and the commit. The client's permission flags come from
 * the same `policy` and `lifecycle` (`permits`).
 */
export interface Command<I, T extends object, V = I, R = unknown> {
  /** The API's operation name, e.g. "addBalanceLine". */
  name: string;
  /**
   * The agreement whose row lock serialises the command (through `locks.ts`); null is NOT_FOUND. A
   * command on no existing agreement (createAgreement) leaves it out.
   */
  agreementOf?(tx: Tx, input: I): Promise<string | null>;
  /**
   * The row `agreementOf` reads to find the agreement (a section, a balance line), when it is one:
   * the runner then finds and locks the agreement in one statement. When that finds nothing,
   * `agreementOf` runs and answers (its NOT_FOUND).
   */
  agreementVia?: { table: AgreementChild; id(input: I): string };
  /**
   * Reads what the command acts on, under that lock; throws NOT_FOUND for a missing part. A target
   * names its agreement `agreement`: the lifecycle's `states` are checked against its status.
   */
  load(ctx: CommandContext, input: I, agreement: AgreementEntity | null): Promise<T>;
  policy: CommandPolicy<T>;
  lifecycle: CommandLifecycle<T>;
  /** What must be in place that the flag does not show (submission's gaps); throws INVALID_STATE. */
  preconditions?(ctx: CommandContext, target: T): Promise<void>;
  /** Checks the whole input before anything is written; throws BAD_USER_INPUT naming the field. */
  validate(ctx: CommandContext, input: I, target: T): V | Promise<V>;
  /** The current version when the caller's is stale (CONFLICT), else null. */
  conflict?(ctx: CommandContext, target: T, input: I): Promise<{ currentVersion: number; message?: string } | null>;
  /**
   * The result when running it again would change nothing (a party marking a version it already
   * marked): the runner answers it without writing, and the permission flag is false.
   */
  unchanged?(target: T, actor: Actor): R | null;
  write(ctx: CommandContext, target: T, valid: V): Promise<Outcome<R>>;
}

/**
 * A consequence of events, declared once where a reader looks for it (e.g. "a change to the balance
 * clears both marks", in `balance/balance.consequences.ts`). The runner runs it in the same
 * transaction after any command whose events include one of `after`.
 */
export interface Consequence {
  after: ReadonlyArray<Pick<EventType<never>, "type">>;
  run(ctx: CommandContext, agreementId: string, events: NewAgreementEvent[]): Promise<NewAgreementEvent[]>;
}

/** A command whose input is already what it acts on (no validation beyond the GraphQL types). */
export const asIs = <I>(_ctx: CommandContext, input: I): I => input;
