import * as Y from "yjs";
import type { Caller } from "./command-matrix.js";
import { ok } from "./graphql.js";

const STATE = "query($s: ID!) { sectionState(sectionId: $s) { update seq } }";
const PUSH = "mutation($s: ID!, $u: String!) { pushSectionUpdate(sectionId: $s, update: $u) { seq } }";

export const SUGGESTIONS = `query($id: ID!) { agreement(id: $id) { sections { id text seq canDecideAllSuggestions
  suggestions { id party kind inserted deleted text canDecide at user { name } } } } }`;
export const ACCEPT = "mutation($s: ID!, $g: ID!) { acceptSuggestion(sectionId: $s, suggestionId: $g) { id text seq } }";
export const REJECT = "mutation($s: ID!, $g: ID!) { rejectSuggestion(sectionId: $s, suggestionId: $g) { id text seq } }";
export const ACCEPT_ALL = "mutation($s: ID!) { acceptAllSuggestions(sectionId: $s) { id text } }";
export const REJECT_ALL = "mutation($s: ID!) { rejectAllSuggestions(sectionId: $s) { id text } }";

let counter = 0;

/** An id as the editor makes it: PARTY~userId~epochMs~random. */
export function markId(party: "PURCHASER" | "PROVIDER", userId: string): string {
  return `${party}~${userId}~${Date.now()}~t${(counter++).toString(36)}`;
}

/** The section's current document, as a client gets it. */
export async function sectionDoc(caller: Caller, sectionId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(Buffer.from(ok(await caller(STATE, { s: sectionId })).sectionState.update, "base64")));
  return doc;
}

/** Edits the section as an editor would (`edit` on its content) and pushes the change: the push's answer. */
export async function pushEdit(caller: Caller, sectionId: string, edit: (content: Y.XmlFragment) => void) {
  const doc = await sectionDoc(caller, sectionId);
  const before = Y.encodeStateVector(doc);
  doc.transact(() => edit(doc.getXmlFragment("content")));
  const answer = await caller(PUSH, { s: sectionId, u: Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString("base64") });
  doc.destroy();
  return answer;
}

/** As `pushEdit`, for an edit that must be stored. */
export async function editSection(caller: Caller, sectionId: string, edit: (content: Y.XmlFragment) => void): Promise<void> {
  ok(await pushEdit(caller, sectionId, edit));
}

/** The first paragraph's text, made with `text` when the section is empty. */
export function firstText(content: Y.XmlFragment, text = ""): Y.XmlText {
  if (content.length === 0) {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(text)]);
    content.insert(0, [paragraph]);
  }
  return (content.get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

/** Writes plain paragraphs into an empty section. */
export function paragraphs(...texts: string[]) {
  return (content: Y.XmlFragment) =>
    content.insert(
      content.length,
      texts.map((text) => {
        const paragraph = new Y.XmlElement("paragraph");
        paragraph.insert(0, [new Y.XmlText(text)]);
        return paragraph;
      }),
    );
}

/** Suggests `text` inserted at `index` of the first paragraph. */
export const suggestInsertion = (id: string, index: number, text: string) => (content: Y.XmlFragment) =>
  firstText(content).insert(index, text, { insertion: { id } });

/** Suggests `length` characters from `index` of the first paragraph struck. */
export const suggestDeletion = (id: string, index: number, length: number) => (content: Y.XmlFragment) =>
  firstText(content).format(index, length, { deletion: { id } });
