import { computed, reactive, readonly } from 'vue';
import type { SessionUserFragment } from '../../gql/graphql';
import { readStorage, writeStorage } from '../../storage';

/**
 * The login itself is an HttpOnly cookie that page scripts cannot read, so an injected script cannot
 * carry it away. What the client keeps is who is signed in (name, roles: no secret), so the app can
 * show the right pages at once; `verifySession` asks the server with `me` on start.
 */
const USER_KEY = 'balans.user';
/** Where an earlier version kept the bearer token; removed, so no token stays where scripts can read it. */
const LEGACY_TOKEN_KEY = 'balans.token';

interface SessionState {
  user: SessionUserFragment | null;
  /** Counts logins and logouts: the sockets, which authenticate once at connect, are replaced on each. */
  epoch: number;
}

function parseUser(raw: string | null): SessionUserFragment | null {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as SessionUserFragment;
  } catch {
    return null;
  }
}

writeStorage(LEGACY_TOKEN_KEY, null);

const state = reactive<SessionState>({ user: parseUser(readStorage(USER_KEY)), epoch: 0 });

/** The signed-in user; change it only through startSession/refreshUser/endSession. */
export const session = readonly(state);

export const isAuthenticated = computed(() => state.user !== null);

/** After a login: the server has set the session cookie. */
export function startSession(user: SessionUserFragment): void {
  state.user = user;
  state.epoch++;
  writeStorage(USER_KEY, JSON.stringify(user));
}

/** The server's current word on the signed-in user (`me`): roles may have changed since login. */
export function refreshUser(user: SessionUserFragment): void {
  if (state.user?.id !== user.id) state.epoch++;
  state.user = user;
  writeStorage(USER_KEY, JSON.stringify(user));
}

export function endSession(): void {
  if (state.user === null) return;
  state.user = null;
  state.epoch++;
  writeStorage(USER_KEY, null);
}

// Another tab logged in or out: the cookie is shared, so follow it, and two tabs never act as different users.
window.addEventListener('storage', (event) => {
  if (event.key !== USER_KEY && event.key !== null) return;
  const user = parseUser(readStorage(USER_KEY));
  if (user?.id !== state.user?.id) state.epoch++;
  state.user = user;
});
