/**
 * The file name the server gives in Content-Disposition: RFC 6266's exact `filename*` (UTF-8,
 * percent-encoded) before the ASCII `filename`. The server names every document one way
 * (server/documents/file-names.ts); the page uses that name rather than making up its own.
 */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // A malformed encoding: the plain name below, if any.
    }
  }
  return /filename\s*=\s*"([^"]*)"/i.exec(header)?.[1] ?? /filename\s*=\s*([^;\s]+)/i.exec(header)?.[1] ?? null;
}
