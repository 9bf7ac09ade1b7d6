import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../graphql/scalars.js";

@ObjectType("Comment", { description: "A comment on a section; a thread is a top-level comment with its replies" })
export class CommentType {
  @Field(() => ID) id: string;
  @Field(() => ID) sectionId: string;
  @Field(() => ID, { nullable: true, description: "The thread a reply belongs to; null for a thread" }) parentId: string | null;
  @Field(() => String) body: string;
  @Field(() => String, {
    nullable: true,
    description: "JSON of Y.relativePositionToJSON for the range's start; null for replies and section-wide comments",
  })
  anchor: string | null;
  @Field(() => String, { nullable: true, description: "JSON of Y.relativePositionToJSON for the range's end" }) anchorEnd: string | null;
  @Field(() => String, { nullable: true, description: "The commented text as it read when the comment was made" }) quote: string | null;
  @Field(() => Boolean) resolved: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) resolvedAt: Date | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => Boolean, { description: "The commented text has been deleted from the section's current document" }) onDeletedText: boolean;
  @Field(() => [CommentType], { description: "Replies, oldest first (empty for a reply)" }) replies: CommentType[];
}
