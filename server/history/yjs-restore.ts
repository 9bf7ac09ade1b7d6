import * as Y from "yjs";
import { CONTENT } from "../collab/yjs-codec.js";

type XmlNode = Y.XmlElement | Y.XmlText;

/** A fresh copy of an XmlElement or XmlText with all attributes (not only string ones, as Yjs' clone) and formatting. */
function copyNode(node: XmlNode): XmlNode {
  if (node instanceof Y.XmlText) {
    const text = new Y.XmlText();
    text.applyDelta(node.toDelta());
    for (const [key, value] of Object.entries(node.getAttributes())) text.setAttribute(key, value);
    return text;
  }
  const element = new Y.XmlElement(node.nodeName);
  for (const [key, value] of Object.entries(node.getAttributes())) element.setAttribute(key, value as string);
  element.insert(0, node.toArray().filter(isXmlNode).map(copyNode));
  return element;
}

const isXmlNode = (node: unknown): node is XmlNode => node instanceof Y.XmlElement || node instanceof Y.XmlText;

/** The rich text of a document as a comparable string (elements, attributes, formatting). */
export const contentXml = (doc: Y.Doc): string => doc.getXmlFragment(CONTENT).toString();

export function docOf(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

/**
 * The Yjs update that turns `current` into `old`'s content: on a copy of the current document, the
 * "content" fragment's children are replaced by copies of the old ones. It is an ordinary edit on top of
 * the current state — nothing of the history is rewritten. Null when the content is the same.
 */
export function restoreUpdate(current: Uint8Array, old: Uint8Array): Uint8Array | null {
  const copy = docOf(current);
  const source = docOf(old);
  try {
    if (contentXml(copy) === contentXml(source)) return null;
    const before = Y.encodeStateVector(copy);
    const fragment = copy.getXmlFragment(CONTENT);
    copy.transact(() => {
      fragment.delete(0, fragment.length);
      fragment.insert(0, source.getXmlFragment(CONTENT).toArray().filter(isXmlNode).map(copyNode));
    });
    return Y.encodeStateAsUpdate(copy, before);
  } finally {
    copy.destroy();
    source.destroy();
  }
}
