import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { AgreementEventType } from "../agreements/agreement.types.js";
import { requireActor, type Context } from "../graphql/context.js";
import { userOfRow } from "../identity/identity.loaders.js";
import { UserType } from "../identity/identity.types.js";
import type { AgreementEventEntity } from "./agreement-event.entity.js";
import { streamAgreementEvents } from "./agreement-events.stream.js";

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
          bus: context.services.bus,
          read: (actor, work) => context.services.runner.read(actor, work),
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

  @FieldResolver(() => UserType, { nullable: true })
  actor(@Root() event: AgreementEventEntity, @Ctx() ctx: Context) {
    requireActor(ctx);
    return userOfRow(ctx, event, event.actorId);
  }
}
