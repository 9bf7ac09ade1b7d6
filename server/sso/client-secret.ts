import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";
const SALT = "balans";

/** A 256-bit key for one purpose, from a secret of any length (HKDF-SHA256). */
export function derivedKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, SALT, `balans/${purpose}/${VERSION}`, 32));
}

/**
 * AES-256-GCM with a random 96-bit nonce: `v1.<nonce>.<tag>.<ciphertext>` (base64url). `context` is
 * authenticated with it, so a value copied to another context (another municipality's row) does not open.
 */
export class SealedBox {
  constructor(private readonly key: Buffer) {}

  seal(plain: string, context: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, nonce);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    return [VERSION, nonce, cipher.getAuthTag(), body]
      .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
      .join(".");
  }

  /** The plain text, or null when the value is not one of ours, was changed, or belongs to another context. */
  open(sealed: string, context: string): string | null {
    const [version, nonce, tag, body, ...rest] = sealed.split(".");
    if (version !== VERSION || !nonce || !tag || body === undefined || rest.length > 0) return null;
    try {
      const decipher = createDecipheriv("aes-256-gcm", this.key, Buffer.from(nonce, "base64url"));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    } catch {
      return null;
    }
  }
}

/**
 * The municipalities' OIDC client secrets at rest: encrypted under a key derived from BALANS_OIDC_KEY,
 * or, when that is unset, from the token secret (which then must not change, or the admins enter their
 * secrets again). Bound to the municipality, so a row copied to another opens nowhere.
 */
export class ClientSecrets {
  private readonly box: SealedBox;

  constructor(
    keyMaterial: { oidcKey: string | undefined; tokenSecret: string },
    /** `BALANS_OIDC_SECRET_*` from the environment (Config.oidcSecrets). */
    private readonly environment: Readonly<Record<string, string>>,
  ) {
    this.box = new SealedBox(derivedKey(keyMaterial.oidcKey ?? keyMaterial.tokenSecret, "oidc-client-secret"));
  }

  seal(secret: string, municipalityId: string): string {
    return this.box.seal(secret, municipalityId);
  }

  /**
   * The secret to authenticate at the provider with: undefined for a public client (none configured);
   * null when one is configured but cannot be had (the variable is not set on this server, or the key
   * changed), which makes sign-in "unavailable" rather than sending a wrong secret.
   */
  secretOf(
    settings: { clientSecretEncrypted: string | null; clientSecretEnv: string | null },
    municipalityId: string,
  ): string | undefined | null {
    if (settings.clientSecretEnv) return this.environment[settings.clientSecretEnv] ?? null;
    if (settings.clientSecretEncrypted) return this.box.open(settings.clientSecretEncrypted, municipalityId);
    return undefined;
  }

  /** Whether the named variable is set on this server (shown to the admin). */
  environmentHas(name: string): boolean {
    return this.environment[name] !== undefined;
  }
}
