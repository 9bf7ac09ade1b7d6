import { defaultFieldResolver, isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import type { Context } from "./context.js";
import { PUBLIC_FIELDS, refuseToAnonymous } from "./public-record.js";
import { refuseUnstorableText } from "./storable-text.js";

/**
 * The checks every field's resolution passes first, in this order: no unstorable text in its arguments
 * (BAD_USER_INPUT), and nothing outside the public record for an anonymous caller (UNAUTHENTICATED).
 * They wrap each field's resolver in the built schema, synchronously: as type-graphql's global
 * middlewares they made every field, a balance line's amount too, a chain of promises of its own,
 * which was most of the time of a large page. A subscription's start (`subscribe`) passes the same
 * checks, once: a stream whose events are built without execution (`direct-results.ts`) never runs
 * its field's `resolve`, and its arguments must not go unchecked for that.
 */
export function guardFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const open = PUBLIC_FIELDS.has(`${type.name}.${field.name}`);
      const withArgs = field.args.length > 0;
      const guard = (args: Record<string, unknown>, context: Context, info: GraphQLResolveInfo) => {
        if (withArgs) refuseUnstorableText(args);
        if (!open) refuseToAnonymous(context, info);
      };
      field.resolve = (source, args: Record<string, unknown>, context: Context, info) => {
        guard(args, context, info);
        return resolve(source, args, context, info);
      };
      const subscribe = field.subscribe;
      if (subscribe)
        field.subscribe = (source, args: Record<string, unknown>, context: Context, info) => {
          guard(args, context, info);
          return subscribe(source, args, context, info);
        };
    }
  }
  return schema;
}
