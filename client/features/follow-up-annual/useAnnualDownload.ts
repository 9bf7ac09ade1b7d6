import { ref } from 'vue';
import type { AppError } from '../../errors';
import { fileNameFromDisposition } from '../approval/downloadName';

const STATUS_CODES: Record<number, AppError['code']> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  429: 'RATE_LIMITED',
};

export type AnnualFormat = 'pdf' | 'json';

export const namndReportUrl = (organId: string, year: number, format: AnnualFormat) =>
  `/api/follow-up/namnd/${encodeURIComponent(organId)}/${year}.${format}`;
export const rollUpUrl = (year: number, format: AnnualFormat) => `/api/follow-up/roll-up/${year}.${format}`;

/**
 * Downloads a report (PDF or JSON) with the session cookie, as the version PDFs are: a refusal shows in
 * the page instead of replacing it, and the file keeps the name the server gave it.
 */
export function useAnnualDownload() {
  const downloading = ref<string | null>(null);
  const error = ref<AppError | null>(null);

  async function download(url: string): Promise<void> {
    downloading.value = url;
    error.value = null;
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) {
        error.value = { code: STATUS_CODES[response.status] ?? 'UNKNOWN' };
        return;
      }
      const fileName = fileNameFromDisposition(response.headers.get('content-disposition')) ?? url.split('/').pop()!;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(await response.blob());
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch {
      error.value = { code: 'NETWORK' };
    } finally {
      downloading.value = null;
    }
  }

  return { downloading, error, download };
}
