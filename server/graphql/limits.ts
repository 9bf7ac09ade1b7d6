import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";

/** Same limits over HTTP and WebSocket (graphql-ws skips Apollo's plugins). */
export const MAX_QUERY_DEPTH = 12;
export const MAX_TOKENS = 5000;

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let max = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) max = Math.max(max, 1 + depthOf(selection.selectionSet, fragments, seen));
    else if (selection.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value)) {
      const fragment = fragments[selection.name.value];
      max = Math.max(max, depthOf(fragment?.selectionSet, fragments, new Set([...seen, selection.name.value])));
    }
  }
  return max;
}

export const depthLimitRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const fragments = Object.fromEntries(
    context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return {
    OperationDefinition(node) {
      if (depthOf(node.selectionSet, fragments, new Set()) > MAX_QUERY_DEPTH)
        context.reportError(new GraphQLError(`Query is deeper than ${MAX_QUERY_DEPTH} levels`, { nodes: [node] }));
    },
  };
};

export function validationRules(production: boolean): ValidationRule[] {
  return production ? [depthLimitRule, NoSchemaIntrospectionCustomRule] : [depthLimitRule];
}
