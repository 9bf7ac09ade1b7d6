import * as Y from "yjs";
import { badInput } from "../errors.js";
import { isStorableText } from "../validation/input.js";

/** The Y.XmlFragment of a section's Y.Doc that holds its rich text (API.md). */
export const CONTENT = "content";

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function decodeBase64(value: string, field: string): Uint8Array {
  if (value.length % 4 !== 0 || !BASE64.test(value)) throw badInput("Inte giltig base64", field);
  return new Uint8Array(Buffer.from(value, "base64"));
}

export const encodeBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("base64");

/**
 * Parses a Yjs update fully without applying it, and checks every text it carries, so that neither
 * malformed bytes nor text PostgreSQL cannot store (NUL, a lone surrogate) ever reach a live document,
 * the other editors or the log: a refused update changes nothing, for anyone.
 */
export function assertValidUpdate(update: Uint8Array): void {
  let structs: ReturnType<typeof Y.decodeUpdate>["structs"];
  try {
    structs = Y.decodeUpdate(update).structs;
  } catch {
    throw badInput("Uppdateringen är inte en giltig Yjs-uppdatering", "update");
  }
  for (const struct of structs) {
    if (struct instanceof Y.Item && !textsOf(struct).every((text) => isStorableText(text)))
      throw badInput("Uppdateringen innehåller tecken som inte kan sparas", "update");
  }
}

/** Every string an item brings: its content, and the names of the types and keys it lands in. */
function textsOf(item: Y.Item): string[] {
  const content = item.content as unknown as Record<string, unknown>;
  const texts: unknown[] = [item.parentSub, typeof item.parent === "string" ? item.parent : null];
  if (item.content instanceof Y.ContentString) texts.push(item.content.str);
  else if (item.content instanceof Y.ContentFormat) texts.push(item.content.key, item.content.value);
  else if (item.content instanceof Y.ContentAny || item.content instanceof Y.ContentJSON) texts.push(content.arr);
  else if (item.content instanceof Y.ContentEmbed) texts.push(item.content.embed);
  else if (item.content instanceof Y.ContentType) {
    const type = item.content.type as unknown as { nodeName?: string; hookName?: string };
    texts.push(type.nodeName, type.hookName);
  }
  return texts.flatMap(stringsIn);
}

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object" && !(value instanceof Uint8Array))
    return Object.entries(value).flatMap(([k, v]) => [k, ...stringsIn(v)]);
  return [];
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
