import express from "express";
import { DomainError, ErrorCode } from "../errors.js";
import { sessionCookieFunctions } from "../http/session-cookie.js";
import { logger } from "../logging.js";
import type { Limiter } from "../pipeline/rate-limiter.js";
import { FLOW_COOKIE, FLOW_COOKIE_PATH, FLOW_TTL_SECONDS, cookieValue } from "./flow-cookie.js";
import { SignInRefused, type SignInRefusal } from "./sso.model.js";
import { CALLBACK_PATH, type SingleSignOn } from "./sso.service.js";

export interface SingleSignOnRouteSources {
  sso: Pick<SingleSignOn, "start" | "finish" | "flowCookie">;
  /** The sign-in's start counts like an anonymous public read, per address. */
  publicReads: Pick<Limiter, "consume">;
}

/** The client's page after the round trip: it asks who is signed in, or explains a refusal (`fel`). */
const LANDING = "/login/sso";

/**
 * The browser's round trip through the municipality's identity provider:
 *
 * - `GET /auth/oidc/start?kommun=<slug>&redirect=<path>` sends it to the provider, with the pending
 *   sign-in in a sealed cookie;
 * - `GET /auth/oidc/callback` is where the provider sends it back: on success it gets the session cookie,
 *   exactly as a password login sets it, and lands in the app; otherwise on a page that says why.
 */
export function singleSignOnRoutes(sources: SingleSignOnRouteSources): express.Router {
  const router = express.Router();

  router.get("/auth/oidc/start", async (req, res) => {
    const kommun = typeof req.query.kommun === "string" ? req.query.kommun.slice(0, 100) : "";
    try {
      await sources.publicReads.consume(req.ip ?? "unknown");
      const { redirectTo, cookie } = await sources.sso.start(kommun, appPath(req.query.redirect));
      res.cookie(FLOW_COOKIE, cookie, { ...flowCookieOptions(req), maxAge: FLOW_TTL_SECONDS * 1000 });
      res.redirect(303, redirectTo.href);
    } catch (error) {
      refuse(res, error, kommun);
    }
  });

  router.get(CALLBACK_PATH, async (req, res) => {
    const flow = cookieValue(req.headers.cookie, FLOW_COOKIE);
    // Used once, whatever the outcome: a second answer to the same start is refused as expired.
    res.clearCookie(FLOW_COOKIE, flowCookieOptions(req));
    const query = req.originalUrl.includes("?") ? req.originalUrl.slice(req.originalUrl.indexOf("?")) : "";
    try {
      const signedIn = await sources.sso.finish(flow, query);
      sessionCookieFunctions(req, res).setSessionCookie(signedIn.token, signedIn.expiresInSeconds);
      res.redirect(303, `${LANDING}?redirect=${encodeURIComponent(signedIn.returnTo)}`);
    } catch (error) {
      refuse(res, error, sources.sso.flowCookie.open(flow)?.kommun ?? "");
    }
  });

  return router;
}

/**
 * HttpOnly, only for the callback's path, and SameSite=Lax: the provider's answer is a top-level GET
 * from its own site, which a Strict cookie would not come with (Lax still keeps it off other sites'
 * subrequests and POSTs).
 */
function flowCookieOptions(req: express.Request) {
  return { httpOnly: true, sameSite: "lax", secure: req.secure, path: FLOW_COOKIE_PATH } as const;
}

/** Only paths inside the app: never an open redirect to another site. */
function appPath(value: unknown): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.includes("\\") ? value.slice(0, 500) : "/";
}

/** To the client's page that says why, in the user's language; the details go to the log only. */
function refuse(res: express.Response, error: unknown, kommun: string): void {
  let reason: SignInRefusal = "unavailable";
  if (error instanceof SignInRefused) reason = error.reason;
  else if (error instanceof DomainError && error.code === ErrorCode.RATE_LIMITED) reason = "rate-limited";
  else logger().error({ err: error }, "single sign-on failed");
  if (error instanceof SignInRefused) logger().warn({ reason, detail: error.detail }, "single sign-on refused");
  const back = /^[a-z0-9-]{1,100}$/.test(kommun) ? `&kommun=${kommun}` : "";
  res.redirect(303, `${LANDING}?fel=${reason}${back}`);
}
