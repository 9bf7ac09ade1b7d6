import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { inCallerMunicipality, inMunicipalityOf, oncePerOperation, runCommand, type Context } from "../graphql/context.js";
import type { UserEntity } from "./identity.entities.js";
import { logout } from "./sessions.commands.js";
import { AuthPayloadType, MunicipalityType, OrganType, RoleAssignmentType, UserType } from "./identity.types.js";

@Resolver(() => UserType)
export class IdentityResolver {
  @Mutation(() => AuthPayloadType, { description: "Signs in; a wrong password and an unknown email answer alike" })
  async login(@Arg("email", () => String) email: string, @Arg("password", () => String) password: string, @Ctx() ctx: Context) {
    const { token, user, expiresInSeconds } = await ctx.services.identity.login(email, password, ctx.ip);
    // A browser keeps the session in an HttpOnly cookie; other systems use the token from the answer.
    ctx.setSessionCookie?.(token, expiresInSeconds);
    return { token, user };
  }

  @Mutation(() => Boolean, {
    description: "Ends the session this request was made with: its token and cookie stop working at once, and its live connections close",
  })
  logout(@Ctx() ctx: Context) {
    // The browser forgets its cookie whatever the answer, even when the session had already ended.
    ctx.clearSessionCookie?.();
    return runCommand(ctx, logout, {});
  }

  @Query(() => UserType)
  me(@Ctx() ctx: Context) {
    // Kept beside the caller on this process until anything about the user changes (`ActorCache`).
    const kept = ctx.actor && ctx.services.identity.self(ctx.actor);
    return kept ?? inCallerMunicipality(ctx, (tx, actor) => ctx.services.identity.requireUser(tx, actor.userId));
  }

  @Query(() => [OrganType], { description: "The organs of the caller's municipality: the active ones, unless includeInactive" })
  async organs(
    @Arg("includeInactive", () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: "Deactivated organs too (the administration's list)",
    })
    includeInactive: boolean | null,
    @Ctx() ctx: Context,
  ) {
    const organs = await inCallerMunicipality(ctx, (tx) => ctx.services.identity.organs(tx));
    return includeInactive ? organs : organs.filter((organ) => organ.active);
  }

  // A User is only ever reached through something its caller may see (or its own login), so its
  // roles are read in the user's own municipality; that also serves `login`, before there is a caller.
  // Every user of a list (the administration's `users`) shares one read of the municipality's roles.
  @FieldResolver(() => [RoleAssignmentType])
  async roles(@Root() user: UserEntity, @Ctx() ctx: Context) {
    const byUser = await oncePerOperation(ctx, `roles:${user.municipalityId}`, () =>
      inMunicipalityOf(ctx, user.municipalityId, (tx) => ctx.services.identity.rolesByUser(tx)),
    );
    return byUser.get(user.id) ?? [];
  }

  @FieldResolver(() => MunicipalityType)
  municipality(@Root() user: UserEntity, @Ctx() ctx: Context) {
    return inMunicipalityOf(ctx, user.municipalityId, (tx) => ctx.services.identity.municipality(tx));
  }
}
