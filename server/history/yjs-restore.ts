import { diffArrays, diffWordsWithSpace } from "diff";
import * as Y from "yjs";
import { CONTENT } from "../collab/yjs-codec.js";

type XmlNode = Y.XmlElement | Y.XmlText;
type XmlParent = Y.XmlFragment | Y.XmlElement;

const isXmlNode = (node: unknown): node is XmlNode => node instanceof Y.XmlElement || node instanceof Y.XmlText;
const childrenOf = (parent: XmlParent): XmlNode[] => parent.toArray().filter(isXmlNode);
/** A node's content, attributes and formatting, as one comparable string. */
const keyOf = (node: XmlNode): string => node.toString();

/** The rich text of a document as a comparable string (elements, attributes, formatting). */
export const contentXml = (doc: Y.Doc): string => doc.getXmlFragment(CONTENT).toString();

export function docOf(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

/** A fresh copy of an XmlElement or XmlText with all attributes (Yjs' own clone keeps only string ones) and formatting. */
function copyNode(node: XmlNode): XmlNode {
  if (node instanceof Y.XmlText) {
    const text = new Y.XmlText();
    text.applyDelta(node.toDelta());
    for (const [key, value] of Object.entries(node.getAttributes())) text.setAttribute(key, value);
    return text;
  }
  const element = new Y.XmlElement(node.nodeName);
  for (const [key, value] of Object.entries(node.getAttributes())) element.setAttribute(key, value as string);
  element.insert(0, childrenOf(node).map(copyNode));
  return element;
}

/** The text of an XmlText when it is plain strings only (formatting aside), else null. */
function stringOf(text: Y.XmlText): string | null {
  const delta = text.toDelta() as Array<{ insert: unknown }>;
  return delta.every((d) => typeof d.insert === "string") ? delta.map((d) => d.insert).join("") : null;
}

/** Edits `target` word by word into `source`'s text; false (nothing done) when only a whole copy would do. */
function patchText(target: Y.XmlText, source: Y.XmlText): boolean {
  const from = stringOf(target);
  const to = stringOf(source);
  if (from === null || to === null) return false;
  let index = 0;
  for (const change of diffWordsWithSpace(from, to)) {
    if (change.removed) target.delete(index, change.value.length);
    else {
      if (change.added) target.insert(index, change.value);
      index += change.value.length;
    }
  }
  if (JSON.stringify(target.toDelta()) === JSON.stringify(source.toDelta())) return true;
  // The words match now but the formatting does not: set it run by run as the source has it.
  const attributesOf = (attributes: Record<string, unknown> | undefined) => attributes ?? {};
  let offset = 0;
  const names = new Set<string>();
  for (const run of target.toDelta() as Array<{ attributes?: Record<string, unknown> }>)
    for (const name of Object.keys(attributesOf(run.attributes))) names.add(name);
  for (const run of source.toDelta() as Array<{ insert: string; attributes?: Record<string, unknown> }>) {
    const wanted: Record<string, unknown> = Object.fromEntries([...names].map((name) => [name, null]));
    target.format(offset, run.insert.length, { ...wanted, ...attributesOf(run.attributes) });
    offset += run.insert.length;
  }
  return JSON.stringify(target.toDelta()) === JSON.stringify(source.toDelta());
}

/** Brings one node in line with its counterpart in place; false when it must be replaced instead. */
function patchNode(target: XmlNode, source: XmlNode): boolean {
  if (target instanceof Y.XmlText && source instanceof Y.XmlText) return patchText(target, source);
  if (!(target instanceof Y.XmlElement) || !(source instanceof Y.XmlElement) || target.nodeName !== source.nodeName) return false;
  const wanted = source.getAttributes();
  for (const name of Object.keys(target.getAttributes())) if (!(name in wanted)) target.removeAttribute(name);
  for (const [name, value] of Object.entries(wanted)) if (target.getAttribute(name) !== value) target.setAttribute(name, value as string);
  patchChildren(target, source);
  return true;
}

const shapeOf = (node: XmlNode): string => (node instanceof Y.XmlText ? "#text" : node.nodeName);
const countOf = (change: { count?: number; value: unknown[] }): number => change.count ?? change.value.length;

/**
 * Makes `target`'s children equal to `source`'s with as few changes as possible: unchanged nodes are
 * kept as they are (so comments anchored in them stay anchored), changed ones are edited in place
 * where a node of the same kind takes their place, and only the rest is deleted or inserted as copies.
 */
function patchChildren(target: XmlParent, source: XmlParent): void {
  const current = childrenOf(target);
  const wanted = childrenOf(source);
  let at = 0;
  let removed: XmlNode[] = [];
  let added: XmlNode[] = [];
  let c = 0;
  let w = 0;
  for (const change of diffArrays(current.map(keyOf), wanted.map(keyOf))) {
    const count = countOf(change);
    if (change.removed) removed = removed.concat(current.slice(c, (c += count)));
    else if (change.added) added = added.concat(wanted.slice(w, (w += count)));
    else {
      at = replaceRun(target, at, removed, added) + count;
      [removed, added, c, w] = [[], [], c + count, w + count];
    }
  }
  replaceRun(target, at, removed, added);
}

/** Turns the run `removed` (from `at` in `target`) into `added`; returns the position after it. */
function replaceRun(target: XmlParent, at: number, removed: XmlNode[], added: XmlNode[]): number {
  let r = 0;
  let a = 0;
  for (const change of diffArrays(removed.map(shapeOf), added.map(shapeOf))) {
    const count = countOf(change);
    if (change.removed) {
      target.delete(at, count);
      r += count;
    } else if (change.added) {
      target.insert(at, added.slice(a, (a += count)).map(copyNode));
      at += count;
    } else
      for (let k = 0; k < count; k++, r++, a++, at++) {
        if (patchNode(removed[r], added[a])) continue;
        target.delete(at, 1);
        target.insert(at, [copyNode(added[a])]);
      }
  }
  return at;
}

/**
 * The Yjs update that turns `current`'s content into `old`'s, made on a copy of the current document:
 * an ordinary edit on top of the present — nothing of the history is rewritten. Null when equal.
 */
export function restoreUpdate(current: Uint8Array, old: Uint8Array): Uint8Array | null {
  const copy = docOf(current);
  const source = docOf(old);
  try {
    if (contentXml(copy) === contentXml(source)) return null;
    const before = Y.encodeStateVector(copy);
    copy.transact(() => patchChildren(copy.getXmlFragment(CONTENT), source.getXmlFragment(CONTENT)));
    if (contentXml(copy) !== contentXml(source)) {
      // A safety net: should the minimal edit ever miss, replace the content wholesale.
      const fragment = copy.getXmlFragment(CONTENT);
      copy.transact(() => {
        fragment.delete(0, fragment.length);
        fragment.insert(0, childrenOf(source.getXmlFragment(CONTENT)).map(copyNode));
      });
    }
    return Y.encodeStateAsUpdate(copy, before);
  } finally {
    copy.destroy();
    source.destroy();
  }
}
