import { oncePerOperation, type Context } from "../graphql/context.js";
import type { OrganEntity } from "./identity.entities.js";

/**
 * The organ of a row the caller has already been allowed to read, from the municipality's organs read
 * once per operation: every row of a list (agreements, approvals, the public record) shares one read.
 */
export async function organOfRow(ctx: Context, row: { municipalityId: string }, organId: string): Promise<OrganEntity | undefined> {
  const organs = await oncePerOperation(ctx, `organs:${row.municipalityId}`, () =>
    ctx.services.runner.readIn(row.municipalityId, async (tx) => new Map((await ctx.services.identity.organs(tx)).map((o) => [o.id, o]))),
  );
  return organs.get(organId);
}
