import { knownInBatch, loadInBatch } from "../graphql/batch-loader.js";
import { inMunicipalityOf, oncePerOperation, type Context } from "../graphql/context.js";
import type { OrganEntity, UserEntity } from "./identity.entities.js";

/**
 * The organ of a row the caller has already been allowed to read, from the municipality's organs read
 * once per operation: every row of a list (agreements, approvals, the public record) shares one read.
 */
export async function organOfRow(ctx: Context, row: { municipalityId: string }, organId: string): Promise<OrganEntity | undefined> {
  const organs = await oncePerOperation(ctx, `organs:${row.municipalityId}`, () =>
    inMunicipalityOf(ctx, row.municipalityId, async (tx) => new Map((await ctx.services.identity.organs(tx)).map((o) => [o.id, o]))),
  );
  return organs.get(organId);
}

/**
 * The user a row names (an event's actor, a comment's author), for a row the caller has already been
 * allowed to read: the users every row of a list names are read together, in one statement.
 */
export async function userOfRow(ctx: Context, row: { municipalityId: string }, userId: string | null): Promise<UserEntity | null> {
  if (!userId) return null;
  const municipalityId = row.municipalityId;
  const user = await loadInBatch(ctx, `users:${municipalityId}`, userId, (ids) =>
    inMunicipalityOf(ctx, municipalityId, async (tx) => new Map((await ctx.services.identity.users(tx, ids)).map((u) => [u.id, u]))),
  );
  return user ?? null;
}

/** Users a read in `municipalityId` brought along with its rows: `userOfRow` then needs no statement for them. */
export function knownUsers(ctx: Context, municipalityId: string, users: ReadonlyMap<string, UserEntity>): void {
  knownInBatch(ctx, `users:${municipalityId}`, users);
}
