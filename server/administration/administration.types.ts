import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ResultRequirementType } from "../balance/balance.types.js";
import { DateTimeScalar, MoneyScalar } from "../graphql/scalars.js";
import { ResultRequirementKind } from "../identity/identity.model.js";
import { UserType } from "../identity/identity.types.js";
import { AdminTarget } from "./administration.events.js";

registerEnumType(AdminTarget, { name: "AdminTarget", description: "What an administrative change concerns" });

@ObjectType("UserInvitation", { description: "A user and their one-time link to set a password" })
export class UserInvitationType {
  @Field(() => UserType) user: UserType;
  @Field(() => String, { nullable: true, description: "The one-time link (72 hours, once); null when it went by e-mail" })
  setPasswordUrl: string | null;
}

@ObjectType("SectionTemplateEntry", { description: "A section every new agreement starts with" })
export class SectionTemplateEntryType {
  @Field(() => String, { description: "Names the section in agreements; kept when the title changes" }) key: string;
  @Field(() => String) title: string;
  @Field(() => Boolean, { description: "An agreement cannot go to approval with it empty" }) required: boolean;
  @Field(() => Int) position: number;
}

@ObjectType("SectionTemplate", { description: "The sections new agreements start with; changes apply to agreements created later" })
export class SectionTemplateType {
  @Field(() => Int, { description: "Bumped by each change: setSectionTemplate's expectedVersion" }) version: number;
  @Field(() => [SectionTemplateEntryType]) entries: SectionTemplateEntryType[];
}

@ObjectType("YearRequirement", { description: "The result requirement of one budget year" })
export class YearRequirementType {
  @Field(() => Int) year: number;
  @Field(() => ResultRequirementKind) kind: ResultRequirementKind;
  @Field(() => Float, { description: "MIN_MARGIN: the minimum margin %; COST_PRICE: 0" }) minMarginPercent: number;
}

@ObjectType("MunicipalitySettings")
export class MunicipalitySettingsType {
  @Field(() => Int, { description: "Bumped by each change of the settings: their mutations' expectedVersion" }) version: number;
  @Field(() => Int, { description: "Days in the escalation queue before an item's age warns" }) queueWarnDays: number;
  @Field(() => Int, { description: "Days in the escalation queue before an item is overdue" }) queueOverdueDays: number;
  @Field(() => Boolean, { description: "Whether staff may sign in with a password when single sign-on is configured" })
  passwordLoginAllowed: boolean;
  @Field(() => Int, { description: "A follow-up period's report is due this many days after the period ends (0–365)" })
  followUpDueDays: number;
  @Field(() => MoneyScalar, {
    description: "Value classes of the classification: an agreement whose balance's compensation is below this is LOW, from it MEDIUM",
  })
  strategicValueMediumFrom: string;
  @Field(() => MoneyScalar, { description: "An agreement whose balance's compensation is at least this is of value class HIGH" })
  strategicValueHighFrom: string;
  @Field(() => ResultRequirementType, { description: "For budget years without a requirement of their own, or an earlier one" })
  defaultRequirement: ResultRequirementType;
  @Field(() => [YearRequirementType], {
    description: "By year; an agreement is judged by its period start's year, else the latest earlier year, else the default",
  })
  requirements: YearRequirementType[];
}

@ObjectType("AdminLogEntry", { description: "One administrative change: who, what, when, before and after" })
export class AdminLogEntryType {
  @Field(() => ID) id: string;
  @Field(() => DateTimeScalar) at: Date;
  @Field(() => UserType, { nullable: true, description: "Null: an operator at the command line" }) actor: UserType | null;
  @Field(() => String, { description: "The operation, e.g. createUser, setUserRoles, updateOrgan" }) action: string;
  @Field(() => AdminTarget) targetType: AdminTarget;
  @Field(() => ID, { nullable: true }) targetId: string | null;
  @Field(() => String, { description: "In Swedish" }) summary: string;
  @Field(() => String, { nullable: true, description: "JSON of what it was" }) before: string | null;
  @Field(() => String, { nullable: true, description: "JSON of what it became" }) after: string | null;
}
