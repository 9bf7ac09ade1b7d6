import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from '../../client/features/approval/downloadName.js';
import { attachmentDisposition, versionPdfFileName } from '../../server/documents/file-names.js';

describe('the file name of a download', () => {
  it('is the one the server names, read from its Content-Disposition', () => {
    const name = versionPdfFileName('ÄLN 2026/0007', 3, true);
    expect(fileNameFromDisposition(attachmentDisposition(name))).toBe('ÄLN-2026-0007-v3-signerad.pdf');
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }), (text) => {
        expect(fileNameFromDisposition(attachmentDisposition(text))).toBe(text);
      }),
    );
  });

  it('falls back to the plain filename, and to none', () => {
    expect(fileNameFromDisposition('attachment; filename="VON-2026-0042-v1.pdf"')).toBe('VON-2026-0042-v1.pdf');
    expect(fileNameFromDisposition('attachment; filename=rapport.pdf')).toBe('rapport.pdf');
    expect(fileNameFromDisposition('attachment; filename="a.pdf"; filename*=UTF-8\'\'%E0%A4%A')).toBe('a.pdf');
    expect(fileNameFromDisposition('attachment')).toBeNull();
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});
