import { Foundation1764000000000 } from "./1764000000000-foundation.js";
import { Balance1764000001000 } from "./1764000001000-balance.js";
import { Collab1764000002000 } from "./1764000002000-collab.js";
import { CommentsHistory1764000003000 } from "./1764000003000-comments-history.js";
import { Disputes1764000004000 } from "./1764000004000-disputes.js";
import { Approval1764000005000 } from "./1764000005000-approval.js";
import { LoginThrottle1764000006000 } from "./1764000006000-login-throttle.js";
import { RowLevelSecurity1764000007000 } from "./1764000007000-row-level-security.js";
import { EventChain1764000008000 } from "./1764000008000-event-chain.js";
import { RateLimits1764000009000 } from "./1764000009000-rate-limits.js";
import { Idempotency1764000010000 } from "./1764000010000-idempotency.js";
import { Sessions1764000011000 } from "./1764000011000-sessions.js";
import { Administration1764000012000 } from "./1764000012000-administration.js";
import { AdministrationVersions1764000013000 } from "./1764000013000-administration-versions.js";
import { SsoTrustedDomains1764000017000 } from "./1764000017000-sso-trusted-domains.js";
import { SingleSignOn1764000016000 } from "./1764000016000-single-sign-on.js";
import { DecisionSafeguards1764000019000 } from "./1764000019000-decision-safeguards.js";
import { FollowUp1764000020000 } from "./1764000020000-follow-up.js";
import { AnnualFollowUp1764000021000 } from "./1764000021000-annual-follow-up.js";
import { FollowUpReminders1764000022000 } from "./1764000022000-follow-up-reminders.js";
import { SectionMarks1764000023000 } from "./1764000023000-section-marks.js";
import { DistributionKeys1764000030000 } from "./1764000030000-distribution-keys.js";
import { AccountSignals1764000031000 } from "./1764000031000-account-signals.js";
import { StrategicValueThresholds1764000035000 } from "./1764000035000-strategic-value-thresholds.js";

/** Every migration, in order. Listed explicitly so that tsc, tsx and vitest all load the same set. */
export const migrations = [
  Foundation1764000000000,
  Balance1764000001000,
  Collab1764000002000,
  CommentsHistory1764000003000,
  Disputes1764000004000,
  Approval1764000005000,
  LoginThrottle1764000006000,
  RowLevelSecurity1764000007000,
  EventChain1764000008000,
  RateLimits1764000009000,
  Idempotency1764000010000,
  Sessions1764000011000,
  Administration1764000012000,
  AdministrationVersions1764000013000,
  SingleSignOn1764000016000,
  SsoTrustedDomains1764000017000,
  DecisionSafeguards1764000019000,
  FollowUp1764000020000,
  AnnualFollowUp1764000021000,
  FollowUpReminders1764000022000,
  SectionMarks1764000023000,
  DistributionKeys1764000030000,
  AccountSignals1764000031000,
  StrategicValueThresholds1764000035000,
];
