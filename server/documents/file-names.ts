/*
 * One naming of downloaded files, used by every route that serves one: the web client takes the name
 * from the answer's Content-Disposition rather than making up its own, so a version's PDF has the same
 * name from the approval page, the public page and a plain link.
 */

/** Characters no file system or mail client handles well in a name, and white space. */
const UNSAFE = /[\\/:*?"<>|\s\p{Cc}\p{Cf}]+/gu;

/** "VON 2026/0042" → "VON-2026-0042"; letters such as å, ä, ö stay (the header carries them encoded). */
export function safeFileNamePart(text: string): string {
  const safe = text
    .normalize("NFC")
    .replace(UNSAFE, "-")
    .replace(/-+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return safe || "dokument";
}

/** `VON-2026-0042-v2.pdf`, and `VON-2026-0042-v2-signerad.pdf` once both parties have signed that version. */
export function versionPdfFileName(diarienummer: string, versionNumber: number, signed: boolean): string {
  return `${safeFileNamePart(diarienummer)}-v${versionNumber}${signed ? "-signerad" : ""}.pdf`;
}

export type PublicExportFormat = "excel" | "csv" | "json";

/** The public lists: the signed agreements, and the accepted follow-up of them. */
export type PublicExportList = "agreements" | "follow-up";
const LIST_FILE_NAMES: Record<PublicExportList, string> = { agreements: "overenskommelser", "follow-up": "uppfoljning" };

/**
 * `overenskommelser-demo.csv` (open data), `overenskommelser-demo-excel.csv`, `overenskommelser-demo.json`;
 * the follow-up's the same with `uppfoljning-`.
 */
export function publicExportFileName(slug: string, format: PublicExportFormat, list: PublicExportList = "agreements"): string {
  const base = `${LIST_FILE_NAMES[list]}-${safeFileNamePart(slug)}`;
  return format === "excel" ? `${base}-excel.csv` : `${base}.${format}`;
}

/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): an ASCII name for old clients, and the
 * exact name, percent-encoded as RFC 8187 asks, for every current browser.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
