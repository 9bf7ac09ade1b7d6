import { AgreementEntity, SectionEntity, SectionTemplateEntity } from "../agreements/agreement.entities.js";
import { AgreementEventEntity } from "../events/agreement-event.entity.js";
import {
  MunicipalityEntity,
  OrganEntity,
  RoleAssignmentEntity,
  UserEntity,
} from "../identity/identity.entities.js";

export const entities = [
  MunicipalityEntity,
  OrganEntity,
  UserEntity,
  RoleAssignmentEntity,
  AgreementEntity,
  SectionEntity,
  SectionTemplateEntity,
  AgreementEventEntity,
];
