/** A column of a PDF table: amounts, dates and codes do not wrap; descriptions and names may. */
export interface TableColumn {
  header: string;
  align?: "left" | "right";
  wrap: boolean;
}

export interface TableLayout {
  /** Font size of the whole table. */
  size: number;
  /** Column widths in points, summing to the available width. */
  widths: number[];
}

/** From the usual size down: a table shrinks before an amount would break. */
const SIZES = [9, 8, 7, 6];
/** Rounding in the text engine's own measuring must never push a measured cell to a second line. */
const SLACK = 1;

/** Where a line may break: after white space (not the no-break space) and after a hyphen. */
const BREAKS = /[ \t\n]+|(?<=-)/;

/**
 * Column widths for `cells` within `available` points: each non-wrapping column as wide as its widest
 * cell (header included), each wrapping one at least as wide as its longest word, and what remains
 * shared among the wrapping ones after their wish (their widest cell). At the first size where that
 * fits; at the smallest, the wrapping columns get what is left whatever it is.
 */
export function fitColumns(
  doc: PDFKit.PDFDocument,
  fonts: { regular: string; bold: string; padding: number },
  columns: readonly TableColumn[],
  headers: readonly string[],
  cells: ReadonlyArray<readonly string[]>,
  available: number,
  headerRow: boolean,
): TableLayout {
  let last: TableLayout = { size: SIZES[0], widths: columns.map(() => available / columns.length) };
  for (const size of SIZES) {
    const measure = (text: string, bold: boolean) =>
      doc
        .font(bold ? fonts.bold : fonts.regular)
        .fontSize(size)
        .widthOfString(text);
    const widest = (i: number, part: (text: string) => string[]) => {
      const texts: Array<[string, boolean]> = cells.map((row) => [row[i] ?? "", !headerRow && i === 0]);
      if (headerRow) texts.push([headers[i], true]);
      return Math.max(0, ...texts.flatMap(([text, bold]) => part(text).map((p) => measure(p, bold)))) + fonts.padding + SLACK;
    };
    const wish = columns.map((_, i) => widest(i, (text) => text.split("\n")));
    const least = columns.map((column, i) => (column.wrap ? widest(i, (text) => text.split(BREAKS)) : wish[i]));
    const fixed = columns.reduce((sum, column, i) => sum + (column.wrap ? 0 : wish[i]), 0);
    const wrapping = columns.map((c, i) => (c.wrap ? i : -1)).filter((i) => i >= 0);
    const room = available - fixed;
    const leastWrapping = wrapping.reduce((sum, i) => sum + least[i], 0);
    last = { size, widths: share(columns, wish, least, wrapping, room) };
    if (room >= leastWrapping) return last;
  }
  return last;
}

/** The wrapping columns' widths: their least, then the rest by what each still wishes, then any slack. */
function share(columns: readonly TableColumn[], wish: number[], least: number[], wrapping: number[], room: number): number[] {
  const widths = columns.map((column, i) => (column.wrap ? 0 : wish[i]));
  if (wrapping.length === 0) return widths;
  const leastSum = wrapping.reduce((sum, i) => sum + least[i], 0);
  if (room <= leastSum) {
    for (const i of wrapping) widths[i] = Math.max(0, (room * least[i]) / (leastSum || 1));
    return widths;
  }
  const wanting = wrapping.reduce((sum, i) => sum + (wish[i] - least[i]), 0);
  const spare = room - leastSum;
  for (const i of wrapping) widths[i] = least[i] + (wanting > 0 ? (Math.min(spare, wanting) * (wish[i] - least[i])) / wanting : 0);
  // What nobody wished for widens the wrapping columns evenly, so the table spans the text width.
  const slack = room - wrapping.reduce((sum, i) => sum + widths[i], 0);
  for (const i of wrapping) widths[i] += slack / wrapping.length;
  return widths;
}
