import type { Actor } from "../identity/identity.model.js";
import { MUNICIPALITY_WIDE_READERS, holdsRoleAnywhere } from "./policy.js";

/**
 * The id the reminder sweep acts under: the nil UUID, which no user has (users get random v4 ids). It
 * holds no role, so no other policy lets it do anything, and no notice is withheld from a real user
 * for being its own.
 */
export const REMINDER_SWEEPER_ID = "00000000-0000-0000-0000-000000000000";

/**
 * Who may do what with follow-up reminders: send them, only the server's own sweep (no caller of the
 * API can act as it); read the municipality's overdue follow-up, KOMMUNLEDNING and REVISOR.
 */
export const remindersPolicy = {
  isSweeper(actor: Actor): boolean {
    return actor.userId === REMINDER_SWEEPER_ID && actor.roles.length === 0 && actor.session === undefined;
  },

  mayReadOverdue(actor: Actor): boolean {
    return holdsRoleAnywhere(actor, MUNICIPALITY_WIDE_READERS);
  },
};
