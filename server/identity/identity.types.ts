import { Extensions, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { SAME_FOR_EVERY_READER } from "../graphql/shared-results.js";
import { OrganKind, Role } from "./identity.model.js";

registerEnumType(Role, { name: "Role", description: "A role, held in an organ" });
registerEnumType(OrganKind, { name: "OrganKind" });

@ObjectType("Municipality")
export class MunicipalityType {
  @Field(() => ID) id: string;
  @Field(() => String) slug: string;
  @Field(() => String) name: string;
}

@ObjectType("Organ", { description: "A committee or board (nämnd/styrelse) of one municipality" })
export class OrganType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String) shortName: string;
  @Field(() => OrganKind) kind: OrganKind;
  @Field(() => Boolean, { description: "A deactivated organ keeps its agreements and roles, and is offered for nothing new" })
  active: boolean;
}

@ObjectType("RoleAssignment")
export class RoleAssignmentType {
  @Field(() => Role) role: Role;
  @Field(() => OrganType) organ: OrganType;
}

@ObjectType("User")
export class UserType {
  @Extensions(SAME_FOR_EVERY_READER) @Field(() => ID) id: string;
  @Extensions(SAME_FOR_EVERY_READER) @Field(() => String) name: string;
  @Extensions(SAME_FOR_EVERY_READER) @Field(() => String) email: string;
  @Field(() => Boolean, { description: "A deactivated user cannot sign in; their sessions ended when they were deactivated" })
  active: boolean;
}

@ObjectType("AuthPayload")
export class AuthPayloadType {
  @Field(() => String) token: string;
  @Field(() => UserType) user: UserType;
}
