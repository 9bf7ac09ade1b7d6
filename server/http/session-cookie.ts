import type { IncomingMessage } from "node:http";
import type express from "express";
import { SESSION_COOKIE, bearerToken, sessionCookie } from "../identity/tokens.js";

/**
 * The browser's session: the login's token in an HttpOnly cookie, which page scripts cannot read
 * (an injected script cannot carry it away), SameSite=Strict (another site's pages do not send it),
 * and Secure when the request came over HTTPS (`req.secure`: directly, or through a proxy Express
 * is told to trust). Other systems keep sending `Authorization: Bearer`.
 */
export interface SessionCookieFunctions {
  setSessionCookie(token: string, maxAgeSeconds: number): void;
  clearSessionCookie(): void;
}

export function sessionCookieFunctions(req: express.Request, res: express.Response): SessionCookieFunctions {
  const options = { httpOnly: true, sameSite: "strict", secure: req.secure, path: "/" } as const;
  return {
    setSessionCookie: (token, maxAgeSeconds) => void res.cookie(SESSION_COOKIE, token, { ...options, maxAge: maxAgeSeconds * 1000 }),
    clearSessionCookie: () => void res.clearCookie(SESSION_COOKIE, options),
  };
}

/** Content types a cross-site form or a no-cors fetch can send without a preflight (as Apollo lists them). */
const SIMPLE_CONTENT_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"]);
const PREFLIGHT_HEADERS = ["apollo-require-preflight", "x-apollo-operation-name"];

/**
 * Whether another site's page could not have sent this request without the browser asking us first
 * (CORS preflight, which we never grant): a POST with a non-simple content type such as JSON, or with
 * one of Apollo's preflight headers. Apollo's `csrfPrevention` refuses the rest before any resolver
 * runs; checking it here too means the cookie is honoured only where that guard holds.
 */
export function guardedAgainstCsrf(req: IncomingMessage): boolean {
  if (req.method !== "POST") return false;
  if (PREFLIGHT_HEADERS.some((name) => typeof req.headers[name] === "string" && req.headers[name] !== "")) return true;
  const type = req.headers["content-type"]?.split(";")[0].trim().toLowerCase();
  return !!type && !SIMPLE_CONTENT_TYPES.has(type);
}

/** The caller's credential over HTTP: a bearer token, else the session cookie where CSRF cannot reach. */
export function httpCredential(req: IncomingMessage): string | undefined {
  return bearerToken(req.headers.authorization) ?? (guardedAgainstCsrf(req) ? sessionCookie(req.headers.cookie) : undefined);
}

/**
 * Whether a WebSocket upgrade comes from a page of this server (its `Origin` names the `Host` it was
 * sent to). Browsers do not apply CORS to WebSockets, so a socket that authenticates by cookie must
 * check this itself (cross-site WebSocket hijacking). A proxy in front must pass `Host` through.
 */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  const host = req.headers.host;
  if (!origin || !host) return false;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}
