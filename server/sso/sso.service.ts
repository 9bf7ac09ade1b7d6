import type { Database, Tx } from "../db/database.js";
import type { LoginResult } from "../identity/identity.service.js";
import type { ClientSecrets } from "./client-secret.js";
import { ExternalSignIn, type SessionOpener } from "./external-sign-in.js";
import { FlowCookie, type PendingSignIn } from "./flow-cookie.js";
import type { OidcClientSettings, OidcRelyingParty } from "./oidc-relying-party.js";
import { startUrlOf } from "./password-login.js";
import { ssoCommands } from "./sso.commands.js";
import { SignInRefused, type SingleSignOnSettings } from "./sso.model.js";
import { ssoStore } from "./sso.store.js";

/** What the login page may know before anyone signs in: that a municipality has a button, and where it starts. */
export interface SingleSignOnOption {
  kommun: string;
  displayName: string;
  startUrl: string;
}

export interface SingleSignOnDependencies {
  db: Database;
  /** The runner's read in a named municipality. */
  readIn: <T>(municipalityId: string, work: (tx: Tx) => Promise<T>) => Promise<T>;
  sessions: SessionOpener;
  secrets: ClientSecrets;
  relyingParty: OidcRelyingParty;
  tokenSecret: string;
  /** Where users reach Balans: the callback the provider sends them back to is under it. */
  publicUrl: () => string;
}

/** The path the provider sends the browser back to; registered at the provider as `<public URL>/auth/oidc/callback`. */
export const CALLBACK_PATH = "/auth/oidc/callback";

/**
 * Sign-in through a municipality's own identity provider, from the login page's button to the
 * session: which municipality (by slug or e-mail domain, the one look across municipalities it needs),
 * its configuration and secret, the provider's round trip (`OidcRelyingParty`), and the sign-in itself
 * (`ExternalSignIn`).
 */
export class SingleSignOn {
  readonly flowCookie: FlowCookie;
  /** The admin's commands (they seal secrets with the server's key). */
  readonly commands: ReturnType<typeof ssoCommands>;
  private readonly signInStep: ExternalSignIn;

  constructor(private readonly deps: SingleSignOnDependencies) {
    this.flowCookie = new FlowCookie(deps.tokenSecret);
    this.commands = ssoCommands(deps.secrets);
    this.signInStep = new ExternalSignIn(deps.db, deps.sessions);
  }

  get secrets(): ClientSecrets {
    return this.deps.secrets;
  }

  get callbackUrl(): string {
    return `${this.deps.publicUrl()}${CALLBACK_PATH}`;
  }

  /** The button for a municipality's slug, or for the domain of an e-mail address; null when there is none. */
  async option(by: { kommun?: string | null; email?: string | null }): Promise<SingleSignOnOption | null> {
    const slug = by.kommun?.trim().toLowerCase();
    const domain = by.email?.trim().toLowerCase().split("@")[1];
    const found = slug
      ? await this.deps.db.across.singleSignOnOption({ slug })
      : domain
        ? await this.deps.db.across.singleSignOnOption({ domain })
        : null;
    return found && { kommun: found.slug, displayName: found.displayName, startUrl: startUrlOf(found.slug) };
  }

  /** The start: where to send the browser, and the sealed cookie that carries what to check on its return. */
  async start(kommun: string, returnTo: string): Promise<{ redirectTo: URL; cookie: string }> {
    const found = kommun ? await this.deps.db.across.singleSignOnOption({ slug: kommun.trim().toLowerCase() }) : null;
    if (!found) throw new SignInRefused("not-configured", kommun);
    const settings = await this.settingsOf(found.municipalityId);
    const { redirectTo, pending } = await this.deps.relyingParty.begin(
      this.clientSettings(found.municipalityId, settings),
      this.callbackUrl,
    );
    const flow: PendingSignIn = {
      municipalityId: found.municipalityId,
      kommun: found.slug,
      configVersion: settings.version,
      returnTo,
      ...pending,
    };
    return { redirectTo, cookie: this.flowCookie.seal(flow) };
  }

  /** The provider's answer (the query of the callback), checked against the cookie; a session, or SignInRefused. */
  async finish(flowCookie: string | undefined, query: string): Promise<LoginResult & { returnTo: string }> {
    const pending = this.flowCookie.open(flowCookie);
    if (!pending) throw new SignInRefused("expired", "no live flow cookie");
    const settings = await this.settingsOf(pending.municipalityId);
    if (settings.version !== pending.configVersion) throw new SignInRefused("expired", "the configuration changed meanwhile");
    const callback = new URL(`${this.callbackUrl}${query}`);
    const identity = await this.deps.relyingParty.complete(this.clientSettings(pending.municipalityId, settings), pending, callback);
    return { ...(await this.signInStep.signIn(pending.municipalityId, identity)), returnTo: pending.returnTo };
  }

  private async settingsOf(municipalityId: string): Promise<SingleSignOnSettings> {
    const settings = await this.deps.readIn(municipalityId, (tx) => ssoStore.settings(tx));
    if (!settings) throw new SignInRefused("not-configured");
    return settings;
  }

  private clientSettings(municipalityId: string, settings: SingleSignOnSettings): OidcClientSettings {
    const secret = this.deps.secrets.secretOf(settings, municipalityId);
    if (secret === null) throw new SignInRefused("unavailable", "the client secret cannot be had (variable unset, or the key changed)");
    return {
      cacheKey: `${municipalityId}:${settings.version}`,
      issuer: settings.issuer,
      clientId: settings.clientId,
      clientSecret: secret,
      groupsClaim: settings.groupsClaim,
    };
  }
}
