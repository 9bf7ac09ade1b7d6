import { ref } from 'vue';
import type { AppError } from '../../errors';
import { fileNameFromDisposition } from './downloadName';

const STATUS_CODES: Record<number, AppError['code']> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 429: 'RATE_LIMITED' };

/** The address of a frozen version's PDF (without login only for a signed agreement). */
export function versionPdfUrl(agreementId: string, number: number): string {
  return `/api/agreements/${encodeURIComponent(agreementId)}/versions/${number}.pdf`;
}

/**
 * Downloads a frozen version as PDF. The session cookie authenticates the request (the server reads
 * it for this download); fetching it rather than following a link lets a refusal be shown in the page
 * instead of replacing it, and the file is handed to the browser as a blob to save, under the name
 * the server gave it.
 */
export function useVersionPdf() {
  const downloading = ref<number | null>(null);
  const error = ref<AppError | null>(null);

  async function download(agreementId: string, number: number): Promise<void> {
    downloading.value = number;
    error.value = null;
    try {
      const response = await fetch(versionPdfUrl(agreementId, number), { credentials: 'same-origin' });
      if (!response.ok) {
        error.value = { code: STATUS_CODES[response.status] ?? 'UNKNOWN' };
        return;
      }
      const fileName = fileNameFromDisposition(response.headers.get('content-disposition')) ?? `version-${number}.pdf`;
      save(await response.blob(), fileName);
    } catch {
      error.value = { code: 'NETWORK' };
    } finally {
      downloading.value = null;
    }
  }

  return { downloading, error, download };
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: the download has its own copy by then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
