/** A budget: at most `points` in a fixed window of `durationSeconds`, which starts with the first one. */
export interface Budget {
  points: number;
  durationSeconds: number;
}

/**
 * Every rate limit of the server, in one place. Tests lower them through `Config.rateLimits`. The
 * login and public budgets and the mutations' are kept in PostgreSQL, shared by every server process
 * on the database; the co-editing and subscription budgets are each process's own (see where they are
 * created, `pipeline/rate-limiter.ts`). "Address" is the caller's IP address (an IPv6 caller's /64).
 */
export interface RateLimits {
  /** Failed logins of one account from one address. */
  loginFailuresPerAccountAndAddress: Budget;
  /** Failed logins of one account from all addresses together: the ceiling against distributed guessing. */
  loginFailuresPerAccount: Budget;
  /** Failed logins from one address, whatever the accounts (password spraying). */
  loginFailuresPerAddress: Budget;
  /** One-time password links refused (unknown, used, expired) from one address. */
  passwordLinkFailuresPerAddress: Budget;
  /** Password reset requests from one address, whatever the e-mail addresses. */
  passwordResetsPerAddress: Budget;
  /** Password reset requests for one e-mail address, from anywhere. */
  passwordResetsPerAccount: Budget;
  /** Mutations through the command runner, per user. */
  mutationsPerUser: Budget;
  /** A reserve beyond `mutationsPerUser`, spent only once that is, and refilled more slowly. */
  mutationBurstPerUser: Budget;
  /** Co-editing pushes and presence updates, per user and server process. */
  coeditingPerUser: Budget;
  /** Subscriptions started on one WebSocket. */
  subscriptionStartsPerSocket: Budget;
  /** Anonymous public reads (publicAgreements, publicMunicipality, the CSV and the public PDFs), per address. */
  publicReadsPerAddress: Budget;
}

export const RATE_LIMITS: RateLimits = {
  // Someone who forgot a password tries a handful. Ten per quarter hour lets one address reach at most
  // about 50 failures in any hour (five windows can touch it), half the account's ceiling below: so a
  // stranger on one address can never lock the owner out.
  loginFailuresPerAccountAndAddress: { points: 10, durationSeconds: 15 * 60 },
  // 100 an hour across all addresses bounds online guessing at one account to ~2,400 a day, while
  // a lockout needs at least two addresses, and (one hour at most) ends by itself.
  loginFailuresPerAccount: { points: 100, durationSeconds: 60 * 60 },
  // A municipality's office shares one public address among hundreds of staff who mistype now and
  // then; 200 failures an hour stays far above that and far below a spraying script's pace.
  loginFailuresPerAddress: { points: 200, durationSeconds: 60 * 60 },
  // A link's token is 32 random bytes: guessing is hopeless, and this only bounds the lookups a script
  // makes trying. Someone clicking an old link a few times stays far below it.
  passwordLinkFailuresPerAddress: { points: 100, durationSeconds: 15 * 60 },
  // A reset mails a link: a handful an hour is all a person needs, and it stops anyone from filling a
  // stranger's mailbox. Counted for unknown addresses alike, so the answers do not tell them apart.
  passwordResetsPerAccount: { points: 5, durationSeconds: 60 * 60 },
  // An office behind one address may see a few resets an hour; thirty stops a script trying addresses.
  passwordResetsPerAddress: { points: 30, durationSeconds: 60 * 60 },
  // A person clicks a few mutations a second at most; 600 a minute (10/s sustained) leaves room for
  // scripts and for the client replaying its queue, and stops a loop (the audit's 2,000 comments).
  mutationsPerUser: { points: 600, durationSeconds: 60 },
  // A one-off burst beyond that (a pasted list of balance lines, a reconnect's replay), refilled in 10 min.
  mutationBurstPerUser: { points: 300, durationSeconds: 10 * 60 },
  // A typist sends about ten updates a second per tab; 12,000 a minute (200/s) covers many tabs and
  // a benchmark's hundred typists on one account (~6,000 a minute), and still
  // stops a script from writing millions of log rows. Per process: see `pipeline/rate-limiter.ts`.
  coeditingPerUser: { points: 12_000, durationSeconds: 60 },
  // A tab starts about twenty subscriptions and restarts some on every navigation; a reconnect is a
  // new socket with a fresh budget. Each start may replay a log, so a start-stop loop is stopped.
  subscriptionStartsPerSocket: { points: 120, durationSeconds: 60 },
  // A reader of the public pages makes a few requests a page; two a second on average is plenty, and
  // bounds what an anonymous script can make the server render (the PDFs, the CSV).
  publicReadsPerAddress: { points: 120, durationSeconds: 60 },
};
