import fc from "fast-check";
import * as Y from "yjs";

/**
 * The values the fuzz draws from, per GraphQL type and per mode: `valid` (what a form could send,
 * SQL and HTML included: they are text like any other) and `hostile` (what must be refused, or
 * survived). Ids and versions are `Pick`s, chosen from the municipality's rows when the call is made.
 */

/** The kinds of rows an id can name; `any` draws from every kind. */
export type IdKind =
  | "agreement"
  | "section"
  | "line"
  | "proposal"
  | "dispute"
  | "comment"
  | "snapshot"
  | "user"
  | "organ"
  | "purchaserOrgan"
  | "providerOrgan"
  | "notification"
  | "any";

/** What the test municipality holds when a call is made, and a few facts of another municipality. */
export interface Pools {
  ids: Record<IdKind, string[]>;
  /** Ids of the other municipality's rows: they must answer exactly as unknown ids. */
  foreign: string[];
  /** Versions now current: agreements' and balances'. */
  versions: number[];
  /** Content hashes of frozen versions. */
  hashes: string[];
}

/** A value chosen only when the call is made: the `n`th of a pool (modulo its size). */
export class Pick {
  constructor(
    readonly pool: IdKind | "foreign" | "versions" | "hashes",
    readonly n: number,
  ) {}
  resolve(pools: Pools): unknown {
    const list: unknown[] =
      this.pool === "foreign" || this.pool === "versions" || this.pool === "hashes" ? pools[this.pool] : pools.ids[this.pool];
    return list.length === 0 ? "00000000-0000-4000-8000-000000000000" : list[this.n % list.length];
  }
  [fc.toStringMethod](): string {
    return `Pick(${this.pool}#${this.n})`;
  }
}

/** Replaces every `Pick` in `value` by its value now. */
export function resolvePicks(value: unknown, pools: Pools): unknown {
  if (value instanceof Pick) return value.resolve(pools);
  if (Array.isArray(value)) return value.map((v) => resolvePicks(v, pools));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolvePicks(v, pools)]));
  return value;
}

const SQL = ["'; DROP TABLE agreement; --", "1' OR '1'='1", 'x"); DELETE FROM balance_line; --', "$1::text", "\\'; SELECT pg_sleep(5); --"];
const HTML = [
  "<script>alert(1)</script><img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "{{constructor.constructor('alert(1)')()}}",
  "javascript:alert(1)",
];
const UNICODE = [
  "Hemtjänst 👵🏽👨‍👩‍👧 dygnet runt",
  "שירותי בית ‏עברית‎ RTL",
  "مرحبا بالعالم",
  "e\u0301\u0302\u0303\u0304 Z̴̡̛̤̙͎͑̃a̵͓͛l̷̩̿g̶̠̈́o",
  "\u202Egnilbasid\u202C",
  "\uFEFF\u200B\u200D noll bredd",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛",
];
const SWEDISH = [
  "Hemtjänst 2027",
  "Särskilt boende",
  "Ersättning för nattpatrull",
  "§ 145",
  "KS 2026-12-03 § 145",
  "Åtgärd: öka bemanningen",
];
const UNSTORABLE = ["Hem\u0000tjänst", "\u0000", "Hem\ud800tjänst", "\udc00", "end\ud83d"];
const BLANK = ["", " ", "\t\n \r", "\u00a0\u2003"];

export type Mode = "valid" | "hostile";

/** Text any field should take and keep as text: Swedish, unicode, SQL and HTML alike. */
export const validString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SWEDISH) },
  { weight: 2, arbitrary: fc.constantFrom(...SQL, ...HTML) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
);
/** Text to refuse or survive: blank, huge, NUL and lone surrogates, arbitrary code units. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...BLANK) },
  { weight: 2, arbitrary: fc.constantFrom(...UNSTORABLE) },
  { weight: 1, arbitrary: fc.integer({ min: 10_001, max: 30_000 }).map((n) => "å".repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(201), "Ö".repeat(501), "a".repeat(1001), "b".repeat(5001)) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
);

const INT32 = 2 ** 31;
export const INTS: Record<Mode, fc.Arbitrary<unknown>> = {
  // Mostly a version now current, so conflict checks pass and the write is reached.
  valid: fc.oneof({ weight: 3, arbitrary: fc.nat(50).map((n) => new Pick("versions", n)) }, fc.integer({ min: 0, max: 5 })),
  hostile: fc.oneof(
    fc.constantFrom(-1, -INT32, INT32 - 1, INT32, -INT32 - 1, 1e308, -1e308, 1.5, Number.MAX_SAFE_INTEGER, "1"),
    fc.integer(),
  ),
};
export const FLOATS: Record<Mode, fc.Arbitrary<unknown>> = {
  valid: fc.constantFrom(0, 1, 12, 100, 2.5, 0.1, -1.5, 1000),
  // NaN and Infinity cannot be written in JSON.
  hostile: fc.oneof(
    fc.constantFrom(-0, -1, -1e308, 1e308, 5e-324, 1e15, 1e-9, 2 ** 53 + 1, 123456789.123456, "1"),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  ),
};
export const MONEY: Record<Mode, fc.Arbitrary<unknown>> = {
  valid: fc.constantFrom("1250000.00", "10000.00", "0.05", "1020000", "0", "1000000000000.00", 12345),
  hostile: fc.oneof(
    fc.constantFrom(
      "1.005",
      "-500.00",
      "1e12",
      "1000000000000.01",
      "-1000000000000",
      "99999999999999999999999999999",
      "-0.00",
      " 12.50 ",
      "12,50",
      "abc",
      "",
      "0x10",
      "١٢٣",
      "12.5.0",
    ),
    fc.constantFrom(-7, 1.5, 1e308, 2 ** 53, true),
    fc.tuple(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.nat(999)).map(([k, o]) => `${k}.${o}`),
  ),
};
export const DATES: Record<Mode, fc.Arbitrary<unknown>> = {
  valid: fc.constantFrom("2027-01-01", "2027-12-31", "2026-12-03", "2028-02-29"),
  hostile: fc.oneof(
    fc.constantFrom("2026-02-30", "2027-13-01", "0000-01-01", "0001-01-01", "9999-12-31", "2027-1-1", "2027-01-01T00:00:00Z", "", "igår"),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  ),
};
/** A period's start before its end, mostly, so a valid period is valid as a whole. */
export const PERIOD = { periodStart: fc.constantFrom("2027-01-01", "2026-12-03"), periodEnd: fc.constantFrom("2027-12-31", "2028-02-29") };
export const GARBAGE_IDS = [
  "",
  "x",
  "1",
  "-1",
  "' OR 1=1 --",
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
  "<b>id</b>",
  "a".repeat(10_001),
];

const encode = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString("base64");

/** A Yjs update nesting `levels` types under the section's content: lists in list items, text innermost. */
export function nestedUpdate(levels: number): string {
  const doc = new Y.Doc();
  let outer: Y.XmlFragment | Y.XmlElement = doc.getXmlFragment("content");
  for (let i = 1; i < levels; i++) {
    const inner: Y.XmlElement = new Y.XmlElement(i % 2 ? "bulletList" : "listItem");
    outer.insert(0, [inner]);
    outer = inner;
  }
  outer.insert(0, [new Y.XmlText("djupt")]);
  return encode(doc);
}

/** Well-formed Yjs that no editor would send: the content as another type, foreign elements, nesting too deep. */
const STRANGE_UPDATES: Record<string, () => string> = {
  contentAsText: () => {
    const doc = new Y.Doc();
    doc.getText("content").insert(0, "text", { bold: true });
    return encode(doc);
  },
  contentAsMap: () => {
    const doc = new Y.Doc();
    doc.getMap("content").set("a", new Y.Map());
    return encode(doc);
  },
  contentAsArray: () => {
    const doc = new Y.Doc();
    doc.getArray("content").insert(0, ["x", 1, { a: [1, 2] }, new Uint8Array([1, 2])]);
    return encode(doc);
  },
  scriptElement: () => {
    const doc = new Y.Doc();
    const element = new Y.XmlElement("script");
    element.setAttribute("onerror", "alert(1)");
    element.insert(0, [new Y.XmlText("alert(1)")]);
    doc.getXmlFragment("content").insert(0, [element]);
    return encode(doc);
  },
  javascriptLink: () => {
    const doc = new Y.Doc();
    const text = new Y.XmlText("länk");
    text.format(0, 4, { link: { href: "javascript:alert(1)" } });
    doc.getXmlFragment("content").insert(0, [text]);
    return encode(doc);
  },
  subdocument: () => {
    const doc = new Y.Doc();
    doc.getMap("other").set("sub", new Y.Doc());
    return encode(doc);
  },
  nested101: () => nestedUpdate(101),
  nested1500: () => nestedUpdate(1500),
};
const built = new Map<string, string>();

/** One of the strange updates, built once (deep nesting takes a while to build). */
export const strangeUpdate: fc.Arbitrary<string> = fc.constantFrom(...Object.keys(STRANGE_UPDATES)).map((name) => {
  if (!built.has(name)) built.set(name, STRANGE_UPDATES[name]());
  return built.get(name)!;
});
