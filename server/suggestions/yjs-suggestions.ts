import * as Y from "yjs";
import { CONTENT } from "../collab/yjs-codec.js";
import { parseSuggestionId, type SuggestionAuthor } from "./suggestion-id.js";

/** The marks the suggestion library (@handlewithcare/prosemirror-suggest-changes) writes, as y-tiptap stores them: text formatting. */
export enum SuggestionMark {
  INSERTION = "insertion",
  DELETION = "deletion",
}

/** The library's anchor where a suggestion crosses a paragraph boundary: invisible, never text of its own. */
export const ANCHOR = "\u200B";

export enum SuggestionKind {
  INSERTION = "INSERTION",
  DELETION = "DELETION",
  /** Text struck and other text put in its place, under one id (typing over a selection). */
  REPLACEMENT = "REPLACEMENT",
}

/** One pending suggestion of a section, in document order of its first mark. */
export interface PendingSuggestion extends SuggestionAuthor {
  id: string;
  kind: SuggestionKind;
  inserted: string;
  deleted: string;
}

/** One run of equally formatted inline content in a Y.XmlText, where it lies. */
export interface Run {
  text: Y.XmlText;
  block: Y.XmlElement | Y.XmlFragment;
  index: number;
  length: number;
  insert: unknown;
  attributes: Record<string, unknown>;
}

type Parent = Y.XmlFragment | Y.XmlElement;

/** The id of a suggestion mark on a run, if any. */
export function markId(attributes: Record<string, unknown> | undefined, mark: SuggestionMark): string | null {
  const value = attributes?.[mark] as { id?: unknown } | null | undefined;
  return value && typeof value.id === "string" ? value.id : null;
}

/** Every inline run of the content, in document order. */
export function runsOf(fragment: Y.XmlFragment): Run[] {
  const runs: Run[] = [];
  const walk = (parent: Parent) => {
    for (const child of parent.toArray()) {
      if (child instanceof Y.XmlText) {
        let index = 0;
        for (const op of child.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>) {
          const length = typeof op.insert === "string" ? op.insert.length : 1;
          runs.push({ text: child, block: parent, index, length, insert: op.insert, attributes: op.attributes ?? {} });
          index += length;
        }
      } else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(fragment);
  return runs;
}

/** The pending suggestions of a section's document, whose ids name a party (others are ignored). */
export function pendingSuggestions(doc: Y.Doc): PendingSuggestion[] {
  const found = new Map<string, PendingSuggestion & { inserts: boolean; deletes: boolean }>();
  for (const run of runsOf(doc.getXmlFragment(CONTENT))) {
    for (const mark of [SuggestionMark.INSERTION, SuggestionMark.DELETION]) {
      const id = markId(run.attributes, mark);
      const author = id === null ? null : parseSuggestionId(id);
      if (id === null || author === null) continue;
      const entry = found.get(id) ?? {
        id,
        ...author,
        kind: SuggestionKind.INSERTION,
        inserted: "",
        deleted: "",
        inserts: false,
        deletes: false,
      };
      const text = typeof run.insert === "string" ? run.insert.replaceAll(ANCHOR, "") : "";
      if (mark === SuggestionMark.INSERTION) [entry.inserted, entry.inserts] = [entry.inserted + text, true];
      else [entry.deleted, entry.deletes] = [entry.deleted + text, true];
      found.set(id, entry);
    }
  }
  return [...found.values()].map(({ inserts, deletes, ...s }) => ({
    ...s,
    kind: inserts && deletes ? SuggestionKind.REPLACEMENT : deletes ? SuggestionKind.DELETION : SuggestionKind.INSERTION,
  }));
}
