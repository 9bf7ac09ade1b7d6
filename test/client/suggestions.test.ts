import { describe, expect, it } from 'vitest';
import { TextSelection } from '@tiptap/pm/state';
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { plainText } from '../../server/collab/yjs-codec.js';
import { decideSuggestions, SuggestionDecision } from '../../server/suggestions/yjs-decide.js';
import { pendingSuggestions } from '../../server/suggestions/yjs-suggestions.js';
import { parseSuggestionId as parseOnServer } from '../../server/suggestions/suggestion-id.js';
import { newSuggestionId, parseSuggestionId } from '../../client/features/collab/suggestions/suggestionId.js';
import { HeadlessSuggester, schema, suggestionRuns } from './support/headless-suggester.js';

const VON = { party: 'PURCHASER', userId: '11111111-1111-4111-8111-111111111111' } as const;
const PS = { party: 'PROVIDER', userId: '22222222-2222-4222-8222-222222222222' } as const;

/** Two people on one section, in sync, with `paragraphs` as its text. */
function twoEditors(...paragraphs: string[]) {
  const von = new HeadlessSuggester(VON);
  const ps = new HeadlessSuggester(PS);
  von.edit((tr) => {
    tr.replaceWith(
      0,
      tr.doc.content.size,
      paragraphs.map((text) => schema.node('paragraph', null, text ? [schema.text(text)] : [])),
    );
  }, false);
  sync(von, ps);
  return { von, ps };
}

function sync(...editors: HeadlessSuggester[]): void {
  for (const from of editors) for (const update of from.outbox.splice(0)) for (const to of editors) if (to !== from) to.receive(update);
}

/** The server's decision, made on a copy of `editor`'s document and sent to it. */
function decide(editor: HeadlessSuggester, id: string, decision: SuggestionDecision): void {
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(editor.doc));
  editor.receive(decideSuggestions(server, [id], decision));
}

const textOf = (editor: HeadlessSuggester) => plainText(editor.doc);
const paragraphsOf = (editor: HeadlessSuggester) => editor.pm.children.map((p) => p.textContent);
const endOfFirst = (editor: HeadlessSuggester) => 1 + editor.pm.child(0).content.size;

describe('suggestion marks through y-tiptap', () => {
  it('inline insertion and deletion marks round-trip between ProseMirror and Y.XmlFragment, ids as strings', () => {
    const id = newSuggestionId(PS, 1767225600000);
    const doc = schema.node('doc', null, [
      schema.node('paragraph', null, [
        schema.text('Nämnden '),
        schema.text('beställer', [schema.marks.deletion!.create({ id })]),
        schema.text('köper', [schema.marks.insertion!.create({ id })]),
        schema.text(' hemtjänst.', [schema.marks.bold!.create()]),
      ]),
    ]);
    const ydoc = new Y.Doc();
    prosemirrorToYXmlFragment(doc, ydoc.getXmlFragment('content'));
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
    const back = yXmlFragmentToProseMirrorRootNode(copy.getXmlFragment('content'), schema);
    expect(back.eq(doc)).toBe(true);
    expect(parseSuggestionId(id)).toEqual({ ...PS, at: new Date(1767225600000) });
    expect(parseOnServer(id)).toEqual({ ...PS, at: new Date(1767225600000) });
  });

  it('marks on block nodes do not survive y-tiptap: suggestions are kept to inline text', () => {
    const id = newSuggestionId(PS);
    const doc = schema.node('doc', null, [
      schema.node('paragraph', null, [schema.text('Ny punkt')], [schema.marks.insertion!.create({ id })]),
    ]);
    const ydoc = new Y.Doc();
    prosemirrorToYXmlFragment(doc, ydoc.getXmlFragment('content'));
    expect(yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment('content'), schema).child(0).marks).toEqual([]);
  });
});

describe('suggesting in the editor', () => {
  it("typing is an insertion of the typist's own party, left out of the text until accepted", () => {
    const { von, ps } = twoEditors('Nämnden beställer hemtjänst.');
    ps.edit((tr) => tr.insertText(' i hela kommunen', 28));
    sync(ps, von);
    const [[mark, id, text]] = suggestionRuns(von.pm);
    expect([mark, text, parseSuggestionId(id)?.party]).toEqual(['insertion', ' i hela kommunen', 'PROVIDER']);
    expect(textOf(von)).toBe('Nämnden beställer hemtjänst.');
    decide(von, id, SuggestionDecision.ACCEPT);
    expect(textOf(von)).toBe('Nämnden beställer hemtjänst i hela kommunen.');
    expect(suggestionRuns(von.pm)).toEqual([]);
  });

  it('deleting strikes the text instead of removing it; rejecting keeps it, accepting removes it', () => {
    const { von } = twoEditors('Nämnden beställer hemtjänst.');
    von.edit((tr) => tr.delete(9, 19)); // "beställer "
    const [[mark, id]] = suggestionRuns(von.pm);
    expect(mark).toBe('deletion');
    expect(von.pm.textContent).toBe('Nämnden beställer hemtjänst.');
    decide(von, id, SuggestionDecision.ACCEPT);
    expect(paragraphsOf(von)).toEqual(['Nämnden hemtjänst.']);
  });

  it("writing next to the other party's suggestion makes a suggestion of one's own, and never takes theirs", () => {
    const { von, ps } = twoEditors('Nämnden beställer hemtjänst.');
    ps.edit((tr) => tr.insertText(' dygnet runt', 28));
    sync(ps, von);
    von.edit((tr) => tr.insertText(' och natt', 40)); // right after PS's insertion
    const parties = suggestionRuns(von.pm).map(([, id, text]) => [text, parseSuggestionId(id)?.party]);
    expect(parties).toEqual([
      [' dygnet runt', 'PROVIDER'],
      [' och natt', 'PURCHASER'],
    ]);
  });

  it("deleting the other party's suggested text is refused: they withdraw it, or it is rejected", () => {
    const { von, ps } = twoEditors('Nämnden beställer hemtjänst.');
    ps.edit((tr) => tr.insertText(' dygnet runt', 28));
    sync(ps, von);
    expect(von.edit((tr) => tr.delete(30, 36))).toEqual({ refused: 'OTHERS_SUGGESTION' });
    // The suggester may withdraw it: deleting one's own insertion removes it for real.
    expect('transaction' in ps.edit((tr) => tr.delete(28, 40))).toBe(true);
    expect(suggestionRuns(ps.pm)).toEqual([]);
  });

  it('a suggested paragraph break is split on acceptance and joined back on rejection', () => {
    for (const [decision, expected] of [
      [SuggestionDecision.ACCEPT, ['Nämnden beställer', ' hemtjänst.']],
      [SuggestionDecision.REJECT, ['Nämnden beställer hemtjänst.']],
    ] as const) {
      const { ps } = twoEditors('Nämnden beställer hemtjänst.');
      ps.edit((tr) => tr.split(18));
      expect(ps.pm.childCount).toBe(2);
      expect(plainText(ps.doc)).toBe('Nämnden beställer hemtjänst.'); // the break is pending
      decide(ps, suggestionRuns(ps.pm)[0]![1], decision);
      expect(paragraphsOf(ps)).toEqual(expected);
    }
  });

  it('deleting whole paragraphs marks their text; accepting removes the paragraphs, rejecting keeps them', () => {
    for (const [decision, expected] of [
      [SuggestionDecision.ACCEPT, ['Första stycket.', 'Tredje stycket.']],
      [SuggestionDecision.REJECT, ['Första stycket.', 'Andra stycket.', 'Tredje stycket.']],
    ] as const) {
      const { von } = twoEditors('Första stycket.', 'Andra stycket.', 'Tredje stycket.');
      const second = endOfFirst(von) + 1;
      von.edit((tr) => tr.delete(second, second + 16).setSelection(TextSelection.create(tr.doc, 1)));
      const runs = suggestionRuns(von.pm);
      expect(runs.map(([mark, , text]) => [mark, text.replaceAll('\u200B', '')]).filter(([, text]) => text)).toEqual([
        ['deletion', 'Andra stycket.'],
      ]);
      expect(new Set(runs.map(([, id]) => id)).size).toBe(1);
      decide(von, runs[0]![1], decision);
      expect(paragraphsOf(von)).toEqual(expected);
    }
  });

  it('pasting whole paragraphs suggests them; rejecting removes the paragraphs', () => {
    const { ps } = twoEditors('Första stycket.', 'Sista stycket.');
    const pasted = [schema.node('paragraph', null, [schema.text('Inklistrat.')])];
    ps.edit((tr) => tr.insert(endOfFirst(ps) + 1, pasted));
    expect(plainText(ps.doc)).toBe('Första stycket.\nSista stycket.');
    decide(ps, suggestionRuns(ps.pm)[0]![1], SuggestionDecision.REJECT);
    expect(paragraphsOf(ps)).toEqual(['Första stycket.', 'Sista stycket.']);
  });

  it('changing a block (a heading) cannot be suggested', () => {
    const { von } = twoEditors('Rubrik');
    expect(von.edit((tr) => tr.setBlockType(1, 7, schema.nodes.heading!, { level: 4 }))).toEqual({ refused: 'NOT_TEXT' });
  });

  it('the server lists what is pending per suggestion, with its party and words', () => {
    const { von, ps } = twoEditors('Nämnden beställer hemtjänst.');
    ps.edit((tr) => tr.insertText('utför', 9).delete(14, 23));
    sync(ps, von);
    expect(pendingSuggestions(von.doc)).toMatchObject([
      { party: 'PROVIDER', userId: PS.userId, kind: 'REPLACEMENT', inserted: 'utför', deleted: 'beställer' },
    ]);
  });
});
