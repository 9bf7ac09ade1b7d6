import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import "reflect-metadata";
import { createPubSub } from "@graphql-yoga/subscription";
import { buildSchema } from "type-graphql";
import { AdministrationResolver, OrganAdministrationResolver } from "../administration/administration.resolver.js";
import { AgreementsResolver } from "../agreements/agreements.resolver.js";
import {
  AgreementVersionFieldsResolver,
  ApprovalFieldsResolver,
  ApprovalResolver,
  SignatureFieldsResolver,
} from "../approval/approval.resolver.js";
import { AgreementBalanceResolver, BalanceResolver } from "../balance/balance.resolver.js";
import { CollabResolver } from "../collab/collab.resolver.js";
import { PresenceResolver } from "../collab/presence.resolver.js";
import { CommentsResolver, SectionCommentsResolver } from "../comments/comments.resolver.js";
import { AgreementDisputesResolver, DisputesResolver } from "../disputes/disputes.resolver.js";
import { QueueResolver } from "../disputes/queue.resolver.js";
import { EventsResolver } from "../events/events.resolver.js";
import { AnnualReportDecisionResolver, AnnualReportResolver } from "../follow-up-annual/annual-report.resolver.js";
import { ClassificationResolver } from "../follow-up-annual/classification.resolver.js";
import { AgreementHistoryResolver, HistoryResolver } from "../history/history.resolver.js";
import { AgreementFollowUpResolver, DisputeFollowUpResolver, FollowUpResolver } from "../follow-up/follow-up.resolver.js";
import { AgreementPlanOwnersResolver } from "../follow-up/plan-owners.resolver.js";
import { AccountResolver } from "../identity/account.resolver.js";
import { IdentityResolver } from "../identity/identity.resolver.js";
import { NotificationsResolver } from "../notifications/notifications.resolver.js";
import { PublicFollowUpResolver } from "../public/public-follow-up.resolver.js";
import { PublicResolver } from "../public/public.resolver.js";
import { RemindersResolver } from "../reminders/reminders.resolver.js";
import { SectionMarksResolver } from "../section-marks/section-marks.resolver.js";
import { SingleSignOnResolver } from "../sso/sso.resolver.js";
import { SuggestionFieldsResolver, SuggestionsResolver } from "../suggestions/suggestions.resolver.js";
import { guardFields } from "./field-guards.js";

export const resolvers = [
  IdentityResolver,
  AccountResolver,
  AgreementsResolver,
  EventsResolver,
  CollabResolver,
  PresenceResolver,
  BalanceResolver,
  AgreementBalanceResolver,
  CommentsResolver,
  SectionCommentsResolver,
  SectionMarksResolver,
  HistoryResolver,
  AgreementHistoryResolver,
  ApprovalResolver,
  ApprovalFieldsResolver,
  AgreementVersionFieldsResolver,
  SignatureFieldsResolver,
  PublicResolver,
  PublicFollowUpResolver,
  DisputesResolver,
  AgreementDisputesResolver,
  QueueResolver,
  NotificationsResolver,
  RemindersResolver,
  AdministrationResolver,
  OrganAdministrationResolver,
  SingleSignOnResolver,
  SuggestionsResolver,
  SuggestionFieldsResolver,
  FollowUpResolver,
  AgreementFollowUpResolver,
  DisputeFollowUpResolver,
  ClassificationResolver,
  AnnualReportResolver,
  AnnualReportDecisionResolver,
  AgreementPlanOwnersResolver,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

export function createSchema(): Promise<GraphQLSchema> {
  // Our subscriptions bring their own `subscribe` over the cross-process EventBus; type-graphql still
  // insists on an in-process pubSub for topic-based ones, which we do not use.
  cached ??= buildSchema({ resolvers, validate: false, pubSub: createPubSub() }).then(guardFields);
  return cached;
}

/** The SDL as committed in schema/schema.graphql. */
export async function printedSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await createSchema())) + "\n";
}
