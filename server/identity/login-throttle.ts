import { addressKey, type Limiter, type RateLimiterStore } from "../pipeline/rate-limiter.js";
import type { RateLimits } from "../pipeline/rate-limits.js";

/** What a login does once the password is verified: a success gives back what the attempt counted. */
export interface LoginAttempt {
  succeeded(): Promise<void>;
  /** The password was never checked (the request failed before): gives back what was counted, forgetting nothing. */
  abandoned(): Promise<void>;
}

/**
 * Failed logins, counted in PostgreSQL so every server process counts the same failures.
 *
 * Design:
 * - **Consume, then verify.** Every attempt is counted *before* its password is checked, in one
 *   atomic statement per budget; a success then gives its point back. So twenty wrong passwords sent
 *   at once against a limit of five get five verifications and fifteen RATE_LIMITED — a check and a
 *   later count in separate statements would have let all twenty through.
 * - **Three budgets** (`pipeline/rate-limits.ts`), consumed in this order: the account from this
 *   address, the address across accounts, and the account from everywhere. The first is tight and
 *   what a guesser meets; a login from another address is untouched by it. The last is a much
 *   higher ceiling, against guessing spread over many addresses; one address alone cannot reach it
 *   (see the numbers), so a stranger cannot lock the owner out — a correct password from an address
 *   without failures still works while another address hammers the account.
 * - An attempt refused by one budget gives back what the earlier ones counted, so attempts that are
 *   refused at the (account, address) budget never eat into the account's ceiling.
 * - A success forgets the account's failures from that address (the owner mistyped, then got it
 *   right), and gives back its point on the other two, whose earlier failures stay counted.
 * - An unknown e-mail address is counted like a known one, so the answers cannot tell them apart.
 */
export class LoginThrottle {
  private readonly fromAddress: Limiter;
  private readonly address: Limiter;
  private readonly account: Limiter;

  constructor(store: RateLimiterStore, limits: RateLimits) {
    this.fromAddress = store.shared("login-account-address", limits.loginFailuresPerAccountAndAddress);
    this.address = store.sharedPerAddress("login-address", limits.loginFailuresPerAddress);
    this.account = store.shared("login-account", limits.loginFailuresPerAccount);
  }

  /** Counts an attempt of `email` (normalized) from `ip`; RATE_LIMITED, with the seconds to wait, when a budget is spent. */
  async attempt(email: string, ip: string): Promise<LoginAttempt> {
    const pair = `${email}\n${addressKey(ip)}`;
    await this.fromAddress.consume(pair);
    try {
      await this.address.consume(ip);
    } catch (error) {
      await this.fromAddress.refund(pair);
      throw error;
    }
    try {
      await this.account.consume(email);
    } catch (error) {
      await Promise.all([this.fromAddress.refund(pair), this.address.refund(ip)]);
      throw error;
    }
    return {
      succeeded: async () => {
        await Promise.all([this.fromAddress.forget(pair), this.address.refund(ip), this.account.refund(email)]);
      },
      abandoned: async () => {
        await Promise.all([this.fromAddress.refund(pair), this.address.refund(ip), this.account.refund(email)]);
      },
    };
  }
}
