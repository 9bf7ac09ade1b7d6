import { noteAccountChange } from "./identity.events.js";
import { badInput, notFound } from "../errors.js";
import { enqueueMail } from "../mail/outbox.js";
import type { PasswordLinkMailData } from "../mail/templates.js";
import { asIs, type Command } from "../pipeline/command.js";
import { assertPasswordLoginAllowed } from "../sso/password-login.js";
import type { Actor, UserLanguage } from "./identity.model.js";
import { issuePasswordLink } from "./password-links.js";
import { assertAcceptablePassword } from "./password-rules.js";
import { hashPassword } from "./passwords.js";
import { endSessions, sessionsStore } from "./sessions.store.js";

/** The refusal of every link that cannot be used: expired, used, unknown, or its user deactivated alike. */
export const LINK_UNUSABLE = "Länken har gått ut eller redan använts; be om en ny";

/**
 * Whoever holds a one-time link, or asks for one for an address, acts on that account alone: as its
 * user, without roles or a session. What the commands below let them do reaches only that account
 * (its password, and a mail to its own address).
 */
export const accountHolder = (userId: string, municipalityId: string): Actor => ({ userId, municipalityId, roles: [] });

interface LinkTarget {
  id: string;
  userId: string;
  used: boolean;
  expired: boolean;
  active: boolean;
}

export interface SetPasswordInput {
  tokenHash: string;
  password: string;
  /** How long the login it starts lasts. */
  sessionTtlSeconds: number;
}

/**
 * Sets the password of the link's user, uses the link up, ends the user's sessions and starts a new
 * one: the caller is signed in. The link's row is locked first, so of two uses at once the second
 * waits and then finds it used. Dates are the database's, so the servers' clocks do not matter.
 */
export const setPassword: Command<SetPasswordInput, LinkTarget, SetPasswordInput, { sessionId: string }> = {
  name: "setPassword",
  async load({ tx }, { tokenHash }) {
    const [link] = (await tx.em.query(
      `SELECT t.id, t.user_id AS "userId", t.used_at IS NOT NULL AS used, t.expires_at <= now() AS expired, u.active
         FROM password_token t JOIN app_user u ON u.municipality_id = t.municipality_id AND u.id = t.user_id
        WHERE t.municipality_id = $1 AND t.token_hash = $2
        FOR UPDATE OF t`,
      [tx.municipalityId, tokenHash],
    )) as LinkTarget[];
    // Replaced by a newer link since it was looked up: as unusable as any other.
    if (!link) throw badInput(LINK_UNUSABLE, "token");
    return link;
  },
  policy: { allows: (actor, link) => link.userId === actor.userId, refusal: "Länken gäller en annan användare" },
  lifecycle: { refusal: "" }, // the link's state is the input's validity: BAD_USER_INPUT naming `token`
  // Where staff sign in only through the municipality's own provider, a password would be a way around it.
  preconditions: ({ tx }, link) => assertPasswordLoginAllowed(tx, link.userId),
  validate(_ctx, input, link) {
    if (link.used || link.expired || !link.active) throw badInput(LINK_UNUSABLE, "token");
    assertAcceptablePassword(input.password, "password");
    return input;
  },
  async write({ tx }, link, { password, sessionTtlSeconds }) {
    const passwordHash = await hashPassword(password);
    noteAccountChange(tx, link.userId);
    await tx.em.query("UPDATE app_user SET password_hash = $3 WHERE municipality_id = $1 AND id = $2", [
      tx.municipalityId,
      link.userId,
      passwordHash,
    ]);
    await tx.em.query("UPDATE password_token SET used_at = now() WHERE id = $1", [link.id]);
    // Whoever knew the old password is signed out everywhere; the new login is the only one.
    await endSessions(tx, link.userId);
    const session = await sessionsStore.start(tx, link.userId, sessionTtlSeconds);
    return { result: { sessionId: session.id } };
  },
};

interface ResetTarget {
  id: string;
  name: string;
  email: string;
  language: UserLanguage;
  active: boolean;
}

/**
 * A reset link for the caller's account (`accountHolder`), mailed to the account's own address: a
 * RESET link replaces any earlier unused one. The address asked for is only ever used to find the
 * account; the mail goes where the account says.
 */
export const sendPasswordReset: Command<{ publicUrl: string }, ResetTarget, { publicUrl: string }, boolean> = {
  name: "requestPasswordReset",
  async load({ tx, actor }) {
    const [user] = (await tx.em.query("SELECT id, name, email, language, active FROM app_user WHERE municipality_id = $1 AND id = $2", [
      tx.municipalityId,
      actor.userId,
    ])) as ResetTarget[];
    if (!user) throw notFound("Användaren");
    return user;
  },
  policy: { allows: (actor, user) => user.id === actor.userId, refusal: "Bara kontots egen adress får en länk" },
  lifecycle: { refusal: "Kontot är inaktiverat", check: (user) => (user.active ? null : "Kontot är inaktiverat") },
  validate: asIs,
  async write({ tx }, user, { publicUrl }) {
    const url = await issuePasswordLink(tx, user.id, "RESET", publicUrl);
    const data: PasswordLinkMailData = { url, name: user.name };
    await enqueueMail(tx, { recipient: user.email, userId: user.id, kind: "PASSWORD_RESET", language: user.language, data: { ...data } });
    return { result: true };
  },
};
