import { Field, ID, InputType, Int } from "type-graphql";
import { MoneyScalar } from "../graphql/scalars.js";
import { OrganKind, ResultRequirementKind, Role } from "../identity/identity.model.js";

@InputType()
export class OrganInput {
  @Field(() => String) name: string;
  @Field(() => String, { description: "1–10 capital letters A–Ö and digits, starting with a letter; starts its diarienummer" })
  shortName: string;
  @Field(() => OrganKind) kind: OrganKind;
}

@InputType()
export class RoleInput {
  @Field(() => Role) role: Role;
  @Field(() => ID) organId: string;
}

@InputType()
export class CreateUserInput {
  @Field(() => String) name: string;
  @Field(() => String, { description: "Signs in with it; unique in the whole installation, case aside" }) email: string;
  @Field(() => [RoleInput]) roles: RoleInput[];
}

@InputType()
export class SectionTemplateInput {
  @Field(() => String, { nullable: true, description: "An entry the template has (it keeps its key); absent for a new one" })
  key?: string | null;
  @Field(() => String) title: string;
  @Field(() => Boolean) required: boolean;
}

@InputType()
export class MunicipalitySettingsInput {
  @Field(() => Int) queueWarnDays: number;
  @Field(() => Int, { description: "More than queueWarnDays" }) queueOverdueDays: number;
  @Field(() => Boolean) passwordLoginAllowed: boolean;
  @Field(() => Int, { nullable: true, description: "0–365 days after a follow-up period's end; absent: unchanged" })
  followUpDueDays?: number | null;
  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "An agreement's compensation from this is of value class MEDIUM; at least 0, below strategicValueHighFrom; absent: unchanged",
  })
  strategicValueMediumFrom?: string | null;
  @Field(() => MoneyScalar, {
    nullable: true,
    description: "An agreement's compensation from this is of value class HIGH; above strategicValueMediumFrom; absent: unchanged",
  })
  strategicValueHighFrom?: string | null;
}

@InputType()
export class ResultRequirementInput {
  @Field(() => ResultRequirementKind) kind: ResultRequirementKind;
  @Field(() => String, { nullable: true, description: 'MIN_MARGIN: the minimum margin %, exact, e.g. "1.5"; COST_PRICE: none' })
  minMarginPercent?: string | null;
}
