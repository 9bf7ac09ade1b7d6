import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { AgreementEntity, SectionEntity } from "../agreements/agreement.entities.js";
import { SectionStatus } from "../agreements/agreement.model.js";
import { SectionType } from "../agreements/agreement.types.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { inCallerMunicipality, oncePerOperation, runCommand, type Context } from "../graphql/context.js";
import { permits } from "../pipeline/permissions.js";
import { agreeSection, currentMarks, reopenSection, type SectionTarget } from "./section-marks.commands.js";
import { sectionMarksStore, type MarkWithUser } from "./section-marks.store.js";
import { SectionMarkType } from "./section-marks.types.js";

type ListedSection = SectionEntity & { agreement?: AgreementEntity };

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
    const marks = await this.marksOf(section, ctx);
    return currentMarks(section, marks).map(({ party, user, seq, at }) => ({ party, user, seq, at }));
  }

  @FieldResolver(() => Boolean, { description: "agreeSection: the caller's party may mark the section's current seq" })
  canAgreeSection(@Root() section: ListedSection, @Ctx() ctx: Context) {
    return this.permitted(section, ctx, agreeSection);
  }

  @FieldResolver(() => Boolean, { description: "reopenSection: the section is agreed or marked, and the caller may reopen it" })
  canReopenSection(@Root() section: ListedSection, @Ctx() ctx: Context) {
    return this.permitted(section, ctx, reopenSection);
  }

  private async permitted(section: ListedSection, ctx: Context, command: Parameters<typeof permits<SectionTarget>>[0]) {
    const marks = await this.marksOf(section, ctx);
    return inCallerMunicipality(ctx, async (tx, actor) =>
      permits(command, actor, { agreement: await agreementsQueries.agreementOfSection(tx, actor, section), section, marks }),
    );
  }

  /** The marks of every section of the agreement, read once per operation (a list shows all of them), after the read check. */
  private async marksOf(section: ListedSection, ctx: Context): Promise<MarkWithUser[]> {
    const all = await oncePerOperation(ctx, `section-marks:${section.agreementId}`, () =>
      inCallerMunicipality(ctx, async (tx, actor) => {
        await agreementsQueries.agreementOfSection(tx, actor, section);
        const ids = (await sectionMarksStore.sections(tx, section.agreementId)).map((s) => s.id);
        return sectionMarksStore.marksWithUsers(tx, ids);
      }),
    );
    return all.filter((m) => m.sectionId === section.id);
  }
}
