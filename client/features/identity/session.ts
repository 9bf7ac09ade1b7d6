import { computed, reactive, readonly } from 'vue';
import type { SessionUserFragment } from '../../gql/graphql';
import { readStorage, writeStorage } from '../../storage';

const TOKEN_KEY = 'balans.token';
const USER_KEY = 'balans.user';

interface SessionState {
  token: string | null;
  user: SessionUserFragment | null;
}

function parseUser(raw: string | null): SessionUserFragment | null {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as SessionUserFragment;
  } catch {
    return null;
  }
}

const state = reactive<SessionState>({
  token: readStorage(TOKEN_KEY),
  user: parseUser(readStorage(USER_KEY)),
});

/** The signed-in user and bearer token; change it only through start/endSession. */
export const session = readonly(state);

export const isAuthenticated = computed(() => state.token !== null);

export function startSession(token: string, user: SessionUserFragment): void {
  state.token = token;
  state.user = user;
  writeStorage(TOKEN_KEY, token);
  writeStorage(USER_KEY, JSON.stringify(user));
}

export function endSession(): void {
  state.token = null;
  state.user = null;
  writeStorage(TOKEN_KEY, null);
  writeStorage(USER_KEY, null);
}

// Another tab logged in or out: follow it, so two tabs never act as different users.
window.addEventListener('storage', (event) => {
  if (event.key !== TOKEN_KEY && event.key !== USER_KEY && event.key !== null) return;
  state.token = readStorage(TOKEN_KEY);
  state.user = parseUser(readStorage(USER_KEY));
});
