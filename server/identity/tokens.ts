import { SignJWT, jwtVerify, errors } from "jose";
import { unauthenticated } from "../errors.js";
import { isUuid } from "../validation/input.js";

const ISSUER = "balans";

export interface TokenClaims {
  userId: string;
  municipalityId: string;
  /** The login's `session` row (claim `sid`): authentication refuses the token once it is revoked or expired. */
  sessionId: string;
}

/** Tokens whose signature was checked, kept per process; the oldest go first beyond this many. */
const VERIFIED_TOKENS = 20_000;

export class Tokens {
  private readonly key: Uint8Array;
  /**
   * A token's signature and claims cannot change, so one check per process suffices: every request
   * after that only compares its expiry (whether its session still lives is the caller's question).
   */
  private readonly verified = new Map<string, { claims: TokenClaims; expiresAtMs: number }>();

  constructor(
    secret: string,
    /** How long a login lasts: the token's `exp`, its session row and the cookie's Max-Age. */
    readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  issue(claims: TokenClaims, ttlSeconds = this.ttlSeconds): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ mun: claims.municipalityId, sid: claims.sessionId })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setIssuedAt(now)
      .setExpirationTime(now + ttlSeconds)
      .sign(this.key);
  }

  async verify(token: string): Promise<TokenClaims> {
    const known = this.verified.get(token);
    if (known && known.expiresAtMs > Date.now()) return known.claims;
    if (known) this.verified.delete(token);
    try {
      // A token that never expires is refused even when its signature holds: every login ends.
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ["HS256"], requiredClaims: ["exp", "sub"] });
      const { sub, mun, sid } = payload;
      // A token without a session (issued before sessions existed) could not be revoked: refused too.
      if (typeof sub !== "string" || typeof mun !== "string" || typeof sid !== "string" || !isUuid(sub) || !isUuid(mun) || !isUuid(sid))
        throw unauthenticated();
      const claims = Object.freeze({ userId: sub, municipalityId: mun, sessionId: sid });
      if (this.verified.size >= VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, { claims, expiresAtMs: payload.exp! * 1000 });
      return claims;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthenticated("Inloggningen har gått ut; logga in igen");
      throw unauthenticated("Ogiltig inloggning; logga in igen");
    }
  }
}

/** `Bearer <token>` → token, or undefined when absent. */
export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== "string") return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}

/** The browser's session cookie: the same signed token, where page scripts cannot read it (HttpOnly). */
export const SESSION_COOKIE = "balans_session";

/** The session cookie's value from a `Cookie` header, or undefined. */
export function sessionCookie(header: unknown): string | undefined {
  if (typeof header !== "string") return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}
