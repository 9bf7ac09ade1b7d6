import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeScalar, MoneyScalar } from "../graphql/scalars.js";
import { DiffKind } from "./text-diff.js";

registerEnumType(DiffKind, {
  name: "DiffKind",
  description: "Whether a part of a text is in both versions, only the newer, or only the older",
});

@ObjectType("SnapshotBalance", { description: "The balance as a named version keeps it" })
export class SnapshotBalanceType {
  @Field(() => Int, { description: "The balance's version when the named version was saved" }) version: number;
  @Field(() => Int) lineCount: number;
  @Field(() => MoneyScalar) cost: string;
  @Field(() => MoneyScalar) compensation: string;
}

@ObjectType("AgreementSnapshot", { description: "A named version of an agreement: every section's text and the balance as they were" })
export class AgreementSnapshotType {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: "Running per agreement, from 1" }) number: number;
  @Field(() => String) name: string;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => SnapshotBalanceType, { nullable: true, description: "Null when the version was saved without a balance" })
  balance: SnapshotBalanceType | null;
}

@ObjectType("DiffPart")
export class DiffPartType {
  @Field(() => DiffKind) kind: DiffKind;
  @Field(() => String) text: string;
}

@ObjectType("SectionDiff", { description: "The word-level difference of one section's plain text between two versions" })
export class SectionDiffType {
  @Field(() => String) sectionKey: string;
  @Field(() => String) title: string;
  @Field(() => Boolean) changed: boolean;
  @Field(() => [DiffPartType]) parts: DiffPartType[];
}

@ObjectType("HistoryPermissions", { description: "What the caller may do with the agreement's versions now" })
export class HistoryPermissionsType {
  @Field(() => Boolean) canCreateVersion: boolean;
  @Field(() => Boolean) canRestore: boolean;
}
