import { Ctx, Int, Query, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { inCallerMunicipality, requireActor, type Context } from "../graphql/context.js";
import { streamOverdueCount } from "./overdue-stream.js";
import { remindersQueries } from "./reminders.queries.js";
import { OverdueFollowUpType } from "./reminders.types.js";

/** Kommunledning's view of the municipality's overdue follow-up; the reminders themselves are the server's sweep. */
@Resolver(() => OverdueFollowUpType)
export class RemindersResolver {
  @Query(() => [OverdueFollowUpType], {
    description: "KOMMUNLEDNING, REVISOR: overdue reports and action plans of SIGNED agreements, longest overdue first",
  })
  overdueFollowUp(@Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => remindersQueries.overdue(tx, actor));
  }

  @Subscription(() => Int, {
    description: "KOMMUNLEDNING, REVISOR: how many items are overdue, at once and whenever a due date passing adds some",
    subscribe: ({ context }: SubscribeResolverData<unknown, Record<string, never>, Context>) => {
      const actor = requireActor(context);
      const { bus, runner } = context.services;
      return streamOverdueCount(actor, { bus, read: (work) => runner.read(actor, work) });
    },
  })
  overdueFollowUpChanged(@Root() count: number): number {
    return count;
  }
}
