import type { AgreementRef } from "../agreements/agreement.model.js";
import type { Actor } from "../identity/identity.model.js";
import type { Command } from "./command.js";

/** The lifecycle refusal of a command on a target, or null: the runner and the flags share it. */
export function lifecycleRefusal<T extends object>(command: Pick<Command<never, T>, "lifecycle">, actor: Actor, target: T): string | null {
  const { states, refusal, check } = command.lifecycle;
  const agreement = (target as { agreement?: AgreementRef }).agreement;
  if (states && (!agreement || !states.includes(agreement.status))) return refusal;
  return check?.(target, actor) ?? null;
}

/**
 * Whether the runner would let `actor` run `command` on `target` now, as far as role and lifecycle
 * decide, and whether it would change anything: the permission flags the client reads come from
 * here, never from rules of their own.
 */
export function permits<T extends object>(
  command: Pick<Command<never, T, never, unknown>, "policy" | "lifecycle" | "unchanged">,
  actor: Actor | null,
  target: T,
): boolean {
  if (actor === null || !command.policy.allows(actor, target) || lifecycleRefusal(command, actor, target) !== null) return false;
  return (command.unchanged?.(target, actor) ?? null) === null;
}
