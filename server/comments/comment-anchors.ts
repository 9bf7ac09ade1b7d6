import * as Y from "yjs";
import { badInput } from "../errors.js";

const MAX_ANCHOR = 1000;

const isId = (value: unknown): boolean =>
  typeof value === "object" &&
  value !== null &&
  Number.isSafeInteger((value as { client?: unknown }).client) &&
  Number.isSafeInteger((value as { clock?: unknown }).clock);

/**
 * Checks that `json` is what `JSON.stringify(Y.relativePositionToJSON(pos))` gives, and returns it
 * re-serialised from the parsed position, so nothing else is stored.
 */
export function normaliseAnchor(json: string, field: string): string {
  if (json.length > MAX_ANCHOR) throw badInput("Ankaret är för långt", field);
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(json) as Record<string, unknown>;
  } catch {
    throw badInput("Ankaret är inte giltig JSON", field);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw badInput("Ankaret är ingen relativ position", field);
  const { item, type, tname, assoc } = parsed;
  const anchored = (item != null && isId(item)) || (type != null && isId(type)) || typeof tname === "string";
  const wellFormed = (item == null || isId(item)) && (type == null || isId(type)) && (tname == null || typeof tname === "string");
  if (!anchored || !wellFormed || (assoc != null && !Number.isSafeInteger(assoc)))
    throw badInput("Ankaret är ingen relativ position", field);
  return JSON.stringify(Y.relativePositionToJSON(Y.createRelativePositionFromJSON(parsed)));
}

function resolve(doc: Y.Doc, json: string): Y.AbsolutePosition | null {
  try {
    return Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(JSON.parse(json)), doc);
  } catch {
    return null;
  }
}

function isDeleted(type: Y.AbstractType<unknown>): boolean {
  for (let item = type._item; item !== null; item = (item.parent as Y.AbstractType<unknown>)._item) if (item.deleted) return true;
  return false;
}

/**
 * Whether the text a comment was anchored to is gone from `doc`: a position no longer resolves, lies in
 * a deleted block, or the range has collapsed (everything between start and end was deleted).
 */
export function isOnDeletedText(doc: Y.Doc, anchor: string, anchorEnd: string | null): boolean {
  const start = resolve(doc, anchor);
  const end = anchorEnd === null ? start : resolve(doc, anchorEnd);
  if (!start || !end || isDeleted(start.type) || isDeleted(end.type)) return true;
  return anchorEnd !== null && start.type === end.type && start.index >= end.index;
}
