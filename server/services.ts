import type { DataSource } from "typeorm";
import { pushAuthorshipRefusal } from "./suggestions/push-authorship.js";
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { createSubmission, type Submission } from "./approval/submission.commands.js";
import { balanceConsequences } from "./balance/balance.consequences.js";
import { sectionMarksConsequences } from "./section-marks/section-marks.consequences.js";
import { clearOutdatedMarks } from "./section-marks/section-marks.commands.js";
import { CommandRunner } from "./pipeline/runner.js";
import { CollabService } from "./collab/collab.service.js";
import { PresenceService } from "./collab/presence.service.js";
import type { Config } from "./config.js";
import { Database } from "./db/database.js";
import { frozenDecisions, submissionBlockers } from "./disputes/applied-decisions.js";
import { QueueTopic } from "./disputes/disputes.events.js";
import type { QueueFeeds } from "./disputes/queue-stream.js";
import type { AgreementFeeds } from "./events/agreement-events.stream.js";
import { EventBus } from "./events/event-bus.js";
import { AgreementTopic } from "./events/event-log.js";
import { SharedFeeds } from "./events/shared-feed.js";
import { AccountService } from "./identity/account.service.js";
import { ActorCache } from "./identity/actor-cache.js";
import { IdentityService } from "./identity/identity.service.js";
import { LoginThrottle } from "./identity/login-throttle.js";
import { MailWorker } from "./mail/mail-worker.js";
import { smtpMailer } from "./mail/mailer.js";
import { mailImmediately } from "./mail/notice-mail.js";
import { Tokens } from "./identity/tokens.js";
import { NotificationsService } from "./notifications/notifications.service.js";
import { PublicService } from "./public/public.service.js";
import { RateLimiterStore, type Limiter } from "./pipeline/rate-limiter.js";
import { ReminderWorker } from "./reminders/reminder-worker.js";
import { ClientSecrets } from "./sso/client-secret.js";
import { OidcRelyingParty } from "./sso/oidc-relying-party.js";
import { SingleSignOn } from "./sso/sso.service.js";

/** The domain services of one server process, wired once. */
export interface Services {
  config: Config;
  db: Database;
  bus: EventBus;
  tokens: Tokens;
  identity: IdentityService;
  /** Passwords: one-time links, reset requests, and the guard on changing one. */
  account: AccountService;
  runner: CommandRunner;
  collab: CollabService;
  presence: PresenceService;
  /** submitForApproval and the stepper's DRAFT gaps, which count the disputes blocking a submission. */
  submission: Submission;
  publicRecords: PublicService;
  /** The live unread count; notifications are written by the runner (a command's notices). */
  notifications: NotificationsService;
  /** One reader per agreement on this process for `agreementEvents`, whatever the number of subscribers. */
  agreementFeeds: AgreementFeeds;
  queueFeeds: QueueFeeds;
  /** Budgets (`pipeline/rate-limits.ts`) besides the login's (the identity service's) and the mutations' (the runner's). */
  rateLimits: RateLimitBudgets;
  /** Sign-in through each municipality's own identity provider, and its configuration. */
  singleSignOn: SingleSignOn;
  /** This process's id in the cross-process signals, so it can tell its own writes from others'. */
  node: string;
  /** Sends the mail outbox; null without SMTP_URL, when nothing is queued to send. */
  mailWorker: MailWorker | null;
  /** Sweeps the follow-up reminders of every municipality (in the app always; by mail where SMTP is configured). */
  reminderWorker: ReminderWorker;
}

export interface RateLimitBudgets {
  store: RateLimiterStore;
  /** Co-editing pushes and presence updates, per user; this process's (see `RateLimits.coeditingPerUser`). */
  coediting: Limiter;
  /** Subscriptions started, per WebSocket; this process's, where the socket is. */
  subscriptionStarts: Limiter;
  /** Anonymous public reads, per address, shared by every process. */
  publicReads: Limiter;
}

export function createServices(config: Config, dataSource: DataSource, bus: EventBus): Services {
  const db = new Database(dataSource, (signals) => bus.deliverCommitted(signals));
  const tokens = new Tokens(config.tokenSecret, config.tokenTtlSeconds);
  const node = randomUUID();
  const limits = config.rateLimits;
  const store = new RateLimiterStore((dataSource.driver as unknown as { master: pg.Pool }).master, config.tokenSecret);
  const mutations = store.sharedWithBurst("mutations", limits.mutationsPerUser, limits.mutationBurstPerUser);
  // Without SMTP a notification stays in the app: nothing is queued that could never be sent.
  const runner = new CommandRunner(
    db,
    [...balanceConsequences, ...sectionMarksConsequences],
    mutations,
    config.smtpUrl ? mailImmediately : undefined,
  );
  const throttle = new LoginThrottle(store, limits);
  const identity = new IdentityService(db, tokens, throttle, new ActorCache(bus));
  return {
    config,
    db,
    bus,
    tokens,
    identity,
    account: new AccountService(db, runner, tokens, throttle, {
      publicUrl: config.publicUrl,
      mailConfigured: !!config.smtpUrl,
      resetsFromAddress: store.sharedPerAddress("password-resets-address", limits.passwordResetsPerAddress),
      resetsOfAccount: store.shared("password-resets-account", limits.passwordResetsPerAccount),
      linkFailuresFromAddress: store.sharedPerAddress("password-link-failures", limits.passwordLinkFailuresPerAddress),
    }),
    runner,
    collab: new CollabService(db, bus, {
      node,
      maxUpdateBytes: config.maxUpdateBytes,
      afterMarkedEdit: (actor, sectionId) => runner.run(actor, clearOutdatedMarks, { sectionId }),
      pushRefusal: pushAuthorshipRefusal,
    }),
    presence: new PresenceService(db, bus, node),
    submission: createSubmission({ blockers: submissionBlockers, appliedDecisions: frozenDecisions }),
    publicRecords: new PublicService(db, (municipalityId, work) => runner.readIn(municipalityId, work)),
    notifications: new NotificationsService(bus, (municipalityId, work) => runner.readIn(municipalityId, work)),
    agreementFeeds: new SharedFeeds(bus, AgreementTopic),
    queueFeeds: new SharedFeeds(bus, QueueTopic),
    rateLimits: {
      store,
      // Co-editing counts in memory: a database round trip per keystroke is what the group commit
      // exists to avoid. Someone whose sockets reach several processes gets each one's budget: it is
      // a flood guard, not a quota.
      coediting: store.local("coediting", limits.coeditingPerUser),
      subscriptionStarts: store.local("subscription-starts", limits.subscriptionStartsPerSocket),
      publicReads: store.sharedPerAddress("public-reads", limits.publicReadsPerAddress),
    },
    singleSignOn: new SingleSignOn({
      db,
      readIn: (municipalityId, work) => runner.readIn(municipalityId, work),
      sessions: identity,
      secrets: new ClientSecrets(config, config.oidcSecrets),
      relyingParty: new OidcRelyingParty(),
      tokenSecret: config.tokenSecret,
      // Read at each sign-in: a server on port 0 (tests) learns its address only once listening.
      publicUrl: () => config.publicUrl,
    }),
    node,
    mailWorker: config.smtpUrl
      ? new MailWorker(db, smtpMailer(config.smtpUrl, config.mailFrom), { publicUrl: config.publicUrl, ...config.mailWorker })
      : null,
    reminderWorker: new ReminderWorker(db, runner, config.reminderWorker),
  };
}
