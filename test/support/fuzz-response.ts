/** API.md's error codes: the only ones a client may ever see. */
export const API_CODES = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "CONFLICT", "INVALID_STATE", "RATE_LIMITED"];

/** What a leak looks like: a stack frame, a source position, SQL, PostgreSQL's own wording. */
const LEAKS = [
  /\bat [\w$.<>]+ \(/, // "at Foo.bar (" — a stack frame
  /\bat (file:|node:|\/)/,
  /\.(ts|js|mjs|cjs):\d+/,
  /node_modules/,
  /\b(SELECT|INSERT INTO|DELETE FROM|UPDATE \w+ SET)\b/,
  /\b(violates|constraint|relation|syntax error at|duplicate key|invalid input syntax|out of range for type|QueryFailedError|TypeORM|postgres)\b/i,
];

export interface Reply {
  status: number;
  contentType: string;
  text: string;
}

/** One POST to /graphql; the raw reply, so a non-JSON body is seen as it is. */
export async function post(url: string, query: string, variables: unknown, token?: string): Promise<Reply> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", text: await response.text() };
}

/** Every string inside `value`: what the caller sent may come back quoted in a message, and is no leak. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsOf);
  return [];
}

/** A GraphQL result as it arrives, over HTTP or graphql-ws. */
export interface ResultBody {
  data?: unknown;
  errors?: ReadonlyArray<{ message?: unknown; extensions?: { code?: unknown } }>;
}

/**
 * The problems of one HTTP reply, empty when it is fine: no 5xx, JSON, and a result without problems
 * (`problemsOfResult`).
 */
export function problemsOf(reply: Reply, variables: unknown, tables: readonly string[]): string[] {
  if (reply.status >= 500) return [`HTTP ${reply.status}: ${clip(reply.text)}`];
  if (!reply.contentType.includes("application/json")) return [`not JSON (${reply.contentType}): ${clip(reply.text)}`];
  let body: ResultBody;
  try {
    body = JSON.parse(reply.text);
  } catch {
    return [`a body that does not parse: ${clip(reply.text)}`];
  }
  return problemsOfResult(body, variables, tables);
}

/**
 * The problems of one result, whatever carried it: data or errors, every error with an API code, and
 * nothing in any message or extension that looks like a stack trace, SQL or a table name.
 */
export function problemsOfResult(body: ResultBody, variables: unknown, tables: readonly string[]): string[] {
  const problems: string[] = [];
  if (body.data === undefined && !body.errors?.length) problems.push(`neither data nor errors: ${clip(JSON.stringify(body))}`);
  // graphql-js quotes what it echoes ("got invalid value …"): those quoted values are removed, longest first.
  const sent = stringsOf(variables)
    .map((s) => JSON.stringify(s))
    .sort((a, b) => b.length - a.length);
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== "string" || !API_CODES.includes(code)) problems.push(`code ${String(code)}: ${clip(String(error.message))}`);
    // What the error says: its message and every string value of its extensions (keys are the API's own words).
    let said = [error.message, ...stringsOf(error.extensions)].map(String).join("\n");
    for (const s of sent) said = said.split(s).join("«sent»");
    for (const leak of LEAKS) if (leak.test(said)) problems.push(`leak ${leak}: ${clip(said)}`);
    for (const table of tables) if (tableMention(table).test(said)) problems.push(`table name ${table}: ${clip(said)}`);
  }
  return problems;
}

/** A table named as PostgreSQL names it ("balance_line", relation "agreement"); a plain word like section is no leak. */
const tableMention = (table: string) => (table.includes("_") ? new RegExp(`\\b${table}\\b`) : new RegExp(`"${table}"`));

const clip = (text: string) => (text.length > 400 ? `${text.slice(0, 400)}… (${text.length} chars)` : text);
