import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { inCallerMunicipality, requireActor, type Context } from "../graphql/context.js";
import { UserType } from "../identity/identity.types.js";
import { PresenceMemberType, PresenceUpdateType } from "./collab.types.js";
import type { PresenceMember } from "./presence.service.js";

interface PresenceArgs {
  agreementId: string;
  clientId?: string | null;
}

@Resolver(() => PresenceMemberType)
export class PresenceResolver {
  @Subscription(() => PresenceUpdateType, {
    description: "Who is in the agreement and where; with `clientId` the subscriber is present until it unsubscribes or drops",
    subscribe: ({ args, context }: SubscribeResolverData<unknown, PresenceArgs, Context>) =>
      context.services.presence.watch(requireActor(context), args.agreementId, args.clientId ?? null),
  })
  presence(
    @Root() members: PresenceMember[],
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("clientId", () => String, { nullable: true }) _clientId: string | null,
  ) {
    return { agreementId, members };
  }

  @Mutation(() => Boolean, { description: "Tells the others which section the caller is in and where its caret is" })
  async updatePresence(
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("clientId", () => String) clientId: string,
    @Arg("sectionId", () => ID, { nullable: true }) sectionId: string | null,
    @Arg("cursor", () => String, { nullable: true }) cursor: string | null,
    @Ctx() ctx: Context,
  ) {
    const actor = requireActor(ctx);
    await ctx.services.rateLimits.coediting.consume(actor.userId); // sent with the caret, like a push: the same budget
    await ctx.services.presence.update(actor, agreementId, clientId, sectionId, cursor);
    return true;
  }

  @FieldResolver(() => UserType)
  user(@Root() member: PresenceMember, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx) => ctx.services.identity.requireUser(tx, member.userId));
  }
}
