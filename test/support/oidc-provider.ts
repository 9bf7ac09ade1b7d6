import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import Provider, { type OidcContext } from "oidc-provider";

/** A person at the test provider: the claims it vouches for. */
export interface ProviderAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Accounts by the `sub` (and login name) they sign in with; add or change them at any time. */
  accounts: Map<string, ProviderAccount>;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (panva's oidc-provider, the certified one) on loopback, port 0, with one
 * confidential client that must use PKCE, and minimal interaction pages of our own: a form that asks
 * only for the account's name (any password-less login will do for a test), and a "cancel" button
 * that answers `access_denied`. Consent is granted without asking (`loadExistingGrant`), as for a
 * municipality's own first-party application. Claims go where the specification puts them (email and
 * groups from the UserInfo endpoint), so the relying party's UserInfo path is exercised too.
 */
export async function startOidcProvider(redirectUris: string[], options: { clientSecret?: string } = {}): Promise<TestOidcProvider> {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => void res.writeHead(503).end();
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = "balans";
  const clientSecret = options.clientSecret ?? randomBytes(24).toString("base64url");
  const accounts = new Map<string, ProviderAccount>();

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
    findAccount: async (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      return account && { accountId: sub, claims: async () => ({ sub, ...account }) };
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: [randomBytes(16).toString("hex")] },
    loadExistingGrant: async (ctx: OidcContext) => {
      const { client, session, result, provider: p } = ctx.oidc;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return p.Grant.find(grantId);
      const grant = new p.Grant({ accountId: session.accountId, clientId: client.clientId });
      grant.addOIDCScope("openid email profile");
      grant.addOIDCClaims(["email", "email_verified", "name", "groups"]);
      await grant.save();
      return grant;
    },
  });
  const oidc = provider.callback();

  handler = (req, res) => {
    const match = /^\/interaction\/([\w-]+)(\/(login|abort))?$/.exec(req.url ?? "");
    if (!match) return oidc(req, res);
    void interaction(provider, req, res, match[1], match[3]).catch((error) => {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    });
  };

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The provider's sign-in page: a login name, "Sign in" and "Cancel". */
async function interaction(provider: Provider, req: IncomingMessage, res: ServerResponse, uid: string, step: string | undefined) {
  if (req.method === "GET" && !step) {
    await provider.interactionDetails(req, res);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(`<!doctype html><html lang="en"><head><title>Test provider</title></head><body>
      <main><h1>Test provider</h1>
      <form method="post" action="/interaction/${uid}/login">
        <label for="login">Username</label> <input id="login" name="login" autocomplete="off">
        <button type="submit">Sign in</button>
      </form>
      <form method="post" action="/interaction/${uid}/abort"><button type="submit">Cancel</button></form></main></body></html>`);
    return;
  }
  if (req.method !== "POST") return void res.writeHead(405).end();
  if (step === "abort")
    return provider.interactionFinished(
      req,
      res,
      { error: "access_denied", error_description: "The user cancelled" },
      { mergeWithLastSubmission: false },
    );
  const login = new URLSearchParams(await body(req)).get("login") ?? "";
  await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (text += chunk));
    req.on("end", () => resolve(text));
    req.on("error", reject);
  });
}
