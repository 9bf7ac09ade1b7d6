import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Impact, ValueClass } from "./classification.model.js";

registerEnumType(Impact, { name: "Impact", description: "The purchaser's assessment of the agreement's impact on the operations" });
registerEnumType(ValueClass, {
  name: "ValueClass",
  description: "The agreement's value by the compensation of its balance, against the municipality's thresholds",
});

@ObjectType("ClassificationPermissions", { description: "What the caller may change of the classification now, one flag per command" })
export class ClassificationPermissionsType {
  @Field(() => Boolean, { description: "setAgreementResponsible for the purchaser side" }) canSetPurchaserResponsible: boolean;
  @Field(() => Boolean, { description: "setAgreementResponsible for the provider side" }) canSetProviderResponsible: boolean;
  @Field(() => Boolean, { description: "classifyAgreement" }) canClassify: boolean;
  @Field(() => Boolean, { description: "markStrategic" }) canMarkStrategic: boolean;
}
