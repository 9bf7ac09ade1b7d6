import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SectionSync, type SyncState } from '../../client/features/collab/sync/section-sync.js';
import { memoryPendingLog, openPendingLog } from '../../client/features/collab/sync/pending-store.js';
import { FakeServer, tick } from './support/fake-section-server.js';

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

/** Appends a paragraph with `text` to the section's rich text, as an editor would. */
function type(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const content = doc.getXmlFragment('content');
  content.insert(content.length, [paragraph]);
}

const text = (doc: Y.Doc) => doc.getXmlFragment('content').toString();

const running: SectionSync[] = [];
afterEach(() => {
  for (const sync of running.splice(0)) sync.stop();
});

function client(server: FakeServer, log = memoryPendingLog(), origin = Math.random().toString(36)) {
  const doc = new Y.Doc();
  const states: SyncState[] = [];
  const transport = server.transport(origin);
  const sync = new SectionSync(doc, transport, log, { onChange: (s) => states.push(s), retryDelay: () => 10 });
  running.push(sync);
  return { doc, sync, log, transport, states, start: () => sync.start() };
}

describe('section sync core', () => {
  it('two clients converge through the server; the status goes from Sparar to Sparat', async () => {
    const server = new FakeServer();
    const a = client(server);
    const b = client(server);
    await Promise.all([a.start(), b.start()]);

    type(a.doc, 'Hemtjänst dygnet runt');
    expect(a.sync.state.status).toBe('saving');
    await until(() => text(b.doc) === text(a.doc), "b to see a's text");
    type(b.doc, 'Nattpatrull');
    await until(() => text(a.doc) === text(b.doc) && text(a.doc).includes('Nattpatrull'), 'convergence');
    await until(() => a.sync.state.status === 'saved' && b.sync.state.status === 'saved', 'saved');
    expect(server.text()).toBe(text(a.doc));
    expect(a.states.some((s) => s.status === 'saving')).toBe(true);
  });

  it("knows the newest log position it holds: its own acknowledged pushes and the others' updates (what marking a section names)", async () => {
    const server = new FakeServer();
    const a = client(server);
    const b = client(server);
    await Promise.all([a.start(), b.start()]);
    expect(a.sync.state.seq).toBe(0);
    type(a.doc, 'Första stycket');
    await until(() => a.sync.state.status === 'saved', 'saved');
    expect(a.sync.state.seq).toBe(1);
    await until(() => b.sync.state.seq === 1, "b to hold a's update");
    type(b.doc, 'Andra stycket');
    await until(() => a.sync.state.seq === 2 && text(a.doc).includes('Andra stycket'), "a to hold b's update");
    const late = client(server);
    await late.start();
    expect(late.sync.state.seq).toBe(2);
  });

  it('batches the updates made while a push is in flight into one request', async () => {
    const server = new FakeServer();
    const a = client(server);
    await a.start();
    for (let i = 0; i < 20; i++) type(a.doc, `tecken ${i}`);
    await until(() => a.sync.state.status === 'saved', 'saved');
    expect(a.transport.pushCount()).toBe(2); // the first at once, the other 19 merged
    expect(server.text()).toBe(text(a.doc));
  });

  it('keeps offline edits in IndexedDB across a reload and sends them on reconnect', async () => {
    const server = new FakeServer();
    const other = client(server);
    await other.start();
    const scope = `user-1/section-${Math.random()}`;
    const first = client(server, openPendingLog(scope));
    await first.start();
    type(first.doc, 'Före avbrottet');
    await until(() => first.sync.state.status === 'saved', 'first edit saved');

    server.goOffline();
    await until(() => first.sync.state.status === 'offline', 'offline status');
    type(first.doc, 'Skrivet offline');
    await until(pendingCountIs(scope, 1), 'the offline edit in IndexedDB');
    first.sync.stop(); // the page is reloaded

    server.online = true;
    const reloaded = client(server, openPendingLog(scope));
    await reloaded.start();
    await until(() => server.text().includes('Skrivet offline'), 'the server to get the offline edit');
    await until(() => text(other.doc) === server.text(), 'the other client to see it');
    await until(() => reloaded.sync.state.status === 'saved', 'saved');
    expect(text(reloaded.doc)).toBe(server.text());
    expect((server.text().match(/Före avbrottet/g) ?? []).length).toBe(1);
    await until(pendingCountIs(scope, 0), 'the pending log to be emptied after the ack');
  });

  it('re-sending an update whose answer was lost is harmless', async () => {
    const server = new FakeServer();
    const a = client(server);
    const b = client(server);
    await Promise.all([a.start(), b.start()]);
    server.loseNextAck = true;
    type(a.doc, 'En gång');
    await until(() => server.pushes.length === 2 && a.sync.state.status === 'saved', 'the re-send');
    expect(server.pushes[1]).toEqual(server.pushes[0]);
    await until(() => text(b.doc) === text(a.doc), 'convergence');
    expect((text(b.doc).match(/En gång/g) ?? []).length).toBe(1);
    expect(server.text()).toBe(text(a.doc));
  });

  it('sends again a push that failed after the connection had already been re-established', async () => {
    const server = new FakeServer();
    const a = client(server);
    await a.start();
    server.failNextPushAfterMs = 80;
    type(a.doc, 'Under omkopplingen');
    await tick();
    server.dropSubscriptions(); // reconnects (10 ms) while the push is still out
    await until(() => a.sync.state.status === 'saved', 'saved');
    expect(server.text()).toBe(text(a.doc));
  });

  it('catches up with state vectors after both sides edited apart, and converges', async () => {
    const server = new FakeServer();
    const a = client(server);
    const b = client(server);
    await Promise.all([a.start(), b.start()]);
    type(a.doc, 'Gemensam början');
    await until(() => text(b.doc) === text(a.doc) && a.sync.state.status === 'saved', 'shared start');

    server.goOffline();
    type(a.doc, 'A offline');
    type(b.doc, 'B offline');
    server.stateVectorsSeen = [];
    server.online = true;
    await until(() => text(a.doc) === text(b.doc) && text(a.doc).includes('A offline') && text(a.doc).includes('B offline'), 'convergence');
    await until(() => a.sync.state.status === 'saved' && b.sync.state.status === 'saved', 'saved');
    expect(server.text()).toBe(text(a.doc));
    // Each reconnect told the server what it had, so only the difference travelled.
    expect(server.stateVectorsSeen.every((sv) => Y.decodeStateVector(sv).size > 0)).toBe(true);
  });

  it('drops a refused update, turns read-only and empties the pending log', async () => {
    const server = new FakeServer();
    const scope = `user-1/section-${Math.random()}`;
    const a = client(server, openPendingLog(scope));
    await a.start();
    expect(a.sync.state.editable).toBe(true);
    server.refuseNextPush = 'INVALID_STATE';
    type(a.doc, 'För sent');
    await until(() => a.sync.state.status === 'readonly', 'read-only');
    expect(a.sync.state).toMatchObject({ editable: false, problem: 'INVALID_STATE', pending: 0, diverged: true });
    await until(pendingCountIs(scope, 0), 'the pending log to be emptied');
    expect(server.text()).toBe('');
  });

  it('starts afresh when the server drops an update it had already relayed (CONFLICT on the stream): no phantom edit', async () => {
    const server = new FakeServer();
    const a = client(server);
    await a.start();
    type(a.doc, 'Sparat');
    await until(() => server.text().includes('Sparat'), 'the durable edit');
    const elsewhere = new Y.Doc();
    elsewhere.clientID = 4242;
    type(elsewhere, 'Fantom');
    server.relayThenDrop(Y.encodeStateAsUpdate(elsewhere));
    await until(() => a.sync.state.diverged, 'diverged');
    expect(text(a.doc)).toContain('Fantom'); // what the editor must not keep: it reopens from the server
    expect(a.sync.state.problem).toBeNull();
    const reopened = client(server);
    await reopened.start();
    expect(text(reopened.doc)).toContain('Sparat');
    expect(text(reopened.doc)).not.toContain('Fantom');
  });

  it('drops an update the server calls malformed, but stays editable', async () => {
    const server = new FakeServer();
    const a = client(server);
    await a.start();
    server.refuseNextPush = 'BAD_USER_INPUT';
    type(a.doc, 'För stort');
    await until(() => a.sync.state.problem === 'BAD_USER_INPUT', 'the problem');
    expect(a.sync.state).toMatchObject({ editable: true, pending: 0, status: 'saved', diverged: true });
  });

  it('is read-only when the server says the caller may not edit', async () => {
    const server = new FakeServer();
    server.editable = false;
    const a = client(server);
    await a.start();
    expect(a.sync.state).toMatchObject({ ready: true, editable: false, status: 'saved' });
  });
});

/** A check that the pending log of `scope` holds `count` updates (read from IndexedDB on each call). */
function pendingCountIs(scope: string, count: number): () => boolean {
  let last = -1;
  let reading = false;
  return () => {
    if (!reading) {
      reading = true;
      void openPendingLog(scope)
        .load()
        .then((entries) => {
          last = entries.length;
          reading = false;
        });
    }
    return last === count;
  };
}
