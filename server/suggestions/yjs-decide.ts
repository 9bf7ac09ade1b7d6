import * as Y from "yjs";
import { ANCHOR, markId, runsOf, SuggestionMark, type Run } from "./yjs-suggestions.js";
import { CONTENT } from "../collab/yjs-codec.js";

export enum SuggestionDecision {
  ACCEPT = "ACCEPT",
  REJECT = "REJECT",
}

type Parent = Y.XmlFragment | Y.XmlElement;
type Delta = Array<{ insert: unknown; attributes?: Record<string, unknown> }>;

/** Inline elements of a text block (y-tiptap's names); any other element child makes its parent a container. */
const INLINE_ELEMENTS = new Set(["hardBreak", "image"]);

/**
 * Decides suggestions in `doc`, as the suggestion library's applySuggestion / revertSuggestion would in
 * the editor, directly on the Yjs structure (so nothing the server does not know of is touched):
 * accepting keeps inserted text as ordinary text and removes struck text; rejecting does the reverse.
 * A removed span that crosses paragraph boundaries joins the paragraphs it cut, as deleting the same
 * range in the editor would; a span of whole paragraphs removes them. Returns the Yjs update.
 */
export function decideSuggestions(doc: Y.Doc, ids: readonly string[], decision: SuggestionDecision): Uint8Array {
  const before = Y.encodeStateVector(doc);
  const fragment = doc.getXmlFragment(CONTENT);
  const [remove, keep] =
    decision === SuggestionDecision.ACCEPT
      ? [SuggestionMark.DELETION, SuggestionMark.INSERTION]
      : [SuggestionMark.INSERTION, SuggestionMark.DELETION];
  doc.transact(() => {
    for (const id of ids) {
      removeMarked(fragment, remove, id);
      unmark(fragment, keep, id);
    }
  });
  return Y.encodeStateAsUpdate(doc, before);
}

/** Keeps the marked content as ordinary text; the invisible anchors go. */
function unmark(fragment: Y.XmlFragment, mark: SuggestionMark, id: string): void {
  const runs = runsOf(fragment).filter((run) => markId(run.attributes, mark) === id);
  for (const run of runs.reverse()) {
    run.text.format(run.index, run.length, { [mark]: null });
    if (typeof run.insert !== "string") continue;
    for (let i = run.length - 1; i >= 0; i--) if (run.insert[i] === ANCHOR) run.text.delete(run.index + i, 1);
  }
}

/** Removes the marked content, span by span (each run of marked content that follows on without a gap). */
function removeMarked(fragment: Y.XmlFragment, mark: SuggestionMark, id: string): void {
  // Each pass removes at least one span; the bound only guards against a structure we misread.
  for (let pass = 0; pass < 10_000; pass++) {
    const runs = runsOf(fragment);
    const blocks = textBlocks(fragment);
    const marked = runs.filter((run) => markId(run.attributes, mark) === id);
    if (marked.length === 0) return;
    const span = [marked[0]];
    for (const run of marked.slice(1)) {
      if (!follows(span[span.length - 1], run, blocks)) break;
      span.push(run);
    }
    removeSpan(fragment, span, blocks);
  }
}

/** The text blocks (paragraphs, headings: elements holding inline content, or nothing) in document order. */
function textBlocks(fragment: Y.XmlFragment): Y.XmlElement[] {
  const blocks: Y.XmlElement[] = [];
  const walk = (parent: Parent) => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      const container = child.toArray().some((c) => c instanceof Y.XmlElement && !INLINE_ELEMENTS.has(c.nodeName));
      if (container) walk(child);
      else blocks.push(child);
    }
  };
  walk(fragment);
  return blocks;
}

const isFirstChild = (node: Y.XmlText, parent: Parent) => parent.get(0) === node;
const isLastChild = (node: Y.XmlText, parent: Parent) => parent.get(parent.length - 1) === node;

/** Whether `next` continues `prev` with nothing between: in the same text, or across a paragraph boundary. */
function follows(prev: Run, next: Run, blocks: Y.XmlElement[]): boolean {
  if (prev.text === next.text) return next.index === prev.index + prev.length;
  const endsBlock = prev.index + prev.length === prev.text.length && isLastChild(prev.text, prev.block);
  const startsBlock = next.index === 0 && isFirstChild(next.text, next.block);
  const from = blocks.indexOf(prev.block as Y.XmlElement);
  return endsBlock && startsBlock && from >= 0 && blocks.indexOf(next.block as Y.XmlElement) === from + 1;
}

function stringOf(text: Y.XmlText): string {
  return (text.toDelta() as Delta).map((op) => (typeof op.insert === "string" ? op.insert : "\uFFFC")).join("");
}

function removeSpan(fragment: Y.XmlFragment, span: Run[], blocks: Y.XmlElement[]): void {
  const first = span[0];
  const last = span[span.length - 1];
  const end = last.index + last.length;
  if (first.text === last.text) {
    first.text.delete(first.index, end - first.index);
    // As the library does: no double space where a word between two spaces went.
    const text = stringOf(first.text);
    if (first.index > 0 && text[first.index - 1] === " " && text[first.index] === " ") first.text.delete(first.index, 1);
    return;
  }
  const a = first.block as Y.XmlElement;
  const z = last.block as Y.XmlElement;
  const between = blocks.slice(blocks.indexOf(a) + 1, blocks.indexOf(z));
  const whole = first.index === 0 && isFirstChild(first.text, a) && end === last.text.length && isLastChild(last.text, z);
  if (whole) {
    for (const block of [z, ...between.reverse(), a]) removeBlock(block);
    if (fragment.length === 0) fragment.insert(0, [new Y.XmlElement("paragraph")]);
    return;
  }
  // Join: what follows the span in its last paragraph moves to where the span begins; the rest goes.
  const rest = sliceDelta(last.text.toDelta() as Delta, end);
  const after = z.toArray().slice(z.toArray().indexOf(last.text) + 1);
  first.text.delete(first.index, first.text.length - first.index);
  first.text.applyDelta([{ retain: first.text.length }, ...rest.map((op) => ({ insert: op.insert, attributes: op.attributes ?? {} }))]);
  const at = a.toArray().indexOf(first.text) + 1;
  if (after.length > 0) a.insert(at, after.map(copyNode));
  for (const block of [z, ...between.reverse()]) removeBlock(block);
}

function sliceDelta(delta: Delta, from: number): Delta {
  const out: Delta = [];
  let offset = 0;
  for (const op of delta) {
    const length = typeof op.insert === "string" ? op.insert.length : 1;
    if (offset + length > from) {
      const skip = Math.max(0, from - offset);
      out.push({ ...op, insert: typeof op.insert === "string" ? op.insert.slice(skip) : op.insert });
    }
    offset += length;
  }
  return out;
}

/** Removes a block, and every container it leaves empty (a list item, a list). */
function removeBlock(block: Y.XmlElement): void {
  let node: Y.XmlElement = block;
  for (;;) {
    const parent = node.parent as Parent | null;
    if (!parent) return;
    parent.delete(parent.toArray().indexOf(node), 1);
    if (!(parent instanceof Y.XmlElement) || parent.length > 0) return;
    node = parent;
  }
}

function copyNode(node: Y.XmlElement | Y.XmlText | Y.XmlHook): Y.XmlElement | Y.XmlText {
  if (node instanceof Y.XmlText) {
    const text = new Y.XmlText();
    text.applyDelta(node.toDelta());
    return text;
  }
  const element = new Y.XmlElement((node as Y.XmlElement).nodeName);
  for (const [key, value] of Object.entries((node as Y.XmlElement).getAttributes())) element.setAttribute(key, value as string);
  element.insert(
    0,
    (node as Y.XmlElement)
      .toArray()
      .filter((c): c is Y.XmlElement | Y.XmlText => c instanceof Y.XmlElement || c instanceof Y.XmlText)
      .map(copyNode),
  );
  return element;
}
