import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Tx } from "../db/database.js";
import { inCallerMunicipality, inMunicipalityOf, oncePerOperation, runCommand, type Context } from "../graphql/context.js";
import type { OrganEntity } from "../identity/identity.entities.js";
import { OrganType, UserType } from "../identity/identity.types.js";
import { LIST_CAPS, pageOffset, pageSize } from "../validation/input.js";
import {
  CreateUserInput,
  MunicipalitySettingsInput,
  OrganInput,
  ResultRequirementInput,
  RoleInput,
  SectionTemplateInput,
} from "./administration.inputs.js";
import { presentLogEntry, presentSettings } from "./administration.presenter.js";
import { administrationQueries, settingsView, templateView } from "./administration.queries.js";
import { AdminLogEntryType, MunicipalitySettingsType, SectionTemplateType, UserInvitationType } from "./administration.types.js";
import { createOrgan, deactivateOrgan, reactivateOrgan, updateOrgan } from "./organs.commands.js";
import {
  removeResultRequirement,
  setDefaultResultRequirement,
  setResultRequirement,
  setSectionTemplate,
  updateMunicipalitySettings,
} from "./settings.commands.js";
import { createUser, deactivateUser, reactivateUser, resendInvitation, setUserRoles, type LinkDelivery } from "./users.commands.js";

/** Where one-time links go: mail when SMTP_URL is set, else back to the administrator. */
const delivery = (ctx: Context): LinkDelivery => ({ publicUrl: ctx.services.config.publicUrl, byMail: !!ctx.services.config.smtpUrl });

/** A settings change answers the settings as they became, read in its transaction. */
const presentedSettings = async (tx: Tx) => presentSettings(await settingsView(tx));

/** The municipality's administration (issue 11): ADMIN changes, ADMIN and REVISOR read. */
@Resolver()
export class AdministrationResolver {
  @Query(() => [UserType], {
    description: `ADMIN, REVISOR: every user of the municipality, inactive ones too, by name (at most ${LIST_CAPS.users})`,
  })
  users(@Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => administrationQueries.users(tx, actor));
  }

  @Query(() => SectionTemplateType)
  sectionTemplate(@Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx, actor) => administrationQueries.sectionTemplate(tx, actor));
  }

  @Query(() => MunicipalitySettingsType, { description: "ADMIN, REVISOR" })
  async municipalitySettings(@Ctx() ctx: Context) {
    return presentSettings(await inCallerMunicipality(ctx, (tx, actor) => administrationQueries.settings(tx, actor)));
  }

  @Query(() => [AdminLogEntryType], { description: "ADMIN, REVISOR: every administrative change, newest first" })
  async adminLog(
    @Arg("limit", () => Int, {
      nullable: true,
      description: `At most this many (default ${LIST_CAPS.adminLog.fallback}, at most ${LIST_CAPS.adminLog.max})`,
    })
    limit: number | null,
    @Arg("offset", () => Int, { nullable: true, description: "Skip this many of the newest" }) offset: number | null,
    @Ctx() ctx: Context,
  ) {
    const page = { limit: pageSize(limit, "limit", LIST_CAPS.adminLog), offset: pageOffset(offset, "offset") };
    return (await inCallerMunicipality(ctx, (tx, actor) => administrationQueries.log(tx, actor, page))).map(presentLogEntry);
  }

  @Mutation(() => OrganType)
  createOrgan(@Arg("input", () => OrganInput) input: OrganInput, @Ctx() ctx: Context) {
    return runCommand(ctx, createOrgan, input);
  }

  @Mutation(() => OrganType, { description: "Short name and kind are locked once an agreement names the organ (INVALID_STATE)" })
  updateOrgan(@Arg("id", () => ID) id: string, @Arg("input", () => OrganInput) input: OrganInput, @Ctx() ctx: Context) {
    return runCommand(ctx, updateOrgan, { id, input });
  }

  @Mutation(() => OrganType, { description: "Keeps the organ and what names it, but offers it for nothing new" })
  deactivateOrgan(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return runCommand(ctx, deactivateOrgan, { id });
  }

  @Mutation(() => OrganType)
  reactivateOrgan(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return runCommand(ctx, reactivateOrgan, { id });
  }

  @Mutation(() => UserInvitationType)
  createUser(@Arg("input", () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context) {
    return runCommand(ctx, createUser, { input, delivery: delivery(ctx) });
  }

  @Mutation(() => UserInvitationType, {
    description: "A new one-time link (earlier ones stop working): an invitation, or a password reset once one is set",
  })
  resendInvitation(@Arg("userId", () => ID) userId: string, @Ctx() ctx: Context) {
    return runCommand(ctx, resendInvitation, { userId, delivery: delivery(ctx) });
  }

  @Mutation(() => UserType, { description: "Replaces the user's roles; the last active ADMIN keeps that role (INVALID_STATE)" })
  setUserRoles(@Arg("userId", () => ID) userId: string, @Arg("roles", () => [RoleInput]) roles: RoleInput[], @Ctx() ctx: Context) {
    return runCommand(ctx, setUserRoles, { userId, roles });
  }

  @Mutation(() => UserType, { description: "Ends the user's sessions and sockets at once; not the last active ADMIN (INVALID_STATE)" })
  deactivateUser(@Arg("userId", () => ID) userId: string, @Ctx() ctx: Context) {
    return runCommand(ctx, deactivateUser, { userId });
  }

  @Mutation(() => UserType)
  reactivateUser(@Arg("userId", () => ID) userId: string, @Ctx() ctx: Context) {
    return runCommand(ctx, reactivateUser, { userId });
  }

  @Mutation(() => SectionTemplateType, { description: "The whole template in order; applies to agreements created from now on" })
  setSectionTemplate(
    @Arg("entries", () => [SectionTemplateInput]) entries: SectionTemplateInput[],
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, setSectionTemplate, { entries, expectedVersion }, (tx) => templateView(tx));
  }

  @Mutation(() => MunicipalitySettingsType)
  updateMunicipalitySettings(
    @Arg("input", () => MunicipalitySettingsInput) input: MunicipalitySettingsInput,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, updateMunicipalitySettings, { input, expectedVersion }, presentedSettings);
  }

  @Mutation(() => MunicipalitySettingsType, { description: "The requirement of budget years without one of their own" })
  setDefaultResultRequirement(
    @Arg("input", () => ResultRequirementInput) input: ResultRequirementInput,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, setDefaultResultRequirement, { input, expectedVersion }, presentedSettings);
  }

  @Mutation(() => MunicipalitySettingsType, { description: "The requirement of one budget year" })
  setResultRequirement(
    @Arg("year", () => Int) year: number,
    @Arg("input", () => ResultRequirementInput) input: ResultRequirementInput,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, setResultRequirement, { year, input, expectedVersion }, presentedSettings);
  }

  @Mutation(() => MunicipalitySettingsType, {
    description: "That year is then judged by the latest earlier year's requirement, else the default",
  })
  removeResultRequirement(
    @Arg("year", () => Int) year: number,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, removeResultRequirement, { year, expectedVersion }, presentedSettings);
  }
}

/** What the administration shows of an organ besides API.md's fields. */
@Resolver(() => OrganType)
export class OrganAdministrationResolver {
  @FieldResolver(() => Boolean, { description: "Named by an agreement: its short name and kind can no longer change" })
  inUse(@Root() organ: OrganEntity, @Ctx() ctx: Context) {
    return oncePerOperation(ctx, `organsInUse:${organ.municipalityId}`, () =>
      inMunicipalityOf(ctx, organ.municipalityId, (tx) => administrationQueries.organsInUse(tx)),
    ).then((inUse) => inUse.has(organ.id));
  }
}
