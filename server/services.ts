import type { DataSource } from "typeorm";
import { randomUUID } from "node:crypto";
import { AgreementsService } from "./agreements/agreements.service.js";
import { AmendmentService } from "./approval/amendment.service.js";
import { ApprovalService } from "./approval/approval.service.js";
import { LegacyBalance } from "./balance/balance.legacy.js";
import { balanceConsequences } from "./balance/balance.consequences.js";
import { CommandRunner } from "./pipeline/runner.js";
import { CollabService } from "./collab/collab.service.js";
import { PresenceService } from "./collab/presence.service.js";
import type { Config } from "./config.js";
import { Database } from "./db/database.js";
import { DisputeSteps } from "./disputes/dispute-steps.js";
import { DisputesService } from "./disputes/disputes.service.js";
import { DisputesStore } from "./disputes/disputes.store.js";
import { EscalationService } from "./disputes/escalation.service.js";
import { EventBus } from "./events/event-bus.js";
import { IdentityService } from "./identity/identity.service.js";
import { Tokens } from "./identity/tokens.js";
import { LegacyNotifications } from "./notifications/notifications.legacy.js";
import { NotificationsService } from "./notifications/notifications.service.js";
import { PublicService } from "./public/public.service.js";

/** The domain services of one server process, wired once. */
export interface Services {
  config: Config;
  db: Database;
  bus: EventBus;
  tokens: Tokens;
  identity: IdentityService;
  agreements: AgreementsService;
  runner: CommandRunner;
  /** Transitional, until disputes and approval run through the runner. */
  balance: LegacyBalance;
  collab: CollabService;
  presence: PresenceService;
  approval: ApprovalService;
  amendments: AmendmentService;
  publicRecords: PublicService;
  disputes: DisputesService;
  escalation: EscalationService;
  /** The live unread count; notifications are written by the runner (a command's notices). */
  notifications: NotificationsService;
  /** This process's id in the cross-process signals, so it can tell its own writes from others'. */
  node: string;
}

export function createServices(config: Config, dataSource: DataSource, bus: EventBus): Services {
  const db = new Database(dataSource);
  const tokens = new Tokens(config.tokenSecret, config.tokenTtlSeconds);
  const node = randomUUID();
  const agreements = new AgreementsService();
  const balance = new LegacyBalance();
  const collab = new CollabService(db, bus, { node, maxUpdateBytes: config.maxUpdateBytes });
  const identity = new IdentityService(db, tokens);
  const runner = new CommandRunner(db, [...balanceConsequences]);
  // Transitional, until disputes and approval notify through their commands' notices.
  const notifications = new LegacyNotifications();
  const disputeSteps = new DisputeSteps(new DisputesStore(), agreements, notifications);
  const disputes = new DisputesService(disputeSteps, agreements, balance);
  return {
    config,
    db,
    bus,
    tokens,
    identity,
    agreements,
    runner,
    balance,
    collab,
    presence: new PresenceService(db, bus, agreements, node),
    approval: new ApprovalService(agreements, balance, identity, disputes, notifications),
    amendments: new AmendmentService(agreements),
    publicRecords: new PublicService(db),
    disputes,
    escalation: new EscalationService(disputeSteps, balance, notifications),
    notifications: new NotificationsService(bus, (actor, work) => runner.read(actor, work)),
    node,
  };
}
