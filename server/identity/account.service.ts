import { setTimeout as sleep } from "node:timers/promises";
import type { Database } from "../db/database.js";
import { badInput, DomainError, ErrorCode } from "../errors.js";
import { logger } from "../logging.js";
import type { Limiter } from "../pipeline/rate-limiter.js";
import type { CommandRunner } from "../pipeline/runner.js";
import { UserEntity } from "./identity.entities.js";
import type { Actor } from "./identity.model.js";
import type { LoginResult } from "./identity.service.js";
import type { LoginThrottle } from "./login-throttle.js";
import { accountHolder, LINK_UNUSABLE, sendPasswordReset, setPassword } from "./password-links.commands.js";
import { passwordTokenHash } from "./password-links.js";
import type { Tokens } from "./tokens.js";

/** A link's token: 32 random bytes, base64url (`issuePasswordLink`). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
/**
 * `requestPasswordReset` answers no sooner than this, known address or not: the work for a known one
 * (a link, a queued mail) takes a few milliseconds, far inside it, so the answer's timing tells nothing.
 */
export const RESET_ANSWER_MS = 300;
const MAX_EMAIL_LENGTH = 320;

export interface AccountServiceOptions {
  /** The base of the links (BALANS_PUBLIC_URL). */
  publicUrl: string;
  /** Whether mail can be sent (SMTP_URL): without it, a reset link could reach no one and none is made. */
  mailConfigured: boolean;
  resetsFromAddress: Limiter;
  resetsOfAccount: Limiter;
  /** Links that did not work, per address: consumed on every try, given back when the link worked. */
  linkFailuresFromAddress: Limiter;
}

/**
 * The password flows that come before a caller exists: a one-time link sets a password and signs in,
 * and anyone may ask for a reset link by address. Like sign-in, they find the municipality through a
 * reviewed lookup (the link's hash, the address) and then run a command there as the account's holder
 * (`accountHolder`). Also the guard that makes a wrong current password count as a failed login.
 */
export class AccountService {
  constructor(
    private readonly db: Database,
    private readonly runner: CommandRunner,
    private readonly tokens: Tokens,
    private readonly throttle: LoginThrottle,
    private readonly options: AccountServiceOptions,
  ) {}

  /** Sets the password of the link's user and signs them in; any unusable link is BAD_USER_INPUT naming `token`. */
  async setPassword(token: string, password: string, ip: string): Promise<LoginResult> {
    const failures = this.options.linkFailuresFromAddress;
    await failures.consume(ip);
    const attempt = { succeeded: () => failures.refund(ip) };
    const tokenHash = passwordTokenHash(token);
    const municipalityId = TOKEN_SHAPE.test(token) ? await this.db.across.passwordTokenMunicipality(tokenHash) : null;
    if (!municipalityId) throw badInput(LINK_UNUSABLE, "token");
    const [link] = (await this.runner.readIn(municipalityId, (tx) =>
      tx.em.query(`SELECT user_id AS "userId" FROM password_token WHERE municipality_id = $1 AND token_hash = $2`, [
        tx.municipalityId,
        tokenHash,
      ]),
    )) as Array<{ userId: string }>;
    if (!link) throw badInput(LINK_UNUSABLE, "token");
    const expiresInSeconds = this.tokens.ttlSeconds;
    const { sessionId } = await this.runner
      .run(accountHolder(link.userId, municipalityId), setPassword, { tokenHash, password, sessionTtlSeconds: expiresInSeconds })
      .catch(async (error) => {
        // A password the rules refuse came with a good link: that attempt was no guess.
        if (error instanceof DomainError && error.details.field === "password") await attempt.succeeded();
        throw error;
      });
    await attempt.succeeded();
    const user = await this.runner.readIn(municipalityId, (tx) =>
      tx.em.findOneByOrFail(UserEntity, { id: link.userId, municipalityId: tx.municipalityId }),
    );
    const signed = await this.tokens.issue({ userId: user.id, municipalityId, sessionId });
    return { token: signed, user, expiresInSeconds };
  }

  /**
   * Mails a reset link to the active user of `email`, if there is one and mail is configured. Answers
   * true either way, after `RESET_ANSWER_MS`; both budgets count unknown addresses as known ones.
   */
  async requestPasswordReset(email: string, ip: string): Promise<boolean> {
    const address = email.trim().toLowerCase();
    if (address === "") throw badInput("Ange din e-postadress", "email");
    if (address.length > MAX_EMAIL_LENGTH) throw badInput(`E-postadressen får vara högst ${MAX_EMAIL_LENGTH} tecken`, "email");
    await this.options.resetsFromAddress.consume(ip);
    await this.options.resetsOfAccount.consume(address);
    const answer = sleep(RESET_ANSWER_MS);
    const candidate = await this.db.across.passwordResetCandidate(address);
    if (candidate && this.options.mailConfigured)
      await this.runner
        .run(accountHolder(candidate.userId, candidate.municipalityId), sendPasswordReset, { publicUrl: this.options.publicUrl })
        .catch((error) => {
          // Whatever stops it (the account's own mutation budget, a deactivation just now) must not show in the answer.
          if (!(error instanceof DomainError)) throw error;
          logger().warn({ err: error, userId: candidate.userId }, "password reset not sent");
        });
    await answer;
    return true;
  }

  /**
   * Runs `change` (changePassword) as an attempt against the login throttle: a wrong current password
   * counts as a failed login of the caller's account from this address, so the form cannot be used to
   * guess it. A verified current password forgets the failures, as a login does; a request that failed
   * before the check gives back its count.
   */
  async guardCurrentPassword<R>(actor: Actor, ip: string, change: () => Promise<R>): Promise<R> {
    const [user] = (await this.runner.read(actor, (tx) =>
      tx.em.query("SELECT email FROM app_user WHERE municipality_id = $1 AND id = $2", [tx.municipalityId, actor.userId]),
    )) as Array<{ email: string }>;
    const attempt = await this.throttle.attempt((user?.email ?? actor.userId).trim().toLowerCase(), ip);
    let result: R;
    try {
      result = await change();
    } catch (error) {
      const field = error instanceof DomainError && error.code === ErrorCode.BAD_USER_INPUT ? error.details.field : null;
      if (field === "newPassword") await attempt.succeeded();
      else if (field !== "currentPassword") await attempt.abandoned();
      throw error;
    }
    await attempt.succeeded();
    return result;
  }
}
