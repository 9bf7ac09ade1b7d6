import { reactive } from 'vue';

/**
 * Whether the live connection (graphql-ws) is down after having been up. The socket closes normally
 * (1000) when no subscription needs it or when it is replaced after a login, and an ended session is
 * the session's business (the user is sent to log in); anything else is a drop, and lasts until the
 * client has reconnected or been replaced.
 */
export const connection = reactive({ lost: false });

const NORMAL_CLOSURE = 1000;
/** The server closes a socket with this when its session ends (logout elsewhere, expiry). */
export const SESSION_ENDED_CLOSE_CODE = 4401;
/**
 * The server closes a socket with this (Service Restart) when its user's roles changed; the client
 * reconnects at once with the new roles, and what the page shows must be read again under them.
 */
export const ROLES_CHANGED_CLOSE_CODE = 1012;
/** Close codes after which reconnecting with the same login cannot succeed. */
export const AUTH_CLOSE_CODES = new Set([SESSION_ENDED_CLOSE_CODE, 4403]);

export function closeCode(event: unknown): unknown {
  return typeof event === 'object' && event !== null && 'code' in event ? (event as { code: unknown }).code : undefined;
}

export const connectionEvents = {
  connected: (): void => {
    connection.lost = false;
  },
  closed: (event: unknown): void => {
    const code = closeCode(event);
    if (code !== NORMAL_CLOSURE && !AUTH_CLOSE_CODES.has(code as number)) connection.lost = true;
  },
};

/** A new socket (after a login or logout) starts with no drop to report. */
export function connectionReplaced(): void {
  connection.lost = false;
}

/**
 * Has `reread` called once the socket is back after the server closed it because the user's roles
 * changed (a drop for another reason leaves what the page shows as it was).
 */
export function afterRolesChanged(reread: () => void): { connected: () => void; closed: (event: unknown) => void } {
  let changed = false;
  return {
    connected: () => {
      if (!changed) return;
      changed = false;
      reread();
    },
    closed: (event) => {
      if (closeCode(event) === ROLES_CHANGED_CLOSE_CODE) changed = true;
    },
  };
}
