import * as Y from "yjs";
import { CONTENT } from "../collab/yjs-codec.js";

/**
 * A block of a section's rich text, in the shape the client's editor (Tiptap's StarterKit bound to the
 * Y.XmlFragment "content") reads and writes: paragraphs, headings of the one level sections use, and
 * bullet lists of paragraphs.
 */
export type Block = { paragraph: string } | { heading: string } | { bullets: string[] };

/** Section titles are h3 on the page, so headings inside a section are h4 (client/features/collab/useSectionEditor.ts). */
const HEADING_LEVEL = 4;

function textBlock(name: string, text: string): Y.XmlElement {
  const element = new Y.XmlElement(name);
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function element(block: Block): Y.XmlElement {
  if ("paragraph" in block) return textBlock("paragraph", block.paragraph);
  if ("heading" in block) {
    // An attribute keeps its type, and ProseMirror's heading level is a number.
    const heading = new Y.XmlElement<{ level: number }>("heading");
    heading.setAttribute("level", HEADING_LEVEL);
    heading.insert(0, [new Y.XmlText(block.heading)]);
    return heading as unknown as Y.XmlElement;
  }
  const list = new Y.XmlElement("bulletList");
  list.insert(
    0,
    block.bullets.map((item) => {
      const listItem = new Y.XmlElement("listItem");
      listItem.insert(0, [textBlock("paragraph", item)]);
      return listItem;
    }),
  );
  return list;
}

/**
 * The Yjs update one editor makes by adding `blocks` at the end of the document `state`: made in a Y.Doc
 * of its own, so each editor writes as a Yjs client of its own, as in the browser.
 */
export function appendBlocks(state: Uint8Array, blocks: readonly Block[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const before = Y.encodeStateVector(doc);
    const fragment = doc.getXmlFragment(CONTENT);
    doc.transact(() => fragment.insert(fragment.length, blocks.map(element)));
    return Y.encodeStateAsUpdate(doc, before);
  } finally {
    doc.destroy();
  }
}

function textsOf(node: Y.XmlFragment | Y.XmlElement): Y.XmlText[] {
  return node.toArray().flatMap((child) => (child instanceof Y.XmlText ? [child] : child instanceof Y.XmlElement ? textsOf(child) : []));
}

const plain = (text: Y.XmlText): string =>
  (text.toDelta() as Array<{ insert: unknown }>).map((d) => (typeof d.insert === "string" ? d.insert : "")).join("");

/** A comment's anchors around the first `phrase` in the document: Yjs relative positions as JSON, as the client makes them. */
export function anchorsAround(state: Uint8Array, phrase: string): { anchor: string; anchorEnd: string; quote: string } {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    for (const text of textsOf(doc.getXmlFragment(CONTENT))) {
      const at = plain(text).indexOf(phrase);
      if (at < 0) continue;
      const json = (index: number) => JSON.stringify(Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, index)));
      return { anchor: json(at), anchorEnd: json(at + phrase.length), quote: phrase };
    }
    throw new Error(`The demo text has no "${phrase}" to comment on`);
  } finally {
    doc.destroy();
  }
}
