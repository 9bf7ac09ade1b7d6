import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { enableSuggestChanges, suggestChanges } from '@handlewithcare/prosemirror-suggest-changes';
import type { Schema, Node } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { SuggestChanges, withSuggestibleBlocks } from '../../../client/features/collab/suggestions/SuggestChanges.js';
import { newSuggestionId, type SuggestionAuthor } from '../../../client/features/collab/suggestions/suggestionId.js';
import { suggestTransaction, type SuggestOutcome } from '../../../client/features/collab/suggestions/suggestTransaction.js';

/** The section editor's schema (useSectionEditor.ts), with the suggestion marks. */
export const schema: Schema = getSchema([withSuggestibleBlocks(StarterKit.configure({ undoRedo: false })), SuggestChanges]);

/** The origin of updates that came from elsewhere, so they are not sent on again. */
export const REMOTE = 'remote';

/**
 * One person's editor without a browser: a real Y.Doc, its ProseMirror state read from it as y-tiptap
 * reads it, and edits written back as y-tiptap's binding writes them (updateYFragment). In suggestion
 * mode an edit goes through the same transform as the section editor's.
 */
export class HeadlessSuggester {
  readonly doc = new Y.Doc();
  readonly outbox: Uint8Array[] = [];

  constructor(readonly author: SuggestionAuthor) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) this.outbox.push(update);
    });
  }

  get fragment(): Y.XmlFragment {
    return this.doc.getXmlFragment('content');
  }

  /** The document as the editor shows it. */
  get pm(): Node {
    return yXmlFragmentToProseMirrorRootNode(this.fragment, schema);
  }

  receive(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, REMOTE);
  }

  /** Makes an edit (`build` on a transaction of the current state), as a suggestion when `suggesting`. */
  edit(build: (tr: Transaction) => void, suggesting = true): SuggestOutcome {
    let state = EditorState.create({ schema, doc: this.pm, plugins: [suggestChanges()] });
    if (suggesting) enableSuggestChanges(state, (tr) => (state = state.apply(tr)));
    const tr = state.tr;
    build(tr);
    const outcome = suggesting ? suggestTransaction(state, tr, this.author, () => newSuggestionId(this.author)) : { transaction: tr };
    if ('transaction' in outcome) {
      const next = state.apply(outcome.transaction);
      this.doc.transact(() => updateYFragment(this.doc, this.fragment, next.doc, { mapping: new Map(), isOMark: new Map() }));
    }
    return outcome;
  }
}

/** The suggestion marks of a document: [mark, id, text] per text run, in order. */
export function suggestionRuns(doc: Node): Array<[string, string, string]> {
  const runs: Array<[string, string, string]> = [];
  doc.descendants((node) => {
    for (const mark of node.marks)
      if (mark.type.name === 'insertion' || mark.type.name === 'deletion')
        runs.push([mark.type.name, String(mark.attrs.id), node.text ?? '']);
    return true;
  });
  return runs;
}
