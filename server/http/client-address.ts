import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";
import type { TrustProxy } from "../config.js";

export type TrustFunction = (address: string, hop: number) => boolean;

/**
 * `BALANS_TRUST_PROXY` as the function Express's `trust proxy` takes, so that `req.ip` over HTTP and
 * the WebSocket upgrade's address (`clientAddress`) are read by the same rule.
 */
export function trustedProxies(setting: TrustProxy): TrustFunction {
  if (setting === false) return () => false;
  if (typeof setting === "number") return (_address, hop) => hop < setting;
  return proxyaddr.compile(setting);
}

/** The caller's address: the socket's, or behind trusted proxies the one the nearest untrusted hop gave. */
export function clientAddress(request: IncomingMessage, trust: TrustFunction): string {
  return proxyaddr(request, trust) || "unknown";
}
