import type { Role } from "../identity/identity.model.js";

/** A municipality's single sign-on with its OpenID Connect provider, as stored (`oidc_config`). */
export interface SingleSignOnSettings {
  issuer: string;
  clientId: string;
  /** AES-256-GCM under the server's key (`client-secret.ts`); null when kept in the environment, or none. */
  clientSecretEncrypted: string | null;
  /** The environment variable (`BALANS_OIDC_SECRET_*`) that holds the secret instead. */
  clientSecretEnv: string | null;
  /** The button's name: "Logga in med <displayName>s konto". */
  displayName: string;
  /** Lower case, without "@": addresses at these domains are offered this municipality's button. */
  emailDomains: string[];
  /**
   * Whether the provider's e-mail addresses at `emailDomains` count as verified even without
   * `email_verified` (Entra ID sends none): for a provider that is the municipality's own directory.
   */
  trustDomainEmail: boolean;
  /** Whether a user the municipality does not know yet is created at their first sign-in. */
  jitEnabled: boolean;
  /** The claim that lists the user's groups (Entra ID: `groups`, often with group ids). */
  groupsClaim: string;
  version: number;
  updatedAt: Date;
}

/** One row of the table the admin edits: members of `group` get `role` in the organ, when created just in time. */
export interface GroupRoleMapping {
  id: string;
  group: string;
  organId: string;
  role: Role;
}

/**
 * What an external identity provider vouches for, whatever the protocol: OpenID Connect now
 * (`oidc-relying-party.ts`), SAML later (Sambi). Only a verified e-mail address is trusted for matching
 * (or, where the admin says the provider is the municipality's own directory, one at its domains).
 */
export interface ExternalIdentity {
  /** The provider's stable id of the person (`sub`; SAML: the persistent NameID). */
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  groups: string[];
}

/**
 * The seam for another protocol: an external identity provider sends the browser away with something
 * to remember (`begin`) and, when it comes back, checks the answer against that and says who it is
 * (`complete`). What follows — matching, just-in-time creation, the session — is the same for all
 * (`external-sign-in.ts`).
 */
export interface ExternalIdentityProvider<Pending, Settings> {
  begin(settings: Settings, callbackUrl: string): Promise<{ redirectTo: URL; pending: Pending }>;
  complete(settings: Settings, pending: Pending, callback: URL): Promise<ExternalIdentity>;
}

/**
 * Why a sign-in through the municipality's provider was refused. The browser is sent to the client's
 * page for it (`/login/sso?fel=<reason>`), which explains it in the user's language.
 */
export const SIGN_IN_REFUSALS = [
  /** The user cancelled or was refused at the provider (`error=access_denied`). */
  "cancelled",
  /** The provider answered with another error. */
  "provider-error",
  /** The sign-in started too long ago, or in another browser: start again. */
  "expired",
  /** The provider's answer did not check out (state, nonce, signature, code). */
  "invalid",
  /** The provider cannot be reached, or its configuration is incomplete (no secret). */
  "unavailable",
  /** The municipality has no single sign-on. */
  "not-configured",
  /** No user of the municipality has this identity, and none is created (just-in-time is off, or no verified e-mail). */
  "no-account",
  /** No role in Balans: the user's groups map to none, or the user holds none. */
  "no-role",
  "deactivated",
  /** The e-mail belongs to a user linked to another identity at the provider, or to a user elsewhere. */
  "linked-elsewhere",
  /** Too many sign-ins from this address. */
  "rate-limited",
] as const;

export type SignInRefusal = (typeof SIGN_IN_REFUSALS)[number];

/** A refused sign-in; `detail` goes to the log only, never to the browser. */
export class SignInRefused extends Error {
  constructor(
    readonly reason: SignInRefusal,
    readonly detail?: string,
  ) {
    super(`Single sign-on refused: ${reason}${detail ? ` (${detail})` : ""}`);
    this.name = "SignInRefused";
  }
}
