import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { SectionEntity } from "../agreements/agreement.entities.js";
import { SectionType } from "../agreements/agreement.types.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { inCallerMunicipality, oncePerOperation, requireActor, runCommand, type Context } from "../graphql/context.js";
import { UserType } from "../identity/identity.types.js";
import type { Command } from "../pipeline/command.js";
import { acceptAllSuggestions, acceptSuggestion, rejectAllSuggestions, rejectSuggestion } from "./suggestions.commands.js";
import { suggestionsQueries, type SectionSuggestions } from "./suggestions.queries.js";
import { SuggestionType } from "./suggestions.types.js";

/** Decisions on suggestions, and a section's pending ones (API.md "Negotiating the text"). */
@Resolver(() => SectionType)
export class SuggestionsResolver {
  @Mutation(() => SectionType, {
    description: "The other party makes a suggested change ordinary text (an insertion stays, a deletion goes)",
  })
  acceptSuggestion(
    @Arg("sectionId", () => ID) sectionId: string,
    @Arg("suggestionId", () => ID) suggestionId: string,
    @Ctx() ctx: Context,
  ) {
    return decided(ctx, acceptSuggestion, { sectionId, suggestionId });
  }

  @Mutation(() => SectionType, { description: "The other party rejects a suggested change (an insertion goes, a deletion stays)" })
  rejectSuggestion(
    @Arg("sectionId", () => ID) sectionId: string,
    @Arg("suggestionId", () => ID) suggestionId: string,
    @Ctx() ctx: Context,
  ) {
    return decided(ctx, rejectSuggestion, { sectionId, suggestionId });
  }

  @Mutation(() => SectionType, { description: "Accepts every pending suggestion of the other party in the section" })
  acceptAllSuggestions(@Arg("sectionId", () => ID) sectionId: string, @Ctx() ctx: Context) {
    return decided(ctx, acceptAllSuggestions, { sectionId });
  }

  @Mutation(() => SectionType, { description: "Rejects every pending suggestion of the other party in the section" })
  rejectAllSuggestions(@Arg("sectionId", () => ID) sectionId: string, @Ctx() ctx: Context) {
    return decided(ctx, rejectAllSuggestions, { sectionId });
  }

  @FieldResolver(() => [SuggestionType], { description: "The pending suggestions, in the order of the text; live with sectionUpdates" })
  async suggestions(@Root() section: SectionEntity, @Ctx() ctx: Context) {
    return (await sectionSuggestions(ctx, section)).suggestions;
  }

  @FieldResolver(() => Boolean, {
    description: "acceptAllSuggestions / rejectAllSuggestions: the other party has suggestions the caller may decide",
  })
  async canDecideAllSuggestions(@Root() section: SectionEntity, @Ctx() ctx: Context) {
    return (await sectionSuggestions(ctx, section)).canDecideAll;
  }
}

@Resolver(() => SuggestionType)
export class SuggestionFieldsResolver {
  @FieldResolver(() => UserType, { nullable: true, description: "Who suggested it (null for an id naming no user of the municipality)" })
  user(@Root() suggestion: SuggestionType, @Ctx() ctx: Context) {
    return inCallerMunicipality(ctx, (tx) => ctx.services.identity.user(tx, suggestion.userId));
  }
}

/**
 * Runs a decision once every push this process took is durable, so a suggestion the caller saw
 * relayed live is in the state the command reads.
 */
async function decided<I>(ctx: Context, command: Command<I, object, I, SectionEntity>, input: I) {
  const actor = requireActor(ctx);
  await ctx.services.collab.flushed();
  const section = await runCommand(ctx, command, input);
  // The answer's suggestions are read from the live copy: wait until the decision has reached it.
  await ctx.services.collab.reached(actor.municipalityId, section.id, section.seq);
  return section;
}

function sectionSuggestions(ctx: Context, section: SectionEntity): Promise<SectionSuggestions> {
  return oncePerOperation(ctx, `suggestions:${section.id}`, async () => {
    const actor = requireActor(ctx);
    const agreement = await inCallerMunicipality(ctx, (tx) => agreementsQueries.agreementOfSection(tx, actor, section));
    const state = await ctx.services.collab.snapshotOf(actor.municipalityId, section.id);
    return suggestionsQueries.ofSection(actor, agreement, section, state);
  });
}
