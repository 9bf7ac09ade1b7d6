import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { OrganKind, ResultRequirementKind, Role } from "./identity.model.js";

@Entity("municipality")
export class MunicipalityEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "text" }) slug: string;
  @Column({ type: "text" }) name: string;
  @Column({ type: "text" }) requirementKind: ResultRequirementKind;
  /** Minimum margin % for MIN_MARGIN; exact decimal string. */
  @Column({ type: "numeric" }) minMarginPercent: string;
  @Column({ type: "int" }) queueWarnDays: number;
  @Column({ type: "int" }) queueOverdueDays: number;
  @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
}

@Entity("organ")
export class OrganEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "text" }) name: string;
  @Column({ type: "text" }) shortName: string;
  @Column({ type: "text" }) kind: OrganKind;
}

@Entity("app_user")
export class UserEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "text" }) name: string;
  @Column({ type: "text" }) email: string;
  @Column({ type: "text", select: false }) passwordHash: string;
  @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
}

@Entity("role_assignment")
export class RoleAssignmentEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) userId: string;
  @Column({ type: "uuid" }) organId: string;
  @Column({ type: "text" }) role: Role;
}
