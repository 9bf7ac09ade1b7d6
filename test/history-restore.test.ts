import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { contentXml, docOf, restoreUpdate } from "../server/history/yjs-restore.js";

/** A block as y-tiptap stores it: an element with attributes holding text runs with marks. */
interface Block {
  name: "paragraph" | "heading" | "bulletList";
  level: number;
  runs: Array<{ text: string; bold: boolean; italic: boolean }>;
}

const word = fc.constantFrom("mål", "kvalitet", "hemtjänst", "dygnet", "runt", "brukare", " ", ", ", "och ", "timmar ");
const block: fc.Arbitrary<Block> = fc.record({
  name: fc.constantFrom("paragraph", "heading", "bulletList"),
  level: fc.integer({ min: 1, max: 4 }),
  runs: fc.array(
    fc.record({ text: fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join("")), bold: fc.boolean(), italic: fc.boolean() }),
    { minLength: 1, maxLength: 3 },
  ),
});

function element(b: Block): Y.XmlElement {
  const marks = (r: Block["runs"][number]) => ({ ...(r.bold ? { bold: {} } : {}), ...(r.italic ? { italic: {} } : {}) });
  const text = new Y.XmlText();
  text.applyDelta(b.runs.map((r) => ({ insert: r.text, attributes: marks(r) })));
  if (b.name === "bulletList") {
    const item = new Y.XmlElement("listItem");
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [text]);
    item.insert(0, [paragraph]);
    const list = new Y.XmlElement("bulletList");
    list.insert(0, [item]);
    return list;
  }
  const el = new Y.XmlElement(b.name);
  if (b.name === "heading") el.setAttribute("level", b.level as unknown as string);
  el.insert(0, [text]);
  return el;
}

/** The state of a document whose content was set to `blocks` after starting from `base` (shared history). */
function edited(base: Uint8Array, blocks: Block[]): Uint8Array {
  const doc = docOf(base);
  const fragment = doc.getXmlFragment("content");
  doc.transact(() => {
    fragment.delete(0, fragment.length);
    fragment.insert(0, blocks.map(element));
  });
  return Y.encodeStateAsUpdate(doc);
}

describe("restoring a version's content into the current document", () => {
  it("makes any current content equal the version's, as an update on top of the present", () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 5 }), fc.array(block, { maxLength: 5 }), (versionBlocks, laterBlocks) => {
        const version = edited(Y.encodeStateAsUpdate(new Y.Doc()), versionBlocks);
        const current = edited(version, laterBlocks);
        const update = restoreUpdate(current, version);
        const doc = docOf(current);
        if (update) Y.applyUpdate(doc, update);
        expect(contentXml(doc)).toBe(contentXml(docOf(version)));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps text that did not change, so anchors in it still resolve", () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment("content");
    const paragraphs = ["Uppdraget gäller hemtjänst.", "Mål: nöjda brukare."].map((t) => {
      const p = new Y.XmlElement("paragraph");
      p.insert(0, [new Y.XmlText(t)]);
      return p;
    });
    fragment.insert(0, paragraphs);
    const version = Y.encodeStateAsUpdate(doc);
    const anchor = Y.createRelativePositionFromTypeIndex(paragraphs[1].get(0) as Y.XmlText, 5);
    (paragraphs[0].get(0) as Y.XmlText).insert(0, "Nytt: ");
    (paragraphs[0].get(0) as Y.XmlText).format(0, 5, { bold: {} });
    const update = restoreUpdate(Y.encodeStateAsUpdate(doc), version)!;
    Y.applyUpdate(doc, update);
    expect(contentXml(doc)).toBe("<paragraph>Uppdraget gäller hemtjänst.</paragraph><paragraph>Mål: nöjda brukare.</paragraph>");
    const resolved = Y.createAbsolutePositionFromRelativePosition(anchor, doc)!;
    expect([resolved.type, resolved.index]).toEqual([paragraphs[1].get(0), 5]);
    expect(fragment.get(0)).toBe(paragraphs[0]); // edited in place, not replaced
  });
});
