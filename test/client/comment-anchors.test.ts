// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/vue-3';
import StarterKit from '@tiptap/starter-kit';
import Collaboration from '@tiptap/extension-collaboration';
import * as Y from 'yjs';
import { draftFromSelection, isOnDeletedText, liveAnchorsOf } from '../../client/features/comments/commentAnchors.js';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

/** A real Tiptap editor bound to a Y.Doc, as the section editor makes it. */
function editorWith(html: string): { editor: Editor; doc: Y.Doc } {
  const doc = new Y.Doc();
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [StarterKit.configure({ undoRedo: false }), Collaboration.configure({ document: doc, field: 'content' })],
  });
  editors.push(editor);
  editor.commands.setContent(html);
  return { editor, doc };
}

/** The ProseMirror range of `needle`. */
function rangeOf(editor: Editor, needle: string): { from: number; to: number } {
  let from = -1;
  editor.state.doc.descendants((node, pos) => {
    if (from < 0 && node.isText && node.text!.includes(needle)) from = pos + node.text!.indexOf(needle);
  });
  return { from, to: from + needle.length };
}

const select = (editor: Editor, needle: string) => editor.commands.setTextSelection(rangeOf(editor, needle));

const firstText = (doc: Y.Doc) => (doc.getXmlFragment('content').get(0) as Y.XmlElement).get(0) as Y.XmlText;

describe("comment anchors from the editor's selection", () => {
  it('quotes the selection and follows the text through edits before it', () => {
    const { editor, doc } = editorWith('<p>Hemtjänst dygnet runt i hela kommunen</p>');
    select(editor, 'dygnet runt');
    const draft = draftFromSelection(editor)!;
    expect(draft.quote).toBe('dygnet runt');
    firstText(doc).insert(0, 'Utförd ');
    const start = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(JSON.parse(draft.anchor)), doc)!;
    const end = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(JSON.parse(draft.anchorEnd)), doc)!;
    expect(firstText(doc).toString().slice(start.index, end.index)).toBe('dygnet runt');
    expect(isOnDeletedText(doc, draft.anchor, draft.anchorEnd)).toBe(false);
  });

  it('tells the panel when the commented text is deleted, and nothing for an empty selection', () => {
    const { editor } = editorWith('<p>Först</p><p>Mål och kvalitetskrav gäller</p>');
    select(editor, 'kvalitetskrav');
    const draft = draftFromSelection(editor)!;
    expect(draft.quote).toBe('kvalitetskrav');
    const live = liveAnchorsOf(editor)!;
    let changes = 0;
    const stop = live.onChange(() => changes++);
    editor.commands.setTextSelection(3);
    expect(draftFromSelection(editor)).toBeNull();
    editor.commands.deleteRange(rangeOf(editor, 'kvalitetskrav'));
    expect(changes).toBeGreaterThan(0);
    expect(editor.state.doc.textContent).toContain('Mål och  gäller');
    expect(live.isOnDeletedText(draft.anchor, draft.anchorEnd)).toBe(true);
    stop();
  });
});
