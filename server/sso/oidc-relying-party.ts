import * as client from "openid-client";
import { SignInRefused, type ExternalIdentity, type ExternalIdentityProvider } from "./sso.model.js";
import { isLoopback } from "./sso.validation.js";

/** What the relying party needs of a municipality's configuration, its secret resolved. */
export interface OidcClientSettings {
  /** Keys the cache: a changed configuration is discovered afresh. */
  cacheKey: string;
  issuer: string;
  clientId: string;
  /** Undefined: a public client, which authenticates with PKCE alone. */
  clientSecret: string | undefined;
  groupsClaim: string;
}

/** What the start of a sign-in must remember: checked against the provider's answer. */
export interface OidcPending {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface RelyingPartyOptions {
  /** How long a provider's discovered metadata (and its signing keys' cache) is trusted. */
  cacheTtlMs: number;
  /** How many configurations are kept at most; the oldest goes first. */
  cacheEntries: number;
  /** Each request to a provider, in seconds. */
  timeoutSeconds: number;
}

export const RELYING_PARTY_DEFAULTS: RelyingPartyOptions = { cacheTtlMs: 60 * 60 * 1000, cacheEntries: 200, timeoutSeconds: 10 };
const MAX_GROUPS = 500;

/**
 * Balans as an OpenID Connect relying party (openid-client): the authorization code flow with PKCE
 * (S256), `state` and `nonce`; openid-client checks the ID token (signature from the provider's JWKS,
 * issuer, audience, expiry, nonce). Discovery is cached per configuration with a bounded lifetime, so
 * a provider's new keys or endpoints are picked up within the hour, and a failed discovery is not kept.
 */
export class OidcRelyingParty implements ExternalIdentityProvider<OidcPending, OidcClientSettings> {
  private readonly cache = new Map<string, { configuration: Promise<client.Configuration>; expiresAt: number }>();

  constructor(private readonly options: RelyingPartyOptions = RELYING_PARTY_DEFAULTS) {}

  async begin(settings: OidcClientSettings, callbackUrl: string): Promise<{ redirectTo: URL; pending: OidcPending }> {
    const configuration = await this.configuration(settings);
    const pending = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
    const redirectTo = client.buildAuthorizationUrl(configuration, {
      redirect_uri: callbackUrl,
      scope: "openid email profile",
      response_type: "code",
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: "S256",
      state: pending.state,
      nonce: pending.nonce,
    });
    return { redirectTo, pending };
  }

  /** `callback`: the callback URL as the provider sent the browser to it (on Balans's public URL). */
  async complete(settings: OidcClientSettings, pending: OidcPending, callback: URL): Promise<ExternalIdentity> {
    const providerError = callback.searchParams.get("error");
    if (providerError) throw new SignInRefused(providerError === "access_denied" ? "cancelled" : "provider-error", providerError);
    const configuration = await this.configuration(settings);
    try {
      const tokens = await client.authorizationCodeGrant(configuration, callback, {
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        pkceCodeVerifier: pending.codeVerifier,
        idTokenExpected: true,
      });
      const idToken = tokens.claims()!;
      // The ID token's claims win; the UserInfo endpoint (its `sub` checked) adds what a provider keeps
      // out of the ID token, as providers that follow the specification do with scope-requested claims.
      const complete = idToken.email !== undefined && idToken[settings.groupsClaim] !== undefined;
      const userInfo =
        !complete && configuration.serverMetadata().userinfo_endpoint
          ? await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub)
          : {};
      return identityOf({ ...userInfo, ...idToken }, settings.groupsClaim);
    } catch (error) {
      throw refusalOf(error);
    }
  }

  private configuration(settings: OidcClientSettings): Promise<client.Configuration> {
    const now = Date.now();
    const cached = this.cache.get(settings.cacheKey);
    if (cached && cached.expiresAt > now) return cached.configuration;
    this.cache.delete(settings.cacheKey);
    while (this.cache.size >= this.options.cacheEntries) this.cache.delete(this.cache.keys().next().value!);
    const configuration = this.discover(settings);
    this.cache.set(settings.cacheKey, { configuration, expiresAt: now + this.options.cacheTtlMs });
    configuration.catch(() => this.cache.delete(settings.cacheKey));
    return configuration;
  }

  private async discover(settings: OidcClientSettings): Promise<client.Configuration> {
    const issuer = new URL(settings.issuer);
    // Plain http only to this machine (development, tests): the admin's input was checked the same way.
    const insecure = issuer.protocol === "http:" && isLoopback(issuer.hostname);
    try {
      return await client.discovery(
        issuer,
        settings.clientId,
        settings.clientSecret,
        settings.clientSecret === undefined ? client.None() : client.ClientSecretPost(settings.clientSecret),
        { execute: insecure ? [client.allowInsecureRequests] : [], timeout: this.options.timeoutSeconds },
      );
    } catch (error) {
      throw new SignInRefused("unavailable", `discovery of ${settings.issuer}: ${(error as Error).message}`);
    }
  }
}

/** The claims as an identity; the groups claim is a list of strings, or one. */
function identityOf(claims: Record<string, unknown>, groupsClaim: string): ExternalIdentity {
  const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);
  const rawGroups = claims[groupsClaim];
  const groups = (Array.isArray(rawGroups) ? rawGroups : [rawGroups]).filter((g): g is string => typeof g === "string" && g.length <= 256);
  const given = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(" ");
  return {
    subject: String(claims.sub),
    email: text(claims.email)?.toLowerCase() ?? null,
    // Only a provider's explicit word counts: absent, "true" as a string, or anything else is unverified.
    emailVerified: claims.email_verified === true,
    name: text(claims.name) ?? (given || null),
    groups: groups.slice(0, MAX_GROUPS),
  };
}

/** What went wrong, for the user (the reason) and the log (the detail). */
function refusalOf(error: unknown): SignInRefused {
  if (error instanceof SignInRefused) return error;
  if (error instanceof client.AuthorizationResponseError)
    return new SignInRefused(error.error === "access_denied" ? "cancelled" : "provider-error", error.error);
  // The provider could not be reached, or answered garbage: not the user's doing.
  if (error instanceof TypeError || (error instanceof client.ClientError && error.code === "OAUTH_RESPONSE_IS_NOT_CONFORM"))
    return new SignInRefused("unavailable", error.message);
  // A wrong state or nonce, a signature, issuer or audience that does not check out, a code refused.
  const code = error instanceof client.ClientError || error instanceof client.ResponseBodyError ? ` ${error.code}` : "";
  return new SignInRefused("invalid", `${(error as Error).message ?? error}${code}`);
}
