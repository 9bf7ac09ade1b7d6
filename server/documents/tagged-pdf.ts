import type PDFKitDocument from "pdfkit";
import { fitColumns, type TableColumn } from "./table-fit.js";
import { pdfText } from "./pdf-text.js";

export type { TableColumn } from "./table-fit.js";

/** What every page repeats at its top: the issuer left, the document's identity right. */
export interface RunningHeader {
  left: string;
  right: string;
}

const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";
const MONO = "Courier";
const PAGE_MARGINS = { top: 78, bottom: 66, left: 56, right: 56 };
const HEADER_Y = 36;
const FOOTER_FROM_BOTTOM = 42;
const CELL_PADDING = 6;
const HEADING = { 1: { size: 18, gap: 8 }, 2: { size: 13, gap: 4 }, 3: { size: 11, gap: 3 }, 4: { size: 10, gap: 2 } } as const;
const STYLE = { body: { font: FONT, size: 10 }, small: { font: FONT, size: 8 }, mono: { font: MONO, size: 8 } } as const;
const GREY = "#444444";

/** A table row: header cells, body cells, or the header repeated on a new page (an artifact). */
type RowKind = "TH" | "TD" | "artifact";

/**
 * A tagged PDF (structure tree, language, title: PDF/UA's basics) written top to bottom: headings,
 * paragraphs and tables become H1–H3, P and Table/TR/TH/TD; the running header, the page numbers and
 * the rules are artifacts, which a screen reader skips. Every text goes through `pdfText` for the
 * standard fonts. Pages are kept in memory until `finish`, which knows the page count.
 */
let pdfKit: Promise<typeof PDFKitDocument> | undefined;

export class TaggedPdf {
  private readonly doc: PDFKit.PDFDocument;
  private readonly root: PDFKit.PDFStructureElement;
  private readonly done: Promise<Buffer>;

  /**
   * A new document. pdfkit (with its fonts and layout engine, a fifth of the server's start) is loaded at
   * the first PDF asked for, not when the server starts.
   */
  static async open(meta: { title: string; subject: string }, header: RunningHeader): Promise<TaggedPdf> {
    pdfKit ??= import("pdfkit").then((module) => module.default);
    return new TaggedPdf(await pdfKit, meta, header);
  }

  private constructor(
    PDFDocument: typeof PDFKitDocument,
    meta: { title: string; subject: string },
    private readonly header: RunningHeader,
  ) {
    this.doc = new PDFDocument({
      tagged: true,
      lang: "sv-SE",
      displayTitle: true,
      pdfVersion: "1.7",
      size: "A4",
      margins: PAGE_MARGINS,
      bufferPages: true,
      // The document information is Unicode (UTF-16) in the file: no need to narrow it to the fonts.
      info: { Title: meta.title.normalize("NFC"), Subject: meta.subject.normalize("NFC"), Author: "Balans", Creator: "Balans" },
    });
    const chunks: Buffer[] = [];
    this.doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on("end", () => resolve(Buffer.concat(chunks)));
      this.doc.on("error", reject);
    });
    this.root = this.doc.struct("Document");
    this.doc.addStructure(this.root);
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get maxY(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** A new page unless `height` still fits on this one (keeps a heading with what follows it). */
  private ensureRoom(height: number): void {
    if (this.doc.y + height > this.maxY) this.doc.addPage();
  }

  heading(level: keyof typeof HEADING, text: string): void {
    const { size, gap } = HEADING[level];
    this.doc.font(BOLD).fontSize(size);
    const safe = pdfText(text);
    this.ensureRoom(this.doc.heightOfString(safe, { width: this.width }) + 4 * STYLE.body.size);
    if (level > 1) this.doc.moveDown(0.6);
    if (level === 2) this.doc.outline.addItem(safe);
    this.root.add(
      this.doc.struct(`H${level}`, {}, () =>
        this.doc.font(BOLD).fontSize(size).fillColor("black").text(safe, this.left, this.doc.y, { width: this.width, paragraphGap: gap }),
      ),
    );
  }

  /** One paragraph per line of `text`; an empty line keeps its space. */
  paragraph(text: string, style: keyof typeof STYLE = "body"): void {
    const { font, size } = STYLE[style];
    for (const line of pdfText(text).split("\n")) {
      this.root.add(
        this.doc.struct("P", {}, () =>
          this.doc
            .font(font)
            .fontSize(size)
            .fillColor("black")
            .text(line || " ", this.left, this.doc.y, {
              width: this.width,
              paragraphGap: 4,
            }),
        ),
      );
    }
  }

  /**
   * Labels and short values, two columns, each label a row header: the facts of a decision or a
   * signature. Long texts (a decision's wording) belong in a paragraph after it.
   */
  facts(rows: ReadonlyArray<readonly [string, string]>): void {
    this.table(
      [
        { header: "Uppgift", wrap: false },
        { header: "Värde", wrap: true },
      ],
      rows.map(([label, value]) => [label, value]),
      { headerRow: false },
    );
  }

  /**
   * A table whose columns are measured: a column that may not wrap (amounts, dates) gets the width of
   * its widest cell, the wrapping ones share the rest, and the font shrinks before any amount would
   * break. A row moves whole to the next page, where the header row is repeated (as an artifact).
   */
  table(columns: readonly TableColumn[], rows: ReadonlyArray<readonly string[]>, options: { headerRow?: boolean } = {}): void {
    const headerRow = options.headerRow ?? true;
    const cells = rows.map((row) => row.map((cell) => pdfText(cell)));
    const headers = columns.map((c) => pdfText(c.header));
    const layout = fitColumns(
      this.doc,
      { regular: FONT, bold: BOLD, padding: CELL_PADDING },
      columns,
      headers,
      cells,
      this.width,
      headerRow,
    );
    const table = this.doc.struct("Table");
    this.root.add(table);
    this.doc.moveDown(0.3);
    // Header cells, and the first cell of a row in a table of facts, are row or column headers: bold.
    const boldAt = (kind: RowKind, i: number) => kind !== "TD" || (!headerRow && i === 0);
    const font = (kind: RowKind, i: number) =>
      this.doc
        .font(boldAt(kind, i) ? BOLD : FONT)
        .fontSize(layout.size)
        .fillColor("black");
    const heightOf = (values: readonly string[], kind: RowKind) =>
      Math.max(...values.map((value, i) => font(kind, i).heightOfString(value || " ", { width: layout.widths[i] - CELL_PADDING })));
    const draw = (values: readonly string[], kind: RowKind, parent?: PDFKit.PDFStructureElement) => {
      const height = heightOf(values, kind);
      const y = this.doc.y;
      let x = this.left;
      values.forEach((value, i) => {
        const options = { width: layout.widths[i] - CELL_PADDING, align: columns[i].align ?? "left" };
        const at = x;
        const write = () => font(kind, i).text(value, at, y, options);
        if (kind === "artifact") write();
        else parent!.add(this.doc.struct(boldAt(kind, i) ? "TH" : "TD", {}, write));
        x += layout.widths[i];
      });
      this.doc.x = this.left;
      this.doc.y = y + height + 3;
      if (kind === "TH") this.rule(this.doc.y - 1.5);
    };

    this.ensureRoom((headerRow ? heightOf(headers, "TH") + 4 : 0) + (cells[0] ? heightOf(cells[0], "TD") : 0));
    if (headerRow) {
      const head = this.doc.struct("THead");
      table.add(head);
      const tr = this.doc.struct("TR");
      head.add(tr);
      draw(headers, "TH", tr);
      tr.end();
      head.end();
    }
    const body = this.doc.struct("TBody");
    table.add(body);
    for (const values of cells) {
      if (this.doc.y + heightOf(values, "TD") > this.maxY) {
        this.doc.addPage();
        if (headerRow) {
          this.artifact(() => draw(headers, "artifact"));
          this.rule(this.doc.y - 1.5);
        }
      }
      const tr = this.doc.struct("TR");
      body.add(tr);
      draw(values, "TD", tr);
      tr.end();
    }
    body.end();
    table.end();
    this.doc.moveDown(0.5);
  }

  /** A hairline across the text width, as an artifact. */
  private rule(y: number): void {
    this.artifact(() =>
      this.doc
        .moveTo(this.left, y)
        .lineTo(this.left + this.width, y)
        .lineWidth(0.5)
        .strokeColor("#999999")
        .stroke(),
    );
  }

  private artifact(draw: () => void): void {
    this.doc.markContent("Artifact", { type: "Pagination" });
    draw();
    this.doc.endMarkedContent();
  }

  /** Writes the running header and "Sida n av m" on every page, and ends the document. */
  finish(): Promise<Buffer> {
    const { start, count } = this.doc.bufferedPageRange();
    for (let index = start; index < start + count; index++) {
      this.doc.switchToPage(index);
      const page = this.doc.page;
      const right = page.width - page.margins.right;
      this.artifact(() => {
        this.doc.font(FONT).fontSize(8).fillColor(GREY);
        const left = pdfText(this.header.left);
        const identity = pdfText(this.header.right);
        this.doc.text(left, this.left, HEADER_Y, { lineBreak: false });
        this.doc.text(identity, right - this.doc.widthOfString(identity), HEADER_Y, { lineBreak: false });
        const pageNumber = `Sida ${index - start + 1} av ${count}`;
        const footerY = page.height - FOOTER_FROM_BOTTOM;
        this.doc.text(pageNumber, right - this.doc.widthOfString(pageNumber), footerY, { lineBreak: false });
      });
      this.rule(HEADER_Y + 14);
    }
    this.root.end();
    this.doc.end();
    return this.done;
  }
}
