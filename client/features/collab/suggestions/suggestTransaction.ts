import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import type { Mark, MarkType, Node } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep, StepMap, type Step } from '@tiptap/pm/transform';
import { isByAuthor, isOfParty, type SuggestionAuthor } from './suggestionId.js';

/** The library's anchor where a suggestion crosses a paragraph boundary. */
const ANCHOR = '\u200B';

/**
 * Why a change cannot be made as a suggestion: it would remove or restyle the other party's suggested
 * text (they decide it, or it is accepted/rejected first), or it changes the blocks themselves (a
 * heading, a list), which the Yjs binding cannot carry as a suggestion.
 */
export type SuggestRefusal = 'OTHERS_SUGGESTION' | 'NOT_TEXT';

export type SuggestOutcome = { transaction: Transaction } | { refused: SuggestRefusal };

interface SuggestionMarks {
  insertion: MarkType;
  deletion: MarkType;
  modification: MarkType;
}

const marksOf = (state: EditorState): SuggestionMarks => {
  const { insertion, deletion, modification } = state.schema.marks;
  return { insertion: insertion!, deletion: deletion!, modification: modification! };
};

const isSuggestion = (marks: SuggestionMarks, mark: Mark) => mark.type === marks.insertion || mark.type === marks.deletion;

/**
 * Turns an edit into a suggestion by `author`, with the suggestion library
 * (@handlewithcare/prosemirror-suggest-changes), then holds it to what this project needs:
 * - every mark it adds carries the author's own id (the library would extend a neighbouring suggestion
 *   of someone else's, which would put the edit under their name and party);
 * - it never re-marks or merges into another person's suggestion;
 * - it does not remove the other party's suggested text (that is theirs to withdraw, or ours to reject);
 * - suggestions stay on inline text: y-tiptap syncs marks on text but drops marks on block nodes, so a
 *   whole-block suggestion is spread over the block's text (an empty block gets an anchor), and a
 *   change of block type, which the library records as a block mark, is refused.
 */
export function suggestTransaction(state: EditorState, tr: Transaction, author: SuggestionAuthor, newId: () => string): SuggestOutcome {
  const marks = marksOf(state);
  if (removesOthersSuggestion(tr, marks, author)) return { refused: 'OTHERS_SUGGESTION' };
  let mine: string | null = null;
  const myId = () => (mine ??= newId());
  let tracked: Transaction;
  try {
    tracked = transformToSuggestionTransaction(tr, state, () => myId());
  } catch {
    return { refused: 'NOT_TEXT' }; // a structure the library cannot express as a suggestion
  }
  const owned = ownMarksOnly(state, tracked, marks, author, myId);
  if (owned === null) return { refused: 'NOT_TEXT' };
  return inlineOnly(owned, marks);
}

/** Whether the edit deletes, or restyles, text the other party suggested inserting. */
function removesOthersSuggestion(tr: Transaction, marks: SuggestionMarks, author: SuggestionAuthor): boolean {
  return tr.steps.some((step, i) => {
    const { from, to } = step as Step & { from?: number; to?: number };
    if (from === undefined || to === undefined || from >= to) return false;
    let touches = false;
    tr.docs[i]!.nodesBetween(from, to, (node) => {
      const insertion = marks.insertion.isInSet(node.marks);
      if (insertion && !isOfParty(insertion.attrs.id, author.party)) touches = true;
      return !touches;
    });
    return touches;
  });
}

/** The tracked edit again, with marks of other people's ids replaced by the author's or left out; null if it cannot be replayed. */
function ownMarksOnly(
  state: EditorState,
  tracked: Transaction,
  marks: SuggestionMarks,
  author: SuggestionAuthor,
  myId: () => string,
): Transaction | null {
  const foreign = (mark: Mark) => isSuggestion(marks, mark) && !isByAuthor(mark.attrs.id, author);
  const needsRewrite = tracked.steps.some((step) => (step instanceof AddMarkStep || step instanceof RemoveMarkStep) && foreign(step.mark));
  if (!needsRewrite) return tracked;
  const out = state.tr;
  for (const step of tracked.steps) {
    if (step instanceof RemoveMarkStep && foreign(step.mark)) continue; // merging into someone else's suggestion
    if (step instanceof AddMarkStep && isSuggestion(marks, step.mark)) {
      // Marks never change positions, so the ranges below are those of the tracked edit.
      const mark = foreign(step.mark) ? step.mark.type.create({ id: myId() }) : step.mark;
      out.doc.nodesBetween(step.from, step.to, (node, pos) => {
        if (!node.isInline) return true;
        if (node.marks.some(foreign)) return false; // someone else's suggestion stays theirs
        out.addMark(Math.max(pos, step.from), Math.min(pos + node.nodeSize, step.to), mark);
        return false;
      });
      continue;
    }
    if (out.maybeStep(step).failed) return null;
  }
  if (tracked.selectionSet) out.setSelection(tracked.selection.map(out.doc, StepMap.empty));
  if (tracked.storedMarksSet) out.setStoredMarks(tracked.storedMarks);
  if (tracked.scrolledIntoView) out.scrollIntoView();
  // Keep the original's meta (y-sync's, the library's), as the library itself does.
  (out as unknown as { meta: unknown }).meta = (tracked as unknown as { meta: unknown }).meta;
  return out;
}

/** Moves suggestion marks off block nodes onto their text; refuses a block change the library marked as a modification. */
function inlineOnly(tr: Transaction, marks: SuggestionMarks): SuggestOutcome {
  const blocks: Array<{ pos: number; node: Node; mark: Mark }> = [];
  let modified = false;
  tr.doc.descendants((node, pos) => {
    if (marks.modification.isInSet(node.marks)) modified = true;
    if (node.isInline) return false;
    const mark = node.marks.find((m) => isSuggestion(marks, m));
    if (mark) blocks.push({ pos, node, mark });
    return true;
  });
  if (modified) return { refused: 'NOT_TEXT' };
  // Last first, so an anchor put in does not move the blocks still to do.
  for (const { pos, node, mark } of blocks.reverse()) {
    tr.removeNodeMark(pos, mark);
    const textblocks: Array<{ at: number; size: number }> = [];
    if (node.isTextblock) textblocks.push({ at: pos + 1, size: node.content.size });
    else
      node.descendants(
        (child, offset) => void (child.isTextblock && textblocks.push({ at: pos + 1 + offset + 1, size: child.content.size })),
      );
    for (const { at, size } of textblocks.reverse()) {
      if (size > 0) tr.addMark(at, at + size, mark);
      else tr.insert(at, tr.doc.type.schema.text(ANCHOR, [mark]));
      anchorToNeighbour(tr, at, mark);
    }
  }
  return { transaction: tr };
}

/**
 * Ties a whole block's suggestion to the paragraph boundary before it (or, for the first block, after
 * it) with an anchor, as the library does for a suggestion across a boundary: then deciding it removes
 * the block itself, not only its text.
 */
function anchorToNeighbour(tr: Transaction, at: number, mark: Mark): void {
  let before: { end: number; last: Node | null } | null = null;
  let after: number | null = null;
  tr.doc.descendants((node, pos) => {
    if (!node.isTextblock) return after === null;
    if (pos + 1 < at) before = { end: pos + 1 + node.content.size, last: node.lastChild };
    else if (pos + 1 > at && after === null) after = pos + 1;
    return false;
  });
  const found = before as { end: number; last: Node | null } | null;
  if (found) {
    if (!found.last || !mark.isInSet(found.last.marks)) tr.insert(found.end, tr.doc.type.schema.text(ANCHOR, [mark]));
  } else if (after !== null) tr.insert(after, tr.doc.type.schema.text(ANCHOR, [mark]));
}
