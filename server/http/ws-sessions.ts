import { CloseCode } from "graphql-ws";
import type { IncomingMessage } from "node:http";
import type { WebSocket } from "ws";
import { RolesTopic, SessionTopic } from "../identity/identity.events.js";
import { sessionCookie, type TokenClaims } from "../identity/tokens.js";
import { logger } from "../logging.js";
import type { Services } from "../services.js";
import { sameOrigin } from "./session-cookie.js";

/** graphql-ws' Unauthorized: the socket's session ended. Clients do not retry it; they log in again. */
export const SESSION_ENDED = CloseCode.Unauthorized;

/**
 * 1012 (Service Restart): the user's roles changed under the socket. graphql-ws clients retry it, so the
 * socket comes back at once, authenticated with the new roles (see `RolesTopic`).
 */
export const ROLES_CHANGED = 1012;

/** setTimeout's longest delay; a longer session is re-armed when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A WebSocket upgrade that carries the session cookie must come from this server's own pages: a
 * browser sends cookies on a cross-site upgrade too and applies no CORS to it (cross-site WebSocket
 * hijacking), so such an upgrade is refused (403) before it opens. An upgrade without the cookie (a
 * bearer token in `connectionParams`) is not affected.
 */
export function upgradeAllowed(req: IncomingMessage): boolean {
  return sessionCookie(req.headers.cookie) === undefined || sameOrigin(req);
}

/** The session cookie of an upgrade that `upgradeAllowed` let through. */
export const upgradeCookie = (req: IncomingMessage): string | undefined => sessionCookie(req.headers.cookie);

export interface SessionWatch {
  /** Also close when the session runs out, at `expiresAt`. */
  expireAt(expiresAt: Date): void;
  stop(): void;
}

/**
 * Keeps an authenticated socket open only while its session lives, and with the roles it authenticated with. It listens on the bus for its
 * user's sessions (a logout, on any server process) and re-reads its own on each signal, including the
 * re-read every listener gets after the bus reconnected; it closes with `SESSION_ENDED` when the
 * session was ended or has expired. Started before the socket's caller is authenticated, so that a
 * logout committed meanwhile is not missed.
 */
export function watchSession(services: Pick<Services, "bus" | "identity">, socket: WebSocket, claims: TokenClaims): SessionWatch {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const close = (reason: string) => {
    if (!stopped && socket.readyState === socket.OPEN) socket.close(SESSION_ENDED, reason);
  };
  const recheck = async () => {
    try {
      if (!(await services.identity.sessionIsLive(claims))) close("Du har loggats ut");
    } catch (error) {
      // After the socket closed (a server shutting down) the answer no longer matters.
      if (!stopped) logger().warn({ err: error }, "could not re-read a socket's session");
    }
  };
  const unsubscribe = services.bus.on(SessionTopic, claims.userId, () => void recheck());
  const unsubscribeRoles = services.bus.on(RolesTopic, claims.userId, () => {
    if (!stopped && socket.readyState === socket.OPEN) socket.close(ROLES_CHANGED, "Behörigheterna har ändrats");
  });
  const watch: SessionWatch = {
    expireAt(expiresAt) {
      clearTimeout(timer);
      const wait = expiresAt.getTime() - Date.now();
      timer = setTimeout(
        () => (wait > MAX_TIMER_MS ? watch.expireAt(expiresAt) : close("Inloggningen har gått ut")),
        Math.min(wait, MAX_TIMER_MS),
      );
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
      unsubscribeRoles();
    },
  };
  return watch;
}
