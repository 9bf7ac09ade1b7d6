import { expect } from "vitest";

/** A PDF as a reader sees it: each page's lines (text items on one baseline, left to right), and its tagging. */
export interface ReadPdf {
  pages: string[][];
  /** All text, one space between words. */
  text: string;
  /** The catalog's MarkInfo /Marked. */
  marked: boolean;
  /** The role of the structure tree's top element on each page (from the catalog's StructTreeRoot), or null. */
  structureRoots: Array<string | null>;
  language: string | null;
  title: string | null;
}

/** Reads a PDF with pdfjs-dist (no fonts loaded: the text and structure are what count). */
export async function readPdf(data: ArrayBuffer | Uint8Array): Promise<ReadPdf> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdfjs refuses a Buffer, and takes over (detaches) what it is given: a copy of its own.
  const bytes = Uint8Array.from(data instanceof Uint8Array ? data : new Uint8Array(data));
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[][] = [];
  const structureRoots: Array<string | null> = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const lines = new Map<number, Array<{ x: number; text: string }>>();
    for (const item of (await page.getTextContent()).items) {
      if (!("str" in item) || item.str === "") continue;
      const y = Math.round(item.transform[5]);
      lines.set(y, [...(lines.get(y) ?? []), { x: item.transform[4], text: item.str }]);
    }
    pages.push(
      [...lines.entries()]
        .sort(([a], [b]) => b - a)
        .map(([, parts]) =>
          oneSpace(
            parts
              .sort((a, b) => a.x - b.x)
              .map((p) => p.text)
              .join(" "),
          ),
        ),
    );
    const tree = (await page.getStructTree()) as { children?: Array<{ role?: string }> } | null;
    structureRoots.push(tree?.children?.[0]?.role ?? null);
  }
  const info = (await pdf.getMetadata()).info as Record<string, unknown>;
  return {
    pages,
    text: oneSpace(pages.flat().join(" ")),
    marked: (await pdf.getMarkInfo())?.Marked === true,
    structureRoots,
    language: typeof info.Language === "string" ? info.Language : null,
    title: typeof info.Title === "string" ? info.Title : null,
  };
}

/** Any white space (the no-break spaces of amounts too) as one plain space. */
export const oneSpace = (text: string): string => text.replace(/\s+/g, " ").trim();

/** A PDF answer's bytes, after checking it is one. */
export async function pdfOf(response: Response): Promise<ArrayBuffer> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  return response.arrayBuffer();
}

/** The file name a browser takes from Content-Disposition: `filename*` (RFC 6266) before `filename`. */
export function dispositionFileName(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (extended) return decodeURIComponent(extended[1]);
  return /filename="([^"]*)"/i.exec(header)?.[1] ?? null;
}

/** An RFC 4180 parser with a chosen separator: quoted cells, doubled quotes, CRLF rows. */
export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}
