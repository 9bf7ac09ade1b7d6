import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';

/**
 * Bridges the server's presence list and a section's y-protocols Awareness, which the caret plugin
 * reads. There is no awareness protocol on the wire: remote states are written into the Awareness
 * as if they had arrived, and our own `cursor` field is read out of it as Yjs relative positions.
 */

export interface RemoteCaret {
  /** The member's client id (a string on the server). */
  clientId: string;
  name: string;
  color: string;
  /** JSON `{ anchor, head }` of Y.relativePositionToJSON, or null. */
  cursor: string | null;
}

/** Awareness state in the shape the caret plugin reads. */
interface CaretState {
  user: { name: string; color: string };
  cursor: { anchor: unknown; head: unknown } | null;
}

/** The origin of the changes this bridge makes, so they are not mistaken for our own. */
export const PRESENCE_ORIGIN = 'presence';

/** A stable 31-bit number for a client id string (FNV-1a): the Awareness keys states by number. */
export function awarenessIdOf(clientId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < clientId.length; i++) {
    hash ^= clientId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 1 || 1;
}

function parseCursor(cursor: string | null): CaretState['cursor'] {
  if (!cursor) return null;
  try {
    const parsed = JSON.parse(cursor) as { anchor?: unknown; head?: unknown };
    return parsed && parsed.anchor && parsed.head ? { anchor: parsed.anchor, head: parsed.head } : null;
  } catch {
    return null;
  }
}

/** Replaces the remote states of `awareness` with `carets`, and tells the listeners what changed. */
export function setRemoteCarets(awareness: Awareness, carets: RemoteCaret[]): void {
  const now = Date.now();
  const wanted = new Map<number, CaretState>();
  for (const caret of carets) {
    const id = awarenessIdOf(caret.clientId);
    if (id === awareness.clientID) continue;
    wanted.set(id, { user: { name: caret.name, color: caret.color }, cursor: parseCursor(caret.cursor) });
  }
  const added: number[] = [];
  const updated: number[] = [];
  const removed: number[] = [];
  for (const id of [...awareness.states.keys()]) {
    if (id !== awareness.clientID && !wanted.has(id)) {
      awareness.states.delete(id);
      awareness.meta.delete(id);
      removed.push(id);
    }
  }
  for (const [id, state] of wanted) {
    const previous = awareness.states.get(id);
    const clock = (awareness.meta.get(id)?.clock ?? 0) + 1;
    awareness.meta.set(id, { clock, lastUpdated: now });
    if (previous && JSON.stringify(previous) === JSON.stringify(state)) continue;
    awareness.states.set(id, state);
    (previous ? updated : added).push(id);
  }
  if (added.length + updated.length + removed.length === 0) return;
  const change = { added, updated, removed };
  awareness.emit('change', [change, PRESENCE_ORIGIN]);
  awareness.emit('update', [change, PRESENCE_ORIGIN]);
}

/**
 * Keeps remote states from being dropped by the Awareness' 30-second timeout: they live as long as
 * the server lists the member, however long the member stays idle.
 */
export function keepRemoteStatesAlive(awareness: Awareness): () => void {
  const timer = setInterval(() => {
    const now = Date.now();
    for (const [id, meta] of awareness.meta) if (id !== awareness.clientID) meta.lastUpdated = now;
  }, 10_000);
  return () => clearInterval(timer);
}

/** Our own caret in this section as the JSON the server relays, or null when we are elsewhere. */
export function localCursorJson(awareness: Awareness): string | null {
  const cursor = (awareness.getLocalState() as { cursor?: { anchor: Y.RelativePosition; head: Y.RelativePosition } | null } | null)?.cursor;
  if (!cursor) return null;
  return JSON.stringify({ anchor: Y.relativePositionToJSON(cursor.anchor), head: Y.relativePositionToJSON(cursor.head) });
}

/** Calls `onMove` when our own caret in this section moves, appears or disappears. */
export function onLocalCursor(awareness: Awareness, onMove: (cursor: string | null) => void): () => void {
  let last: string | null = null;
  const listener = (_change: unknown, origin: unknown): void => {
    if (origin !== 'local') return;
    const cursor = localCursorJson(awareness);
    if (cursor === last) return;
    last = cursor;
    onMove(cursor);
  };
  awareness.on('change', listener);
  return () => awareness.off('change', listener);
}
