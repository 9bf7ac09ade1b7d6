import { Kind, type GraphQLResolveInfo } from "graphql";

/**
 * The names of the fields the operation asks of this field's value, when it names them plainly; null
 * when a fragment or a directive makes the selection more than a list of names (the caller then
 * answers in full). Lets a mutation read only what its answer needs: an editor that asks for the new
 * `version` of a balance does not pay for its lines, marks and requirement.
 */
export function askedFields(info: GraphQLResolveInfo): ReadonlySet<string> | null {
  const names = new Set<string>();
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD || selection.directives?.length) return null;
      names.add(selection.name.value);
    }
  }
  return names;
}

/** Whether every field asked is one of `cheap`: false when the selection is not a plain list of names. */
export function asksOnly(info: GraphQLResolveInfo, cheap: ReadonlySet<string>): boolean {
  const asked = askedFields(info);
  return asked !== null && [...asked].every((name) => cheap.has(name));
}
