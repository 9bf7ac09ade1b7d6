import type { Editor } from '@tiptap/vue-3';
import { absolutePositionToRelativePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { CommentDraft, LiveAnchors } from './commentDrafts.js';

/** Loaded with the editor only: Yjs and y-tiptap stay out of the page's main chunk. */

const MAX_QUOTE = 500;

type Mapping = Parameters<typeof absolutePositionToRelativePosition>[2];

/** The parts of y-tiptap's sync plugin state we use. */
interface YSyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: Mapping } | null;
}

const syncState = (editor: Editor) => ySyncPluginKey.getState(editor.state) as YSyncState | undefined;

/**
 * A draft from the editor's selection, anchored with y-tiptap's mapping from ProseMirror positions to
 * Yjs relative positions, so the comment follows the text. Null for an empty selection.
 */
export function draftFromSelection(editor: Editor): CommentDraft | null {
  const { from, to, empty } = editor.state.selection;
  const ystate = syncState(editor);
  const mapping = ystate?.binding?.mapping;
  if (empty || !ystate || !mapping) return null;
  const relative = (pos: number) => JSON.stringify(Y.relativePositionToJSON(absolutePositionToRelativePosition(pos, ystate.type, mapping)));
  const text = editor.state.doc.textBetween(from, to, '\n').trim();
  const quote = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
  return { anchor: relative(from), anchorEnd: relative(to), quote };
}

function resolve(doc: Y.Doc, json: string): Y.AbsolutePosition | null {
  try {
    return Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(JSON.parse(json)), doc);
  } catch {
    return null;
  }
}

function isDeleted(type: Y.AbstractType<unknown>): boolean {
  for (let item = type._item; item !== null; item = (item.parent as Y.AbstractType<unknown>)._item) if (item.deleted) return true;
  return false;
}

/**
 * Whether the commented range is gone from `doc`: a position no longer resolves, lies in a deleted
 * block, or the range has collapsed. The same rule as the server's `Comment.onDeletedText`.
 */
export function isOnDeletedText(doc: Y.Doc, anchor: string, anchorEnd: string | null): boolean {
  const start = resolve(doc, anchor);
  const end = anchorEnd === null ? start : resolve(doc, anchorEnd);
  if (!start || !end || isDeleted(start.type) || isDeleted(end.type)) return true;
  return anchorEnd !== null && start.type === end.type && start.index >= end.index;
}

/** The editor's live document as the comments panel needs it; null before the editor is bound. */
export function liveAnchorsOf(editor: Editor): LiveAnchors | null {
  const doc = syncState(editor)?.doc;
  if (!doc) return null;
  return {
    isOnDeletedText: (anchor, anchorEnd) => isOnDeletedText(doc, anchor, anchorEnd),
    onChange: (listener) => {
      doc.on('update', listener);
      return () => doc.off('update', listener);
    },
  };
}
