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
 * Parses a Yjs update fully without applying it, and checks every text it carries and how deep it
 * would nest `doc`, the section it is for, so that neither malformed bytes, nor text PostgreSQL cannot
 * store (NUL, a lone surrogate), nor a document too deep to walk ever reach a live document, the other
 * editors or the log: a refused update changes nothing, for anyone.
 */
export function assertValidUpdate(update: Uint8Array, doc: Y.Doc): void {
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
  const addsElements = structs.some((s) => s instanceof Y.Item && s.content instanceof Y.ContentType);
  if (addsElements || doc.store.pendingStructs !== null) assertNesting(doc, update);
}

/**
 * How deep elements (lists, list items, paragraphs…) may nest. A real section nests a few levels; the
 * walkers here, the frozen JSON and the editors all recurse, and a document nested some thousand levels
 * deep overflowed their stacks (test/fuzz.test.ts found submitForApproval failing so).
 */
export const MAX_NESTING = 100;

/**
 * Refuses an update after which an element of `doc` would lie deeper than MAX_NESTING. Only elements
 * can deepen a document, so only an update bringing some (or completing held-back ones) is tried, on a
 * copy: nothing refused reaches the live document.
 */
function assertNesting(doc: Y.Doc, update: Uint8Array): void {
  const before = Y.decodeStateVector(Y.encodeStateVector(doc));
  // A fixed guid: a Y.Doc's default is a random UUID drawn one crypto call per digit, a cost on every push that adds elements.
  const trial = new Y.Doc({ gc: false, guid: "nesting-trial" });
  try {
    Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(trial, update);
    for (const [client, structs] of trial.store.clients) {
      const known = before.get(client) ?? 0;
      for (const struct of structs) {
        if (struct.id.clock + struct.length <= known || !(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentType)) continue;
        let depth = 0;
        for (
          let type: Y.AbstractType<unknown> | null = struct.content.type;
          type?._item;
          type = type._item.parent as Y.AbstractType<unknown>
        )
          if (++depth > MAX_NESTING) throw badInput(`Innehållet får vara nästlat högst ${MAX_NESTING} nivåer djupt`, "update");
      }
    }
  } finally {
    trial.destroy();
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

type Run = { insert: unknown; attributes?: { insertion?: { id?: unknown } } };

/** A text block's runs: its texts' formatted runs, a hard break as a newline. */
function runsOfBlock(block: Y.XmlElement | Y.XmlText): Run[] {
  if (block instanceof Y.XmlText) return block.toDelta() as Run[];
  return block
    .toArray()
    .flatMap((child) =>
      child instanceof Y.XmlText
        ? (child.toDelta() as Run[])
        : child instanceof Y.XmlElement && child.nodeName === "hardBreak"
          ? [{ insert: "\n" }]
          : [],
    );
}

/** The suggested insertion a run belongs to, if any. */
const insertionOf = (run: Run | undefined): unknown => run?.attributes?.insertion?.id ?? (run?.attributes?.insertion ? true : null);

/**
 * Plain text of a section as agreed so far: one line per text block, containers (lists, quotes) walked
 * through. A pending suggested insertion (the suggestion editor's `insertion` mark, server/suggestions)
 * is left out — a paragraph it brings, and a paragraph break it suggests — and a pending suggested
 * deletion is kept, without the invisible anchors the editor puts at paragraph boundaries.
 */
export function plainText(doc: Y.Doc): string {
  const blocks: Run[][] = [];
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) blocks.push(runsOfBlock(child));
      else if (child instanceof Y.XmlElement) {
        const isContainer = child.toArray().some((c) => c instanceof Y.XmlElement && !INLINE_ELEMENTS.has(c.nodeName));
        if (isContainer) walk(child);
        else blocks.push(runsOfBlock(child));
      }
    }
  };
  walk(doc.getXmlFragment(CONTENT));
  const lines: string[] = [];
  let joinNext = false;
  blocks.forEach((runs, i) => {
    const text = runs.map((r) => (typeof r.insert !== "string" || insertionOf(r) ? "" : r.insert.replaceAll("\u200B", ""))).join("");
    const inserted = runs.length > 0 && runs.every((r) => insertionOf(r));
    const ending = insertionOf(runs[runs.length - 1]);
    // A suggested paragraph break: this block ends and the next begins with the same insertion.
    const breaksPending = ending !== null && ending === insertionOf(blocks[i + 1]?.[0]);
    if (!inserted) {
      if (joinNext && lines.length > 0) lines[lines.length - 1] += text;
      else lines.push(text);
    }
    joinNext = breaksPending; // after a block that is itself pending, only the boundary after it counts
  });
  return lines.join("\n").trim();
}
