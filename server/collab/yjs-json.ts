import * as Y from "yjs";
import { CONTENT } from "./yjs-codec.js";

/** A rich-text node as ProseMirror JSON: what a frozen version keeps of a section's structure. */
export interface RichNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  text?: string;
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
}

function textNodes(text: Y.XmlText): RichNode[] {
  return (text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>)
    .filter((d) => typeof d.insert === "string" && d.insert.length > 0)
    .map((d) => {
      const marks = Object.entries(d.attributes ?? {}).map(([type, attrs]) =>
        attrs && typeof attrs === "object" && Object.keys(attrs).length > 0 ? { type, attrs: attrs as Record<string, unknown> } : { type },
      );
      return marks.length > 0 ? { type: "text", text: d.insert as string, marks } : { type: "text", text: d.insert as string };
    });
}

function children(node: Y.XmlFragment | Y.XmlElement): RichNode[] {
  return node.toArray().flatMap((child): RichNode[] => {
    if (child instanceof Y.XmlText) return textNodes(child);
    if (!(child instanceof Y.XmlElement)) return [];
    const attrs = child.getAttributes();
    const content = children(child);
    return [{ type: child.nodeName, ...(Object.keys(attrs).length ? { attrs } : {}), ...(content.length ? { content } : {}) }];
  });
}

/** The section's content as a ProseMirror `doc` node, independent of any editor schema. */
export function contentToJson(doc: Y.Doc): RichNode {
  return { type: "doc", content: children(doc.getXmlFragment(CONTENT)) };
}
