import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from "graphql";
import { gql, ok } from "./graphql.js";
import { kindOf, type Kind } from "./tenancy.js";

/**
 * Calls generated from the live schema: every root field that takes an `ID` (as an argument, or in
 * an input), with every id filled in from a chosen municipality, and plausible values elsewhere.
 */
export type Path = Array<string | number>;
export interface Slot {
  path: Path;
  kind: Kind;
}
export interface FieldCall {
  operation: "query" | "mutation" | "subscription";
  name: string;
  field: GraphQLField<unknown, unknown>;
  slots: Slot[];
}

export async function liveSchema(server: { graphqlUrl: string }): Promise<GraphQLSchema> {
  return buildClientSchema(ok(await gql<IntrospectionQuery>(server, getIntrospectionQuery())));
}

/** Every root field with an id in its arguments. Throws for an id this test does not know how to fill. */
export function fieldsWithIds(schema: GraphQLSchema): FieldCall[] {
  const calls: FieldCall[] = [];
  const roots = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() };
  for (const [operation, root] of Object.entries(roots) as Array<[FieldCall["operation"], typeof roots.query]>)
    for (const field of Object.values(root?.getFields() ?? {})) {
      const returns = getNamedType(field.type).name;
      const paths: Path[] = [];
      for (const arg of field.args) walk(arg.type, [arg.name], (path) => paths.push(path));
      const slots = paths.map((path) => {
        const name = [...path].reverse().find((p): p is string => typeof p === "string")!;
        const kind = kindOf(name, returns);
        if (!kind) throw new Error(`${operation} ${field.name}: say in tenancy.ts what the id ${path.join(".")} names`);
        return { path, kind };
      });
      if (slots.length > 0) calls.push({ operation, name: field.name, field, slots });
    }
  for (const type of Object.values(schema.getTypeMap()))
    if (isObjectType(type) && !Object.values(roots).includes(type as never))
      for (const field of Object.values(type.getFields()))
        for (const arg of field.args)
          walk(arg.type, [arg.name], () => {
            throw new Error(`${type.name}.${field.name} takes an id: cover nested fields in the tenant-isolation test`);
          });
  return calls;
}

/** Visits the path of every ID in an input type (a list by its first element). */
function walk(type: GraphQLInputType, path: Path, onId: (path: Path) => void, seen = new Set<string>()): void {
  if (isNonNullType(type)) return walk(type.ofType, path, onId, seen);
  if (isListType(type)) return walk(type.ofType as GraphQLInputType, [...path, 0], onId, seen);
  if (getNamedType(type).name === "ID") return onId(path);
  if (isInputObjectType(type) && !seen.has(type.name))
    for (const field of Object.values(type.getFields())) walk(field.type, [...path, field.name], onId, new Set([...seen, type.name]));
}

const containsId = (type: GraphQLInputType): boolean => {
  let found = false;
  walk(type, [], () => (found = true));
  return found;
};

const SCALARS: Record<string, unknown> = {
  Int: 0,
  Float: 0,
  String: "x",
  Boolean: false,
  Money: "1.00",
  Date: "2027-01-01",
  DateTime: "2027-01-01T00:00:00Z",
};

/**
 * Arguments with every id from `idAt(slot)`, required values filled in (`given["field.argument"]`
 * where a placeholder would be refused before the id is looked at), optional ones left out unless
 * they hold an id.
 */
export function argumentsFor(call: FieldCall, idAt: (slot: Slot) => string, given: Record<string, unknown> = {}): Record<string, unknown> {
  const slotAt = new Map(call.slots.map((s) => [s.path.join("."), s]));
  const value = (type: GraphQLInputType, path: Path): unknown => {
    if (isNonNullType(type)) return value(type.ofType, path);
    if (isListType(type)) return [value(type.ofType as GraphQLInputType, [...path, 0])];
    const named = getNamedType(type);
    if (named.name === "ID") return idAt(slotAt.get(path.join("."))!);
    if (isEnumType(named)) return named.getValues()[0].value;
    if (isInputObjectType(named))
      return Object.fromEntries(
        Object.values(named.getFields())
          .filter((f) => isNonNullType(f.type) || containsId(f.type))
          .map((f) => [f.name, value(f.type, [...path, f.name])]),
      );
    if (!(named.name in SCALARS)) throw new Error(`no test value for the scalar ${named.name}`);
    return SCALARS[named.name];
  };
  return Object.fromEntries(
    call.field.args
      .filter((a) => isNonNullType(a.type) || containsId(a.type))
      .map((a) => [a.name, `${call.name}.${a.name}` in given ? given[`${call.name}.${a.name}`] : value(a.type, [a.name])]),
  );
}

/** The operation: every argument a variable, and every scalar of what it answers selected. */
export function documentFor(call: FieldCall): string {
  const { field } = call;
  const declared = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const returns = getNamedType(field.type);
  const selection =
    isLeafType(returns) || !isObjectType(returns)
      ? ""
      : `{ __typename ${Object.values(returns.getFields())
          .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
          .map((f) => f.name)
          .join(" ")} }`;
  return `${call.operation}${declared ? `(${declared})` : ""} { ${call.name}${passed ? `(${passed})` : ""} ${selection} }`;
}

/** A copy of `args` with the value at `path` replaced. */
export function withValueAt(args: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(args);
  let node: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}
