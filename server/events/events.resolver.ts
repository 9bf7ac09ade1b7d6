import { Arg, Ctx, Extensions, FieldResolver, ID, Int, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { AgreementEventType } from "../agreements/agreement.types.js";
import { SAME_FOR_EVERY_READER } from "../graphql/shared-results.js";
import { requireActor, type Context } from "../graphql/context.js";
import { userOfRow } from "../identity/identity.loaders.js";
import { UserType } from "../identity/identity.types.js";
import type { AgreementEventEntity } from "./agreement-event.entity.js";
import { streamAgreementEvents, type LiveAgreementEvent } from "./agreement-events.stream.js";

interface AgreementEventsArgs {
  agreementId: string;
  afterSeq?: number | null;
}

@Resolver(() => AgreementEventType)
export class EventsResolver {
  @Subscription(() => AgreementEventType, {
    description: "Replays the events after `afterSeq`, then streams live ones; without `afterSeq`, only new ones",
    subscribe: ({ args, context }: SubscribeResolverData<unknown, AgreementEventsArgs, Context>) =>
      streamAgreementEvents(
        {
          feeds: context.services.agreementFeeds,
          read: (actor, work) => context.services.runner.read(actor, work),
          readIn: (municipalityId, work) => context.services.runner.readIn(municipalityId, work),
          readableAgreement: agreementsQueries.get,
        },
        requireActor(context),
        args.agreementId,
        args.afterSeq ?? null,
      ),
  })
  agreementEvents(
    @Root() event: AgreementEventEntity,
    @Arg("agreementId", () => ID) _agreementId: string,
    @Arg("afterSeq", () => Int, { nullable: true }) _afterSeq: number | null,
  ): AgreementEventEntity {
    return event;
  }

  // The actor is a user of the agreement's municipality: the same for everyone who may read the event.
  @Extensions(SAME_FOR_EVERY_READER)
  @FieldResolver(() => UserType, { nullable: true })
  actor(@Root() event: LiveAgreementEvent, @Ctx() ctx: Context) {
    requireActor(ctx);
    // A streamed event comes with its actor, read once for every subscriber; a listed one is batched.
    if (event.actorUser !== undefined) return event.actorUser;
    return userOfRow(ctx, event, event.actorId);
  }
}
