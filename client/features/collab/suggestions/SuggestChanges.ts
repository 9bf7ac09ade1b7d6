import { Extension, Mark, mergeAttributes, type AnyExtension, type Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { isSuggestChangesEnabled, suggestChanges, suggestChangesKey } from '@handlewithcare/prosemirror-suggest-changes';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { newSuggestionId, parseSuggestionId, type SuggestionAuthor } from './suggestionId.js';
import { suggestTransaction, type SuggestRefusal } from './suggestTransaction.js';

export type SuggestionMarkName = 'insertion' | 'deletion';

export interface SuggestChangesOptions {
  /** Who suggests (party and user); null: the person drafts for neither party and cannot suggest. */
  author: () => SuggestionAuthor | null;
  /** The words for a suggestion's tooltip and accessible description: party, name, time. */
  describe: (id: string, kind: SuggestionMarkName) => string;
  /** A change that cannot be made as a suggestion was not made; say why. */
  onRefused: (reason: SuggestRefusal) => void;
}

/** The party a mark's id names, as a class: its colour. */
const partyClass = (id: unknown) => `suggestion--${(parseSuggestionId(id)?.party ?? 'unknown').toLowerCase()}`;

/** The library's marks as Tiptap marks; `id` is `PARTY~userId~epochMs~random` (suggestionId.ts). */
function suggestionMark(name: SuggestionMarkName | 'modification', tag: string, excludes: string) {
  return Mark.create({
    name,
    inclusive: false,
    excludes,
    addAttributes() {
      return {
        id: { default: null, parseHTML: (el) => el.getAttribute('data-suggestion'), renderHTML: (a) => ({ 'data-suggestion': a.id }) },
        ...(name === 'modification'
          ? { type: { default: null }, attrName: { default: null }, previousValue: { default: null }, newValue: { default: null } }
          : {}),
      };
    },
    parseHTML: () => [{ tag: `${tag}[data-suggestion]` }],
    renderHTML: ({ mark, HTMLAttributes }) => [
      tag,
      mergeAttributes(HTMLAttributes, { class: `suggestion ${partyClass(mark.attrs.id)}` }),
      0,
    ],
  });
}

// Each mark excludes only itself (so y-tiptap keeps it under its own name): concurrent edits can leave
// one run of text both inserted by one person and struck by another, and y-tiptap drops a text whose
// marks the schema refuses together — its words would be lost for everyone.
export const Insertion = suggestionMark('insertion', 'ins', 'insertion');
export const Deletion = suggestionMark('deletion', 'del', 'deletion');
/** Kept for the library's schema check; the editor refuses the block changes it would record (suggestTransaction.ts). */
export const Modification = suggestionMark('modification', 'span', 'modification');

/** Nodes whose children are blocks: the library puts its marks on those children. */
const BLOCK_PARENTS = new Set(['doc', 'bulletList', 'orderedList', 'listItem', 'blockquote']);
const SUGGESTION_MARKS = 'insertion deletion modification';

const describeKey = new PluginKey<number>('suggestion-descriptions');

/** Every suggested run gets its party, name and time as a tooltip and an accessible description. */
function descriptions(options: SuggestChangesOptions): Plugin {
  const decorate = (state: EditorState) => {
    const decorations: Decoration[] = [];
    state.doc.descendants((node, pos) => {
      if (!node.isInline) return true;
      for (const mark of node.marks) {
        if (mark.type.name !== 'insertion' && mark.type.name !== 'deletion') continue;
        const text = options.describe(String(mark.attrs.id), mark.type.name);
        decorations.push(Decoration.inline(pos, pos + node.nodeSize, { title: text, 'aria-description': text }));
      }
      return false;
    });
    return DecorationSet.create(state.doc, decorations);
  };
  return new Plugin({
    key: describeKey,
    state: {
      init: (_config, state) => decorate(state),
      // Redone on each change of the text, and when the names arrive (`refreshSuggestionDescriptions`).
      apply: (tr, set, _old, state) => (tr.docChanged || tr.getMeta(describeKey) ? decorate(state) : set),
    },
    props: { decorations: (state) => describeKey.getState(state) as unknown as DecorationSet },
  });
}

/** Whether a transaction is the person's own edit (not a remote one, an undo, or the library's own). */
function isOwnEdit(tr: Transaction): boolean {
  const ySync = (tr.getMeta(ySyncPluginKey) ?? {}) as { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean };
  const skip = tr.getMeta(suggestChangesKey) as { skip?: boolean } | undefined;
  return tr.docChanged && !ySync.isChangeOrigin && !ySync.isUndoRedoOperation && !skip?.skip && !tr.getMeta('history$');
}

/**
 * Suggestion mode ("Föreslå ändringar"), with @handlewithcare/prosemirror-suggest-changes: while it is
 * on, the person's insertions and deletions become marks of their party in the section's Yjs document
 * (so they sync, survive reloads and converge like any edit) instead of changes of the text.
 */
export const SuggestChanges = Extension.create<SuggestChangesOptions>({
  name: 'suggestChanges',

  addOptions() {
    return { author: () => null, describe: (id) => id, onRefused: () => undefined };
  },

  addExtensions() {
    return [Insertion, Deletion, Modification];
  },

  addProseMirrorPlugins() {
    return [suggestChanges(), descriptions(this.options)];
  },

  dispatchTransaction({ transaction, next }) {
    const state = this.editor.state;
    const author = this.options.author();
    if (!author || !isSuggestChangesEnabled(state) || !isOwnEdit(transaction)) return next(transaction);
    const outcome = suggestTransaction(state, transaction, author, () => newSuggestionId(author));
    if ('refused' in outcome) this.options.onRefused(outcome.refused);
    else next(outcome.transaction);
  },
});

/**
 * A kit of block nodes (StarterKit) whose block parents (document, lists, quotes) allow the library's
 * marks on their children: it marks whole blocks it inserts or deletes, which suggestTransaction then
 * moves onto their text before anything reaches Yjs.
 */
export function withSuggestibleBlocks<T extends AnyExtension>(kit: T): T {
  return kit.extend({
    addExtensions() {
      return (this.parent?.() ?? []).map((extension: AnyExtension) =>
        BLOCK_PARENTS.has(extension.name) ? extension.extend({ marks: SUGGESTION_MARKS }) : extension,
      );
    },
  }) as T;
}

/** Turns suggestion mode on or off in an editor that has the extension. */
export function setSuggesting(editor: Editor, on: boolean): void {
  if (isSuggestChangesEnabled(editor.state) === on) return;
  editor.commands.command(({ tr }) => {
    tr.setMeta(suggestChangesKey, { skip: true, enabled: on }).setMeta('addToHistory', false);
    return true;
  });
}

/** Redraws the suggestions' descriptions (the names have arrived, the language changed). */
export function refreshSuggestionDescriptions(editor: Editor): void {
  editor.commands.command(({ tr }) => {
    tr.setMeta(describeKey, true).setMeta('addToHistory', false);
    return true;
  });
}

/** The ids of the suggestions in a document, as one comparable string. */
export function suggestionIdsOf(doc: PMNode): string {
  const ids = new Set<string>();
  doc.descendants((node) => {
    for (const mark of node.marks) if (mark.type.name === 'insertion' || mark.type.name === 'deletion') ids.add(String(mark.attrs.id));
    return true;
  });
  return [...ids].sort().join(' ');
}
