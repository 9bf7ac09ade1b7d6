import { SealedBox, derivedKey } from "./client-secret.js";

/** The cookie that carries a sign-in from its start to the provider's answer. */
export const FLOW_COOKIE = "balans_sso";
/** Only the callback reads it. */
export const FLOW_COOKIE_PATH = "/auth/oidc";
/** Long enough to type a password and answer a second factor at the provider; short enough to go stale. */
export const FLOW_TTL_SECONDS = 10 * 60;

/** What the start of a sign-in must remember until the provider sends the browser back. */
export interface PendingSignIn {
  municipalityId: string;
  /** Its slug, for the way back to the button when the sign-in is refused. */
  kommun: string;
  /** The configuration's version when it started: an answer to a changed configuration is refused. */
  configVersion: number;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A path in the app to land on afterwards. */
  returnTo: string;
}

/**
 * The pending sign-in, encrypted and authenticated (AES-256-GCM under a key derived from the token
 * secret), so the browser can carry it but neither read the PKCE verifier nor change any of it, with
 * its expiry inside. The cookie is HttpOnly, and SameSite=Lax: the provider's answer is a top-level GET
 * from another site, which a Strict cookie would not come with.
 */
export class FlowCookie {
  private readonly box: SealedBox;

  constructor(tokenSecret: string) {
    this.box = new SealedBox(derivedKey(tokenSecret, "sso-flow"));
  }

  seal(pending: PendingSignIn, now = Date.now()): string {
    return this.box.seal(JSON.stringify({ ...pending, expiresAt: now + FLOW_TTL_SECONDS * 1000 }), FLOW_COOKIE);
  }

  /** The pending sign-in, or null when there is none, it was changed, or it has expired. */
  open(value: string | undefined, now = Date.now()): PendingSignIn | null {
    const plain = value ? this.box.open(value, FLOW_COOKIE) : null;
    if (!plain) return null;
    const { expiresAt, ...pending } = JSON.parse(plain) as PendingSignIn & { expiresAt: number };
    return typeof expiresAt === "number" && expiresAt > now ? pending : null;
  }
}

/** A cookie's value from a `Cookie` header. */
export function cookieValue(header: unknown, name: string): string | undefined {
  if (typeof header !== "string") return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;
  }
  return undefined;
}
