/*
 * The PDF is set in the standard fonts (Helvetica, Courier), whose encoding (WinAnsi) covers Swedish
 * and most of Western Europe but not every character a text may hold. Without this, a character
 * outside it would be written as bytes the font reads as something else entirely.
 */

/** Characters of WinAnsi's 0x80–0x9F row (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). */
const WIN_ANSI_EXTRA = new Set(
  [
    0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018, 0x2019, 0x201c, 0x201d,
    0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
  ].map((c) => String.fromCodePoint(c)),
);

/** Common characters outside WinAnsi, written as the nearest that is inside it. */
const NEAREST: Record<string, string> = {
  "\u2212": "-", // minus sign
  "\u2010": "-",
  "\u2011": "-",
  "\u202f": "\u00a0", // narrow no-break space (French and some Swedish number styles)
  "\u2007": "\u00a0",
  "\u2009": " ",
  "\u200a": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\t": " ",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2260": "!=",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2248": "~",
  "\u2032": "'",
  "\u2033": '"',
  "\u201f": '"',
  "\r": "",
  "\u00ad": "",
  "\u200b": "",
  "\u200c": "",
  "\u200d": "",
  "\u2060": "",
  "\ufeff": "",
};

const inWinAnsi = (char: string): boolean => {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
};

/** The text as the standard fonts can show it: composed (å as one letter), the rest replaced by "?". */
export function pdfText(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    if (char === "\n" || inWinAnsi(char)) out += char;
    else out += NEAREST[char] ?? "?";
  }
  return out;
}
