import { noteAccountChange } from "./identity.events.js";
import { badInput, notFound } from "../errors.js";
import type { Command, CommandContext } from "../pipeline/command.js";
import { EmailPreference, type Actor, type UserLanguage } from "./identity.model.js";
import { assertAcceptablePassword } from "./password-rules.js";
import { DUMMY_HASH, hashPassword, verifyPassword } from "./passwords.js";
import { endSessions } from "./sessions.store.js";

/** The caller's own account row, locked: what a change of its password or settings acts on. */
interface Account {
  id: string;
  passwordHash: string | null;
  emailPreference: EmailPreference;
  language: UserLanguage;
}

const own = {
  async load({ tx, actor }: CommandContext): Promise<Account> {
    const [account] = (await tx.em.query(
      `SELECT id, password_hash AS "passwordHash", email_preference AS "emailPreference", language
         FROM app_user WHERE municipality_id = $1 AND id = $2 FOR UPDATE`,
      [tx.municipalityId, actor.userId],
    )) as Account[];
    if (!account) throw notFound("Användaren");
    return account;
  },
  policy: { allows: (actor: Actor, account: Account) => account.id === actor.userId, refusal: "Du kan bara ändra ditt eget konto" },
  lifecycle: { refusal: "" }, // an account has no states that forbid it
};

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

export const WRONG_CURRENT_PASSWORD = "Det nuvarande lösenordet stämmer inte";

/**
 * The caller's new password, with the current one as proof: whoever finds a signed-in screen cannot
 * take the account over. Every other session of the user ends (their sockets close); the one the
 * change was made in stays. An unused reset link stops working too. The wrong current password counts
 * as a failed login (`AccountService.guardCurrentPassword`).
 */
export const changePassword: Command<ChangePasswordInput, Account, ChangePasswordInput, boolean> = {
  name: "changePassword",
  ...own,
  async validate(_ctx, input, account) {
    // An account without a password (not yet set, or single sign-on only) is checked against a dummy, in the same time.
    const valid = await verifyPassword(input.currentPassword, account.passwordHash ?? DUMMY_HASH);
    if (!valid || account.passwordHash === null) throw badInput(WRONG_CURRENT_PASSWORD, "currentPassword");
    assertAcceptablePassword(input.newPassword, "newPassword");
    if (input.newPassword === input.currentPassword) throw badInput("Välj ett annat lösenord än det nuvarande", "newPassword");
    return input;
  },
  async write({ tx, actor }, account, { newPassword }) {
    noteAccountChange(tx, account.id);
    await tx.em.query("UPDATE app_user SET password_hash = $3 WHERE municipality_id = $1 AND id = $2", [
      tx.municipalityId,
      account.id,
      await hashPassword(newPassword),
    ]);
    await tx.em.query("DELETE FROM password_token WHERE municipality_id = $1 AND user_id = $2 AND used_at IS NULL", [
      tx.municipalityId,
      account.id,
    ]);
    await endSessions(tx, account.id, { except: actor.session?.id });
    return { result: true };
  },
};

export interface PreferencesInput {
  emailPreference: EmailPreference;
  language: UserLanguage;
}

const LANGUAGES: readonly UserLanguage[] = ["sv", "en"];

/**
 * How the caller hears of notifications by e-mail (none, at once, or a daily digest), and the language
 * of their mails. Choosing the digest starts its day now, so notifications already mailed at once are
 * not mailed again in the first digest.
 */
export const updateMyPreferences: Command<PreferencesInput, Account, PreferencesInput, string> = {
  name: "updateMyPreferences",
  ...own,
  validate(_ctx, input) {
    if (!Object.values(EmailPreference).includes(input.emailPreference)) throw badInput("Okänt val för e-post", "emailPreference");
    if (!LANGUAGES.includes(input.language)) throw badInput("Okänt språk", "language");
    return input;
  },
  async write({ tx }, account, { emailPreference, language }) {
    if (account.emailPreference === emailPreference && account.language === language) return { result: account.id };
    noteAccountChange(tx, account.id);
    await tx.em.query(
      `UPDATE app_user SET email_preference = $3, language = $4,
              last_digest_at = CASE WHEN $3 = 'DAILY' AND email_preference <> 'DAILY' THEN now() ELSE last_digest_at END
        WHERE municipality_id = $1 AND id = $2`,
      [tx.municipalityId, account.id, emailPreference, language],
    );
    return { result: account.id };
  },
};
