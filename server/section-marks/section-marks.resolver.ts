import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { SectionEntity } from "../agreements/agreement.entities.js";
import { SectionStatus } from "../agreements/agreement.model.js";
import { SectionType } from "../agreements/agreement.types.js";
import { agreementOfSection } from "../agreements/agreements.loaders.js";
import { inCallerMunicipality, oncePerOperation, requireActor, runCommand, type Context } from "../graphql/context.js";
import { agreeSection, currentMarks, reopenSection } from "./section-marks.commands.js";
import { sectionMarksQueries, type ListedSection } from "./section-marks.queries.js";
import type { MarkWithUser } from "./section-marks.store.js";
import { SectionMarkType } from "./section-marks.types.js";

/** Agreed clauses: the two mutations of API.md, and the section's state, marks and flags. */
@Resolver(() => SectionType)
export class SectionMarksResolver {
  @Mutation(() => SectionType, {
    description:
      "Marks the section as agreed for the caller's party, on this exact seq (CONFLICT when stale, with the current seq); " +
      "when both parties have marked the same seq the section is AGREED and locked",
  })
  agreeSection(@Arg("sectionId", () => ID) sectionId: string, @Arg("seq", () => Int) seq: number, @Ctx() ctx: Context) {
    return runCommand(ctx, agreeSection, { sectionId, seq });
  }

  @Mutation(() => SectionType, { description: "Reopens an agreed or marked section, with a reason: both marks are cleared" })
  reopenSection(@Arg("sectionId", () => ID) sectionId: string, @Arg("reason", () => String) reason: string, @Ctx() ctx: Context) {
    return runCommand(ctx, reopenSection, { sectionId, reason });
  }

  @FieldResolver(() => SectionStatus)
  status(@Root() section: SectionEntity): SectionStatus {
    return section.status;
  }

  @FieldResolver(() => [SectionMarkType], { description: "The parties' marks on the section's current seq" })
  async agreedBy(@Root() section: ListedSection, @Ctx() ctx: Context): Promise<SectionMarkType[]> {
    return currentMarks(section, await marksOf(section, ctx)).map(({ party, user, seq, at }) => ({ party, user, seq, at }));
  }

  @FieldResolver(() => Boolean, { description: "agreeSection: the caller's party may mark the section's current seq" })
  async canAgreeSection(@Root() section: ListedSection, @Ctx() ctx: Context) {
    return (await flags(section, ctx)).canAgreeSection;
  }

  @FieldResolver(() => Boolean, { description: "reopenSection: the section is agreed or marked, and the caller may reopen it" })
  async canReopenSection(@Root() section: ListedSection, @Ctx() ctx: Context) {
    return (await flags(section, ctx)).canReopenSection;
  }
}

/** The marks of the section, from its agreement's, read once per operation. */
async function marksOf(section: ListedSection, ctx: Context): Promise<MarkWithUser[]> {
  const all = await oncePerOperation(ctx, `section-marks:${section.agreementId}`, () =>
    inCallerMunicipality(ctx, (tx, actor) => sectionMarksQueries.marksOfAgreement(tx, actor, section)),
  );
  return all.filter((m) => m.sectionId === section.id);
}

async function flags(section: ListedSection, ctx: Context) {
  const marks = await marksOf(section, ctx);
  return sectionMarksQueries.flags(requireActor(ctx), await agreementOfSection(ctx, section), section, marks);
}
