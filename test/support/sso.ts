import { onTestFinished } from "vitest";
import { RATE_LIMITS } from "../../server/pipeline/rate-limits.js";
import type { TestMunicipality } from "./factories.js";
import { actor, ok } from "./graphql.js";
import { startOidcProvider, type TestOidcProvider } from "./oidc-provider.js";
import { startTestServer, type TestServer } from "./server.js";

export const CONFIGURE = `mutation($input: SingleSignOnInput!, $v: Int!) {
  configureSingleSignOn(input: $input, expectedVersion: $v) { version trustDomainEmail hasClientSecret clientSecretEnv issuer callbackUrl startUrl }
}`;
export const MAPPINGS = `mutation($m: [GroupRoleMappingInput!]!) {
  setGroupRoleMappings(mappings: $m) { groupRoleMappings { group role organ { shortName } } }
}`;

export interface SsoWorld {
  server: TestServer;
  provider: TestOidcProvider;
}

/**
 * A Balans server whose public URL is its real address (the callback the provider sends browsers to),
 * and a real OpenID provider on loopback with Balans registered as its client. Anonymous reads (the
 * sign-in's start counts as one) are not what these tests are about, so their budget is wide.
 */
export async function startSsoWorld(overrides: Parameters<typeof startTestServer>[0] = {}): Promise<SsoWorld> {
  const server = await startTestServer({
    rateLimits: { ...RATE_LIMITS, publicReadsPerAddress: { points: 100_000, durationSeconds: 60 } },
    ...overrides,
  });
  // The server learns its port only once listening; the callback URL is read at each sign-in.
  server.services.config.publicUrl = server.url;
  // A secret kept in the environment (BALANS_OIDC_SECRET_*) is the provider's secret too.
  const provider = await startOidcProvider([`${server.url}/auth/oidc/callback`], {
    clientSecret: Object.values(server.services.config.oidcSecrets)[0],
  });
  return {
    server,
    provider,
  };
}

export async function useSsoWorld(overrides: Parameters<typeof startTestServer>[0] = {}): Promise<SsoWorld> {
  const world = await startSsoWorld(overrides);
  onTestFinished(async () => {
    await world.provider.close();
    await world.server.close();
  });
  return world;
}

/** The municipality's single sign-on against the test provider, configured by its ADMIN through the API. */
export async function configureSso(
  w: SsoWorld,
  m: TestMunicipality,
  options: {
    jitEnabled?: boolean;
    emailDomains?: string[];
    clientSecretEnv?: string;
    displayName?: string;
    trustDomainEmail?: boolean;
    /** The configuration's current version, when changing it. */
    version?: number;
  } = {},
) {
  const admin = await actor(w.server, m, "admin");
  const input = {
    issuer: w.provider.issuer,
    clientId: w.provider.clientId,
    ...(options.clientSecretEnv ? { clientSecretEnv: options.clientSecretEnv } : { clientSecret: w.provider.clientSecret }),
    displayName: options.displayName ?? m.municipality.name,
    emailDomains: options.emailDomains ?? [],
    jitEnabled: options.jitEnabled ?? false,
    trustDomainEmail: options.trustDomainEmail ?? false,
  };
  const configured = ok(await admin(CONFIGURE, { input, v: options.version ?? 0 })).configureSingleSignOn;
  return { admin, configured };
}

/** Cookies by name, per origin: enough for a redirect dance on loopback. */
export class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();

  header(url: string): string {
    return [...(this.byOrigin.get(new URL(url).origin) ?? [])].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  get(url: string, name: string): string | undefined {
    return this.byOrigin.get(new URL(url).origin)?.get(name);
  }

  set(url: string, name: string, value: string): void {
    const origin = new URL(url).origin;
    if (!this.byOrigin.has(origin)) this.byOrigin.set(origin, new Map());
    this.byOrigin.get(origin)!.set(name, value);
  }

  take(url: string, response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      const [name, value] = [pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()];
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0$/i.test(a));
      if (expired || value === "") this.byOrigin.get(new URL(url).origin)?.delete(name);
      else this.set(url, name, value);
    }
  }

  /** One request without following redirects; answers the status and where it points. */
  async fetch(url: string, init: RequestInit = {}): Promise<{ status: number; location: string | null; text: string }> {
    const response = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers ?? {}), cookie: this.header(url) } });
    this.take(url, response);
    const location = response.headers.get("location");
    return { status: response.status, location: location && new URL(location, url).href, text: await response.text() };
  }
}

/** Start at Balans: the provider's authorization URL, and the sealed flow cookie in the jar. */
export async function startSignIn(w: SsoWorld, jar: CookieJar, kommun: string, redirect = "/"): Promise<string> {
  const started = await jar.fetch(`${w.server.url}/auth/oidc/start?kommun=${kommun}&redirect=${encodeURIComponent(redirect)}`);
  if (started.status !== 303 || !started.location) throw new Error(`start answered ${started.status}`);
  return started.location;
}

/** At the provider: signs in as `login` (or cancels), and answers the callback URL it sends the browser back to. */
export async function atProvider(jar: CookieJar, authorizationUrl: string, login: string | null): Promise<string> {
  let url = authorizationUrl;
  for (let hops = 0; hops < 10; hops++) {
    if (url.includes("/auth/oidc/callback")) return url;
    const interaction = /\/interaction\/([\w-]+)$/.exec(new URL(url).pathname);
    const answer = interaction
      ? await jar.fetch(`${new URL(url).origin}/interaction/${interaction[1]}/${login === null ? "abort" : "login"}`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ login: login ?? "" }).toString(),
        })
      : await jar.fetch(url);
    if (!answer.location) throw new Error(`the provider answered ${answer.status} at ${url}: ${answer.text.slice(0, 300)}`);
    url = answer.location;
  }
  throw new Error("the provider never sent the browser back");
}

/** Back at Balans: where it sends the browser, and the session cookie if it signed in. */
export async function finishSignIn(w: SsoWorld, jar: CookieJar, callbackUrl: string): Promise<{ location: URL; session?: string }> {
  const finished = await jar.fetch(callbackUrl);
  if (finished.status !== 303 || !finished.location) throw new Error(`callback answered ${finished.status}`);
  return { location: new URL(finished.location), session: jar.get(w.server.url, "balans_session") };
}

/** The whole round trip as `login` at the provider. */
export async function signInAs(w: SsoWorld, kommun: string, login: string | null) {
  const jar = new CookieJar();
  const callback = await atProvider(jar, await startSignIn(w, jar, kommun), login);
  return finishSignIn(w, jar, callback);
}

/** Where a refused sign-in lands: `/login/sso?fel=<reason>`. */
export const refusal = (result: { location: URL }) => result.location.searchParams.get("fel");
