import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { inCallerMunicipality, requireActor, runCommand, type Context } from "../graphql/context.js";
import type { NotificationEntity } from "./notification.entity.js";
import { markNotificationsRead } from "./notifications.commands.js";
import { notificationsStore } from "./notifications.store.js";
import { NotificationType } from "./notifications.types.js";

function present(n: NotificationEntity): NotificationType {
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  const diarienummer = text(n.data.diarienummer);
  return {
    id: n.id,
    kind: n.kind,
    summary: n.summary,
    agreementId: n.agreementId,
    disputeId: n.disputeId,
    diarienummer,
    period: text(n.data.period),
    dueDate: text(n.data.dueDate),
    read: n.readAt !== null,
    createdAt: n.createdAt,
  };
}

/** The caller's own notifications; nobody reads anyone else's. */
@Resolver(() => NotificationType)
export class NotificationsResolver {
  @Query(() => [NotificationType], { description: "The caller's newest notifications (at most 100), newest first" })
  notifications(@Arg("unreadOnly", () => Boolean, { nullable: true }) unreadOnly: boolean | null, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, async (tx, actor) =>
      (await notificationsStore.list(tx, actor.userId, unreadOnly ?? false)).map(present),
    );
  }

  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => notificationsStore.unreadCount(tx, actor.userId));
  }

  @Mutation(() => Int, { description: "Marks the given notifications (all, without ids) read; returns the unread count" })
  markNotificationsRead(@Arg("ids", () => [ID], { nullable: true }) ids: string[] | null, @Ctx() ctx: Context) {
    return runCommand(ctx, markNotificationsRead, { ids: ids ?? null });
  }

  @Subscription(() => Int, {
    description: "The caller's unread count: at once, then after every change",
    subscribe: ({ context }: SubscribeResolverData<unknown, Record<string, never>, Context>) =>
      context.services.notifications.watchUnreadCount(requireActor(context)),
  })
  notificationsChanged(@Root() count: number): number {
    return count;
  }
}
