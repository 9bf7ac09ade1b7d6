/*
 * CSV in two dialects of the same rows.
 *
 * Swedish Excel opens a .csv by the system's list separator and decimal sign: semicolon and comma. A
 * comma-separated file lands in one column, and "1250000.00" is read as text (or worse, as a date).
 * So the Excel file has semicolons, a decimal comma, no thousand separators (a grouped "1 250 000,00"
 * would be text again) and a UTF-8 BOM, without which Excel reads å, ä and ö as Windows-1252.
 *
 * The open-data file is plain RFC 4180: commas, a decimal point, UTF-8 without BOM, as every CSV
 * library and spreadsheet outside Sweden expects. Both end lines with CRLF (RFC 4180).
 */

/** How a column's values are written: text (guarded), or a plain decimal ("-1250000.00", "12"). */
export type CsvColumnKind = "text" | "number";

export interface CsvColumn {
  header: string;
  kind: CsvColumnKind;
}

export interface CsvDialect {
  separator: ";" | ",";
  decimalComma: boolean;
  bom: boolean;
}

export const SWEDISH_EXCEL: CsvDialect = { separator: ";", decimalComma: true, bom: true };
export const RFC_4180: CsvDialect = { separator: ",", decimalComma: false, bom: false };

/** Cells a spreadsheet would run as a formula (CSV injection), OWASP's list; prefixed with ' so they stay text. */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** A text cell: formula-like starts neutralised, quoted when it holds the separator, a quote or a line break. */
export function textCell(value: string | null | undefined, dialect: CsvDialect): string {
  let text = value ?? "";
  const guarded = FORMULA_START.test(text);
  if (guarded) text = `'${text}`;
  const needsQuotes = guarded || text.includes(dialect.separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A number cell: the decimal as the dialect writes it, unquoted so that the spreadsheet reads a
 * number. Anything that is not a plain decimal is written as (guarded) text instead: a minus sign in
 * front of digits is a number, in front of anything else it could be a formula.
 */
export function numberCell(value: string | number | null | undefined, dialect: CsvDialect): string {
  if (value === null || value === undefined || value === "") return "";
  const text = String(value);
  if (!PLAIN_DECIMAL.test(text)) return textCell(text, dialect);
  return dialect.decimalComma ? text.replace(".", ",") : text;
}

/** The header row and one line per row, CRLF after each; with a BOM first where the dialect asks for it. */
export function toCsv(
  columns: readonly CsvColumn[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
  dialect: CsvDialect,
): string {
  const line = (cells: string[]) => cells.join(dialect.separator) + "\r\n";
  const header = line(columns.map((c) => textCell(c.header, dialect)));
  const body = rows.map((row) =>
    line(columns.map((column, i) => (column.kind === "number" ? numberCell(row[i], dialect) : textCell(String(row[i] ?? ""), dialect)))),
  );
  return (dialect.bom ? "\uFEFF" : "") + header + body.join("");
}
