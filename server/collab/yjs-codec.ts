import * as Y from "yjs";
import { badInput } from "../errors.js";

/** The Y.XmlFragment of a section's Y.Doc that holds its rich text (API.md). */
export const CONTENT = "content";

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function decodeBase64(value: string, field: string): Uint8Array {
  if (value.length % 4 !== 0 || !BASE64.test(value)) throw badInput("Inte giltig base64", field);
  return new Uint8Array(Buffer.from(value, "base64"));
}

export const encodeBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("base64");

/** Parses a Yjs update fully without applying it, so that malformed bytes never reach a document. */
export function assertValidUpdate(update: Uint8Array): void {
  try {
    Y.decodeUpdate(update);
  } catch {
    throw badInput("Uppdateringen är inte en giltig Yjs-uppdatering", "update");
  }
}

export function assertValidStateVector(stateVector: Uint8Array): void {
  try {
    Y.decodeStateVector(stateVector);
  } catch {
    throw badInput("Tillståndsvektorn är ogiltig", "stateVector");
  }
}

const INLINE_ELEMENTS = new Set(["hardBreak", "image"]);

const textOf = (text: Y.XmlText): string =>
  (text.toDelta() as Array<{ insert: unknown }>).map((d) => (typeof d.insert === "string" ? d.insert : "")).join("");

/** Text of a text block (paragraph, heading): its text runs, a hard break as a newline. */
function blockText(block: Y.XmlElement): string {
  return block
    .toArray()
    .map((child) =>
      child instanceof Y.XmlText ? textOf(child) : child instanceof Y.XmlElement && child.nodeName === "hardBreak" ? "\n" : "",
    )
    .join("");
}

/** Plain text of a section: one line per text block, containers (lists, quotes) walked through. */
export function plainText(doc: Y.Doc): string {
  const lines: string[] = [];
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) lines.push(textOf(child));
      else if (child instanceof Y.XmlElement) {
        const isContainer = child.toArray().some((c) => c instanceof Y.XmlElement && !INLINE_ELEMENTS.has(c.nodeName));
        if (isContainer) walk(child);
        else lines.push(blockText(child));
      }
    }
  };
  walk(doc.getXmlFragment(CONTENT));
  return lines.join("\n").trim();
}
