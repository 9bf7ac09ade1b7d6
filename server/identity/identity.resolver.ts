import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { inCallerMunicipality, type Context } from "../graphql/context.js";
import type { UserEntity } from "./identity.entities.js";
import { AuthPayloadType, MunicipalityType, OrganType, RoleAssignmentType, UserType } from "./identity.types.js";

@Resolver(() => UserType)
export class IdentityResolver {
  @Mutation(() => AuthPayloadType, { description: "Signs in; a wrong password and an unknown email answer alike" })
  login(@Arg("email", () => String) email: string, @Arg("password", () => String) password: string, @Ctx() ctx: Context) {
    return ctx.services.identity.login(email, password, ctx.ip);
  }

  @Query(() => UserType)
  me(@Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => ctx.services.identity.requireUser(tx, actor.userId));
  }

  @Query(() => [OrganType], { description: "The organs of the caller's municipality" })
  organs(@Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx) => ctx.services.identity.organs(tx));
  }

  // A User is only ever reached through something its caller may see (or its own login), so its
  // roles are read in the user's own municipality; that also serves `login`, before there is a caller.
  @FieldResolver(() => [RoleAssignmentType])
  roles(@Root() user: UserEntity, @Ctx() ctx: Context) {
    return ctx.services.runner.readIn(user.municipalityId, (tx) => ctx.services.identity.rolesOf(tx, user.id));
  }

  @FieldResolver(() => MunicipalityType)
  municipality(@Root() user: UserEntity, @Ctx() ctx: Context) {
    return ctx.services.runner.readIn(user.municipalityId, (tx) => ctx.services.identity.municipality(tx));
  }
}
