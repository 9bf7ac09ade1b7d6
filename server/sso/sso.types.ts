import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../graphql/scalars.js";
import { Role } from "../identity/identity.model.js";
import { OrganType } from "../identity/identity.types.js";

@ObjectType("GroupRoleMapping", {
  description: "Members of a group at the provider get this role in this organ when created at first sign-in",
})
export class GroupRoleMappingType {
  @Field(() => ID) id: string;
  @Field(() => String, { description: "As the provider names it in the groups claim (Entra ID: the group's object id)" }) group: string;
  @Field(() => OrganType) organ: OrganType;
  @Field(() => Role) role: Role;
}

@ObjectType("SingleSignOnConfig", {
  description: "The municipality's sign-in with its own OpenID Connect provider; the client secret never leaves the server",
})
export class SingleSignOnConfigType {
  @Field(() => String) issuer: string;
  @Field(() => String) clientId: string;
  @Field(() => Boolean, {
    description: "Whether a client secret is at hand: stored encrypted, or in the named environment variable on this server",
  })
  hasClientSecret: boolean;
  @Field(() => String, {
    nullable: true,
    description: "The environment variable (BALANS_OIDC_SECRET_*) that holds the secret, if it is kept there",
  })
  clientSecretEnv: string | null;
  @Field(() => String) displayName: string;
  @Field(() => [String]) emailDomains: string[];
  @Field(() => Boolean) jitEnabled: boolean;
  @Field(() => Boolean, { description: "Addresses at emailDomains count as verified without email_verified (Entra ID)" })
  trustDomainEmail: boolean;
  @Field(() => String) groupsClaim: string;
  @Field(() => Int) version: number;
  @Field(() => DateTimeScalar) updatedAt: Date;
  @Field(() => String, { description: "The redirect URI to register at the provider" }) callbackUrl: string;
  @Field(() => String, { description: "Where the login page's button starts the sign-in" }) startUrl: string;
  @Field(() => [GroupRoleMappingType]) groupRoleMappings: GroupRoleMappingType[];
}

@ObjectType("SingleSignOnOption", { description: "The login page's button for a municipality with single sign-on" })
export class SingleSignOnOptionType {
  @Field(() => String, { description: "The municipality's slug" }) kommun: string;
  @Field(() => String) displayName: string;
  @Field(() => String) startUrl: string;
}

@InputType("SingleSignOnInput")
export class SingleSignOnInputType {
  @Field(() => String, { description: "https URL of the provider (http only on loopback)" }) issuer: string;
  @Field(() => String) clientId: string;
  @Field(() => String, { nullable: true, description: "Write-only; left out or empty keeps the secret there is" })
  clientSecret?: string | null;
  @Field(() => String, { nullable: true, description: "Instead of a secret: the environment variable that holds it, BALANS_OIDC_SECRET_…" })
  clientSecretEnv?: string | null;
  @Field(() => String) displayName: string;
  @Field(() => [String]) emailDomains: string[];
  @Field(() => Boolean) jitEnabled: boolean;
  @Field(() => String, { nullable: true, description: "Default: groups" }) groupsClaim?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "The provider is the municipality's own directory: its addresses at emailDomains count as verified without email_verified (Entra ID sends none). Default false",
  })
  trustDomainEmail?: boolean | null;
}

@InputType("GroupRoleMappingInput")
export class GroupRoleMappingInputType {
  @Field(() => String) group: string;
  @Field(() => ID) organId: string;
  @Field(() => Role) role: Role;
}
