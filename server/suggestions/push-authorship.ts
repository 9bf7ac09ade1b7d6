import * as Y from "yjs";
import type { AgreementRef } from "../agreements/agreement.model.js";
import { CONTENT } from "../collab/yjs-codec.js";
import type { Actor } from "../identity/identity.model.js";
import { suggestionsPolicy } from "../policies/suggestions.policy.js";
import { parseSuggestionId } from "./suggestion-id.js";
import { markId, runsOf, SuggestionMark } from "./yjs-suggestions.js";

export const OTHERS_SUGGESTION_REFUSAL =
  "Ändringen rör den andra partens förslag, som bara kan godtas eller avvisas; texten visas som den är sparad";
export const FOREIGN_MARK_REFUSAL = "Ändringen innehåller förslag i någon annans namn; texten visas som den är sparad";

const MARK_NAMES = [SuggestionMark.INSERTION, SuggestionMark.DELETION].map((name) => Buffer.from(name));

/**
 * Whether an update could set or clear a suggestion mark. Yjs (update format v1) writes a formatting
 * attribute's key as its UTF-8 bytes, so an update without either mark's name changes no mark; it
 * can still delete marked text, which is why a document with marks is checked whatever the update.
 */
function mentionsMarks(update: Uint8Array): boolean {
  const bytes = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
  return MARK_NAMES.some((name) => bytes.includes(name));
}

const MARK_KEYS = new Set<string>([SuggestionMark.INSERTION, SuggestionMark.DELETION]);

/**
 * Whether a transaction brought an item that could set or clear a mark: a formatting item under a
 * mark's name (or an attribute so named). Read from the items the transaction integrated, since a
 * listener for the document's encoded updates makes Yjs encode every applied update again (a tenth of
 * the server's Yjs time under co-editing load, for this one check).
 */
function bringsMarks(transaction: Y.Transaction): boolean {
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after === before) continue;
    const structs = transaction.doc.store.clients.get(client) ?? [];
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const struct = structs[i];
      if (!(struct instanceof Y.Item)) continue;
      if (struct.content instanceof Y.ContentFormat && MARK_KEYS.has(struct.content.key)) return true;
      if (struct.parentSub !== null && MARK_KEYS.has(struct.parentSub)) return true;
    }
  }
  return false;
}

/** Per live document: whether it may carry marks, kept up to date by watching what is applied to it. */
const watched = new WeakMap<Y.Doc, { marked: boolean }>();

function watch(doc: Y.Doc): { marked: boolean } {
  let state = watched.get(doc);
  if (!state) {
    const watching = { marked: marksOf(doc).size > 0 };
    doc.on("afterTransaction", (transaction: Y.Transaction) => {
      if (!watching.marked && bringsMarks(transaction)) watching.marked = true;
    });
    watched.set(doc, watching);
    state = watching;
  }
  return state;
}

/** Every suggestion mark id of the document (well-formed or not), with the text it covers, per mark. */
function marksOf(doc: Y.Doc): Map<string, string> {
  const marks = new Map<string, string>();
  for (const run of runsOf(doc.getXmlFragment(CONTENT)))
    for (const mark of [SuggestionMark.INSERTION, SuggestionMark.DELETION]) {
      const id = markId(run.attributes, mark);
      if (id === null) continue;
      const covered = typeof run.insert === "string" ? run.insert : "\uFFFC";
      marks.set(id, `${marks.get(id) ?? ""}${mark}:${covered}|`);
    }
  return marks;
}

/**
 * Why a pushed update may not change the suggestions of `doc` (null when it may). A party's
 * suggestions are theirs to change or withdraw; the other party only accepts or rejects them
 * (`suggestions.commands.ts`), so a push may neither alter, remove nor extend them, and a new mark
 * must carry the pusher's own party and user (the server reads the party from the id when it decides).
 * Plain edits of a document without marks pass without a look at the text.
 */
export function pushAuthorshipRefusal(actor: Actor, agreement: AgreementRef, doc: Y.Doc, update: Uint8Array): string | null {
  const state = watch(doc);
  if (!state.marked && !mentionsMarks(update)) return null;
  const before = marksOf(doc);
  const probe = new Y.Doc();
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
  Y.applyUpdate(probe, update);
  const after = marksOf(probe);
  probe.destroy();
  state.marked = before.size > 0 || after.size > 0;

  const party = suggestionsPolicy.decidingParty(actor, agreement);
  for (const [id, covered] of before) {
    const author = parseSuggestionId(id);
    if (author !== null && author.party !== party && after.get(id) !== covered) return OTHERS_SUGGESTION_REFUSAL;
  }
  for (const id of after.keys()) {
    if (before.has(id)) continue;
    const author = parseSuggestionId(id);
    if (author === null || author.party !== party || author.userId !== actor.userId) return FOREIGN_MARK_REFUSAL;
  }
  return null;
}
