import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { awarenessIdOf, onLocalCursor, setRemoteCarets } from '../../client/features/collab/sync/remote-awareness.js';

describe('presence ⇄ awareness bridge', () => {
  it("turns the others' carets into awareness states the caret plugin reads, and removes those who left", () => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    const changes: unknown[] = [];
    awareness.on('change', (change: unknown) => changes.push(change));
    const text = doc.getText('t');
    text.insert(0, 'hej');
    const position = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, 1));
    const cursor = JSON.stringify({ anchor: position, head: position });

    setRemoteCarets(awareness, [
      { clientId: 'tab-a', name: 'Vera Lind', color: '#0b5394', cursor },
      { clientId: 'tab-b', name: 'Petra Sjöberg', color: '#a61c00', cursor: null },
    ]);
    const a = awareness.getStates().get(awarenessIdOf('tab-a')) as { user: unknown; cursor: { anchor: unknown } };
    expect(a.user).toEqual({ name: 'Vera Lind', color: '#0b5394' });
    const restored = Y.createRelativePositionFromJSON(a.cursor.anchor);
    expect(Y.createAbsolutePositionFromRelativePosition(restored, doc)?.index).toBe(1);
    expect(awareness.getStates().get(awarenessIdOf('tab-b'))).toMatchObject({ cursor: null });

    // The same list again changes nothing; without tab-b, its state goes.
    setRemoteCarets(awareness, [{ clientId: 'tab-a', name: 'Vera Lind', color: '#0b5394', cursor }]);
    expect(changes).toHaveLength(2);
    expect(awareness.getStates().has(awarenessIdOf('tab-b'))).toBe(false);
    expect(awareness.getStates().has(awareness.clientID)).toBe(true); // our own state is left alone
    awareness.destroy();
  });

  it('reports our own caret as relative-position JSON, and its disappearance', () => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    const text = doc.getText('t');
    text.insert(0, 'hej');
    const moves: Array<string | null> = [];
    const stop = onLocalCursor(awareness, (cursor) => moves.push(cursor));
    const anchor = Y.createRelativePositionFromTypeIndex(text, 2);
    awareness.setLocalStateField('cursor', { anchor, head: anchor });
    setRemoteCarets(awareness, [{ clientId: 'other', name: 'X', color: '#000000', cursor: null }]); // not ours
    awareness.setLocalStateField('cursor', null);
    stop();
    expect(moves).toHaveLength(2);
    expect(JSON.parse(moves[0]!)).toEqual({ anchor: Y.relativePositionToJSON(anchor), head: Y.relativePositionToJSON(anchor) });
    expect(moves[1]).toBeNull();
    awareness.destroy();
  });

  it('derives distinct, stable positive ids from client id strings', () => {
    const ids = new Set(Array.from({ length: 1000 }, (_, i) => awarenessIdOf(`client-${i}`)));
    expect(ids.size).toBe(1000);
    expect(awarenessIdOf('abc')).toBe(awarenessIdOf('abc'));
    expect([...ids].every((id) => id > 0 && id < 2 ** 31)).toBe(true);
  });
});
