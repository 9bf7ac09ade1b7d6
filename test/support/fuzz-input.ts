import { readFileSync } from "node:fs";
import fc from "fast-check";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from "graphql";
import { textUpdate } from "./approval.js";
import {
  DATES,
  FLOATS,
  GARBAGE_IDS,
  INTS,
  MONEY,
  PERIOD,
  Pick,
  hostileString,
  strangeUpdate,
  validString,
  type IdKind,
  type Mode,
} from "./fuzz-values.js";

/**
 * Hostile input derived from the emitted SDL (schema/schema.graphql, which test/schema.test.ts keeps
 * equal to the server's): for every argument of every mutation, values of its GraphQL type that are
 * valid, on a boundary, or hostile. Ids and versions are drawn late (`Pick`), from the rows the test
 * municipality holds at the moment of the call, so a run also reaches the writes behind the checks.
 */
export const schema = buildSchema(readFileSync(new URL("../../schema/schema.graphql", import.meta.url), "utf8"));

/** Which rows an id argument names, from its name. */
function idKind(name: string): IdKind {
  if (/^(agreementId|id)$/.test(name)) return "agreement";
  if (/^sectionId$/.test(name)) return "section";
  if (/^lineId$/.test(name)) return "line";
  if (/^(proposalId|counterTo)$/.test(name)) return "proposal";
  if (/^disputeId$/.test(name)) return "dispute";
  if (/^(commentId|parentId)$/.test(name)) return "comment";
  if (/^(versionId|fromVersionId|toVersionId)$/.test(name)) return "snapshot";
  if (/^(assigneeId|userId)$/.test(name)) return "user";
  if (name === "purchaserOrganId") return "purchaserOrgan";
  if (name === "providerOrganId") return "providerOrgan";
  if (name === "organId") return "organ";
  if (/^ids$/.test(name)) return "notification";
  return "any";
}

/** ID: a row of the right kind; hostile, any row, another municipality's, random UUIDs and garbage. */
function idArbitrary(name: string, mode: Mode): fc.Arbitrary<unknown> {
  if (mode === "valid") return fc.nat().map((n) => new Pick(idKind(name), n));
  return fc.oneof(
    fc.nat().map((n) => new Pick("any", n)),
    fc.nat().map((n) => new Pick("foreign", n)),
    fc.uuid(),
    fc.constantFrom(...GARBAGE_IDS),
    fc.integer(),
  );
}

/** Strings some arguments give meaning to: a Yjs update, a content hash, an anchor, an email. */
function meaningful(name: string, mode: Mode): fc.Arbitrary<unknown> | null {
  const valid = mode === "valid";
  switch (name) {
    case "update":
      return valid
        ? validString.map(textUpdate)
        : fc.oneof(hostileString.map(textUpdate), strangeUpdate, fc.constantFrom("AAA=", "not base64!", "", "Z2FyYmFnZQ=="), hostileString);
    case "contentHash":
      return valid ? fc.nat().map((n) => new Pick("hashes", n)) : fc.oneof(fc.constantFrom("0".repeat(64), "zz"), hostileString);
    case "anchor":
    case "anchorEnd":
      return valid
        ? fc.constantFrom('{"type":null,"tname":"content","item":null,"assoc":0}', '{"item":{"client":1,"clock":2},"assoc":-1}')
        : fc.oneof(fc.constantFrom("{", "[]", "null", '{"item":{"client":1e400,"clock":1}}', '{"tname":{}}'), hostileString);
    case "email":
      return valid
        ? fc.constantFrom("von.chef@x.balans.se", "a@b.se")
        : fc.oneof(fc.constantFrom("@", `${"x".repeat(300)}@x.se`), hostileString);
    case "minMarginPercent":
      return valid
        ? fc.constantFrom("1", "1.5", "0", "2,25", "-0.5", "100")
        : fc.oneof(fc.constantFrom("1.234", "1e2", "∞", "101"), hostileString);
    case "shortName":
      return valid
        ? fc.stringMatching(/^[A-ZÅÄÖ][A-Z0-9]{0,5}$/)
        : fc.oneof(fc.constantFrom("", "1A", "ABCDEFGHIJK", "V-N"), hostileString);
    default:
      return null;
  }
}

/** An input object (or a field's arguments): all fields valid, or exactly one hostile and the rest valid. */
function recordArbitrary(
  fields: ReadonlyArray<{ name: string; type: GraphQLInputType; meaning?: string }>,
  mode: Mode,
): fc.Arbitrary<Record<string, unknown>> {
  const valid = Object.fromEntries(fields.map((f) => [f.name, inputArbitrary(f.type, f.meaning ?? f.name, "valid")]));
  if (mode === "valid" || fields.length === 0) return fc.record(valid);
  return fc
    .nat(fields.length - 1)
    .chain((i) =>
      fc.record({ ...valid, [fields[i].name]: inputArbitrary(fields[i].type, fields[i].meaning ?? fields[i].name, "hostile") }),
    );
}

/** Values of an input type; nullable ones are sometimes null or left out (`undefined`). */
export function inputArbitrary(type: GraphQLInputType, name: string, mode: Mode): fc.Arbitrary<unknown> {
  if (isNonNullType(type))
    return mode === "valid"
      ? nonNullArbitrary(type.ofType, name, mode)
      : fc.oneof({ weight: 10, arbitrary: nonNullArbitrary(type.ofType, name, mode) }, fc.constant(null));
  if (mode === "hostile") return nonNullArbitrary(type, name, mode);
  return fc.oneof({ weight: 3, arbitrary: nonNullArbitrary(type, name, mode) }, fc.constant(null), fc.constant(undefined));
}

function nonNullArbitrary(type: GraphQLInputType, name: string, mode: Mode): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const valid = inputArbitrary(type.ofType, name, "valid");
    if (mode === "valid") return fc.oneof(fc.constant([]), fc.tuple(valid), fc.array(valid, { minLength: 2, maxLength: 4 }));
    const hostile = inputArbitrary(type.ofType, name, "hostile");
    return fc.oneof(
      fc.tuple(fc.array(valid, { maxLength: 3 }), hostile, fc.array(valid, { maxLength: 2 })).map(([a, h, b]) => [...a, h, ...b]),
      fc.array(valid, { minLength: 50, maxLength: 120 }),
      hostile, // a single value where a list is declared: GraphQL coerces it
    );
  }
  if (isEnumType(type))
    return mode === "valid" ? fc.constantFrom(...type.getValues().map((v) => v.name)) : fc.constantFrom("", "drop", "ADMIN", "accept", 1);
  if (isInputObjectType(type)) {
    const record = recordArbitrary(Object.values(type.getFields()), mode);
    return mode === "valid"
      ? record
      : fc.oneof(
          { weight: 4, arbitrary: record },
          record.map((r) => ({ ...r, unknownField: 1 })),
        );
  }
  const special = meaningful(name, mode);
  if (special) return special;
  switch (getNamedType(type).name) {
    case "String":
      return mode === "valid" ? validString : hostileString;
    case "ID":
      return idArbitrary(name, mode);
    case "Int":
      return INTS[mode];
    case "Float":
      return FLOATS[mode];
    case "Boolean":
      return mode === "valid" ? fc.boolean() : fc.constantFrom("true", 0, null);
    case "Money":
      return MONEY[mode];
    case "Date":
      return mode === "valid" && (name === "periodStart" || name === "periodEnd") ? PERIOD[name] : DATES[mode];
    default:
      throw new Error(`No arbitrary for ${String(type)}`);
  }
}

/** The variables of one call of `field`: all valid now and then, mostly exactly one argument or field hostile. */
export function argumentsArbitrary(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  // An `id` names what the field answers: an agreement, unless it answers an organ (updateOrgan and the like).
  const meaningOf = (name: string) => (name === "id" && getNamedType(field.type).name === "Organ" ? "organId" : name);
  const args = field.args.map((a: GraphQLArgument) => ({ name: a.name, type: a.type, meaning: meaningOf(a.name) }));
  return fc.oneof({ weight: 2, arbitrary: recordArbitrary(args, "valid") }, { weight: 3, arbitrary: recordArbitrary(args, "hostile") });
}

/** Scalar fields of `type`, and those of its object fields one level down: enough for every presenter to run. */
function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named) || !isObjectType(named)) return "";
  const parts = Object.values(named.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => {
      if (isLeafType(getNamedType(f.type))) return f.name;
      if (depth === 0) return null;
      const inner = selection(f.type, depth - 1);
      return inner ? `${f.name} { ${inner} }` : null;
    })
    .filter((p): p is string => p !== null);
  return parts.join(" ");
}

/** `mutation($a: T!, …) { field(a: $a, …) { … } }` for one Mutation field, from the schema. */
export function mutationDocument(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const inner = selection(field.type, 1);
  return `mutation${variables ? `(${variables})` : ""} { ${field.name}${args ? `(${args})` : ""}${inner ? ` { ${inner} }` : ""} }`;
}

/**
 * Every mutation but `logout`: it would end the fuzzing callers' own sessions, and has no input to
 * fuzz (test/sessions.test.ts covers it).
 */
export const mutationFields = Object.values(schema.getMutationType()!.getFields()).filter((field) => field.name !== "logout");
