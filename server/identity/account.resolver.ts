import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { requireActor, runCommand, type Context } from "../graphql/context.js";
import { changePassword, updateMyPreferences } from "./account.commands.js";
import { Language, PreferencesInputType } from "./account.types.js";
import type { UserEntity } from "./identity.entities.js";
import { EmailPreference } from "./identity.model.js";
import { AuthPayloadType, UserType } from "./identity.types.js";

/** Passwords (one-time links, change, reset) and the caller's own settings. */
@Resolver(() => UserType)
export class AccountResolver {
  @Mutation(() => AuthPayloadType, {
    description:
      "Sets a password with the token of an invitation or reset link (valid 72 hours, once) and signs in; the user's other sessions end",
  })
  async setPassword(@Arg("token", () => String) token: string, @Arg("password", () => String) password: string, @Ctx() ctx: Context) {
    const { token: session, user, expiresInSeconds } = await ctx.services.account.setPassword(token, password, ctx.ip);
    ctx.setSessionCookie?.(session, expiresInSeconds);
    return { token: session, user };
  }

  @Mutation(() => Boolean, { description: "Changes the caller's password, the current one required; ends the caller's other sessions" })
  changePassword(
    @Arg("currentPassword", () => String) currentPassword: string,
    @Arg("newPassword", () => String) newPassword: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.account.guardCurrentPassword(requireActor(ctx), ctx.ip, () =>
      runCommand(ctx, changePassword, { currentPassword, newPassword }),
    );
  }

  @Mutation(() => Boolean, { description: "Mails a reset link if the address is an active user's; true whether or not it is" })
  requestPasswordReset(@Arg("email", () => String) email: string, @Ctx() ctx: Context) {
    return ctx.services.account.requestPasswordReset(email, ctx.ip);
  }

  @Mutation(() => UserType, { description: "The caller's e-mail preference for notifications, and the language of their mails" })
  updateMyPreferences(@Arg("input", () => PreferencesInputType) input: PreferencesInputType, @Ctx() ctx: Context) {
    return runCommand(ctx, updateMyPreferences, input, (tx, _actor, id) => ctx.services.identity.requireUser(tx, id));
  }

  @FieldResolver(() => EmailPreference, { nullable: true, description: "The user's own choice; null to anyone else" })
  emailPreference(@Root() user: UserEntity, @Ctx() ctx: Context): EmailPreference | null {
    return ctx.actor?.userId === user.id ? (user.emailPreference ?? null) : null;
  }

  @FieldResolver(() => Language, { nullable: true, description: "The language of the user's mails; null to anyone else" })
  language(@Root() user: UserEntity, @Ctx() ctx: Context): Language | null {
    return ctx.actor?.userId === user.id ? ((user.language as Language | undefined) ?? null) : null;
  }
}
