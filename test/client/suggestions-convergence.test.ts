import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import * as Y from 'yjs';
import { decideSuggestions, SuggestionDecision } from '../../server/suggestions/yjs-decide.js';
import { pendingSuggestions } from '../../server/suggestions/yjs-suggestions.js';
import { HeadlessSuggester, REMOTE, schema } from './support/headless-suggester.js';

const VON = { party: 'PURCHASER', userId: '11111111-1111-4111-8111-111111111111' } as const;
const PS = { party: 'PROVIDER', userId: '22222222-2222-4222-8222-222222222222' } as const;

type Op =
  | { kind: 'type'; who: number; at: number; text: string; suggesting: boolean }
  | { kind: 'delete'; who: number; at: number; length: number; suggesting: boolean }
  | { kind: 'split'; who: number; at: number }
  | { kind: 'deliver'; from: number; to: number; pick: number }
  | { kind: 'decide'; pick: number; accept: boolean };

const who = fc.integer({ min: 0, max: 1 });
const replica = fc.integer({ min: 0, max: 2 }); // 0, 1: the two editors; 2: the server
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      who,
      at: fc.nat(60),
      text: fc.constantFrom('a', 'ny ', 'text ', 'ö'),
      suggesting: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      who,
      at: fc.nat(60),
      length: fc.integer({ min: 1, max: 6 }),
      suggesting: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('split' as const), who, at: fc.nat(60) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('deliver' as const), from: replica, to: replica, pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('decide' as const), pick: fc.nat(), accept: fc.boolean() }) },
);

/** A position inside text of `tr`'s document near `at`. */
const near = (tr: Transaction, at: number) => TextSelection.near(tr.doc.resolve(Math.min(at, tr.doc.content.size))).from;

/**
 * Three replicas of one section: two people's editors (headless, with the suggestion transform) and the
 * server's document, where decisions are made (as acceptSuggestion makes them, on whatever state the
 * server has). Every update travels on its own from each replica to each other one, delivered in any
 * order the script picks; at the end everything is delivered.
 */
export class Network {
  readonly editors = [new HeadlessSuggester(VON), new HeadlessSuggester(PS)];
  readonly server = new Y.Doc();
  /** Updates not yet delivered, per (from, to). */
  readonly queues = new Map<string, Uint8Array[]>();
  /** What the server's document changed itself (Yjs tidying formatting after remote changes, decisions), sent on. */
  private readonly serverMade: Uint8Array[] = [];

  constructor() {
    this.server.on('update', (update: Uint8Array, origin: unknown) => void (origin !== REMOTE && this.serverMade.push(update)));
    this.editors[0]!.edit((tr) => {
      tr.replaceWith(0, tr.doc.content.size, [
        schema.node('paragraph', null, [schema.text('Nämnden beställer hemtjänst.')]),
        schema.node('paragraph', null, [schema.text('Produktionen utför den.')]),
      ]);
    }, false);
    this.send(0);
    this.flush();
  }

  private docOf(i: number): Y.Doc {
    return i === 2 ? this.server : this.editors[i]!.doc;
  }

  /** Queues what replica `from` made since last time for both others. */
  send(from: number, made = from === 2 ? this.serverMade.splice(0) : this.editors[from]!.outbox.splice(0)): void {
    for (const to of [0, 1, 2]) if (to !== from) this.queues.set(`${from}>${to}`, [...(this.queues.get(`${from}>${to}`) ?? []), ...made]);
  }

  deliver(from: number, to: number, pick: number): void {
    const queue = this.queues.get(`${from}>${to}`) ?? [];
    if (queue.length === 0) return;
    const [update] = queue.splice(pick % queue.length, 1);
    Y.applyUpdate(this.docOf(to), update!, REMOTE);
    // A replica's own tidying of formatting after a remote change is an update of its own, sent like an edit.
    this.send(to);
  }

  decide(pick: number, accept: boolean): void {
    const pending = pendingSuggestions(this.server);
    if (pending.length === 0) return;
    decideSuggestions(this.server, [pending[pick % pending.length]!.id], accept ? SuggestionDecision.ACCEPT : SuggestionDecision.REJECT);
    this.send(2);
  }

  /** Delivers everything, until nothing more is sent. */
  flush(): void {
    while ([...this.queues.values()].some((queue) => queue.length > 0))
      for (const key of this.queues.keys()) {
        const [from, to] = key.split('>').map(Number) as [number, number];
        while ((this.queues.get(key) ?? []).length > 0) this.deliver(from, to, 0);
      }
  }
}

describe('suggestions converge', () => {
  it('two editors suggesting, editing and having suggestions decided concurrently, updates in any order, end identical', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 5, maxLength: 40 }), (ops) => {
        const net = new Network();
        for (const step of ops) {
          if (step.kind === 'deliver') net.deliver(step.from, step.to, step.pick);
          else if (step.kind === 'decide') net.decide(step.pick, step.accept);
          else {
            const editor = net.editors[step.who]!;
            if (step.kind === 'type') editor.edit((tr) => void tr.insertText(step.text, near(tr, step.at)), step.suggesting);
            else if (step.kind === 'split') editor.edit((tr) => void tr.split(near(tr, step.at)));
            else
              editor.edit((tr) => {
                const from = near(tr, step.at);
                const to = near(tr, from + step.length);
                if (to > from) tr.delete(from, to);
              }, step.suggesting);
            net.send(step.who);
          }
        }
        net.flush();
        const [von, ps] = net.editors;
        const xml = (doc: Y.Doc) => doc.getXmlFragment('content').toString();
        expect(xml(von!.doc)).toBe(xml(net.server));
        expect(xml(ps!.doc)).toBe(xml(net.server));
        // The documents are ones the editor can show, and every suggestion in them names its party.
        expect(von!.pm.eq(ps!.pm)).toBe(true);
        von!.pm.check();
        for (const suggestion of pendingSuggestions(net.server)) expect(['PURCHASER', 'PROVIDER']).toContain(suggestion.party);
      }),
      { numRuns: 150 },
    );
  });
});
