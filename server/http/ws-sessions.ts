import { CloseCode } from "graphql-ws";
import type { IncomingMessage } from "node:http";
import type { WebSocket } from "ws";
import { DomainError, ErrorCode } from "../errors.js";
import { RolesTopic, SessionTopic } from "../identity/identity.events.js";
import type { Actor } from "../identity/identity.model.js";
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
  /** The socket's caller is authenticated as `actor`: close when its session runs out, or its roles are no longer these. */
  authenticated(actor: Actor): void;
  stop(): void;
}

/**
 * Keeps an authenticated socket open only while its session lives, and with the roles it authenticated with. It listens on the bus for its
 * user's sessions (a logout, on any server process) and re-reads its own on each signal, including the
 * re-read every listener gets after the bus reconnected; it closes with `SESSION_ENDED` when the
 * session was ended or has expired. Likewise for the user's roles: a signal makes it read them again,
 * and it closes with `ROLES_CHANGED` only when they differ from the socket's, so that the bus
 * reconnecting (after a database restart) does not send every client on the process reconnecting.
 * Started before the socket's caller is authenticated, so that a logout or role change committed
 * meanwhile is not missed.
 */
export function watchSession(services: Pick<Services, "bus" | "identity">, socket: WebSocket, claims: TokenClaims): SessionWatch {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  /** The roles the socket authenticated with, once it has. */
  let roles: string | undefined;
  /** A roles signal came before the socket was authenticated: read them again once it is. */
  let rolesSignalled = false;
  const open = () => !stopped && socket.readyState === socket.OPEN;
  const close = (code: number, reason: string) => {
    if (open()) socket.close(code, reason);
  };
  const recheck = async () => {
    try {
      if (!(await services.identity.sessionIsLive(claims))) close(SESSION_ENDED, "Du har loggats ut");
    } catch (error) {
      // After the socket closed (a server shutting down) the answer no longer matters.
      if (!stopped) logger().warn({ err: error }, "could not re-read a socket's session");
    }
  };
  const recheckRoles = async (authenticatedWith: string) => {
    let now: string;
    try {
      now = rolesKey((await services.identity.actorFor(claims)).roles);
    } catch (error) {
      // No longer a caller at all: the session's own signal closes the socket for that. Any other
      // failure leaves the roles unknown, and the socket reconnects to learn them.
      if (!(error instanceof DomainError && error.code === ErrorCode.UNAUTHENTICATED)) close(ROLES_CHANGED, "Behörigheterna har ändrats");
      return;
    }
    if (now !== authenticatedWith) close(ROLES_CHANGED, "Behörigheterna har ändrats");
  };
  const unsubscribe = services.bus.on(SessionTopic, claims.userId, () => void recheck());
  const unsubscribeRoles = services.bus.on(RolesTopic, claims.userId, () => {
    if (!open()) return;
    if (roles === undefined) rolesSignalled = true;
    else void recheckRoles(roles);
  });
  const expireAt = (expiresAt: Date) => {
    clearTimeout(timer);
    const wait = expiresAt.getTime() - Date.now();
    timer = setTimeout(
      () => (wait > MAX_TIMER_MS ? expireAt(expiresAt) : close(SESSION_ENDED, "Inloggningen har gått ut")),
      Math.min(wait, MAX_TIMER_MS),
    );
  };
  return {
    authenticated(actor) {
      if (actor.session) expireAt(actor.session.expiresAt);
      roles = rolesKey(actor.roles);
      if (rolesSignalled) void recheckRoles(roles);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
      unsubscribeRoles();
    },
  };
}

/** A user's roles, in an order of their own: equal keys, equal roles. */
const rolesKey = (roles: Actor["roles"]) =>
  roles
    .map((r) => `${r.role}:${r.organId}`)
    .sort()
    .join(",");
