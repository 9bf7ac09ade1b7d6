import {
  Arg,
  Ctx,
  Extensions,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from "type-graphql";
import { agreementOfSection } from "../agreements/agreements.loaders.js";
import type { SectionEntity } from "../agreements/agreement.entities.js";
import { SectionType } from "../agreements/agreement.types.js";
import { requireActor, type Context } from "../graphql/context.js";
import { EVENT_IS_VALUE, mapAsyncIterator } from "../graphql/direct-results.js";
import { permits } from "../pipeline/permissions.js";
import { pushSectionUpdate } from "./collab.commands.js";
import type { RelayedUpdate } from "./live-sections.js";
import { SectionAckType, SectionStateType, SectionUpdateType } from "./collab.types.js";
import { encodeBase64 } from "./yjs-codec.js";

interface SectionUpdatesArgs {
  sectionId: string;
  afterSeq?: number | null;
  origin?: string | null;
}

/** The same update goes to every editor of the section: encoded and shaped once, not once per subscriber. */
const sectionUpdates = new WeakMap<RelayedUpdate, SectionUpdateType>();
function sectionUpdateOf(relayed: RelayedUpdate): SectionUpdateType {
  let value = sectionUpdates.get(relayed);
  if (!value) {
    value = {
      sectionId: relayed.sectionId,
      seq: relayed.seq,
      update: relayed.base64 ?? encodeBase64(relayed.update),
      origin: relayed.origin,
    };
    sectionUpdates.set(relayed, value);
  }
  return value;
}

@Resolver(() => SectionType)
export class CollabResolver {
  @Query(() => SectionStateType, { description: "What the caller lacks of a section, given its Yjs state vector (base64)" })
  sectionState(
    @Arg("sectionId", () => ID) sectionId: string,
    @Arg("stateVector", () => String, { nullable: true }) stateVector: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.collab.state(requireActor(ctx), sectionId, stateVector);
  }

  @Mutation(() => SectionAckType, { description: "Applies a Yjs update (base64); answers once it is durably stored" })
  async pushSectionUpdate(
    @Arg("sectionId", () => ID) sectionId: string,
    @Arg("update", () => String) update: string,
    @Arg("origin", () => String, { nullable: true, description: "The sender's id; its own updates are not echoed to it" })
    origin: string | null,
    @Ctx() ctx: Context,
  ) {
    const actor = requireActor(ctx);
    // Not through the runner (the group commit writes it): its own, in-memory budget (`coeditingPerUser`).
    await ctx.services.rateLimits.coediting.consume(actor.userId);
    return { seq: await ctx.services.collab.push(actor, sectionId, update, origin) };
  }

  @Extensions(EVENT_IS_VALUE)
  @Subscription(() => SectionUpdateType, {
    description: "Replays the durable updates after `afterSeq`, then relays live ones as soon as they are applied",
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, SectionUpdatesArgs, Context>) =>
      mapAsyncIterator(
        await context.services.collab.subscribe(requireActor(context), args.sectionId, args.afterSeq ?? null, args.origin ?? null),
        sectionUpdateOf,
      ),
  })
  sectionUpdates(
    @Root() update: SectionUpdateType,
    @Arg("sectionId", () => ID) _sectionId: string,
    @Arg("afterSeq", () => Int, { nullable: true }) _afterSeq: number | null,
    @Arg("origin", () => String, { nullable: true }) _origin: string | null,
  ): SectionUpdateType {
    return update;
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller may edit the section now" })
  async editable(@Root() section: SectionEntity, @Ctx() ctx: Context) {
    const agreement = await agreementOfSection(ctx, section);
    return permits(pushSectionUpdate, requireActor(ctx), { agreement, section });
  }
}
