import { SignJWT, jwtVerify, errors } from "jose";
import { unauthenticated } from "../errors.js";
import { isUuid } from "../validation/input.js";

const ISSUER = "balans";

export interface TokenClaims {
  userId: string;
  municipalityId: string;
}

export class Tokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  issue(claims: TokenClaims, ttlSeconds = this.ttlSeconds): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ mun: claims.municipalityId })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setIssuedAt(now)
      .setExpirationTime(now + ttlSeconds)
      .sign(this.key);
  }

  async verify(token: string): Promise<TokenClaims> {
    try {
      // A token that never expires is refused even when its signature holds: every login ends.
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ["HS256"], requiredClaims: ["exp", "sub"] });
      if (typeof payload.sub !== "string" || typeof payload.mun !== "string" || !isUuid(payload.sub) || !isUuid(payload.mun))
        throw unauthenticated();
      return { userId: payload.sub, municipalityId: payload.mun };
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
