import { AgreementEntity, SectionEntity, SectionTemplateEntity } from "../agreements/agreement.entities.js";
import { AgreementVersionEntity, ApprovalEntity, SignatureEntity } from "../approval/approval.entities.js";
import { BalanceEntity, BalanceLineEntity, BalanceMarkEntity, BalanceProposalEntity } from "../balance/balance.entities.js";
import { CommentEntity } from "../comments/comment.entity.js";
import { DisputeEntity, DisputePositionEntity } from "../disputes/dispute.entities.js";
import { AgreementEventEntity } from "../events/agreement-event.entity.js";
import { AgreementSnapshotEntity, AgreementSnapshotSectionEntity } from "../history/snapshot.entity.js";
import {
  AdminAuditEntity,
  MunicipalityEntity,
  OrganEntity,
  ResultRequirementEntity,
  RoleAssignmentEntity,
  UserEntity,
} from "../identity/identity.entities.js";
import {
  ActionPlanEntity,
  ActionPlanStepEntity,
  FollowUpPeriodEntity,
  IndicatorEntity,
  IndicatorReportEntity,
  ScopeReportEntity,
} from "../follow-up/follow-up.entities.js";
import { NotificationEntity } from "../notifications/notification.entity.js";
import { SectionMarkEntity } from "../section-marks/section-marks.entities.js";

export const entities = [
  MunicipalityEntity,
  OrganEntity,
  UserEntity,
  RoleAssignmentEntity,
  AgreementEntity,
  SectionEntity,
  SectionTemplateEntity,
  AgreementEventEntity,
  BalanceEntity,
  BalanceLineEntity,
  BalanceProposalEntity,
  BalanceMarkEntity,
  CommentEntity,
  AgreementSnapshotEntity,
  AgreementSnapshotSectionEntity,
  AgreementVersionEntity,
  ApprovalEntity,
  SignatureEntity,
  DisputeEntity,
  DisputePositionEntity,
  NotificationEntity,
  ResultRequirementEntity,
  AdminAuditEntity,
  IndicatorEntity,
  FollowUpPeriodEntity,
  IndicatorReportEntity,
  ScopeReportEntity,
  ActionPlanEntity,
  ActionPlanStepEntity,
  SectionMarkEntity,
];
